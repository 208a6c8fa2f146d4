/**
 * Between the cache in memory (expanded prices) and the grouped, columnar file form (see
 * cacheSchema.ts). Packing runs once per refresh; unpacking runs at every start, so it touches each
 * price once and computes freshness per group rather than per price.
 */
import type { CoverageEntry, PriceEntry, PriceSource, PriceTier } from '@shared/prices/catalog';
import { regionOfKey } from '@shared/prices/keys';
import { serviceOfKey } from '../coverage';
import { combineCoverage } from './pairs';
import { LINE } from './cacheColumns';
import {
  CACHE_FORMAT,
  CACHE_VERSION,
  KEY_PREFIX,
  type CacheFile,
  type CacheGroup,
  type PriceCache,
  type SharedSource,
} from './cacheSchema';

/** The per-price source fields, each with its column name. */
const PER_PRICE = [
  ['sku', 'sku'],
  ['rateCode', 'rc'],
  ['usageType', 'ut'],
  ['description', 'd'],
  ['derivedFrom', 'df'],
] as const;

function sharedPart(source: PriceSource): SharedSource {
  const shared: SharedSource = { origin: source.origin, label: source.label, asOf: source.asOf };
  if (source.fetchedAt !== undefined) shared.fetchedAt = source.fetchedAt;
  if (source.rule !== undefined) shared.rule = source.rule;
  return shared;
}

/** A group while packing: every column as an array; text columns are joined into lines at the end. */
interface PackingGroup {
  s: number;
  u: string;
  p: string;
  k: string[];
  v: number[];
  text: Partial<Record<(typeof PER_PRICE)[number][1], Array<string | null>>>;
  up?: Array<number | null>;
  t?: Array<PriceTier[] | null>;
}

/**
 * Sets `values[i]` in a column that appears only once some price of the group has the field; the
 * prices before it get null.
 */
function put<T>(values: Array<T | null> | undefined, i: number, value: T): Array<T | null> {
  const out = values ?? [];
  while (out.length < i) out.push(null);
  out[i] = value;
  return out;
}

/** One line per value; a missing value is an empty line, a line break inside a value a space. */
function joinLines(values: ReadonlyArray<string | null>, length: number): string {
  const lines: string[] = [];
  for (let i = 0; i < length; i++) lines.push((values[i] ?? '').replace(/[\r\n]+/g, ' '));
  return lines.join(LINE);
}

/**
 * The text every rate code of a group adds to its price's SKU, when there is one: Price List rate
 * codes are `${sku}.${offerTermCode}.${rateCode}`, and a group's prices share a term. Undefined when
 * some price has no SKU or a rate code of another form; the group then stores its rate codes whole.
 */
function rateCodeSuffix(
  skus: ReadonlyArray<string | null> | undefined,
  rateCodes: ReadonlyArray<string | null> | undefined,
  n: number,
): string | undefined {
  if (!skus || !rateCodes) return undefined;
  let suffix: string | undefined;
  for (let i = 0; i < n; i++) {
    const sku = skus[i];
    const rc = rateCodes[i];
    if (!sku || !rc || /[\r\n]/.test(sku) || !rc.startsWith(sku)) return undefined;
    const rest = rc.slice(sku.length);
    if (suffix === undefined) suffix = rest;
    else if (rest !== suffix) return undefined;
  }
  return suffix;
}

/** Packs the cache into the file form. Throws on a key the format cannot hold (none a builder makes). */
export function packCache(cache: PriceCache): CacheFile {
  const sources: SharedSource[] = [];
  const sourceIndex = new Map<string, number>();
  const groups = new Map<string, PackingGroup>();
  for (const e of cache.entries) {
    const shared = sharedPart(e.source);
    const sourceId = JSON.stringify(shared);
    let s = sourceIndex.get(sourceId);
    if (s === undefined) {
      s = sources.length;
      sources.push(shared);
      sourceIndex.set(sourceId, s);
    }
    const cut = e.key.lastIndexOf('/') + 1;
    const prefix = e.key.slice(0, cut);
    const suffix = e.key.slice(cut);
    if (!KEY_PREFIX.test(prefix) || suffix === '' || /[\r\n]/.test(suffix))
      throw new Error(`the price cache cannot hold the key "${e.key}"`);
    const groupId = `${s}|${e.unit}|${prefix}`;
    let g = groups.get(groupId);
    if (!g) {
      g = { s, u: e.unit, p: prefix, k: [], v: [], text: {} };
      groups.set(groupId, g);
    }
    const i = g.k.length;
    g.k.push(suffix);
    g.v.push(e.usd);
    for (const [field, column] of PER_PRICE) {
      const value = e.source[field];
      if (value) g.text[column] = put(g.text[column], i, value);
    }
    if (e.upfrontUsd !== undefined) g.up = put(g.up, i, e.upfrontUsd);
    if (e.tiers !== undefined) g.t = put(g.t, i, e.tiers);
  }
  const packed: CacheGroup[] = [];
  for (const g of groups.values()) {
    const n = g.k.length;
    const out: CacheGroup = { s: g.s, u: g.u, p: g.p, k: g.k.join(LINE), v: g.v };
    const rcs = rateCodeSuffix(g.text.sku, g.text.rc, n);
    for (const [, column] of PER_PRICE) {
      const values = g.text[column];
      if (column === 'rc' && rcs !== undefined) out.rcs = rcs;
      else if (values) out[column] = joinLines(values, n);
    }
    if (g.up) out.up = Array.from({ length: n }, (_, i) => g.up![i] ?? null);
    if (g.t) out.t = Array.from({ length: n }, (_, i) => g.t![i] ?? null);
    packed.push(out);
  }
  return {
    format: CACHE_FORMAT,
    version: CACHE_VERSION,
    writtenAt: cache.writtenAt,
    refreshed: cache.refreshed,
    sources,
    groups: packed,
  };
}

