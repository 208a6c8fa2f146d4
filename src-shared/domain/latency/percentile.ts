/**
 * A request's latency = its service time + its wait in the queue of c workers (M/M/c, Erlang C),
 * plus, for a share of requests, a cold start (a model load, a new execution environment, an instance
 * starting). The percentile of that mixture is what a latency target is compared with.
 *
 * Modelling choices (stated, so they can be shown): the service time is the model's compute time and
 * counts as a constant in the sum, while the queue uses M/M/c (exponential service), which overstates
 * the wait of near-constant service times (M/D/c waits are about half) — a conservative estimate.
 * Cold requests wait in the same queue and then pay the cold start on top.
 */
import type { LatencyPercentile } from './defaults';
import { fmtCount, fmtPercent } from '../pricing/lineItems';
import { nonNegative, positive, share } from './checks';
import { erlangB, waitCdf, waitFromBlocking, waitQuantile, walkErlangB, type WaitDistribution } from './erlang';

/** What one hour (or any steady period) of a design looks like to the latency model. */
export interface LatencyInputs {
  arrivalsPerSecond: number;
  /** Mean time one request occupies a worker, in ms (for MME: compute time + misses × load time). */
  serviceMs: number;
  /** Workers serving at once: instances × concurrency per instance. */
  workers: number;
  /** Share of requests that meet a cold start, 0..1. */
  coldStartShare?: number | undefined;
  /** Extra latency of a cold start, in ms. */
  coldStartMs?: number | undefined;
  /**
   * The service time counted in the latency sum, in ms, when it differs from the worker's occupancy
   * (an MME request's own compute time, while `serviceMs` also carries the loads of other misses).
   */
  latencyServiceMs?: number | undefined;
  /**
   * Multiplies the M/M/c wait (default 1): (1 + CV²)/2 for service times with coefficient of
   * variation CV (the Allen–Cunneen approximation for M/G/c; 1 = exponential, 0.5 = constant).
   */
  waitScale?: number | undefined;
}

/** The chosen percentile of a period's request latency. */
export interface LatencyAtPercentile {
  /** The percentile in ms; Infinity when the workers cannot keep up (the queue grows without bound). */
  percentileMs: number;
  /** Erlang C: share of requests that wait for a worker. */
  probabilityOfWaiting: number;
  /** Whether the percentile falls among the cold starts (their share exceeds 1 − percentile). */
  coldStartSetsPercentile: boolean;
  /** False when the load reaches the workers. */
  stable: boolean;
}

const BISECTION_STEPS = 64;

/** The `percentile` of request latency for one steady period. */
export function latencyPercentile(inputs: LatencyInputs, percentile: LatencyPercentile): LatencyAtPercentile {
  const serviceSeconds = checkMs(inputs.serviceMs, 'service time') / 1000;
  const erlangs = nonNegative(inputs.arrivalsPerSecond, 'arrival rate') * serviceSeconds;
  checkWorkers(inputs.workers);
  const wait =
    erlangs === 0
      ? waitFromBlocking(inputs.workers, 0, serviceSeconds, 0)
      : erlangs >= inputs.workers
        ? waitFromBlocking(inputs.workers, erlangs, serviceSeconds, 1)
        : waitFromBlocking(inputs.workers, erlangs, serviceSeconds, erlangB(inputs.workers, erlangs));
  return percentileOf(wait, inputs, percentile);
}

