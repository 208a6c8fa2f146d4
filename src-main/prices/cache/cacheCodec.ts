/**
 * From the cache in memory (expanded prices) to the grouped, columnar file form (see cacheSchema.ts).
 * Packing runs once per refresh; unpacking, which runs at every start, lives in cacheUnpack.ts.
 */
import type { PriceSource, PriceTier } from '@shared/prices/catalog';
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
  if (source.detail !== undefined) shared.detail = source.detail;
  if (source.notInLatestRefresh !== undefined) shared.notInLatestRefresh = source.notInLatestRefresh;
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

/**
 * The text every usage type of a group has before its price's key suffix, when there is one: Price
 * List usage types end in the instance type (`USE1-BoxUsage:g5.xlarge`), as the keys do. Undefined
 * when some price has no usage type or one of another form; the group then stores them whole.
 */
function usageTypePrefix(
  usageTypes: ReadonlyArray<string | null> | undefined,
  suffixes: ReadonlyArray<string>,
): string | undefined {
  if (!usageTypes) return undefined;
  let prefix: string | undefined;
  for (let i = 0; i < suffixes.length; i++) {
    const ut = usageTypes[i];
    const k = suffixes[i]!;
    if (!ut || /[\r\n]/.test(ut) || !ut.endsWith(k)) return undefined;
    const head = ut.slice(0, ut.length - k.length);
    if (prefix === undefined) prefix = head;
    else if (head !== prefix) return undefined;
  }
  return prefix;
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
    const utp = usageTypePrefix(g.text.ut, g.k);
    for (const [, column] of PER_PRICE) {
      const values = g.text[column];
      if (column === 'rc' && rcs !== undefined) out.rcs = rcs;
      else if (column === 'ut' && utp !== undefined) out.utp = utp;
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

export { unpackCache } from './cacheUnpack';
