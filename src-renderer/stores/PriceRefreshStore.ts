/**
 * Refreshing prices from the AWS price APIs: the status of the prices in use, a refresh with its
 * progress (from `prices.progress` events) and cancel, and reloading the catalog when it succeeds.
 */
import { makeAutoObservable, runInAction } from 'mobx';
import type { InferCalcApi } from '@shared/api/client';
import type { EventPayload } from '@shared/api/contract';
import { PriceRefreshRequestSchema, type PriceStatusDto, type RefreshReportDto } from '@shared/api/schemas/prices';
import { refreshErrorWords, type RefreshErrorWords } from './refreshErrorWords';
import type { PricesStore } from './PricesStore';
import { REFRESH_SERVICE_IDS } from '@shared/prices/services';

/** Services a refresh fetches (for the progress bar): the one list in src-shared. */
const SERVICES = REFRESH_SERVICE_IDS.length;

export class PriceRefreshStore {
  status: PriceStatusDto | null = null;
  refreshing = false;
  progress: EventPayload<'prices.progress'> | null = null;
  /** Service/region pairs seen in progress events so far. */
  stepsSeen: string[] = [];
  plannedSteps = 0;
  lastReport: RefreshReportDto | null = null;
  /** What went wrong with the last refresh, in the app's words, with the technical message apart. */
  error: RefreshErrorWords | null = null;
  /** The AWS profiles in the user's AWS files (loaded when a refresh needs credentials). */
  profiles: string[] = [];
  defaultProfile: string | null = null;
  /** The profile chosen in the picker; null: the SDK's default chain. */
  profile: string | null = null;

  constructor(
    private readonly api: InferCalcApi,
    private readonly prices: PricesStore,
  ) {
    makeAutoObservable<PriceRefreshStore, 'api' | 'prices'>(this, { api: false, prices: false });
  }

  /** Share of the refresh done (0..1), from the service/region pairs fetched so far. */
  get fraction(): number {
    if (!this.refreshing || this.plannedSteps === 0) return 0;
    return Math.min(1, Math.max(0, this.stepsSeen.length - 1) / this.plannedSteps);
  }

  /** Warnings of the price service (a corrupt cache set aside, stale prices). */
  get warnings(): string[] {
    return this.status?.warnings ?? [];
  }

  /** True when the back end can fetch AWS's public price files (no credentials needed). */
  get publicSourceAvailable(): boolean {
    return 'source' in PriceRefreshRequestSchema.shape;
  }

  get errorKind(): RefreshErrorWords['kind'] | null {
    return this.error?.kind ?? null;
  }

  setProfile(profile: string | null): void {
    this.profile = profile;
  }

  /** Reads the profiles of the user's AWS config and credentials files, for the picker. */
  async loadProfiles(): Promise<void> {
    const r = await this.api.pricesProfiles({});
    runInAction(() => {
      if (!r.ok) return;
      this.profiles = r.result.profiles;
      this.defaultProfile = r.result.defaultProfile;
    });
  }

  async loadStatus(): Promise<void> {
    const r = await this.api.pricesStatus({});
    runInAction(() => {
      if (r.ok) this.status = r.result;
    });
  }

  /** Refreshes the prices of the regions the project uses; on success, reloads the catalog. */
  async refresh(source?: 'api' | 'public'): Promise<void> {
    if (this.refreshing) return;
    const regions = this.prices.neededRegions;
    this.refreshing = true;
    this.error = null;
    this.progress = null;
    this.stepsSeen = [];
    this.plannedSteps = SERVICES * regions.length;
    const unsubscribe = this.api.onPricesProgress((p) => this.onProgress(p));
    const request = {
      regions,
      ...(this.profile ? { profile: this.profile } : {}),
      // `source` once the contract has it (AWS's public price files, no credentials).
      ...(source && this.publicSourceAvailable ? { source } : {}),
    };
    const r = await this.api.pricesRefresh(request);
    unsubscribe();
    runInAction(() => {
      this.refreshing = false;
      if (!r.ok) this.error = refreshErrorWords(r.error.code === 'network' ? 'network' : undefined, r.error.message);
      else {
        this.lastReport = r.result;
        if (!r.result.ok)
          this.error =
            r.result.status === 'cancelled'
              ? { kind: 'cancelled', text: 'Refresh cancelled: the prices in use did not change.', detail: null }
              : refreshErrorWords(r.result.errorKind, r.result.error ?? 'refresh failed', this.profile);
      }
    });
    // Read through a getter: TypeScript still thinks `error` is the null set before the await.
    if (this.errorKind === 'credentials') await this.loadProfiles();
    if (r.ok && r.result.ok) await this.prices.ensureLoaded(true);
    await this.loadStatus();
  }

  async cancel(): Promise<void> {
    await this.api.pricesCancel({});
  }

  private onProgress(p: EventPayload<'prices.progress'>): void {
    this.progress = p;
    const step = `${p.service}/${p.region}`;
    if (!this.stepsSeen.includes(step)) this.stepsSeen.push(step);
  }
}
