/**
 * One load-test measurement, whatever tool produced it, and how a design takes its throughput from a
 * set of them: the highest throughput whose latency at the workload's percentile meets the target.
 * Importing a result sets exactly the design fields a user could type, so an imported figure and
 * a typed one size the design the same way.
 */

/** Latency percentiles a tool reports, ms (tools differ: LLMeter has p50/p90/p99, the plain CSV p50/p95). */
export interface LatencyPercentiles {
  p50?: number | undefined;
  p90?: number | undefined;
  p95?: number | undefined;
  p99?: number | undefined;
}

/** One operating point: a concurrency level and what one instance sustained at it. */
export interface LoadTestPoint {
  /** Instance type under test, when the result says (LLMeter does not). */
  instanceType?: string | undefined;
  concurrency: number;
  requestsPerSecond?: number | undefined;
  outputTokensPerSecond?: number | undefined;
  latencyMs: LatencyPercentiles;
  /** Share of requests that failed (0 to 1), when the tool reports it. */
  failedShare?: number | undefined;
  /** Where this point comes from, in words: tool, file, run, date. */
  label: string;
}

/** A parsed result file: its points or the problems that stopped it, each naming where. */
export type ImportResult =
  { ok: true; format: string; points: LoadTestPoint[] } | { ok: false; format: string | undefined; message: string };

/** Points with more failed requests than this did not sustain their load (a stated rule: 1%). */
export const MAX_FAILED_SHARE = 0.01;

const PERCENTILES = [50, 90, 95, 99] as const;

/**
 * The point's latency at percentile `p`: the reported percentile itself, else the nearest higher one
 * the tool reports (a p99 stands for a p95: it is never lower), else undefined.
 */
export function latencyAt(point: LoadTestPoint, p: number): { ms: number; percentile: number } | undefined {
  for (const q of PERCENTILES) {
    if (q < p) continue;
    const ms = point.latencyMs[`p${q}` as keyof LatencyPercentiles];
    if (ms !== undefined) return { ms, percentile: q };
  }
  return undefined;
}

/** What picking a point needs. */
export interface PointChoice {
  latencyTargetMs: number | null;
  /** Workload's `latencyPercentile` (default 95). */
  percentile?: number | undefined;
  /** Keep only points of this instance type (points without a type are kept). */
  instanceType?: string | undefined;
}

/** The chosen point and why, or why none qualifies. */
export type ChosenPoint = { ok: true; point: LoadTestPoint; why: string } | { ok: false; reason: string };

function throughputOf(p: LoadTestPoint): number {
  return p.outputTokensPerSecond ?? p.requestsPerSecond ?? 0;
}

/**
 * The highest-throughput point that meets the latency target at the percentile (any point when there is
 * no target) and failed at most 1% of its requests.
 */
export function choosePoint(points: ReadonlyArray<LoadTestPoint>, choice: PointChoice): ChosenPoint {
  const percentile = choice.percentile ?? 95;
  const bare = (t: string) => t.replace(/^ml\./, '');
  const candidates = points.filter(
    (p) =>
      choice.instanceType === undefined ||
      p.instanceType === undefined ||
      bare(p.instanceType) === bare(choice.instanceType),
  );
  if (candidates.length === 0)
    return { ok: false, reason: `no measurement for ${choice.instanceType ?? 'this instance type'} in the file` };
  let best: { point: LoadTestPoint; why: string } | undefined;
  const rejected: string[] = [];
  for (const p of candidates) {
    if (p.failedShare !== undefined && p.failedShare > MAX_FAILED_SHARE) {
      rejected.push(`concurrency ${p.concurrency}: ${Math.round(p.failedShare * 1000) / 10}% failed`);
      continue;
    }
    let why = `concurrency ${p.concurrency}`;
    if (choice.latencyTargetMs !== null) {
      const lat = latencyAt(p, percentile);
      if (!lat) {
        rejected.push(`concurrency ${p.concurrency}: no p${percentile} or higher latency`);
        continue;
      }
      if (lat.ms > choice.latencyTargetMs) {
        rejected.push(`concurrency ${p.concurrency}: p${lat.percentile} ${Math.round(lat.ms)} ms`);
        continue;
      }
      why += `, p${lat.percentile} ${Math.round(lat.ms)} ms within the ${choice.latencyTargetMs} ms target`;
    }
    if (!best || throughputOf(p) > throughputOf(best.point)) best = { point: p, why };
  }
  if (!best)
    return {
      ok: false,
      reason: `no measured point meets the p${percentile} latency target of ${choice.latencyTargetMs} ms (${rejected.join('; ')})`,
    };
  return { ok: true, point: best.point, why: best.why };
}

/** The design fields an imported point sets: exactly what a user would type. */
export interface ImportedThroughput {
  maxRequestsPerSecondPerInstance?: number;
  maxOutputTokensPerSecondPerInstance?: number;
  concurrencyPerInstance: number;
  throughputSource: string;
}

/**
 * The design fields from a chosen point. Output tokens/s is preferred when measured (the figure an LLM
 * load test is about; with the workload's output tokens it gives the request rate); requests/s
 * otherwise. `instancesUnderTest` divides an endpoint-wide figure into one instance's.
 */
export function throughputFields(point: LoadTestPoint, why: string, instancesUnderTest = 1): ImportedThroughput {
  const n = Math.max(1, instancesUnderTest);
  const perInstance = n > 1 ? `, ÷ ${n} instances under test` : '';
  const source = `${point.label}, ${why}${perInstance}`;
  const concurrency = Math.max(1, Math.round(point.concurrency / n));
  if (point.outputTokensPerSecond !== undefined)
    return {
      maxOutputTokensPerSecondPerInstance: point.outputTokensPerSecond / n,
      concurrencyPerInstance: concurrency,
      throughputSource: source,
    };
  return {
    maxRequestsPerSecondPerInstance: (point.requestsPerSecond ?? 0) / n,
    concurrencyPerInstance: concurrency,
    throughputSource: source,
  };
}
