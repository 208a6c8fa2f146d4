/** The workload part of the project format: the traffic and what one request needs. */
import { z } from 'zod';
import { LIMITS, nonNegativeUpTo, positiveIntUpTo, positiveUpTo } from './fields';

export const TRAFFIC_PRESETS = [
  'steady',
  'business-hours',
  'diurnal',
  'spiky',
  'predictable-bursts',
  'intermittent',
  'nightly-batch',
] as const;
export type TrafficPreset = (typeof TRAFFIC_PRESETS)[number];

/**
 * A preset shape scaled to a rate; `basis` says whether the rate is the peak hour (default) or the
 * weekly average. With `averageRequestsPerSecond` as well, the rate is the peak and the shape is
 * reshaped so the week averages that figure ("peak 50, average 5").
 */
export const PresetTrafficSchema = z.strictObject({
  pattern: z.enum(TRAFFIC_PRESETS),
  // More than 0: a workload with no traffic has nothing to host (and no cost per request).
  requestsPerSecond: z
    .number()
    .refine((v) => Number.isFinite(v) && v > 0, {
      message: 'the traffic rate must be more than 0 requests/s: a workload with no traffic has nothing to host',
    })
    .refine((v) => v <= LIMITS.requestsPerSecond, {
      message: `at most ${LIMITS.requestsPerSecond.toLocaleString('en-US')} requests/s: no real workload needs more`,
    }),
  basis: z.enum(['peak', 'average']).optional(),
  averageRequestsPerSecond: positiveUpTo(LIMITS.requestsPerSecond, 'requests/s').optional(),
});

/** A typical day (24 values, repeated for 7 days) or a typical week (168 values, Monday 00:00 first). */
export const HourlyTrafficSchema = z.strictObject({
  pattern: z.literal('hourly'),
  requestsPerSecond: z
    .array(nonNegativeUpTo(LIMITS.requestsPerSecond, 'requests/s'))
    .refine((v) => v.length === 24 || v.length === 168, { message: 'expected 24 or 168 hourly values' })
    // Like a preset's rate of 0: a week with no traffic in any hour has nothing to host.
    .refine((v) => v.some((r) => r > 0), { message: 'the hourly profile has no traffic in any hour' }),
});

/**
 * A scheduled batch job: each run's records must be processed in the window that opens
 * at `startHour` (default 1, i.e. 01:00). One record is one request.
 */
export const BatchTrafficSchema = z.strictObject({
  pattern: z.literal('batch'),
  recordsPerRun: positiveUpTo(1e12, 'records'),
  runsPerMonth: positiveUpTo(730, 'runs a month (one an hour)'),
  windowHours: positiveUpTo(730, 'hours (a month)'),
  startHour: z.number().int().min(0).max(23).optional(),
});

export const TrafficSchema = z.union([PresetTrafficSchema, HourlyTrafficSchema, BatchTrafficSchema]);

/** The latency percentiles a workload may name (`latencyPercentile`). */
export const LATENCY_PERCENTILE_VALUES = [50, 90, 95, 99] as const;

export const WorkloadSchema = z.strictObject({
  traffic: TrafficSchema,
  /** Compute time of one request on one worker, in milliseconds. */
  inferenceMs: positiveUpTo(86_400_000, 'ms (a day)'),
  /** 1 KiB = 1024 bytes. */
  requestKiB: nonNegativeUpTo(104_857_600, 'KiB (100 GiB)'),
  responseKiB: nonNegativeUpTo(104_857_600, 'KiB (100 GiB)'),
  /** null: no latency target (a batch job, offline scoring). */
  latencyTargetMs: positiveUpTo(604_800_000, 'ms (a week)').nullable(),
  /** The percentile of request latency that must meet the target (default 95). */
  latencyPercentile: z.union([z.literal(50), z.literal(90), z.literal(95), z.literal(99)]).optional(),
  models: z.strictObject({
    count: positiveIntUpTo(100_000, 'models'),
    sizeGB: positiveUpTo(10_000, 'GB'),
    /** For GPU fit of a large model: weights = parameters × bytes per parameter. */
    parametersBillions: positiveUpTo(100_000, 'billion parameters').optional(),
    /** 2 for FP16/BF16, 1 for FP8/INT8, 0.5 for INT4. */
    bytesPerParameter: positiveUpTo(8, 'bytes per parameter').optional(),
  }),
  needsGpu: z.boolean(),
  interruptible: z.boolean(),
  commitmentYears: z.union([z.literal(0), z.literal(1), z.literal(3)]),
  /** Optional: the whole dataset is available up front (batch scoring). */
  datasetAvailableUpfront: z.boolean().optional(),
  /** Optional: per-request token counts, used by Bedrock designs. */
  inputTokensPerRequest: nonNegativeUpTo(LIMITS.tokensPerRequest, 'tokens').optional(),
  outputTokensPerRequest: nonNegativeUpTo(LIMITS.tokensPerRequest, 'tokens').optional(),
  /** Input tokens per request served from a prompt cache (Bedrock cache reads). */
  cachedInputTokensPerRequest: nonNegativeUpTo(LIMITS.tokensPerRequest, 'tokens').optional(),
});

export type Workload = z.infer<typeof WorkloadSchema>;
export type Traffic = z.infer<typeof TrafficSchema>;
export type BatchTraffic = z.infer<typeof BatchTrafficSchema>;
