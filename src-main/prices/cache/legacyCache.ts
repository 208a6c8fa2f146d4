/**
 * Reading the cache format of earlier builds (`prices-cache.json`, versions 2 to 4: prices grouped by
 * key prefix with their texts as columns of lines), once, so its prices survive the move to the plain
 * format; the loader then writes them in the current format and removes the old file. Speed does not
 * matter here, so the groups are checked by zod and expanded one price at a time.
 */
import { z } from 'zod';
import { PriceCatalogDataSchema } from '@shared/api/schemas/priceCatalog';
import type { PriceEntry, PriceSource } from '@shared/prices/catalog';
import { describeZodError, formatProblems } from '@shared/validation';
import { RefreshedPairSchema } from './cacheSchema';

/** The file name and versions of the old format. */
export const LEGACY_CACHE_FILE_NAME = 'prices-cache.json';
const LEGACY_VERSIONS = [2, 3, 4] as const;

const usd = z.number().finite().nonnegative();
const lines = z.string().optional();
const GroupSchema = z.strictObject({
  s: z.int().nonnegative(),
  u: z.string().min(1),
  p: z.string().min(1),
  k: z.string(),
  v: z.array(usd),
  sku: lines,
  rc: lines,
  rcs: lines,
  ut: lines,
  utp: lines,
  d: lines,
  df: lines,
  up: z.array(usd.nullable()).optional(),
  t: z.array(z.array(z.strictObject({ from: z.number(), to: z.number().nullable(), usd })).nullable()).optional(),
});
const LegacyFileSchema = z.strictObject({
  format: z.literal('infercalc-prices-cache'),
  version: z.union(LEGACY_VERSIONS.map((v) => z.literal(v))),
  writtenAt: z.string(),
  refreshed: z.array(RefreshedPairSchema),
  // The provenance a group's prices share: the catalog's source fields but the per-price ones.
  sources: z.array(
    PriceCatalogDataSchema.shape.entries.element.shape.source
      .pick({
        origin: true,
        label: true,
        asOf: true,
        fetchedAt: true,
        rule: true,
        detail: true,
        notInLatestRefresh: true,
      })
      .strict(),
  ),
  groups: z.array(GroupSchema),
});

/** What an old file held, or why it cannot be read. */
export type LegacyRead =
  | { kind: 'ok'; writtenAt: string; refreshed: z.infer<typeof RefreshedPairSchema>[]; entries: PriceEntry[] }
  | { kind: 'bad'; why: string };

/** Expands one group; a column with a line count other than the key count makes the file bad. */
function expandGroup(
  g: z.infer<typeof GroupSchema>,
  base: z.infer<typeof LegacyFileSchema>['sources'][number],
): PriceEntry[] | string {
  const keys = g.k.split('\n');
  const column = (text: string | undefined) => text?.split('\n');
  const cols = { sku: column(g.sku), rc: column(g.rc), ut: column(g.ut), d: column(g.d), df: column(g.df) };
  for (const [name, values] of Object.entries(cols))
    if (values && values.length !== keys.length) return `column ${name} of group ${g.p} has the wrong length`;
  if (g.v.length !== keys.length || (g.up && g.up.length !== keys.length) || (g.t && g.t.length !== keys.length))
    return `group ${g.p} has columns of different lengths`;
  return keys.map((suffix, i) => {
    const source: PriceSource = { ...base };
    const sku = cols.sku?.[i];
    if (sku) source.sku = sku;
    const rateCode = g.rcs !== undefined && sku ? sku + g.rcs : cols.rc?.[i];
    if (rateCode) source.rateCode = rateCode;
    const usageType = g.utp !== undefined ? g.utp + suffix : cols.ut?.[i];
    if (usageType) source.usageType = usageType;
    const description = cols.d?.[i];
    if (description) source.description = description;
    const derivedFrom = cols.df?.[i];
    if (derivedFrom) source.derivedFrom = derivedFrom;
    const entry: PriceEntry = { key: g.p + suffix, usd: g.v[i]!, unit: g.u, source };
    const upfront = g.up?.[i];
    if (upfront !== null && upfront !== undefined) entry.upfrontUsd = upfront;
    const tiers = g.t?.[i];
    if (tiers) entry.tiers = tiers;
    return entry;
  });
}

/** Reads an old-format file's parsed JSON. */
export function readLegacyCache(json: unknown): LegacyRead {
  const parsed = LegacyFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = formatProblems(describeZodError(parsed.error).slice(0, 5)).slice(0, 300);
    return { kind: 'bad', why: `the price cache of an earlier version does not have the expected format: ${problems}` };
  }
  const file = parsed.data;
  const entries: PriceEntry[] = [];
  for (const g of file.groups) {
    const base = file.sources[g.s];
    if (!base) return { kind: 'bad', why: `the price cache of an earlier version names a missing source ${g.s}` };
    const expanded = expandGroup(g, base);
    if (typeof expanded === 'string') return { kind: 'bad', why: `the price cache of an earlier version: ${expanded}` };
    entries.push(...expanded);
  }
  return { kind: 'ok', writtenAt: file.writtenAt, refreshed: file.refreshed, entries };
}
