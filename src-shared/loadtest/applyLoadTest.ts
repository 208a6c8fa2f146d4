/**
 * Turning an imported load test into a design's throughput: the rows a person picks from (what each
 * measured point says against the workload's latency target), the point the rule picks, and the
 * design's hosting with the SPEC §3.1.1 fields set exactly as typing them would. The CLI command and
 * the app's import dialog both go through here, so both set the same figures.
 */
import { DesignSchema, type Design, type Workload } from '../domain';
import { describeZodError, formatProblems } from '../validation';
import {
  choosePoint,
  latencyAt,
  MAX_FAILED_SHARE,
  throughputFields,
  type ImportedThroughput,
  type LoadTestPoint,
} from './loadTestPoint';

/** The fields an import replaces (a measured figure never mixes with a figure typed before it). */
const THROUGHPUT_KEYS = [
  'maxRequestsPerSecondPerInstance',
  'maxOutputTokensPerSecondPerInstance',
  'concurrencyPerInstance',
  'throughputSource',
] as const;

/** One measured point as the picker shows it, with what it says against the workload. */
export interface LoadTestRow {
  /** Index into the imported points. */
  index: number;
  point: LoadTestPoint;
  /** The point's instance type is the design's (or the file does not say). */
  sameInstance: boolean;
  /** Latency at the workload's percentile (or the nearest higher one reported), ms. */
  latency: { ms: number; percentile: number } | undefined;
  /** Within the latency target; null without a target or without that latency. */
  meetsTarget: boolean | null;
  /** More than 1% of its requests failed. */
  tooManyFailed: boolean;
}

function bare(type: string): string {
  return type.replace(/^ml\./, '');
}

/** The design's instance type, or undefined for a design that does not run on instances. */
export function instanceTypeOf(design: Design): string | undefined {
  return 'instanceType' in design.hosting ? design.hosting.instanceType : undefined;
}

/** Every point as a row of the picker, in the file's order. */
export function loadTestRows(points: ReadonlyArray<LoadTestPoint>, design: Design, w: Workload): LoadTestRow[] {
  const type = instanceTypeOf(design);
  const percentile = w.latencyPercentile ?? 95;
  return points.map((point, index) => {
    const latency = latencyAt(point, percentile);
    return {
      index,
      point,
      sameInstance: type === undefined || point.instanceType === undefined || bare(point.instanceType) === bare(type),
      latency,
      meetsTarget: w.latencyTargetMs === null || latency === undefined ? null : latency.ms <= w.latencyTargetMs,
      tooManyFailed: point.failedShare !== undefined && point.failedShare > MAX_FAILED_SHARE,
    };
  });
}

/** A point picked for a design, with the words its source will carry. */
export type PickedPoint = { ok: true; point: LoadTestPoint; why: string } | { ok: false; reason: string };

/** The point the stated rule picks: the highest throughput within the latency target with ≤ 1% failures. */
export function recommendedPoint(points: ReadonlyArray<LoadTestPoint>, design: Design, w: Workload): PickedPoint {
  return choosePoint(points, {
    latencyTargetMs: w.latencyTargetMs,
    percentile: w.latencyPercentile,
    instanceType: instanceTypeOf(design),
  });
}

/** What a person's own pick says about itself (kept in the source, so a point over the target is never hidden). */
export function pickedPoint(row: LoadTestRow, w: Workload): PickedPoint {
  if (!row.sameInstance)
    return {
      ok: false,
      reason: `measured on ${row.point.instanceType}, not this design's instance type; change the design's instance type first`,
    };
  const parts = [`concurrency ${row.point.concurrency}`];
  if (row.latency && w.latencyTargetMs !== null)
    parts.push(
      `p${row.latency.percentile} ${Math.round(row.latency.ms)} ms ${row.meetsTarget ? 'within' : 'over'} the ${w.latencyTargetMs} ms target`,
    );
  if (row.tooManyFailed) parts.push(`${Math.round(row.point.failedShare! * 1000) / 10}% of requests failed`);
  return { ok: true, point: row.point, why: parts.join(', ') };
}

/** The point at a given concurrency for the design (exactly one must match). */
export function pointAtConcurrency(
  points: ReadonlyArray<LoadTestPoint>,
  design: Design,
  w: Workload,
  concurrency: number,
): PickedPoint {
  const rows = loadTestRows(points, design, w).filter((r) => r.sameInstance && r.point.concurrency === concurrency);
  const levels = [...new Set(points.map((p) => p.concurrency))].sort((a, b) => a - b).join(', ');
  if (rows.length === 0)
    return {
      ok: false,
      reason: `no measurement at concurrency ${concurrency} for ${instanceTypeOf(design) ?? 'this design'} (the file has ${levels})`,
    };
  if (rows.length > 1)
    return {
      ok: false,
      reason: `${rows.length} measurements at concurrency ${concurrency} (${rows.map((r) => r.point.label).join('; ')}); import one of them`,
    };
  return pickedPoint(rows[0]!, w);
}

/** The design's hosting with the measured throughput, or why the point cannot size it. */
export type AppliedThroughput =
  { ok: true; design: Design; fields: ImportedThroughput } | { ok: false; reason: string };

/**
 * Sets a picked point on a design: output tokens/s when measured and the workload has output tokens
 * per request, else requests/s. `instancesUnderTest` divides an endpoint-wide figure into one
 * instance's. The result is validated as a design, so it is exactly what a typed value would be.
 */
export function applyLoadTestPoint(
  design: Design,
  picked: Extract<PickedPoint, { ok: true }>,
  w: Workload,
  instancesUnderTest = 1,
): AppliedThroughput {
  if (instanceTypeOf(design) === undefined)
    return { ok: false, reason: 'only a design that runs on instances takes a measured throughput per instance' };
  const tokensUsable = (w.outputTokensPerRequest ?? 0) > 0;
  const { point } = picked;
  let chosen = point;
  if (!tokensUsable && point.outputTokensPerSecond !== undefined) {
    if (point.requestsPerSecond === undefined)
      return {
        ok: false,
        reason:
          'the measurement gives output tokens per second only, and the workload has no output tokens per request to turn it into requests; enter the output tokens per request first',
      };
    chosen = { ...point, outputTokensPerSecond: undefined };
  }
  const measured = throughputFields(chosen, picked.why, instancesUnderTest);
  const source = measured.throughputSource;
  // The schema keeps a source to 500 characters; a long run label is cut, never refused.
  const fields = { ...measured, throughputSource: source.length > 500 ? `${source.slice(0, 499)}…` : source };
  const hosting: Record<string, unknown> = { ...design.hosting };
  for (const key of THROUGHPUT_KEYS) delete hosting[key];
  Object.assign(hosting, fields);
  const parsed = DesignSchema.safeParse({ ...design, hosting });
  if (!parsed.success) return { ok: false, reason: formatProblems(describeZodError(parsed.error)) };
  return { ok: true, design: parsed.data, fields };
}

/** The hosting fields to set or clear for an applied point, as a patch (undefined clears a field). */
export function throughputPatch(fields: ImportedThroughput): Record<(typeof THROUGHPUT_KEYS)[number], unknown> {
  return {
    maxRequestsPerSecondPerInstance: fields.maxRequestsPerSecondPerInstance,
    maxOutputTokensPerSecondPerInstance: fields.maxOutputTokensPerSecondPerInstance,
    concurrencyPerInstance: fields.concurrencyPerInstance,
    throughputSource: fields.throughputSource,
  };
}
