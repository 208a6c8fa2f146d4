/**
 * The price cache file (`prices-cache.json` in the data folder), validated on every load. The version
 * is bumped whenever the shape changes; a file of another version is set aside, not misread.
 */
import { z } from 'zod';

export const CACHE_FORMAT = 'infercalc-prices-cache';
export const CACHE_VERSION = 1;
export const CACHE_FILE_NAME = 'prices-cache.json';

const SourceSchema = z.object({
  origin: z.enum(['snapshot', 'api', 'user', 'derived']),
  label: z.string(),
  asOf: z.string(),
  fetchedAt: z.string().optional(),
  sku: z.string().optional(),
  rateCode: z.string().optional(),
  usageType: z.string().optional(),
  description: z.string().optional(),
  derivedFrom: z.string().optional(),
  rule: z.string().optional(),
});

const EntrySchema = z.object({
  key: z.string().min(1),
  usd: z.number().finite().nonnegative(),
  unit: z.string(),
  tiers: z.array(z.object({ from: z.number(), to: z.number().nullable(), usd: z.number().finite().nonnegative() })).optional(),
  upfrontUsd: z.number().finite().nonnegative().optional(),
  source: SourceSchema,
});

/** When each (service, region) pair was last refreshed, so freshness is known even for pairs with few prices. */
const RefreshedPairSchema = z.object({
  service: z.enum(['sagemaker', 'ec2', 'lambda', 'bedrock', 'savings-plans']),
  region: z.string(),
  fetchedAt: z.string(),
  count: z.number().int().nonnegative(),
});

export const PriceCacheSchema = z.object({
  format: z.literal(CACHE_FORMAT),
  version: z.literal(CACHE_VERSION),
  writtenAt: z.string(),
  refreshed: z.array(RefreshedPairSchema),
  entries: z.array(EntrySchema),
});

export type PriceCache = z.infer<typeof PriceCacheSchema>;
export type RefreshedPair = z.infer<typeof RefreshedPairSchema>;
