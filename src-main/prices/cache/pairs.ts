/**
 * (service, region) pairs: the unit a refresh replaces and freshness is reported by. Computed from
 * keys without splitting them, because the merge runs over every price of every region at start-up.
 */
import type { CoverageEntry } from '@shared/prices/catalog';

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
