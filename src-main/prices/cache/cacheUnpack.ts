/**
 * From a validated cache file to the cache in memory. This runs at every start over every price of
 * every region, mostly before V8 has optimized it, so the loop per price does as little as it can:
 * the text columns arrive split by the check, the prices go into an array sized once (index stores
 * are cheaper than pushes in cold code), each API price is one literal (entry and source together,
 * one stable shape), and freshness is counted per group rather than per price.
 */
import type { CoverageEntry, PriceEntry, PriceSource } from '@shared/prices/catalog';
import { regionOfKey } from '@shared/prices/keys';
import { serviceOfKey } from '../coverage';
import type { GroupLines } from './cacheColumns';
import type { CacheFile, CacheGroup, PriceCache, SharedSource } from './cacheSchema';
import { combineCoverage } from './pairs';

/** True when every price of the group has this text (no empty line; Array includes is a builtin scan). */
function full(lines: string[] | undefined): lines is string[] {
  return lines !== undefined && !lines.includes('');
}

/**
 * Writes the prices of a group from `at` on. Every argument is a plain value rather than the group
 * itself: groups come in several shapes (whichever columns they have), and one shape keeps this
 * loop's property loads monomorphic.
 */
function writeApiPrices(
  entries: PriceEntry[],
  at: number,
  base: Required<Pick<SharedSource, 'origin' | 'label' | 'asOf' | 'fetchedAt'>>,
  p: string,
  u: string,
  v: number[],
  keys: string[],
  skus: string[],
  descriptions: string[],
  usageTypes: string[] | undefined,
  utp: string,
  rateCodes: string[] | undefined,
  rcs: string,
): void {
  const { origin, label, asOf, fetchedAt } = base;
  for (let i = 0; i < keys.length; i++) {
    const suffix = keys[i]!;
    const sku = skus[i]!;
    entries[at + i] = {
      key: p + suffix,
      usd: v[i]!,
      unit: u,
      source: {
        origin,
        label,
        asOf,
        fetchedAt,
        sku,
        rateCode: rateCodes === undefined ? sku + rcs : rateCodes[i]!,
        usageType: usageTypes === undefined ? utp + suffix : usageTypes[i]!,
        description: descriptions[i]!,
      },
    };
  }
}

/**
 * The prices of a group whose prices all carry the four texts an API price has (SKU, rate code,
 * usage type, description) over a source with a fetch time and no rule, without upfront fees or
 * tiers: the common case of a refreshed cache. False (nothing written) for any other group.
 */
function apiPrices(g: CacheGroup, lines: GroupLines, base: SharedSource, entries: PriceEntry[], at: number): boolean {
  const { fetchedAt } = base;
  if (fetchedAt === undefined || base.rule !== undefined) return false;
  if (base.detail !== undefined || base.notInLatestRefresh !== undefined) return false;
  if (g.df !== undefined || g.up !== undefined || g.t !== undefined) return false;
  const { utp, rcs } = g;
  const { sku, d, rc, ut } = lines;
  if (!full(sku) || !full(d)) return false;
  if ((rcs === undefined && !full(rc)) || (utp === undefined && !full(ut))) return false;
  const { origin, label, asOf } = base;
  writeApiPrices(
    entries,
    at,
    { origin, label, asOf, fetchedAt },
    g.p,
    g.u,
    g.v,
    lines.k,
    sku,
    d,
    utp === undefined ? ut : undefined,
    utp ?? '',
    rcs === undefined ? rc : undefined,
    rcs ?? '',
  );
  return true;
}

/** The source of every price of any other group: the shared part plus whichever texts each price has. */
function otherSources(g: CacheGroup, lines: GroupLines, base: SharedSource): PriceSource[] {
  const { k: suffixes, sku, rc, ut, d, df } = lines;
  const { rcs, utp } = g;
  const n = suffixes.length;
  if (!sku && !rc && !ut && utp === undefined && !d && !df) return new Array<PriceSource>(n).fill(base);
  const { detail, notInLatestRefresh } = base;
  const out: PriceSource[] = [];
  for (let i = 0; i < n; i++) {
    const source: PriceSource = { origin: base.origin, label: base.label, asOf: base.asOf };
    if (base.fetchedAt !== undefined) source.fetchedAt = base.fetchedAt;
    if (base.rule !== undefined) source.rule = base.rule;
    if (detail !== undefined) source.detail = detail;
    if (notInLatestRefresh !== undefined) source.notInLatestRefresh = notInLatestRefresh;
    const s = sku?.[i];
    if (s) source.sku = s;
    const r = rcs !== undefined && s ? s + rcs : rc?.[i];
    if (r) source.rateCode = r;
    const usage = utp !== undefined ? utp + suffixes[i]! : ut?.[i];
    if (usage) source.usageType = usage;
    const desc = d?.[i];
    if (desc) source.description = desc;
    const from = df?.[i];
    if (from) source.derivedFrom = from;
    out.push(source);
  }
  return out;
}

/** The prices of any group apiPrices does not take, one by one. */
function otherPrices(g: CacheGroup, lines: GroupLines, base: SharedSource, entries: PriceEntry[], at: number): void {
  const suffixes = lines.k;
  const sources = otherSources(g, lines, base);
  const { v, up, t, p, u } = g;
  for (let i = 0; i < suffixes.length; i++) {
    const entry: PriceEntry = { key: p + suffixes[i], usd: v[i]!, unit: u, source: sources[i]! };
    const upfront = up?.[i];
    if (upfront !== null && upfront !== undefined) entry.upfrontUsd = upfront;
    const tiers = t?.[i];
    if (tiers) entry.tiers = tiers;
    entries[at + i] = entry;
  }
}

/**
 * Expands a validated file into the cache in memory, with coverage counted per group. `lines` are
 * its groups' text columns split into lines, as decodeCacheJson gives them.
 */
export function unpackCache(file: CacheFile, lines: ReadonlyArray<GroupLines>): PriceCache {
  let total = 0;
  for (const g of file.groups) total += g.v.length;
  const entries = new Array<PriceEntry>(total);
  const rows: CoverageEntry[] = [];
  let at = 0;
  for (let i = 0; i < file.groups.length; i++) {
    const g = file.groups[i]!;
    const groupLines = lines[i]!;
    const base = file.sources[g.s]!;
    if (!apiPrices(g, groupLines, base, entries, at)) otherPrices(g, groupLines, base, entries, at);
    at += g.v.length;
    const { p } = g;
    // The group check guarantees the prefix names a known service and a region.
    const row: CoverageEntry = {
      service: serviceOfKey(p)!,
      region: regionOfKey(p)!,
      origin: base.origin === 'api' ? 'api' : 'snapshot',
      asOf: base.asOf,
      count: g.v.length,
    };
    if (base.fetchedAt) row.fetchedAt = base.fetchedAt;
    rows.push(row);
  }
  return { writtenAt: file.writtenAt, refreshed: file.refreshed, entries, coverage: combineCoverage(rows) };
}