/** The percentile from a wait distribution already computed. */
export function percentileOf(
  mmcWait: WaitDistribution,
  inputs: Omit<LatencyInputs, 'workers' | 'arrivalsPerSecond'>,
  percentile: LatencyPercentile,
): LatencyAtPercentile {
  const level = percentile / 100;
  const q = share(inputs.coldStartShare ?? 0, 'cold-start share');
  const coldMs = q > 0 ? checkMs(inputs.coldStartMs ?? 0, 'cold-start time', true) : 0;
  const service = inputs.latencyServiceMs ?? inputs.serviceMs;
  const coldSets = q > 1 - level + 1e-12 && coldMs > 0;
  const scale = inputs.waitScale ?? 1;
  const wait =
    scale !== 1 && mmcWait.stable && mmcWait.probabilityOfWaiting > 0
      ? { ...mmcWait, decayPerSecond: mmcWait.decayPerSecond / positive(scale, 'wait scale') }
      : mmcWait;
  if (!wait.stable)
    return {
      percentileMs: Infinity,
      probabilityOfWaiting: 1,
      coldStartSetsPercentile: coldSets,
      stable: false,
    };
  const extra = q === 0 || coldMs === 0 ? waitQuantile(wait, level) * 1000 : mixtureQuantileMs(wait, q, coldMs, level);
  return {
    percentileMs: service + extra,
    probabilityOfWaiting: wait.probabilityOfWaiting,
    coldStartSetsPercentile: coldSets,
    stable: true,
  };
}

/**
 * The smallest t (ms, past the service time) with (1 − q)·F(t) + q·F(t − L) ≥ level, F the wait
 * distribution function: bisection, since the mixture has no closed-form inverse.
 */
