/**
 * `prices.catalog`: the price data the renderer estimates with, restricted to the regions it asks
 * for (a whole catalog is several megabytes; a project uses one or two regions). The schema mirrors
 * `PriceCatalogData` (src-shared/prices/catalog.ts) so the renderer never trusts an unchecked shape.
 */
import { z } from 'zod';
import { RegionSchema } from '../../project/schema';
import { PriceServiceIdSchema } from '../../prices/services';

const PriceOriginSchema = z.enum(['snapshot', 'api', 'user', 'derived']);

const PriceSourceSchema = z.object({
  origin: PriceOriginSchema,
  label: z.string(),
  asOf: z.string(),
  fetchedAt: z.string().optional(),
  sku: z.string().optional(),
  rateCode: z.string().optional(),
  usageType: z.string().optional(),
  description: z.string().optional(),
  derivedFrom: z.string().optional(),
  rule: z.string().optional(),
  detail: z.string().optional(),
  notInLatestRefresh: z.string().optional(),
});

const PriceEntrySchema = z.object({
  key: z.string(),
  usd: z.number(),
  unit: z.string(),
  tiers: z.array(z.object({ from: z.number(), to: z.number().nullable(), usd: z.number() })).optional(),
  upfrontUsd: z.number().optional(),
  source: PriceSourceSchema,
});

/** The serialisable catalog (see PriceCatalogData). */
export const PriceCatalogDataSchema = z.object({
  format: z.literal('infercalc-prices'),
  version: z.literal(1),
  origin: z.enum(['snapshot', 'api']),
  builtAt: z.string(),
  entries: z.array(PriceEntrySchema),
  instanceSpecs: z.array(
    z.object({
      instanceType: z.string(),
      vcpu: z.number(),
      memoryGiB: z.number(),
      gpuCount: z.number(),
      gpuMemoryGiB: z.number().optional(),
      gpuModel: z.string().optional(),
      accelerator: z
        .object({
          kind: z.enum(['gpu', 'inferentia', 'trainium', 'other']),
          model: z.string(),
          count: z.number(),
          memoryMiBEach: z.number().optional(),
          totalMemoryMiB: z.number().optional(),
          memoryRule: z.string().optional(),
        })
        .optional(),
      architectures: z.array(z.string()).optional(),
      factsSource: z.string().optional(),
    }),
  ),
  bedrockModels: z
    .array(
      z.object({
        model: z.string(),
        name: z.string().optional(),
        kind: z.enum(['text-generation', 'embedding']),
        sources: z.array(z.string()),
      }),
    )
    .optional(),
  coverage: z.array(
    z.object({
      service: PriceServiceIdSchema,
      region: z.string(),
      origin: PriceOriginSchema,
      asOf: z.string(),
      fetchedAt: z.string().optional(),
      count: z.number(),
    }),
  ),
  missing: z.array(z.string()),
});

/** Which regions' prices to send (at most a handful: a project's region and its designs' overrides). */
export const PriceCatalogRequestSchema = z.strictObject({
  regions: z.array(RegionSchema).min(1).max(20),
  /**
   * While the cached prices are still loading at start-up: 'wait' for them (the default), or answer
   * at once with the built-in prices ('built-in'), marked `cacheLoading`.
   */
  whileLoading: z.enum(['wait', 'built-in']).optional(),
});

/** The catalog restricted to the regions asked for, and every region that has prices (for region pickers). */
export const PriceCatalogResponseSchema = z.object({
  data: PriceCatalogDataSchema,
  availableRegions: z.array(z.string()),
  /** True when `data` is the built-in prices alone because the cached prices are still loading. */
  cacheLoading: z.boolean().optional(),
});
