/**
 * The price cache file (`prices-cache.json` in the data folder), validated on every load. The version
 * is bumped whenever the shape changes; a file of another version is set aside, not misread.
 *
 * Version 2 is grouped and columnar, like the embedded snapshot: the provenance every price of a
 * group shares (origin, label, as-of, fetch time, rule) is stored once in `sources`; each group holds
 * one unit and one key prefix, and its prices as parallel columns: key suffixes and the per-price
 * texts (SKU, rate code, usage type, description, derivedFrom) as one string with a line per price,
 * USD, upfront fees and tiers as arrays. Version 1 stored every price as an object with its whole
 * source; such a file is set aside like any invalid cache and the next refresh writes version 2.
 */
import { z } from 'zod';
import type { CoverageEntry, PriceEntry } from '@shared/prices/catalog';
import { checkColumns } from './cacheColumns';

export const CACHE_FORMAT = 'infercalc-prices-cache';
export const CACHE_VERSION = 2;
export const CACHE_FILE_NAME = 'prices-cache.json';

/** Provenance shared by every price of a group; the per-price parts live in the group's columns. */
export const SharedSourceSchema = z.strictObject({
  origin: z.enum(['snapshot', 'api', 'user', 'derived']),
  label: z.string(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date'),
  fetchedAt: z.string().optional(),
  rule: z.string().optional(),
});

/**
 * A key prefix names its service and region (every key the builders make has at least one more
 * segment after the region), so freshness can be counted per group without looking at each key.
 */
export const KEY_PREFIX =
  /^(?:(?:sagemaker|ec2|lambda|bedrock|eks)\/[a-z0-9-]+\/|savings-plans\/[a-z0-9-]+\/[a-z0-9-]+\/)(?:[^/]+\/)*$/;

const Column = z.custom<unknown[]>((v) => Array.isArray(v), { message: 'expected an array' });

/** One group: prices sharing a source, a unit and a key prefix, as parallel columns (see cacheColumns.ts). */
export const CacheGroupSchema = z
  .strictObject({
    /** Index into `sources`. */
    s: z.int().nonnegative(),
    /** Unit of every price in the group. */
    u: z.string().min(1),
    /** Key prefix including the trailing '/'. */
    p: z.string().regex(KEY_PREFIX, 'expected a key prefix such as "ec2/us-east-1/on-demand/"'),
    /** Key suffixes (the part after the prefix), one per line. */
    k: z.string(),
    /** USD per unit (the first tier for tiered prices). */
    v: Column,
    /** SKUs, rate codes, usage types, descriptions, derivedFrom keys: one line per price. */
    sku: z.string().optional(),
    rc: z.string().optional(),
    ut: z.string().optional(),
    d: z.string().optional(),
    df: z.string().optional(),
    /** Upfront fees, or null. */
    up: Column.optional(),
    /** Tiers, or null. */
    t: Column.optional(),
  })
  .superRefine(checkColumns);

/** When each (service, region) pair was last refreshed, so freshness is known even for pairs with few prices. */
const RefreshedPairSchema = z.strictObject({
  service: z.enum(['sagemaker', 'ec2', 'lambda', 'bedrock', 'savings-plans']),
  region: z.string().min(1),
  fetchedAt: z.string(),
  count: z.int().nonnegative(),
});

/** The whole file. */
export const CacheFileSchema = z
  .strictObject({
    format: z.literal(CACHE_FORMAT),
    version: z.literal(CACHE_VERSION),
    writtenAt: z.string(),
    refreshed: z.array(RefreshedPairSchema),
    sources: z.array(SharedSourceSchema),
    groups: z.array(CacheGroupSchema),
  })
  .superRefine((file, ctx) => {
    file.groups.forEach((g, i) => {
      if (g.s >= file.sources.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['groups', i, 's'],
          message: `names source ${g.s}, but there are ${file.sources.length}`,
        });
      }
    });
  });

export type CacheFile = z.infer<typeof CacheFileSchema>;
export type CacheGroup = z.infer<typeof CacheGroupSchema>;
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
