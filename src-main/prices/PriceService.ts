/**
 * The price service: the catalog in use (embedded snapshot with the refreshed cache over it), its
 * status, and refreshing from the AWS APIs. Everything it needs comes through the constructor, so
 * the desktop app, the web mode, the CLI and the tests all build it the same way, without Electron.
 */
import type { PriceSourceSummary } from '@shared/api/schemas/appInfo';
import type { PriceCatalog, PriceCatalogData, PriceEntry } from '@shared/prices/catalog';
import { createPriceCatalog } from '@shared/prices/lookup';
import { STALE_AFTER_DAYS } from '@shared/prices/freshness';
import type { Logger } from '../runtime/logger';
import { loadCacheFile, writeCacheFile } from './cache/cacheFile';
import { withCacheLock, type LockOptions } from './cache/cacheLock';
import type { CacheDecode } from './cache/decodeCache';
import { decodeCacheInWorker } from './cache/decodeInWorker';
import type { PriceCache, RefreshedPair } from './cache/cacheSchema';
import { mergeCatalog, mergeIntoCache } from './cache/mergeCatalog';
import { defaultPriceClientFactory, type PriceClientFactory } from './fetch/clients';
import { credentialsFound } from './fetch/credentials';
import { DEFAULT_PUBLIC_PRICES_URL, fetchPublicPrices } from './fetch/public/publicSource';
import { DEFAULT_SPOT_FEED_URL } from './fetch/public/spotFeed';
import { DEFAULT_RETRY, type RetryOptions } from './fetch/retry';
import { fetchPrices, type FetchResult } from './fetch/runRefresh';
import { DEFAULT_TIMEOUTS, type NetworkTimeouts } from './fetch/timeouts';
import { OperationLimiter, PRICE_API_RATE, type TokenBucketOptions } from './fetch/tokenBucket';
import { buildPriceStatus, priceSummary, type PriceStatus } from './priceStatus';
import { CacheWriteError } from './refreshErrors';
import {
  REFRESH_SERVICES,
  type RefreshOptions,
  type RefreshProgress,
  type RefreshReport,
  type RefreshSource,
} from './refreshTypes';
import { defaultRefreshRegions } from './regions';
import { failedReport, okReport, refreshedPairs } from './refreshReports';
import { keepPricesMissingFromRefresh } from './keepPrevious';
import { loadEmbeddedSnapshot } from './snapshot/loadSnapshot';

/** Constructor inputs. Only the data folder is required. */
export interface PriceServiceDeps {
  dataFolder: string;
  logger?: Logger;
  now?: () => Date;
  clientFactory?: PriceClientFactory;
  /** The embedded snapshot; tests may pass a small one. */
  snapshot?: () => PriceCatalogData;
  rateLimit?: TokenBucketOptions;
  retry?: RetryOptions;
  /** Fetched prices older than this many days are flagged stale (default: the shared STALE_AFTER_DAYS). */
  staleAfterDays?: number;
  /** Regions refreshed when the caller names none (default: us-east-1; add the project's regions). */
  defaultRegions?: string[];
  /** Writes the cache (default: atomically into the data folder); tests inject failures here. */
  writeCache?: (dataFolder: string, cache: PriceCache) => Promise<void>;
  /** Connection and idle limits of every network call (default DEFAULT_TIMEOUTS). */
  timeouts?: NetworkTimeouts;
  /** Waiting for another process's cache update (see cacheLock.ts). */
  lock?: Omit<LockOptions, 'signal'>;
  /** Reads INFERCALC_PUBLIC_PRICES_URL and INFERCALC_PUBLIC_SPOT_URL (default: process.env). */
  env?: Record<string, string | undefined>;
  /** Decodes the cache file at load (default: on a worker thread, so the load never holds this thread). */
  decodeCache?: (bytes: Buffer) => Promise<CacheDecode>;
}

const quietLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** See the file comment. Call `load()` once before reading; reads before that see the snapshot. */
export class PriceService {
  private readonly snapshotData: PriceCatalogData;
  private cache: PriceCache | undefined;
  private active: PriceCatalogData;
  private warnings: string[] = [];
  private loaded: Promise<void> | undefined;
  /** Settles once the cache file is found (still decoding) or the load is over, whichever is first. */
  private found: Promise<void> | undefined;
  private cacheIn = false;
  private inFlight: Promise<RefreshReport> | undefined;
  private controller: AbortController | undefined;
  private readonly listeners = new Set<(p: RefreshProgress) => void>();
  private lastReport: RefreshReport | undefined;
  private credentials: Promise<boolean> | undefined;
  private credentialsKnown: boolean | undefined;
  private readonly logger: Logger;
  private readonly now: () => Date;

  constructor(private readonly deps: PriceServiceDeps) {
    this.logger = deps.logger ?? quietLogger;
    this.now = deps.now ?? (() => new Date());
    this.snapshotData = (deps.snapshot ?? loadEmbeddedSnapshot)();
    this.active = this.snapshotData;
  }

