/**
 * A refresh never loses a price silently: for every (service, region) pair a refresh fetched, a price
 * the previous catalog had and the refresh did not return is kept, with its own source and date,
 * marked "not in the latest refresh". The cache merge then stores it like any other price, and the
 * refresh report and `prices status` list it.
 */
import type { PriceEntry } from '@shared/prices/catalog';
import { regionOfKey } from '@shared/prices/keys';
import { serviceOfKey } from '@shared/prices/services';

/** A refreshed pair, as the cache records it. */
export interface FetchedPair {
  service: string;
  region: string;
}

/**
 * The previous prices of the fetched pairs that `fresh` lacks, each marked with `refreshedAt`.
 * Pure: the previous catalog and the fresh prices are not changed.
 */
export function keepPricesMissingFromRefresh(
  previous: ReadonlyArray<PriceEntry>,
  fresh: ReadonlyArray<PriceEntry>,
  fetched: ReadonlyArray<FetchedPair>,
  refreshedAt: string,
): PriceEntry[] {
  const pairs = new Set(fetched.map((p) => `${p.service}|${p.region}`));
  const freshKeys = new Set(fresh.map((e) => e.key));
  const kept: PriceEntry[] = [];
  for (const e of previous) {
    if (freshKeys.has(e.key) || e.source.origin === 'user') continue;
    if (!pairs.has(`${serviceOfKey(e.key) ?? ''}|${regionOfKey(e.key) ?? ''}`)) continue;
    kept.push({ ...e, source: { ...e.source, notInLatestRefresh: refreshedAt } });
  }
  return kept;
}
