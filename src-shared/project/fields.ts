/**
 * Building blocks of the project format that the project schema and the domain's per-variant
 * definitions (domain/hosting, domain/purchase) both use. Depends on zod only, so either side can
 * import it without an import cycle.
 */
import { z } from 'zod';

export const positive = z.number().finite().positive();
export const nonNegative = z.number().finite().nonnegative();
export const count = z.number().int().nonnegative();

export const REGION_PATTERN = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
export const RegionSchema = z.string().regex(REGION_PATTERN, 'expected an AWS region code such as us-east-1');

export const AutoscalingSchema = z
  .strictObject({
    min: count,
    max: z.number().int().positive(),
    /** Target of SageMakerVariantInvocationsPerInstance: invocations per minute per instance. */
    targetInvocationsPerInstance: positive,
    /** Minutes before scaling in (default 5, AWS's 300 s cooldown). */
    scaleInCooldownMinutes: nonNegative.optional(),
  })
  .refine((a) => a.max >= a.min, {
    message: 'maximum instances (autoscaling.max) must be at least the minimum instances (autoscaling.min)',
    path: ['max'],
  });

export const PAYMENT_OPTIONS = ['no-upfront', 'partial-upfront', 'all-upfront'] as const;
export const TermYearsSchema = z.union([z.literal(1), z.literal(3)]);
/** A discount entered by hand, in percent. */
export const PercentSchema = z.number().min(0).max(100);

/** A price entered by hand (a negotiated rate, a plan rate, a spot price); always labelled user-provided. */
export const UserRateSchema = z.strictObject({
  /** The catalog key it overrides or fills (see src-shared/prices/keys.ts). */
  key: z.string().min(1),
  usd: nonNegative,
  unit: z.string().min(1),
  note: z.string().optional(),
});

export type Autoscaling = z.infer<typeof AutoscalingSchema>;
export type UserRate = z.infer<typeof UserRateSchema>;
