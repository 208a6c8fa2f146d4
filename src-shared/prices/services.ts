/**
 * The price services: one list, and the zod enums and types derived from it. A new price service is
 * added here and nowhere else; every schema, coverage row and refresh option reads this list.
 */
import { z } from 'zod';

/** Every service the catalog holds prices for, in display order. */
export const PRICE_SERVICE_IDS = ['sagemaker', 'ec2', 'lambda', 'bedrock', 'savings-plans', 'eks'] as const;

/** A price service id (the first segment of every price key). */
export type PriceServiceId = (typeof PRICE_SERVICE_IDS)[number];

/** The services a refresh fetches: all but EKS, whose only price is a flat fee known without a fetch. */
export const REFRESH_SERVICE_IDS = PRICE_SERVICE_IDS.filter(
  (s): s is Exclude<PriceServiceId, 'eks'> => s !== 'eks',
) as ReadonlyArray<Exclude<PriceServiceId, 'eks'>>;

/** A service a refresh can fetch. */
export type RefreshServiceId = Exclude<PriceServiceId, 'eks'>;

/** Zod enum of every price service. */
export const PriceServiceIdSchema = z.enum(PRICE_SERVICE_IDS);

/** Zod enum of the services a refresh fetches. */
export const RefreshServiceIdSchema = PriceServiceIdSchema.exclude(['eks']);

const SERVICE_SET: ReadonlySet<string> = new Set(PRICE_SERVICE_IDS);

/** The service a price key belongs to (its first segment), or undefined for a key no builder makes. */
export function serviceOfKey(key: string): PriceServiceId | undefined {
  const first = key.slice(0, key.indexOf('/'));
  return SERVICE_SET.has(first) ? (first as PriceServiceId) : undefined;
}
