/** (service, region) pairs: the unit a refresh replaces and freshness is reported by. */
import type { CoverageEntry } from '@shared/prices/catalog';
import { regionOfKey } from '@shared/prices/keys';

/** The id of a pair, as used in sets and maps. */
export function pairId(service: string, region: string): string {
  return `${service}|${region}`;
}

/** The pair id of a key ('|' for a key that names no service and region); runs over every price at a merge, so no split. */
export function pairIdOfKey(key: string): string {
  const region = regionOfKey(key);
  return region ? pairId(key.slice(0, key.indexOf('/')), region) : '|';
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
