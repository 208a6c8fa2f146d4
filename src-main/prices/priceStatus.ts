/** The status of the prices in use: where they come from, how fresh per service and region, and warnings. */
import type { CoverageEntry, PriceCatalogData } from '@shared/prices/catalog';
import type { RefreshReport } from './refreshTypes';

/** One coverage row with its age. */
export interface CoverageStatus extends CoverageEntry {
  ageDays: number;
  stale: boolean;
}

/** What `infercalc prices status` prints and the UI shows. */
export interface PriceStatus {
  kind: 'snapshot' | 'cache';
  label: string;
  /** The oldest as-of among the prices in use. */
  asOf: string;
  snapshotBuiltAt: string;
  cacheWrittenAt?: string;
  prices: number;
  coverage: CoverageStatus[];
  missing: string[];
  warnings: string[];
  staleAfterDays: number;
  refreshing: boolean;
  lastRefresh?: RefreshReport;
}

const DAY_MS = 86_400_000;

/**
 * Builds the status. Age counts from the fetch time for fetched prices and from the as-of date for
 * snapshot prices; a row older than `staleAfterDays` is stale and earns one summary warning.
 */
export function buildPriceStatus(input: {
  data: PriceCatalogData;
  snapshotBuiltAt: string;
  cacheWrittenAt?: string;
  now: Date;
  staleAfterDays: number;
  warnings: string[];
  refreshing: boolean;
  lastRefresh?: RefreshReport;
}): PriceStatus {
  const { data, now, staleAfterDays } = input;
  const coverage = data.coverage.map((c) => {
    const since = Date.parse(c.fetchedAt ?? c.asOf);
    const ageDays = Math.max(0, Math.floor((now.getTime() - since) / DAY_MS));
    return { ...c, ageDays, stale: ageDays > staleAfterDays };
  });
  const asOf = coverage.reduce((min, c) => (c.asOf < min ? c.asOf : min), coverage[0]?.asOf ?? data.builtAt);
  const kind = input.cacheWrittenAt ? 'cache' : 'snapshot';
  const warnings = [...input.warnings];
  const stale = coverage.filter((c) => c.stale);
  if (stale.length > 0) {
    const fetchedStale = stale.filter((c) => c.origin === 'api').length;
    warnings.push(
      `${stale.length} of ${coverage.length} service/region price sets are older than ${staleAfterDays} days` +
        (fetchedStale > 0 ? ` (${fetchedStale} of them fetched)` : ' (embedded snapshot)') +
        ': refresh prices when online.',
    );
  }
  const status: PriceStatus = {
    kind,
    label:
      kind === 'cache'
        ? `AWS price APIs (cached ${input.cacheWrittenAt}) over the embedded snapshot`
        : `embedded snapshot, prices as of ${asOf} to ${input.snapshotBuiltAt}`,
    asOf,
    snapshotBuiltAt: input.snapshotBuiltAt,
    prices: data.entries.length,
    coverage,
    missing: data.missing,
    warnings,
    staleAfterDays,
    refreshing: input.refreshing,
  };
  if (input.cacheWrittenAt) status.cacheWrittenAt = input.cacheWrittenAt;
  if (input.lastRefresh) status.lastRefresh = input.lastRefresh;
  return status;
}
