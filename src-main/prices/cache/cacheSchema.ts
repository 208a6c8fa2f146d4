/**
 * The price cache file (`prices-cache.json` in the data folder), validated on every load. The version
 * is bumped whenever the shape changes; a file of another version is set aside, not misread.
 *
 * Version 2 is grouped and columnar, like the embedded snapshot: the provenance every price of a
 * group shares (origin, label, as-of, fetch time, rule) is stored once in `sources`; each group holds
 * one unit and one key prefix, and its prices as parallel columns: key suffixes and the per-price
 * texts (SKU, rate code, usage type, description, derivedFrom) as one string with a line per price,
 * USD, upfront fees and tiers as arrays. Version 1 stored every price as an object with its whole
 * source; such a file is set aside like any invalid cache and the next refresh writes version 3.
 * Version 3 adds `rcs`, a group's rate codes stored relative to their SKUs; version 4 adds `utp`, its
 * usage types stored relative to their key suffixes. Version 2 and 3 files read as is.
 */
import { z } from 'zod';
import type { CoverageEntry, PriceEntry } from '@shared/prices/catalog';
import { RefreshServiceIdSchema } from '@shared/prices/services';
import type { CacheGroup } from './cacheColumns';

export type { CacheGroup } from './cacheColumns';
export { KEY_PREFIX } from './cacheColumns';

export const CACHE_FORMAT = 'infercalc-prices-cache';
export const CACHE_VERSION = 4;
/** Versions this app reads: 2 and 3 lack only the suffix and prefix fields (`rcs`, `utp`), so they read as is. */
export const READABLE_VERSIONS: ReadonlyArray<unknown> = [2, 3, 4];
export const CACHE_FILE_NAME = 'prices-cache.json';

/** Provenance shared by every price of a group; the per-price parts live in the group's columns. */
export const SharedSourceSchema = z.strictObject({
  origin: z.enum(['snapshot', 'api', 'user', 'derived']),
  label: z.string(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date'),
  fetchedAt: z.string().optional(),
  rule: z.string().optional(),
  detail: z.string().optional(),
  /** A price kept because the refresh at this time had none for its meter (see keepPrevious.ts). */
  notInLatestRefresh: z.string().optional(),
});

/** When each (service, region) pair was last refreshed, so freshness is known even for pairs with few prices. */
const RefreshedPairSchema = z.strictObject({
  service: RefreshServiceIdSchema,
  region: z.string().min(1),
  fetchedAt: z.string(),
  count: z.int().nonnegative(),
});

/**
 * The whole file but its groups, which are checked by hand (see cacheColumns.ts) once this passes:
 * they are most of the file, and a zod schema per group costs too much at every start.
 */
export const CacheHeaderSchema = z.strictObject({
  format: z.literal(CACHE_FORMAT),
  version: z.union([z.literal(CACHE_VERSION), z.literal(3), z.literal(2)]),
  writtenAt: z.string(),
  refreshed: z.array(RefreshedPairSchema),
  sources: z.array(SharedSourceSchema),
  groups: z.custom<unknown[]>((v) => Array.isArray(v), { message: 'expected an array' }),
});

/** The whole file, once checked. */
export type CacheFile = Omit<z.infer<typeof CacheHeaderSchema>, 'groups'> & { groups: CacheGroup[] };
export type SharedSource = z.infer<typeof SharedSourceSchema>;
export type RefreshedPair = z.infer<typeof RefreshedPairSchema>;

/** The cache in memory: the prices expanded, with their freshness rows computed once. */
export interface PriceCache {
  writtenAt: string;
  refreshed: RefreshedPair[];
  entries: PriceEntry[];
  /** One row per (service, region) of `entries`, as computeCoverage would give. */
  coverage: CoverageEntry[];
}
