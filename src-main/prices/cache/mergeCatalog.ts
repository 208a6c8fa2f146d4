/**
 * The active catalog: the snapshot with the cache laid over it. For every (service, region) pair the
 * cache has refreshed, the cache replaces the snapshot's prices for that pair entirely (including
 * snapshot prices derived by rule), because the API answer is the truth for that pair.
 *
 * This runs at every start over every price of every region, so it works per pair, not per price:
 * the snapshot's prices are indexed by pair once, and coverage is assembled from the snapshot's rows
 * and the cache's rows instead of being recomputed from the merged entries.
 */
import type { CoverageEntry, PriceCatalogData, PriceEntry } from '@shared/prices/catalog';
import { computeCoverage } from '../coverage';
import type { PriceCache, RefreshedPair } from './cacheSchema';
import { combineCoverage, pairId, pairIdOfKey } from './pairs';

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

/** The snapshot's prices by pair, as runs [start, end) of its entries; built once per snapshot (it never changes). */
const pairIndexes = new WeakMap<PriceCatalogData, Map<string, Array<[number, number]>>>();

/** The start every key of a key's pair shares, e.g. "ec2/us-east-1/" (undefined for a key without one). */
function pairPrefixOf(key: string): string | undefined {
  const regionSegment = key.startsWith('savings-plans/') ? 2 : 1;
  let end = -1;
  for (let i = 0; i <= regionSegment; i++) {
    end = key.indexOf('/', end + 1);
    if (end < 0) return undefined;
  }
  return key.slice(0, end + 1);
}

function pairIndex(data: PriceCatalogData): Map<string, Array<[number, number]>> {
  let index = pairIndexes.get(data);
  if (index) return index;
  index = new Map();
  const entries = data.entries;
  let i = 0;
  while (i < entries.length) {
    // The snapshot keeps a pair's prices together, so one startsWith per price finds the runs
    // without building a pair id per price.
    const key = entries[i]!.key;
    const prefix = pairPrefixOf(key);
    let end = i + 1;
    if (prefix !== undefined) while (end < entries.length && entries[end]!.key.startsWith(prefix)) end++;
    const id = pairIdOfKey(key);
    const runs = index.get(id);
    if (runs) runs.push([i, end]);
    else index.set(id, [[i, end]]);
    i = end;
  }
  pairIndexes.set(data, index);
  return index;
}

/** Snapshot + cache → the catalog data the app uses. */
export function mergeCatalog(snapshot: PriceCatalogData, cache: PriceCache | undefined): PriceCatalogData {
  if (!cache || cache.refreshed.length === 0) return snapshot;
  const replaced = new Set(cache.refreshed.map((p) => pairId(p.service, p.region)));
  const kept: PriceEntry[] = [];
  for (const [id, runs] of pairIndex(snapshot)) {
    if (replaced.has(id)) continue;
    for (const [start, end] of runs) for (let i = start; i < end; i++) kept.push(snapshot.entries[i]!);
  }
  // One copy of the cache's prices rather than a push per price (about 30,000 for every region).
  const entries = kept.concat(cache.entries);
  const rows: CoverageEntry[] = snapshot.coverage.filter((c) => !replaced.has(pairId(c.service, c.region)));
  const coverage = combineCoverage([...rows, ...cache.coverage]);
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