/** A group's text column split into lines; an empty line (no value) stays ''. */
function lines(text: string | undefined): string[] | undefined {
  return text === undefined ? undefined : text.split(LINE);
}

/** True when every price of the group has this text (no empty line). */
function full(text: string | undefined): boolean {
  return (
    text !== undefined && text !== '' && !text.includes(LINE + LINE) && !text.startsWith(LINE) && !text.endsWith(LINE)
  );
}

/**
 * Sources of a group whose prices all carry the four texts an API price has (SKU, rate code,
 * usage type, description) over a source with a fetch time and no rule: the common case of a
 * refreshed cache, built as one object literal per price, which V8 allocates in one step.
 */
function apiSources(g: CacheGroup, base: SharedSource, out: PriceSource[]): boolean {
  if (base.fetchedAt === undefined || base.rule !== undefined || g.df !== undefined) return false;
  if (!full(g.sku) || !full(g.ut) || !full(g.d) || (g.rcs === undefined && !full(g.rc))) return false;
  const { origin, label, asOf, fetchedAt } = base;
  const sku = g.sku!.split(LINE);
  const ut = g.ut!.split(LINE);
  const d = g.d!.split(LINE);
  const rc = g.rcs === undefined ? g.rc!.split(LINE) : undefined;
  const rcs = g.rcs ?? '';
  for (let i = 0; i < sku.length; i++) {
    const s = sku[i]!;
    out.push({
      origin,
      label,
      asOf,
      fetchedAt,
      sku: s,
      rateCode: rc ? rc[i]! : s + rcs,
      usageType: ut[i]!,
      description: d[i]!,
    });
  }
  return true;
}

/** Sources of any other group: the shared part plus whichever per-price texts each price has. */
function otherSources(g: CacheGroup, base: SharedSource, n: number, out: PriceSource[]): void {
  const sku = lines(g.sku);
  const rc = lines(g.rc);
  const ut = lines(g.ut);
  const d = lines(g.d);
  const df = lines(g.df);
  if (!sku && !rc && !ut && !d && !df) {
    for (let i = 0; i < n; i++) out.push(base);
    return;
  }
  for (let i = 0; i < n; i++) {
    const source: PriceSource = { origin: base.origin, label: base.label, asOf: base.asOf };
    if (base.fetchedAt !== undefined) source.fetchedAt = base.fetchedAt;
    if (base.rule !== undefined) source.rule = base.rule;
    const s = sku?.[i];
    if (s) source.sku = s;
    const r = g.rcs !== undefined && s ? s + g.rcs : rc?.[i];
    if (r) source.rateCode = r;
    const u = ut?.[i];
    if (u) source.usageType = u;
    const desc = d?.[i];
    if (desc) source.description = desc;
    const from = df?.[i];
    if (from) source.derivedFrom = from;
    out.push(source);
  }
}

/** Expands a validated file into the cache in memory, with coverage counted per group. */
export function unpackCache(file: CacheFile): PriceCache {
  const entries: PriceEntry[] = [];
  const rows: CoverageEntry[] = [];
  const sources: PriceSource[] = [];
  for (const g of file.groups) {
    const base = file.sources[g.s]!;
    const suffixes = g.k.split(LINE);
    const n = suffixes.length;
    sources.length = 0;
    if (!apiSources(g, base, sources)) otherSources(g, base, n, sources);
    const { v, up, t, p, u } = g;
    if (up === undefined && t === undefined) {
      for (let i = 0; i < n; i++) entries.push({ key: p + suffixes[i], usd: v[i]!, unit: u, source: sources[i]! });
    } else {
      for (let i = 0; i < n; i++) {
        const entry: PriceEntry = { key: p + suffixes[i], usd: v[i]!, unit: u, source: sources[i]! };
        const upfront = up?.[i];
        if (upfront !== null && upfront !== undefined) entry.upfrontUsd = upfront;
        const tiers = t?.[i];
        if (tiers) entry.tiers = tiers;
        entries.push(entry);
      }
    }
    // The group check guarantees the prefix names a known service and a region.
    const row: CoverageEntry = {
      service: serviceOfKey(p)!,
      region: regionOfKey(p)!,
      origin: base.origin === 'api' ? 'api' : 'snapshot',
      asOf: base.asOf,
      count: n,
    };
    if (base.fetchedAt) row.fetchedAt = base.fetchedAt;
    rows.push(row);
  }
  return { writtenAt: file.writtenAt, refreshed: file.refreshed, entries, coverage: combineCoverage(rows) };
}
