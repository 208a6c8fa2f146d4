/**
 * From a validated cache file to the cache in memory. This runs at every start over every price of
 * every region, so it allocates little beyond the prices themselves: text columns are walked line by
 * line in place (no arrays of lines), each API price is built as one literal (entry and source
 * together, one stable shape), and freshness is counted per group rather than per price.
 */
import type { CoverageEntry, PriceEntry, PriceSource } from '@shared/prices/catalog';
import { regionOfKey } from '@shared/prices/keys';
import { serviceOfKey } from '../coverage';
import { LINE } from './cacheColumns';
import type { CacheFile, CacheGroup, PriceCache, SharedSource } from './cacheSchema';
import { combineCoverage } from './pairs';

/** Where the line starting at `from` ends (the text's end for its last line). */
function lineEnd(text: string, from: number): number {
  const end = text.indexOf(LINE, from);
  return end < 0 ? text.length : end;
}

/** True when every price of the group has this text (no empty line). */
function full(text: string | undefined): text is string {
  return (
    text !== undefined && text !== '' && !text.includes(LINE + LINE) && !text.startsWith(LINE) && !text.endsWith(LINE)
  );
}

/**
 * The prices of a group whose prices all carry the four texts an API price has (SKU, rate code,
 * usage type, description) over a source with a fetch time and no rule, without upfront fees or
 * tiers: the common case of a refreshed cache. False (nothing added) for any other group.
 */
function apiPrices(g: CacheGroup, base: SharedSource, entries: PriceEntry[]): boolean {
  const { fetchedAt } = base;
  if (fetchedAt === undefined || base.rule !== undefined) return false;
  if (g.df !== undefined || g.up !== undefined || g.t !== undefined) return false;
  const { k, sku, d, ut, utp, rc, rcs, p, u, v } = g;
  if (!full(sku) || !full(d) || (rcs === undefined && !full(rc)) || (utp === undefined && !full(ut))) return false;
  const { origin, label, asOf } = base;
  // The check made every column one line per price, so the cursors move in step.
  let ki = 0;
  let si = 0;
  let di = 0;
  let ui = 0;
  let ri = 0;
  for (let i = 0; i < v.length; i++) {
    const ke = lineEnd(k, ki);
    const suffix = k.slice(ki, ke);
    ki = ke + 1;
    const se = lineEnd(sku, si);
    const s = sku.slice(si, se);
    si = se + 1;
    const de = lineEnd(d, di);
    const description = d.slice(di, de);
    di = de + 1;
    let usageType: string;
    if (utp !== undefined) usageType = utp + suffix;
    else {
      const ue = lineEnd(ut!, ui);
      usageType = ut!.slice(ui, ue);
      ui = ue + 1;
    }
    let rateCode: string;
    if (rcs !== undefined) rateCode = s + rcs;
    else {
      const re = lineEnd(rc!, ri);
      rateCode = rc!.slice(ri, re);
      ri = re + 1;
    }
    entries.push({
      key: p + suffix,
      usd: v[i]!,
      unit: u,
      source: { origin, label, asOf, fetchedAt, sku: s, rateCode, usageType, description },
    });
  }
  return true;
}

/** A group's text column split into lines; an empty line (no value) stays ''. */
function lines(text: string | undefined): string[] | undefined {
  return text === undefined ? undefined : text.split(LINE);
}

/** The source of every price of any other group: the shared part plus whichever texts each price has. */
function otherSources(g: CacheGroup, base: SharedSource, suffixes: string[]): PriceSource[] {
  const n = suffixes.length;
  const sku = lines(g.sku);
  const rc = lines(g.rc);
  const ut = lines(g.ut);
  const d = lines(g.d);
  const df = lines(g.df);
  const { rcs, utp } = g;
  if (!sku && !rc && !ut && utp === undefined && !d && !df) return new Array<PriceSource>(n).fill(base);
  const out: PriceSource[] = [];
  for (let i = 0; i < n; i++) {
    const source: PriceSource = { origin: base.origin, label: base.label, asOf: base.asOf };
    if (base.fetchedAt !== undefined) source.fetchedAt = base.fetchedAt;
    if (base.rule !== undefined) source.rule = base.rule;
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

/** The prices of any group, one by one (any group apiPrices does not take). */
function otherPrices(g: CacheGroup, base: SharedSource, entries: PriceEntry[]): void {
  const suffixes = g.k.split(LINE);
  const sources = otherSources(g, base, suffixes);
  const { v, up, t, p, u } = g;
  for (let i = 0; i < suffixes.length; i++) {
    const entry: PriceEntry = { key: p + suffixes[i], usd: v[i]!, unit: u, source: sources[i]! };
    const upfront = up?.[i];
    if (upfront !== null && upfront !== undefined) entry.upfrontUsd = upfront;
    const tiers = t?.[i];
    if (tiers) entry.tiers = tiers;
    entries.push(entry);
  }
}

/** Expands a validated file into the cache in memory, with coverage counted per group. */
export function unpackCache(file: CacheFile): PriceCache {
  const entries: PriceEntry[] = [];
  const rows: CoverageEntry[] = [];
  for (const g of file.groups) {
    const base = file.sources[g.s]!;
    if (!apiPrices(g, base, entries)) otherPrices(g, base, entries);
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
