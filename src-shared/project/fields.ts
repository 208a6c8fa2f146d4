/**
 * Building blocks of the project format that the project schema and the domain's per-variant
 * definitions (domain/hosting, domain/purchase) both use. Depends on zod only, so either side can
 * import it without an import cycle.
 */
import { z } from 'zod';

/**
 * Every number a person gives has an upper limit far above any real workload (10 million requests a
 * second, a 10 TB model), so no input can make a figure overflow to Infinity. The message names the
 * limit and its unit.
 */
function atMost<S extends z.ZodNumber>(schema: S, max: number, unit: string): S {
  return schema.max(max, `at most ${max.toLocaleString('en-US')} ${unit}: no real workload needs more`) as S;
}

/** A number more than 0, at most `max` (in `unit`). */
export const positiveUpTo = (max: number, unit: string) => atMost(z.number().finite().positive(), max, unit);
/** A number of 0 or more, at most `max`. */
export const nonNegativeUpTo = (max: number, unit: string) => atMost(z.number().finite().nonnegative(), max, unit);
/** A whole number of 1 or more, at most `max`. */
export const positiveIntUpTo = (max: number, unit: string) => atMost(z.number().int().positive(), max, unit);
/** A whole number of 0 or more, at most `max`. */
export const countUpTo = (max: number, unit: string) => atMost(z.number().int().nonnegative(), max, unit);

/** The limits, shared where two fields count the same thing. */
export const LIMITS = {
  /** Requests per second of a whole workload, or of one instance. */
  requestsPerSecond: 10_000_000,
  /** Instances of one fleet or job. */
  instances: 10_000,
  /** Tokens of one request (input or output). */
  tokensPerRequest: 10_000_000,
  /** Dollars per hour of one rate or commitment. */
  usdPerHour: 1_000_000,
} as const;

export const REGION_PATTERN = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
export const RegionSchema = z.string().regex(REGION_PATTERN, 'expected an AWS region code such as us-east-1');

/** Hourly values of a schedule: 24 (a typical day, repeated) or 168 (a week, Monday 00:00 first). */
export function hourlySchedule<S extends z.ZodType>(perHour: S) {
  return z
    .array(perHour)
    .refine((v) => v.length === 24 || v.length === 168, { message: 'expected 24 or 168 hourly values' });
}

/** The largest value of a minimum that may be one count or a schedule of hourly counts. */
export function peakOf(min: number | ReadonlyArray<number>): number {
  return typeof min === 'number' ? min : min.reduce((a, b) => Math.max(a, b), 0);
}

/**
 * Target tracking (Application Auto Scaling). `min` may be a schedule of hourly values. The timing
 * fields are optional; absent, AWS's documented defaults apply (domain/latency/defaults.ts).
 */
export const AutoscalingSchema = z
  .strictObject({
    /** Minimum instances: one count, or 24/168 hourly counts (a scheduled minimum, Monday 00:00 first). */
    min: z.union([countUpTo(LIMITS.instances, 'instances'), hourlySchedule(countUpTo(LIMITS.instances, 'instances'))]),
    max: positiveIntUpTo(LIMITS.instances, 'instances'),
    /** Target of SageMakerVariantInvocationsPerInstance: invocations per minute per instance. */
    targetInvocationsPerInstance: positiveUpTo(LIMITS.requestsPerSecond * 60, 'invocations per minute'),
    /** Minutes after a scale-in before the next one (default 5, AWS's 300 s cooldown). */
    scaleInCooldownMinutes: nonNegativeUpTo(10_080, 'minutes (a week)').optional(),
    /** One-minute periods above target before the high alarm scales out (default 3, AWS's). */
    scaleOutAlarmMinutes: positiveIntUpTo(1440, 'one-minute periods (a day)').optional(),
    /** One-minute periods below target before the low alarm scales in (default 15, AWS's). */
    scaleInAlarmMinutes: positiveIntUpTo(1440, 'one-minute periods (a day)').optional(),
    /** Minutes a new instance takes before it serves (default: an estimate per hosting type). */
    startUpMinutes: nonNegativeUpTo(1440, 'minutes (a day)').optional(),
  })
  .refine((a) => a.max >= peakOf(a.min), {
    message: 'maximum instances (autoscaling.max) must be at least the minimum instances (autoscaling.min)',
    path: ['max'],
  });

/**
 * Provisioned concurrency: a count all month; 24 or 168 hourly counts (Monday 00:00
 * first), on only in the hours with a count; or a count for a number of hours a month (a launch day).
 */
export function provisionedConcurrencySchema(max: number) {
  const perHour = countUpTo(max, 'concurrent executions');
  return z.union([
    perHour,
    hourlySchedule(perHour),
    z.strictObject({ count: perHour, hoursPerMonth: z.number().finite().min(0).max(730) }),
  ]);
}

export const PAYMENT_OPTIONS = ['no-upfront', 'partial-upfront', 'all-upfront'] as const;
export const TermYearsSchema = z.union([z.literal(1), z.literal(3)]);
/** A discount entered by hand, in percent. */
export const PercentSchema = z.number().min(0).max(100);

/** A price entered by hand (a negotiated rate, a plan rate, a spot price); always labelled user-provided. */
export const UserRateSchema = z.strictObject({
  /** The catalog key it overrides or fills (see src-shared/prices/keys.ts). */
  key: z.string().min(1),
  usd: nonNegativeUpTo(1_000_000_000, 'USD per unit'),
  unit: z.string().min(1),
  /** For a reserved-instance rate: the upfront fee of the term, USD per instance (partial or all upfront). */
  upfrontUsd: nonNegativeUpTo(1_000_000_000, 'USD').optional(),
  note: z.string().optional(),
});

export type Autoscaling = z.infer<typeof AutoscalingSchema>;
export type UserRate = z.infer<typeof UserRateSchema>;
