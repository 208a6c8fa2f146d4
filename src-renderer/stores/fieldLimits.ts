/**
 * Sanity limits of the workload's number fields: values no real workload has (a billion requests a
 * second), refused with a message before they are priced. The project schema's own limit is used
 * when it has one (`.max()` on the field), so the form, file open and the CLI agree; the figures
 * below only stand in for fields the schema does not bound yet.
 */
import type { z } from 'zod';
import { BatchTrafficSchema, PresetTrafficSchema, WorkloadSchema } from '@shared/project/schema';

/** The largest value a number schema allows, looking through optional/nullable; undefined when unbounded. */
export function schemaMax(schema: z.ZodType): number | undefined {
  let s: unknown = schema;
  for (let i = 0; i < 5 && s && typeof (s as { unwrap?: unknown }).unwrap === 'function'; i++)
    s = (s as { unwrap(): unknown }).unwrap();
  const max = (s as { maxValue?: number | null }).maxValue;
  return typeof max === 'number' && Number.isFinite(max) ? max : undefined;
}

/** Used where the schema has no limit: each well above anything AWS can serve from one workload. */
const FALLBACK = {
  /** A million requests a second: more than any single model's traffic. */
  requestsPerSecond: 1_000_000,
  averageRequestsPerSecond: 1_000_000,
  /** A trillion records a run; a run an hour; a month-long window; the last hour of the day. */
  recordsPerRun: 1e12,
  runsPerMonth: 730,
  windowHours: 730,
  startHour: 23,
  /** An hour: SageMaker asynchronous inference's longest processing time. */
  inferenceMs: 3_600_000,
  /** A day. */
  latencyTargetMs: 86_400_000,
  /** 1 GiB: asynchronous inference's largest payload. */
  requestKiB: 1_048_576,
  responseKiB: 1_048_576,
  /** Multi-model endpoints host thousands of models, not millions. */
  modelCount: 100_000,
  /** 10 TB of weights: beyond the largest models (a trillion parameters at 2 bytes is 2 TB). */
  modelSizeGB: 10_000,
  /** Ten million tokens: beyond any model's context window. */
  inputTokensPerRequest: 10_000_000,
  outputTokensPerRequest: 10_000_000,
} as const;

type LimitedField = keyof typeof FALLBACK;

const shape = WorkloadSchema.shape;
const SCHEMA_FIELDS: Record<LimitedField, z.ZodType> = {
  requestsPerSecond: PresetTrafficSchema.shape.requestsPerSecond,
  averageRequestsPerSecond: PresetTrafficSchema.shape.averageRequestsPerSecond,
  recordsPerRun: BatchTrafficSchema.shape.recordsPerRun,
  runsPerMonth: BatchTrafficSchema.shape.runsPerMonth,
  windowHours: BatchTrafficSchema.shape.windowHours,
  startHour: BatchTrafficSchema.shape.startHour,
  inferenceMs: shape.inferenceMs,
  latencyTargetMs: shape.latencyTargetMs,
  requestKiB: shape.requestKiB,
  responseKiB: shape.responseKiB,
  modelCount: shape.models.shape.count,
  modelSizeGB: shape.models.shape.sizeGB,
  inputTokensPerRequest: shape.inputTokensPerRequest,
  outputTokensPerRequest: shape.outputTokensPerRequest,
};

/** The workload fields' limits: the schema's where it has one, the fallback otherwise. */
export const WORKLOAD_LIMITS: Readonly<Record<LimitedField, number>> = Object.fromEntries(
  (Object.keys(FALLBACK) as LimitedField[]).map((id) => [id, schemaMax(SCHEMA_FIELDS[id]) ?? FALLBACK[id]]),
) as Record<LimitedField, number>;
