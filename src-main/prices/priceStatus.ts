/**
 * The status of the prices in use: where they come from, how fresh per service and region (by the
 * one freshness rule in src-shared/prices/freshness.ts), which rates are derived by rule, which were
 * kept from before because the latest refresh lacked them, and warnings.
 */
import type { CoverageEntry, PriceCatalogData } from '@shared/prices/catalog';
import { freshnessOf, summarizeFreshness } from '@shared/prices/freshness';
import type { RefreshReport } from './refreshTypes';
import { derivedRateGroups, keptPriceList, type DerivedRateGroup, type KeptPrice } from './statusLists';

/** One coverage row with its age, by the shared freshness rule. */
export interface CoverageStatus extends CoverageEntry {
  ageDays: number;
  stale: boolean;
}

/** What `infercalc prices status` prints and the UI shows. */
export interface PriceStatus {
  kind: 'snapshot' | 'cache';
  label: string;
  /** The oldest as-of among the prices in use (shared rule: fetch day for fetched prices). */
  asOf: string;
  /** The same summary the prices bar shows, in words. */
  summary: string;
  /** True when a refresh would bring newer prices (built-in prices in use, or stale fetched ones). */
  refreshSuggested: boolean;
  snapshotBuiltAt: string;
  cacheWrittenAt?: string;
  prices: number;
  coverage: CoverageStatus[];
  /** Rates derived by a stated rule (not in the data for that region or size), per service and region. */
  derived: DerivedRateGroup[];
  /** Prices kept from before because the latest refresh returned none for them. */
  notInLatestRefresh: KeptPrice[];
  notInLatestRefreshCount: number;
  missing: string[];
  warnings: string[];
  staleAfterDays: number;
  refreshing: boolean;
  lastRefresh?: RefreshReport;
  /** Whether AWS credentials were found, once checked: without them a refresh reads the public price list. */
  credentialsFound?: boolean;
}

/** What the status is built from. */
export interface PriceStatusInput {
  data: PriceCatalogData;
  snapshotBuiltAt: string;
  cacheWrittenAt?: string;
  now: Date;
  staleAfterDays: number;
  warnings: string[];
  refreshing: boolean;
  lastRefresh?: RefreshReport;
}

/** The part of the status a header shows, from the coverage rows alone (no walk over the prices, so a first answer is quick). */
export function priceSummary(
  input: Pick<PriceStatusInput, 'data' | 'cacheWrittenAt' | 'now' | 'staleAfterDays' | 'warnings'>,
): Pick<PriceStatus, 'kind' | 'label' | 'asOf' | 'summary' | 'refreshSuggested' | 'warnings'> {
  const { data, staleAfterDays } = input;
  const summary = summarizeFreshness(data.coverage, input.now.toISOString(), staleAfterDays);
  const kind = input.cacheWrittenAt ? 'cache' : 'snapshot';
  const warnings = [...input.warnings];
  if (summary.staleCount > 0) {
    warnings.push(
      `${summary.staleCount} of ${data.coverage.length} service/region price sets were fetched more than ${staleAfterDays} days ago: refresh prices when online.`,
    );
  }
  return {
    kind,
    label:
      kind === 'cache'
        ? `AWS prices (cache written ${input.cacheWrittenAt!.slice(0, 10)}) over the built-in prices`
        : summary.text,
    asOf: summary.asOf ?? data.builtAt.slice(0, 10),
    summary: summary.text,
    refreshSuggested: summary.refreshSuggested,
    warnings,
  };
}

/** Builds the status; see the file comment. */
export function buildPriceStatus(input: PriceStatusInput): PriceStatus {
  const { data, now, staleAfterDays } = input;
  const today = now.toISOString();
  const coverage = data.coverage.map((c) => {
    const f = freshnessOf(c, today, staleAfterDays);
    return { ...c, ageDays: f.ageDays, stale: f.stale };
  });
  const kept = keptPriceList(data.entries);
  const status: PriceStatus = {
    ...priceSummary(input),
    snapshotBuiltAt: input.snapshotBuiltAt,
    prices: data.entries.length,
    coverage,
    derived: derivedRateGroups(data.entries),
    notInLatestRefresh: kept.list,
    notInLatestRefreshCount: kept.count,
    missing: data.missing,
    staleAfterDays,
    refreshing: input.refreshing,
  };
  if (input.cacheWrittenAt) status.cacheWrittenAt = input.cacheWrittenAt;
  if (input.lastRefresh) status.lastRefresh = input.lastRefresh;
  return status;
}