  /** Loads the cache from the data folder (once); a bad cache is set aside with a warning. */
  load(): Promise<void> {
    let onFound: () => void = () => {};
    this.found ??= new Promise<void>((resolve) => (onFound = resolve));
    this.loaded ??= (async () => {
      const result = await loadCacheFile(this.deps.dataFolder, this.now(), {
        decode: this.deps.decodeCache ?? ((bytes) => decodeCacheInWorker(bytes)),
        onFound,
      });
      if (result.kind === 'ok') {
        this.cache = result.cache;
        if (result.notice) this.logger.info(result.notice);
      }
      if (result.kind === 'corrupt' || result.kind === 'newer') {
        this.warnings.push(result.warning);
        this.logger.warn(result.warning);
      }
      this.active = mergeCatalog(this.snapshotData, this.cache);
      this.cacheIn = true;
    })().finally(onFound);
    return this.loaded;
  }

  /**
   * Starts the load and settles as soon as what is in use can be said: at once with the built-in
   * prices while a cache file found on disk is still decoding (`cacheLoading()` then says so), or when
   * the load is over (no cache, or a small one). A window's first answers wait for this, never for
   * the whole decode.
   */
  async firstAnswer(): Promise<void> {
    void this.load();
    await this.found;
  }

  /** True while a cache file is being decoded: the prices in use are then the built-in ones alone. */
  cacheLoading(): boolean {
    return this.loaded !== undefined && !this.cacheIn;
  }

  /** The catalog data in use: snapshot with the cache merged over it. */
  catalogData(): PriceCatalogData {
    return this.active;
  }

  /** A lookup catalog over the data in use, with the project's user-entered rates on top. */
  getCatalog(overrides: ReadonlyArray<PriceEntry> = []): PriceCatalog {
    return createPriceCatalog(this.active, overrides);
  }

  /**
   * Whether AWS credentials are found (the default chain, or the profile): checked once for the status,
   * anew with `again` (as every refresh does). A refresh without a source uses the API when they are,
   * the public price list otherwise.
   */
  detectCredentials(profile?: string, again = false): Promise<boolean> {
    const check = () =>
      credentialsFound(this.clients(profile)).then((found) => {
        this.credentialsKnown = found;
        return found;
      });
    if (profile || again) return check();
    this.credentials ??= check();
    return this.credentials;
  }

  /** Where the prices come from, how fresh, what is missing, any warning, and whether credentials were found. */
  status(): PriceStatus {
    const status = buildPriceStatus({
      data: this.active,
      snapshotBuiltAt: this.snapshotData.builtAt,
      ...(this.cache ? { cacheWrittenAt: this.cache.writtenAt } : {}),
      now: this.now(),
      staleAfterDays: this.deps.staleAfterDays ?? STALE_AFTER_DAYS,
      warnings: this.warnings,
      refreshing: this.inFlight !== undefined,
      ...(this.lastReport ? { lastRefresh: this.lastReport } : {}),
    });
    if (this.credentialsKnown !== undefined) status.credentialsFound = this.credentialsKnown;
    return status;
  }

  private clients(profile: string | undefined) {
    return (this.deps.clientFactory ?? defaultPriceClientFactory)({
      ...(profile ? { profile } : {}),
      timeouts: this.deps.timeouts ?? DEFAULT_TIMEOUTS,
    });
  }

  /**
   * The short summary the app-info operation shows, from the coverage rows alone (quick, even on a
   * first answer); while the cache decodes, it says the built-in prices are in use.
   */
  sourceSummary(): PriceSourceSummary {
    const s = priceSummary({
      data: this.active,
      ...(this.cache ? { cacheWrittenAt: this.cache.writtenAt } : {}),
      now: this.now(),
      staleAfterDays: this.deps.staleAfterDays ?? STALE_AFTER_DAYS,
      warnings: this.warnings,
    });
    const summary = { kind: s.kind, label: s.label, asOf: s.asOf, warnings: s.warnings };
    return this.cacheLoading()
      ? { ...summary, label: `${s.label}; the cached prices are still loading`, loading: true }
      : summary;
  }

  /**
   * Fetches prices and updates the cache. Never throws for an expected failure: the report says what
   * happened, and a failed or cancelled refresh leaves the cache as it was. A second call while one
   * runs joins it (same promise, one fetch); its progress callback is subscribed too.
   */
  refresh(options: RefreshOptions = {}): Promise<RefreshReport> {
    if (options.onProgress) this.listeners.add(options.onProgress);
    if (this.inFlight) {
      if (options.signal) options.signal.addEventListener('abort', () => this.cancel(), { once: true });
      return this.inFlight;
    }
    this.controller = new AbortController();
    if (options.signal) {
      if (options.signal.aborted) this.controller.abort(options.signal.reason);
      else
        options.signal.addEventListener('abort', () => this.controller?.abort(options.signal?.reason), { once: true });
    }
    this.inFlight = this.runRefresh(options, this.controller.signal).finally(() => {
      this.inFlight = undefined;
      this.controller = undefined;
      this.listeners.clear();
    });
    return this.inFlight;
  }

