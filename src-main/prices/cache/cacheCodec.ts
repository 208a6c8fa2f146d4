/**
 * Between the cache in memory (expanded prices) and the grouped, columnar file form (see
 * cacheSchema.ts). Packing runs once per refresh; unpacking runs at every start, so it touches each
 * price once and computes freshness per group rather than per price.
 */
import type { CoverageEntry, PriceEntry, PriceSource, PriceTier } from '@shared/prices/catalog';
import { regionOfKey } from '@shared/prices/keys';
import { serviceOfKey } from '../coverage';
import { combineCoverage } from './pairs';
import { LINE, TEXT_COLUMNS } from './cacheColumns';
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
    for (const [, column] of PER_PRICE) {
      const values = g.text[column];
      if (values) out[column] = joinLines(values, n);
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

/** Expands a validated file into the cache in memory, with coverage counted per group. */
export function unpackCache(file: CacheFile): PriceCache {
  const entries: PriceEntry[] = [];
  const rows: CoverageEntry[] = [];
  for (const g of file.groups) {
    const base = file.sources[g.s]!;
    const suffixes = g.k.split(LINE);
    const [sku, rc, ut, d, df] = TEXT_COLUMNS.map((c) => g[c]?.split(LINE));
    const v = g.v as number[];
    const up = g.up as Array<number | null> | undefined;
    const t = g.t as Array<PriceTier[] | null> | undefined;
    const perPrice = sku ?? rc ?? ut ?? d ?? df;
    for (let i = 0; i < suffixes.length; i++) {
      let source: PriceSource = base;
      if (perPrice) {
        // Built field by field rather than spread: this loop runs for every cached price at start.
        source = { origin: base.origin, label: base.label, asOf: base.asOf };
        if (base.fetchedAt !== undefined) source.fetchedAt = base.fetchedAt;
        if (base.rule !== undefined) source.rule = base.rule;
        const s = sku?.[i];
        if (s) source.sku = s;
        const r = rc?.[i];
        if (r) source.rateCode = r;
        const u = ut?.[i];
        if (u) source.usageType = u;
        const desc = d?.[i];
        if (desc) source.description = desc;
        const from = df?.[i];
        if (from) source.derivedFrom = from;
      }
      const entry: PriceEntry = { key: g.p + suffixes[i], usd: v[i]!, unit: g.u, source };
      const upfront = up?.[i];
      if (upfront !== null && upfront !== undefined) entry.upfrontUsd = upfront;
      const tiers = t?.[i];
      if (tiers) entry.tiers = tiers;
      entries.push(entry);
    }
    // The schema guarantees the prefix names a known service and a region.
    const row: CoverageEntry = {
      service: serviceOfKey(g.p)!,
      region: regionOfKey(g.p)!,
      origin: base.origin === 'api' ? 'api' : 'snapshot',
      asOf: base.asOf,
      count: suffixes.length,
    };
    if (base.fetchedAt) row.fetchedAt = base.fetchedAt;
    rows.push(row);
  }
  return { writtenAt: file.writtenAt, refreshed: file.refreshed, entries, coverage: combineCoverage(rows) };
}
