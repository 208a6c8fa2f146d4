/**
 * The active catalog: the snapshot with the cache laid over it. For every (service, region) pair the
 * cache has refreshed, the cache replaces the snapshot's prices for that pair entirely (including
 * snapshot prices derived by rule), because the refreshed answer is the truth for that pair.
 */
import type { CoverageEntry, PriceCatalogData, PriceEntry } from '@shared/prices/catalog';
import { computeCoverage } from '../coverage';
import type { PriceCache, RefreshedPair } from './cacheSchema';
import { pairId, pairIdOfKey } from './pairs';

/** Merges new refresh results into a cache: refreshed pairs are replaced, others kept. */
export function mergeIntoCache(
  previous: PriceCache | undefined,
  fresh: ReadonlyArray<PriceEntry>,
  refreshed: ReadonlyArray<RefreshedPair>,
  writtenAt: string,
): PriceCache {
  const replaced = new Set(refreshed.map((p) => pairId(p.service, p.region)));
  const kept = (previous?.entries ?? []).filter((e) => !replaced.has(pairIdOfKey(e.key)));
  const keptPairs = (previous?.refreshed ?? []).filter((p) => !replaced.has(pairId(p.service, p.region)));
  const entries = [...kept, ...fresh];
  return { writtenAt, refreshed: [...keptPairs, ...refreshed], entries, coverage: computeCoverage(entries) };
}

/** Snapshot + cache → the catalog data the app uses. */
export function mergeCatalog(snapshot: PriceCatalogData, cache: PriceCache | undefined): PriceCatalogData {
  if (!cache || cache.refreshed.length === 0) return snapshot;
  const replaced = new Set(cache.refreshed.map((p) => pairId(p.service, p.region)));
  const kept: PriceEntry[] = snapshot.entries.filter((e) => !replaced.has(pairIdOfKey(e.key)));
  const entries = kept.concat(cache.entries);
  // The cache holds only refreshed pairs and the snapshot rows kept are of other pairs: no row doubles.
  const coverage: CoverageEntry[] = snapshot.coverage
    .filter((c) => !replaced.has(pairId(c.service, c.region)))
    .concat(cache.coverage)
    .sort((a, b) => (a.service + a.region < b.service + b.region ? -1 : 1));
  // A refreshed pair with no prices still shows, so "fetched, nothing there" differs from "never fetched".
  const covered = new Set(coverage.map((c) => pairId(c.service, c.region)));
  for (const p of cache.refreshed) {
    if (p.count === 0 && !covered.has(pairId(p.service, p.region))) {
      coverage.push({
        service: p.service,
        region: p.region,
        origin: 'api',
        asOf: p.fetchedAt.slice(0, 10),
        fetchedAt: p.fetchedAt,
        count: 0,
      });
      covered.add(pairId(p.service, p.region));
    }
  }
  const spFetched = cache.refreshed.some((p) => p.service === 'savings-plans' && p.count > 0);
  return {
    ...snapshot,
    origin: 'api',
    builtAt: cache.writtenAt,
    entries,
    coverage,
    missing: snapshot.missing
      .filter((m) => !(spFetched && m.startsWith('Savings Plans')))
      .concat(
        spFetched
          ? ['Savings Plans rates: fetched only for the regions refreshed; elsewhere enter a rate or discount by hand.']
          : [],
      ),
  };
}