  /** Cancels the refresh in progress; false when none runs. */
  cancel(): boolean {
    if (!this.controller) return false;
    this.controller.abort(new Error('price refresh cancelled'));
    return true;
  }

  private async runRefresh(options: RefreshOptions, signal: AbortSignal): Promise<RefreshReport> {
    await this.load();
    const startedAt = this.now().toISOString();
    const regions = [
      ...new Set(options.regions?.length ? options.regions : (this.deps.defaultRegions ?? defaultRefreshRegions())),
    ].sort();
    const services = options.services?.length ? [...new Set(options.services)] : [...REFRESH_SERVICES];
    const counters = { requests: 0, pages: 0, products: 0 };
    let source: RefreshSource = options.source ?? 'api';
    const base = () => ({ startedAt, regions, services, source });
    try {
      // Checked again at every refresh: credentials configured since the app started count.
      if (!options.source) source = (await this.detectCredentials(options.profile, true)) ? 'api' : 'public';
      const onProgress = (p: RefreshProgress) => {
        Object.assign(counters, { requests: p.requests, pages: p.pages, products: p.products });
        for (const l of this.listeners) l(p);
      };
      const retry: RetryOptions = {
        ...(this.deps.retry ?? DEFAULT_RETRY),
        onRetry: (e, attempt, ms) =>
          this.logger.info(
            `price ${source === 'api' ? 'API' : 'download'}: ${(e as Error).message ?? 'error'}, retry ${attempt} in ${Math.round(ms)} ms`,
          ),
      };
      const result: FetchResult & { bytes?: number } =
        source === 'api'
          ? await fetchPrices(services, regions, {
              clients: this.clients(options.profile),
              limiter: new OperationLimiter(this.deps.rateLimit ?? PRICE_API_RATE),
              retry,
              fetchedAt: startedAt,
              signal,
              onProgress,
            })
          : await fetchPublicPrices(services, regions, {
              baseUrl: this.env('INFERCALC_PUBLIC_PRICES_URL') ?? DEFAULT_PUBLIC_PRICES_URL,
              spotFeedUrl: this.env('INFERCALC_PUBLIC_SPOT_URL') ?? DEFAULT_SPOT_FEED_URL,
              timeouts: this.deps.timeouts ?? DEFAULT_TIMEOUTS,
              retry,
              fetchedAt: startedAt,
              signal,
              onProgress,
            });
      const refreshed = refreshedPairs(base(), result.entries);
      signal.throwIfAborted();
      // A meter the previous catalog priced and this refresh lacks keeps its old price, marked.
      const kept = keepPricesMissingFromRefresh(this.active.entries, result.entries, refreshed, startedAt);
      const next = await this.commit(result.entries.concat(kept), refreshed, signal);
      this.cache = next;
      this.active = mergeCatalog(this.snapshotData, next);
      // The cache is sound again: a warning about an earlier corrupt file no longer applies.
      this.warnings = [];
      return this.finish(okReport(base(), result, kept, this.now().toISOString()));
    } catch (error) {
      const failure = signal.aborted ? { cancelled: true as const } : { cancelled: false as const, error };
      const report = failedReport(base(), failure, counters, this.now().toISOString());
      this.logger.warn(`price refresh ${report.status}: ${report.error}`);
      return this.finish(report);
    }
  }

  /**
   * Lays the fetched prices over the cache as it is on disk now, under the data folder's lock: another
   * process may have refreshed other regions since this one loaded the cache, and those must stay.
   */
  private commit(fresh: PriceCache['entries'], refreshed: RefreshedPair[], signal: AbortSignal): Promise<PriceCache> {
    const folder = this.deps.dataFolder;
    return withCacheLock(
      folder,
      async () => {
        const current = await loadCacheFile(folder, this.now());
        // A newer version's cache is not merged into (it cannot be read here): this refresh replaces it.
        const next = mergeIntoCache(
          current.kind === 'ok' ? current.cache : undefined,
          fresh,
          refreshed,
          this.now().toISOString(),
        );
        try {
          await (this.deps.writeCache ?? writeCacheFile)(folder, next);
        } catch (error) {
          throw new CacheWriteError(folder, error);
        }
        return next;
      },
      { ...this.deps.lock, signal },
    );
  }

  private env(name: string): string | undefined {
    return (this.deps.env ?? process.env)[name] || undefined;
  }

  private finish(report: RefreshReport): RefreshReport {
    this.lastReport = report;
    return report;
  }
}
