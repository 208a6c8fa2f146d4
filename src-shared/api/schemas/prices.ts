/**
 * `prices.status`, `prices.refresh`, `prices.cancel` and the `prices.progress` event: where the prices
 * in use come from, and refreshing them from the AWS price APIs. Mirrors src-main/prices/priceStatus.ts
 * and refreshTypes.ts, so the UI never trusts an unchecked shape.
 */
import { z } from 'zod';
import { RegionSchema } from '../../project/schema';
import { PriceServiceIdSchema, RefreshServiceIdSchema } from '../../prices/services';

export const RefreshServiceSchema = RefreshServiceIdSchema;
/** The Price List Query API (credentials) or AWS's public price list files (none needed). */
export const RefreshSourceSchema = z.enum(['api', 'public']);

const CoverageStatusSchema = z.object({
  service: PriceServiceIdSchema,
  region: z.string(),
  origin: z.enum(['snapshot', 'api', 'user', 'derived']),
  asOf: z.string(),
  fetchedAt: z.string().optional(),
  count: z.number(),
  ageDays: z.number(),
  stale: z.boolean(),
});

export const RefreshReportSchema = z.object({
  ok: z.boolean(),
  status: z.enum(['ok', 'failed', 'cancelled']),
  error: z.string().optional(),
  errorKind: z.enum(['credentials', 'network', 'api', 'cache']).optional(),
  startedAt: z.string(),
  finishedAt: z.string(),
  regions: z.array(z.string()),
  services: z.array(RefreshServiceSchema),
  source: RefreshSourceSchema.optional(),
  requests: z.number(),
  bytes: z.number().optional(),
  pages: z.number(),
  products: z.number(),
  prices: z.number(),
  skippedCount: z.number(),
  skipped: z.array(
    z.object({ service: RefreshServiceSchema, region: z.string(), sku: z.string().optional(), reason: z.string() }),
  ),
  ignored: z.number(),
  restarts: z.number(),
  keptFromBefore: z.number(),
  keptSample: z.array(z.string()),
});

export const PriceStatusSchema = z.object({
  kind: z.enum(['snapshot', 'cache']),
  label: z.string(),
  asOf: z.string(),
  summary: z.string(),
  refreshSuggested: z.boolean(),
  snapshotBuiltAt: z.string(),
  cacheWrittenAt: z.string().optional(),
  prices: z.number(),
  coverage: z.array(CoverageStatusSchema),
  derived: z.array(
    z.object({
      service: PriceServiceIdSchema,
      region: z.string(),
      count: z.number(),
      rules: z.array(z.object({ rule: z.string(), count: z.number() })),
    }),
  ),
  notInLatestRefresh: z.array(
    z.object({ key: z.string(), usd: z.number(), unit: z.string(), asOf: z.string(), refreshedAt: z.string() }),
  ),
  notInLatestRefreshCount: z.number(),
  missing: z.array(z.string()),
  warnings: z.array(z.string()),
  staleAfterDays: z.number(),
  refreshing: z.boolean(),
  lastRefresh: RefreshReportSchema.optional(),
  /** Once checked: whether AWS credentials were found (without them, Refresh reads the public price list). */
  credentialsFound: z.boolean().optional(),
});

/** Regions and services to refresh (defaults: us-east-1 plus the project's regions; every service), and a profile. */
export const PriceRefreshRequestSchema = z.strictObject({
  regions: z.array(RegionSchema).max(40).optional(),
  services: z.array(RefreshServiceSchema).optional(),
  profile: z.string().min(1).max(128).optional(),
  /** Default: the API when credentials are found, the public price list otherwise. */
  source: RefreshSourceSchema.optional(),
});

export const PriceCancelResponseSchema = z.strictObject({ cancelled: z.boolean() });

export const PriceProgressEventSchema = z.strictObject({
  service: RefreshServiceSchema,
  region: z.string(),
  step: z.string(),
  pages: z.number(),
  products: z.number(),
  requests: z.number(),
  bytes: z.number().optional(),
  totalBytes: z.number().optional(),
});

export type PriceStatusDto = z.infer<typeof PriceStatusSchema>;
export type RefreshReportDto = z.infer<typeof RefreshReportSchema>;
