/**
 * The prices the renderer estimates with: the catalog data for the regions the project uses, fetched
 * through `prices.catalog`, wrapped with the project's user-entered rates in a computed PriceCatalog.
 * Estimates then run locally, so every edit updates every number at once with no round trip.
 */
import { makeAutoObservable, observableRef, reaction, runInAction, toJS, type IReactionDisposer } from 'mobx';
import type { InferCalcApi } from '@shared/api/client';
import type { CoverageEntry, PriceCatalog, PriceCatalogData } from '@shared/prices/catalog';
import { createPriceCatalog, userRateEntries } from '@shared/prices/lookup';
import type { ProjectStore } from './ProjectStore';
import { summarizeFreshness, type FreshnessSummary } from '@shared/prices/freshness';

export class PricesStore {
  /** Catalog data for `loadedRegions`; null until the first load answers. */
  data: PriceCatalogData | null = null;
  loadedRegions: string[] = [];
  /** Every region with prices in the active price data (for region pickers). */
  availableRegions: string[] = [];
  loading = false;
  /** True while `data` is the built-in prices alone because the cached prices are still loading. */
  cacheLoading = false;
  loadError: string | null = null;
  /** Whether the browser says it is online (offline: the app keeps working on cached prices). */
  online = true;
  private disposer: IReactionDisposer | null = null;
  /** Only the latest request's answer is applied (an older, slower one must not overwrite it). */
  private requestSeq = 0;

  constructor(
    private readonly api: InferCalcApi,
    private readonly project: ProjectStore,
    /** Today's date (ISO), injectable so tests and stale warnings do not depend on the clock. */
    readonly today: string,
  ) {
    makeAutoObservable<PricesStore, 'api' | 'project' | 'disposer' | 'requestSeq'>(this, {
      api: false,
      requestSeq: false,
      project: false,
      disposer: false,
      data: observableRef,
    });
  }

  /** Regions the project prices with: its own region and every design's override. */
  get neededRegions(): string[] {
    const p = this.project.current;
    const set = new Set<string>([p.region]);
    for (const d of p.designs) if (d.hosting.region) set.add(d.hosting.region);
    return [...set].sort();
  }

  /** The catalog estimates read: price data with the project's user-entered rates on top. */
  get catalog(): PriceCatalog | null {
    if (!this.data) return null;
    const rates = toJS(this.project.current.userRates ?? []);
    return createPriceCatalog(this.data, userRateEntries(rates, this.today));
  }

  /** Freshness per service and region of the regions in use. */
  get coverage(): CoverageEntry[] {
    return this.data?.coverage ?? [];
  }

  /** Freshness of the prices in use, by the one shared rule (the same words as the CLI and the workbook). */
  get freshness(): FreshnessSummary {
    return summarizeFreshness(this.coverage, this.today);
  }

  /** The oldest as-of date among the prices in use, or null before prices load. */
  get oldestAsOf(): string | null {
    return this.freshness.asOf ?? null;
  }

  /** True when fetched prices in use are older than the shared limit (built-in prices are dated, not "stale"). */
  get stale(): boolean {
    return this.freshness.staleCount > 0;
  }

  /** Where the prices in use come from, in words: "built-in prices" or "refreshed from AWS". */
  get originLabel(): string {
    if (!this.data) return 'loading prices';
    if (this.cacheLoading) return 'built-in prices (the refreshed prices are still loading)';
    return this.data.origin === 'api' ? 'refreshed from AWS' : 'built-in prices';
  }

  /** What the price data lacks (e.g. Savings Plans rates), said plainly. */
  get missing(): string[] {
    return this.data?.missing ?? [];
  }

  setOnline(online: boolean): void {
    this.online = online;
  }

  /** Loads prices for the regions in use now, and again whenever the project needs another region. */
  start(): Promise<void> {
    this.disposer ??= reaction(
      () => this.neededRegions.join(','),
      () => void this.ensureLoaded(),
    );
    return this.ensureLoaded();
  }

  stop(): void {
    this.disposer?.();
    this.disposer = null;
  }

  /**
   * Fetches the needed regions unless they are all loaded already. At start-up the first answer may
   * be the built-in prices while the cached ones load (said so by `cacheLoading`): they are shown as
   * such at once, then replaced by the answer that waits for the cache.
   */
  async ensureLoaded(force = false): Promise<void> {
    const regions = this.neededRegions;
    if (!force && this.data && !this.cacheLoading && regions.every((r) => this.loadedRegions.includes(r))) return;
    // Only the first load may take the built-in prices meanwhile: later ones keep the prices shown.
    if (await this.fetchRegions(regions, this.data ? undefined : 'built-in')) await this.fetchRegions(regions, 'wait');
  }

  /** One catalog request, applied unless a newer one was made; true when it answered with the built-in prices while the cache loads. */
  private async fetchRegions(regions: string[], whileLoading?: 'built-in' | 'wait'): Promise<boolean> {
    this.loading = true;
    const seq = ++this.requestSeq;
    const result = await this.api.pricesCatalog({ regions, ...(whileLoading ? { whileLoading } : {}) });
    if (seq !== this.requestSeq) return false;
    const early = result.ok && result.result.cacheLoading === true;
    runInAction(() => {
      this.loading = early;
      if (!result.ok) {
        this.loadError = result.error.message;
        return;
      }
      this.data = result.result.data as PriceCatalogData;
      this.cacheLoading = early;
      this.loadedRegions = regions;
      this.availableRegions = result.result.availableRegions;
      this.loadError = null;
    });
    return early;
  }
}
