/** Freshness bookkeeping: which service and region each price belongs to, and coverage computed from entries. */
import type { CoverageEntry, PriceEntry } from '@shared/prices/catalog';
import { parseKey } from '@shared/prices/keys';
import { serviceOfKey } from '@shared/prices/services';

export { serviceOfKey };

/**
 * One coverage row per service and region: the oldest as-of date (a region is only as fresh as
 * its stalest price), the latest fetch time, and the count. Origin 'derived' rows count under the
 * origin of the catalog they sit in, because derivation happened when that catalog was built.
 */
export function computeCoverage(entries: ReadonlyArray<PriceEntry>): CoverageEntry[] {
  const rows = new Map<string, CoverageEntry>();
  for (const e of entries) {
    const parsed = parseKey(e.key);
    if (!parsed) continue;
    const { service, region } = parsed;
    const id = `${service}|${region}`;
    const origin = e.source.origin === 'api' ? 'api' : 'snapshot';
    const row = rows.get(id);
    if (!row) {
      const fresh: CoverageEntry = { service, region, origin, asOf: e.source.asOf, count: 1 };
      if (e.source.fetchedAt) fresh.fetchedAt = e.source.fetchedAt;
      rows.set(id, fresh);
      continue;
    }
    row.count += 1;
    if (e.source.asOf < row.asOf) row.asOf = e.source.asOf;
    if (e.source.fetchedAt && (!row.fetchedAt || e.source.fetchedAt > row.fetchedAt))
      row.fetchedAt = e.source.fetchedAt;
    if (origin === 'api') row.origin = 'api';
  }
  return [...rows.values()].sort((a, b) => (a.service + a.region < b.service + b.region ? -1 : 1));
}
