import { z } from 'zod';

export const PriceSourceSummarySchema = z.strictObject({
  /** 'snapshot' (embedded, shipped with the app) or 'cache' (refreshed from the AWS APIs). */
  kind: z.enum(['snapshot', 'cache']),
  /** Human-readable, e.g. "embedded snapshot, prices as of 2026-07-20". */
  label: z.string(),
  /** The oldest as-of date among the prices in use (ISO date). */
  asOf: z.string(),
  /** A warning to show, e.g. a corrupt cache that was set aside, or stale prices. */
  warnings: z.array(z.string()),
  /** True while the cached prices are still loading at start-up: the built-in ones are in use meanwhile. */
  loading: z.boolean().optional(),
});

export const AppInfoSchema = z.strictObject({
  name: z.literal('InferCalc'),
  version: z.string(),
  /** Where the price cache, autosave and settings live. */
  dataFolder: z.string(),
  /** 'desktop' (Electron) or 'web' (npm run web). */
  mode: z.enum(['desktop', 'web']),
  prices: PriceSourceSummarySchema,
});

export type AppInfo = z.infer<typeof AppInfoSchema>;
export type PriceSourceSummary = z.infer<typeof PriceSourceSummarySchema>;
