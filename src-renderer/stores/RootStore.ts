/**
 * The root of the renderer's state: one store per concern, all built around the injected API object
 * (the preload's functions in the desktop app, HTTP in web mode, a fake in tests).
 */
import type { InferCalcApi } from '@shared/api/client';
import { AppStore } from './AppStore';
import { ProjectStore } from './ProjectStore';
import { UiStore } from './UiStore';

export class RootStore {
  readonly app: AppStore;
  readonly ui: UiStore;
  readonly project: ProjectStore;

  constructor(readonly api: InferCalcApi) {
    this.app = new AppStore(api);
    this.ui = new UiStore();
    this.project = new ProjectStore();
  }

  /** Loads what the first screen needs. */
  async start(): Promise<void> {
    await this.app.load();
  }
}
