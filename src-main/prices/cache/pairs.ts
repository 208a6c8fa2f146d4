/**
 * (service, region) pairs: the unit a refresh replaces and freshness is reported by. Computed from
 * keys without splitting them, because the merge runs over every price of every region at start-up.
 */
import type { CoverageEntry, PriceCatalogData, PriceEntry } from '@shared/prices/catalog';

/** The id of a pair, as used in sets and maps. */
export function pairId(service: string, region: string): string {
  return `${service}|${region}`;
}

/**
 * The pair id of a key, equal to `pairId(serviceOfKey(key) ?? '', regionOfKey(key) ?? '')` for every
 * key a builder makes: the region is the second segment, the third for Savings Plans keys.
 */
export function pairIdOfKey(key: string): string {
  const first = key.indexOf('/');
  if (first < 0) return '|';
  const service = key.slice(0, first);
  let start = first + 1;
  if (service === 'savings-plans') {
    const planEnd = key.indexOf('/', start);
    if (planEnd < 0) return pairId(service, '');
    start = planEnd + 1;
  }
  const end = key.indexOf('/', start);
  return pairId(service, key.slice(start, end < 0 ? key.length : end));
}

/**
 * Folds rows of the same pair into one (counts added, the oldest as-of, the latest fetch, 'api' if any
 * row is), sorted like computeCoverage, so coverage can be assembled from parts instead of recomputed.
 */
export function combineCoverage(rows: Iterable<CoverageEntry>): CoverageEntry[] {
  const byPair = new Map<string, CoverageEntry>();
  for (const r of rows) {
    const id = pairId(r.service, r.region);
    const row = byPair.get(id);
    if (!row) {
      byPair.set(id, { ...r });
      continue;
    }
    row.count += r.count;
    if (r.asOf < row.asOf) row.asOf = r.asOf;
    if (r.fetchedAt && (!row.fetchedAt || r.fetchedAt > row.fetchedAt)) row.fetchedAt = r.fetchedAt;
    if (r.origin === 'api') row.origin = 'api';
  }
  return [...byPair.values()].sort((a, b) => (a.service + a.region < b.service + b.region ? -1 : 1));
}

/** The start every key of a key's pair shares, e.g. "ec2/us-east-1/" (undefined for a key without one). */
export function pairPrefixOf(key: string): string | undefined {
  const regionSegment = key.startsWith('savings-plans/') ? 2 : 1;
  let end = -1;
  for (let i = 0; i <= regionSegment; i++) {
    end = key.indexOf('/', end + 1);
    if (end < 0) return undefined;
  }
  return key.slice(0, end + 1);
}

/** A catalog's prices by pair id, as runs [start, end) of its entries. */
export type PairRuns = Map<string, Array<[number, number]>>;

/** Adds the run [start, end) to its pair, joined to the pair's last run when they touch. */
export function addPairRun(runs: PairRuns, id: string, start: number, end: number): void {
  const list = runs.get(id);
  const last = list?.[list.length - 1];
  if (last && last[1] === start) last[1] = end;
  else if (list) list.push([start, end]);
  else runs.set(id, [[start, end]]);
}

/** Finds the runs by looking at every key: one startsWith per price, as a pair's prices mostly sit together. */
export function scanPairRuns(entries: ReadonlyArray<PriceEntry>): PairRuns {
  const runs: PairRuns = new Map();
  let i = 0;
  while (i < entries.length) {
    const key = entries[i]!.key;
    const prefix = pairPrefixOf(key);
    let end = i + 1;
    if (prefix !== undefined) while (end < entries.length && entries[end]!.key.startsWith(prefix)) end++;
    addPairRun(runs, pairIdOfKey(key), i, end);
    i = end;
  }
  return runs;
}

/** Runs recorded by whoever built a catalog (the snapshot, group by group), and runs scanned once. */
const recordedRuns = new WeakMap<PriceCatalogData, PairRuns>();
const scannedRuns = new WeakMap<PriceCatalogData, PairRuns>();

/** Records a catalog's runs, found while building it; they must equal what scanPairRuns would find. */
export function rememberPairRuns(data: PriceCatalogData, runs: PairRuns): void {
  recordedRuns.set(data, runs);
}

/** The runs a catalog's builder recorded, if it did. */
export function recordedPairRuns(data: PriceCatalogData): PairRuns | undefined {
  return recordedRuns.get(data);
}

/** A catalog's runs: as recorded, or else scanned on first use. */
export function pairRunsOf(data: PriceCatalogData): PairRuns {
  let runs = recordedRuns.get(data) ?? scannedRuns.get(data);
  if (!runs) {
    runs = scanPairRuns(data.entries);
    scannedRuns.set(data, runs);
  }
  return runs;
}
