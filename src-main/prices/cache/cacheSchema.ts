/**
 * The price cache file (`prices-cache.json.gz` in the data folder): plain JSON, gzip-compressed, with
 * the refreshed prices as an ordinary price catalog, validated on every load with the catalog's own
 * schema. `version` says which app wrote it: a newer one is left alone for that app, never misread
 * (a refresh here replaces it).
 */
import { z } from 'zod';
import { PriceCatalogDataSchema } from '@shared/api/schemas/priceCatalog';
import type { CoverageEntry, PriceEntry } from '@shared/prices/catalog';
import { parseKey } from '@shared/prices/keys';
import { RefreshServiceIdSchema } from '@shared/prices/services';

export const CACHE_FORMAT = 'infercalc-prices-cache';
/** 5: plain catalog JSON, gzip-compressed. 2 to 4 were a columnar codec in `prices-cache.json` (read once, see legacyCache.ts). */
export const CACHE_VERSION = 5;
export const CACHE_FILE_NAME = 'prices-cache.json.gz';

/** When each (service, region) pair was last refreshed, so freshness is known even for pairs with few prices. */
export const RefreshedPairSchema = z.strictObject({
  service: RefreshServiceIdSchema,
  region: z.string().min(1),
  fetchedAt: z.string(),
  count: z.int().nonnegative(),
});

const CatalogSchema = PriceCatalogDataSchema;
/** One price of the catalog, with what the catalog schema leaves open but a cache must hold. */
const CachedEntrySchema = CatalogSchema.shape.entries.element.superRefine((e, ctx) => {
  if (!parseKey(e.key)) ctx.addIssue({ code: 'custom', path: ['key'], message: 'expected a price key' });
  if (e.usd < 0) ctx.addIssue({ code: 'custom', path: ['usd'], message: 'expected a price ≥ 0' });
});

/** Some of the file's prices (checked a slice at a time, so a start-up load never holds the event loop long). */
export const CachedEntriesSchema = z.array(CachedEntrySchema);

/** The whole file once decompressed, but for its prices (see CachedEntriesSchema). */
export const CacheHeaderSchema = z.strictObject({
  format: z.literal(CACHE_FORMAT),
  version: z.literal(CACHE_VERSION),
  writtenAt: z.string(),
  refreshed: z.array(RefreshedPairSchema),
  catalog: CatalogSchema.extend({ entries: z.array(z.unknown()) }),
});

/** The whole file, prices included. */
export const CacheFileSchema = CacheHeaderSchema.extend({
  catalog: CatalogSchema.extend({ entries: CachedEntriesSchema }),
});

export type CacheFile = z.infer<typeof CacheFileSchema>;
export type RefreshedPair = z.infer<typeof RefreshedPairSchema>;

/** The cache in memory: the refreshed prices, and their freshness rows computed from them. */
export interface PriceCache {
  writtenAt: string;
  refreshed: RefreshedPair[];
  entries: PriceEntry[];
  /** One row per (service, region) of `entries`, as computeCoverage gives. */
  coverage: CoverageEntry[];
}