function mixtureQuantileMs(wait: WaitDistribution, q: number, coldMs: number, level: number): number {
  // Below coldMs only warm requests count: G(t) = (1 − q)·F(t), inverted in closed form. The small
  // tolerance keeps an exact tie (share of cold starts = 1 − percentile) on the warm side.
  const warmLevel = (level - 1e-12) / (1 - q);
  if (warmLevel < 1) {
    const t = warmLevel <= 0 ? 0 : waitQuantile(wait, warmLevel) * 1000;
    if (t < coldMs) return t;
  }
  // Otherwise the percentile lies among the cold starts, at coldMs or past it.
  if (wait.probabilityOfWaiting === 0) return coldMs;
  const reached = (ms: number) =>
    (1 - q) * waitCdf(wait, ms / 1000) + q * waitCdf(wait, (ms - coldMs) / 1000) >= level - 1e-12;
  if (reached(coldMs)) return coldMs;
  let lo = coldMs;
  let hi = coldMs + waitQuantile(wait, level) * 1000;
  for (let i = 0; i < BISECTION_STEPS; i++) {
    const mid = (lo + hi) / 2;
    if (reached(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Why no worker count meets a target. */
export type InfeasibleCause = 'service-time' | 'cold-start' | 'max-workers';

/** The result of sizing workers to a latency target. */
export type WorkerSizing =
  | { feasible: true; workers: number; percentileMs: number; probabilityOfWaiting: number }
  | { feasible: false; cause: InfeasibleCause; message: string; lowestPercentileMs: number };

/** What sizing needs besides the period's inputs. */
export interface SizingTarget {
  percentile: LatencyPercentile;
  targetMs: number;
  /** The most workers the design can have (autoscaling max × concurrency, a quota); default: no limit. */
  maxWorkers?: number | undefined;
}

/**
 * The fewest workers that keep the percentile at or under the target, or why none can: the service
 * time alone exceeds it, the cold starts alone do (their share is above 1 − percentile and a cold
 * request takes longer than the target), or more workers than `maxWorkers` would be needed.
 * Walks c upward from the first stable count with one Erlang B step each: the answer lies a few
 * √A above the load A, so the walk is short even for thousands of workers.
 */
export function smallestWorkers(inputs: Omit<LatencyInputs, 'workers'>, target: SizingTarget): WorkerSizing {
  const serviceSeconds = checkMs(inputs.serviceMs, 'service time') / 1000;
  const erlangs = nonNegative(inputs.arrivalsPerSecond, 'arrival rate') * serviceSeconds;
  const q = share(inputs.coldStartShare ?? 0, 'cold-start share');
  const coldMs = q > 0 ? checkMs(inputs.coldStartMs ?? 0, 'cold-start time', true) : 0;
  const service = inputs.latencyServiceMs ?? inputs.serviceMs;
  const level = target.percentile / 100;
  // With unlimited workers nobody waits: the percentile is the service time, or a cold start's.
  const coldSets = q > 1 - level + 1e-12 && coldMs > 0;
  const floorMs = coldSets ? service + coldMs : service;
  const pct = `p${target.percentile}`;
  if (service > target.targetMs)
    return {
      feasible: false,
      cause: 'service-time',
      message: `the service time ${fmtMs(service)} alone exceeds the ${fmtMs(target.targetMs)} target`,
      lowestPercentileMs: service,
    };
  if (floorMs > target.targetMs)
    return {
      feasible: false,
      cause: 'cold-start',
      message: `${fmtPercent(q)} of requests meet a cold start (more than the ${fmtPercent(1 - level)} a ${pct} allows), and a cold request takes ${fmtMs(floorMs)}, over the ${fmtMs(target.targetMs)} target`,
      lowestPercentileMs: floorMs,
    };
  const maxWorkers = target.maxWorkers ?? Number.MAX_SAFE_INTEGER;
  // A safe stop for the walk: far past any square-root-staffing answer (C < 1e-15 long before it).
  const walkLimit = Math.min(maxWorkers, Math.ceil(erlangs + 40 * Math.sqrt(erlangs) + 100));
  const first = Math.max(1, Math.floor(erlangs) + 1);
  let met: LatencyAtPercentile | null = null;
  const workers =
    first <= walkLimit
      ? walkErlangB(erlangs, first, walkLimit, (c, b) => {
          const r = percentileOf(waitFromBlocking(c, erlangs, serviceSeconds, b), inputs, target.percentile);
          if (r.percentileMs > target.targetMs) return false;
          met = r;
          return true;
        })
      : null;
  const hit = met as LatencyAtPercentile | null;
  if (workers !== null && hit)
    return { feasible: true, workers, percentileMs: hit.percentileMs, probabilityOfWaiting: hit.probabilityOfWaiting };
  const atMax =
    maxWorkers >= first && Number.isFinite(maxWorkers) && maxWorkers <= walkLimit
      ? latencyPercentile({ ...inputs, workers: maxWorkers }, target.percentile).percentileMs
      : floorMs;
  return {
    feasible: false,
    cause: 'max-workers',
    message:
      walkLimit < maxWorkers
        ? `the ${pct} latency only reaches the ${fmtMs(target.targetMs)} target in the limit of unlimited workers (it tends to ${fmtMs(floorMs)})`
        : `${fmtCount(maxWorkers)} workers at most, and the ${pct} latency with them is ${fmtMs(atMax)}, over the ${fmtMs(target.targetMs)} target`,
    lowestPercentileMs: atMax,
  };
}

/** Instances needed for a worker count at `concurrencyPerInstance` workers each (whole instances). */
export function instancesForWorkers(workers: number, concurrencyPerInstance: number): number {
  if (!(concurrencyPerInstance > 0)) throw new RangeError('concurrency per instance must be positive');
  return Math.ceil(workers / concurrencyPerInstance - 1e-9);
}

function checkMs(ms: number, what: string, allowZero = false): number {
  if (!Number.isFinite(ms) || ms < 0 || (!allowZero && ms === 0))
    throw new RangeError(`${what} must be a ${allowZero ? 'finite number ≥ 0' : 'positive number'} of ms (got ${ms})`);
  return ms;
}

function checkWorkers(workers: number): void {
  if (!Number.isInteger(workers) || workers < 0)
    throw new RangeError(`workers must be a whole number ≥ 0 (got ${workers})`);
}

/** "12.5 ms", "1.2 s", "6 min": a latency in the unit that reads best. */
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'unbounded';
  if (ms >= 120_000) return `${trim(ms / 60_000)} min`;
  if (ms >= 1000) return `${trim(ms / 1000)} s`;
  return `${trim(ms)} ms`;
}

function trim(n: number): string {
  return String(Math.round(n * 100) / 100);
}
