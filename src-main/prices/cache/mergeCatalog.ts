/**
 * The active catalog: the snapshot with the cache laid over it. For every (service, region) pair the
 * cache has refreshed, the cache replaces the snapshot's prices for that pair entirely (including
 * snapshot prices derived by rule), because the API answer is the truth for that pair.
 */
import type { CoverageEntry, PriceCatalogData, PriceEntry } from '@shared/prices/catalog';
import { regionOfKey } from '@shared/prices/keys';
import { computeCoverage, serviceOfKey } from '../coverage';
import type { PriceCache, RefreshedPair } from './cacheSchema';

const pairId = (service: string, region: string) => `${service}|${region}`;

function pairOf(e: PriceEntry): string {
  return pairId(serviceOfKey(e.key) ?? '', regionOfKey(e.key) ?? '');
}

/** Merges new refresh results into a cache: refreshed pairs are replaced, others kept. */
export function mergeIntoCache(
  previous: PriceCache | undefined,
  fresh: ReadonlyArray<PriceEntry>,
  refreshed: ReadonlyArray<RefreshedPair>,
  writtenAt: string,
): PriceCache {
  const replaced = new Set(refreshed.map((p) => pairId(p.service, p.region)));
  const kept = (previous?.entries ?? []).filter((e) => !replaced.has(pairOf(e)));
  const keptPairs = (previous?.refreshed ?? []).filter((p) => !replaced.has(pairId(p.service, p.region)));
  return {
    format: 'infercalc-prices-cache',
    version: 1,
    writtenAt,
    refreshed: [...keptPairs, ...refreshed],
    entries: [...kept, ...fresh],
  };
}

/** Snapshot + cache → the catalog data the app uses. */
export function mergeCatalog(snapshot: PriceCatalogData, cache: PriceCache | undefined): PriceCatalogData {
  if (!cache || cache.refreshed.length === 0) return snapshot;
  const replaced = new Set(cache.refreshed.map((p) => pairId(p.service, p.region)));
  const entries = [...snapshot.entries.filter((e) => !replaced.has(pairOf(e))), ...cache.entries];
  const coverage: CoverageEntry[] = computeCoverage(entries);
  // A refreshed pair with no prices still shows, so "fetched, nothing there" differs from "never fetched".
  for (const p of cache.refreshed) {
    if (p.count === 0 && !coverage.some((c) => c.service === p.service && c.region === p.region)) {
      coverage.push({ service: p.service, region: p.region, origin: 'api', asOf: p.fetchedAt.slice(0, 10), fetchedAt: p.fetchedAt, count: 0 });
    }
  }
  const spFetched = cache.refreshed.some((p) => p.service === 'savings-plans' && p.count > 0);
  return {
    ...snapshot,
    origin: 'api',
    builtAt: cache.writtenAt,
    entries,
    coverage,
    missing: snapshot.missing.filter((m) => !(spFetched && m.startsWith('Savings Plans'))).concat(
      spFetched ? ['Savings Plans rates: fetched only for the regions refreshed; elsewhere enter a rate or discount by hand.'] : [],
    ),
  };
}
