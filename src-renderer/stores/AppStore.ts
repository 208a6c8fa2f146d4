/** What the back end says about itself: version, data folder, where prices come from. */
import { makeAutoObservable, runInAction } from 'mobx';
import type { InferCalcApi } from '@shared/api/client';
import type { AppInfo } from '@shared/api/schemas/appInfo';

export class AppStore {
  info: AppInfo | null = null;
  loadError: string | null = null;

  constructor(private readonly api: InferCalcApi) {
    makeAutoObservable<AppStore, 'api'>(this, { api: false });
  }

  async load(): Promise<void> {
    const result = await this.api.appInfo({});
    runInAction(() => {
      if (result.ok) {
        this.info = result.result;
        this.loadError = null;
      } else this.loadError = result.error.message;
    });
  }
}
