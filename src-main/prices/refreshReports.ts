/**
 * What a finished refresh says: the (service, region) pairs it refreshed with their price counts,
 * and its report, successful or not (a failed or cancelled one names why and fetched no prices).
 */
import type { PriceEntry } from '@shared/prices/catalog';
import type { RefreshedPair } from './cache/cacheSchema';
import { pairId, pairIdOfKey } from './cache/pairs';
import type { FetchResult } from './fetch/runRefresh';
import { truncateSkips } from './fetch/runRefresh';
import { describeRefreshError } from './refreshErrors';
import type { RefreshReport, RefreshService, RefreshSource } from './refreshTypes';

/** The part of every report known when the refresh starts. */
export interface ReportHead {
  startedAt: string;
  regions: string[];
  services: RefreshService[];
  source: RefreshSource;
}

/** Every pair asked for, with how many prices the fetch brought for it (0 is "fetched, nothing there"). */
export function refreshedPairs(head: ReportHead, entries: ReadonlyArray<PriceEntry>): RefreshedPair[] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(pairIdOfKey(e.key), (counts.get(pairIdOfKey(e.key)) ?? 0) + 1);
  return head.services.flatMap((service) =>
    head.regions.map((region) => ({
      service,
      region,
      fetchedAt: head.startedAt,
      count: counts.get(pairId(service, region)) ?? 0,
    })),
  );
}

/** The report of a refresh that landed, with the prices kept from before. */
export function okReport(
  head: ReportHead,
  result: FetchResult & { bytes?: number },
  kept: ReadonlyArray<PriceEntry>,
  finishedAt: string,
): RefreshReport {
  const report: RefreshReport = {
    ...head,
    ok: true,
    status: 'ok',
    finishedAt,
    requests: result.requests,
    pages: result.pages,
    products: result.products,
    prices: result.entries.length,
    skippedCount: result.skipped.length,
    skipped: truncateSkips(result.skipped),
    ignored: result.ignored,
    restarts: result.restarts,
    keptFromBefore: kept.length,
    keptSample: kept.slice(0, 20).map((e) => e.key),
  };
  if (result.bytes !== undefined) report.bytes = result.bytes;
  return report;
}

/** The report of a refresh that failed (`error`) or was cancelled: the counters so far, no prices. */
export function failedReport(
  head: ReportHead,
  failure: { cancelled: true } | { cancelled: false; error: unknown },
  counters: Pick<RefreshReport, 'requests' | 'pages' | 'products'>,
  finishedAt: string,
): RefreshReport {
  const described = failure.cancelled ? undefined : describeRefreshError(failure.error, head.source);
  const report: RefreshReport = {
    ...head,
    ok: false,
    status: described ? 'failed' : 'cancelled',
    error: described
      ? `${described.message}; cached prices are unchanged`
      : 'the refresh was cancelled; cached prices are unchanged',
    finishedAt,
    ...counters,
    ...nothingFetched(),
  };
  if (described) report.errorKind = described.kind;
  return report;
}

/** The counts of a refresh that brought no prices. */
function nothingFetched(): Pick<
  RefreshReport,
  'prices' | 'skippedCount' | 'skipped' | 'ignored' | 'restarts' | 'keptFromBefore' | 'keptSample'
> {
  return { prices: 0, skippedCount: 0, skipped: [], ignored: 0, restarts: 0, keptFromBefore: 0, keptSample: [] };
}
