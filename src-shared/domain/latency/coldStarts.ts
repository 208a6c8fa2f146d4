/**
 * Cold starts: which share of requests meets one and how long it takes, for each hosting kind.
 * - Serverless (SageMaker serverless, Lambda): a request that finds no warm execution environment
 *   starts one: after an idle gap longer than environments are kept, and when concurrency rises past
 *   the warm pool (a busier hour). Provisioned concurrency stays warm; only its spill-over is exposed.
 * - Multi-model endpoints: a request for a model not in memory loads it from S3 first.
 * - Scale from zero (async, EC2, EKS with minimum 0): requests that arrive with no instance wait for
 *   one to start; see targetTracking.ts, which simulates the fleet minute by minute.
 * Every time here is an estimate with its rule (AWS publishes none for model loads); the defaults are
 * in defaults.ts and every one can be overridden.
 */
import { HOURS_PER_WEEK } from '../results';
import { SECONDS_PER_HOUR } from '../units';
import { fmt as num } from '../pricing/lineItems';
import { nonNegative, positive, share } from './checks';
import { LATENCY_DEFAULTS } from './defaults';
import { erlangB, serversForBlocking } from './erlang';
import { spillOverShare } from './throttling';

/** A cold start's latency with the rule that gave it (always an estimate). */
export interface ColdStartTime {
  ms: number;
  /** "1.5 GB ÷ 0.1 GB/s + 2 s framework start = 17 s". */
  rule: string;
}

/** Overrides for the load-time estimate. */
export interface LoadTimeOptions {
  s3LoadGBPerSecond?: number | undefined;
  frameworkStartSeconds?: number | undefined;
}

/** Time to load a model of `sizeGB` from S3 and start it: size ÷ S3 throughput + framework start. */
export function modelLoadTime(sizeGB: number, options: LoadTimeOptions = {}): ColdStartTime {
  const p = loadParts(sizeGB, options);
  return { ms: p.seconds * 1000, rule: `${p.text} = ${num(p.seconds)} s (estimate)` };
}

function loadParts(sizeGB: number, options: LoadTimeOptions): { seconds: number; text: string } {
  if (!(sizeGB >= 0) || !Number.isFinite(sizeGB)) throw new RangeError(`model size must be ≥ 0 GB (got ${sizeGB})`);
  const gbps = positive(options.s3LoadGBPerSecond ?? LATENCY_DEFAULTS.s3LoadGBPerSecond.value, 'S3 load throughput');
  const start = nonNegative(
    options.frameworkStartSeconds ?? LATENCY_DEFAULTS.frameworkStartSeconds.value,
    'framework start',
  );
  return {
    seconds: sizeGB / gbps + start,
    text: `${num(sizeGB)} GB ÷ ${num(gbps)} GB/s + ${num(start)} s framework start`,
  };
}

/** Multi-model endpoint cold loads for one period. */
export interface MultiModelColdStarts {
  /** Share of requests whose model is not in memory. */
  share: number;
  /** A load's latency and rule. */
  load: ColdStartTime;
  /**
   * Mean time a request occupies a worker, ms: compute time + miss share × load time, since the
   * worker that loads a model serves nobody else meanwhile. This is the queue's service time.
   */
  occupancyMs: number;
}

/** Cold loads of a multi-model endpoint from its miss share (see packing.coldModelShare). */
export function multiModelColdStarts(
  missShare: number,
  modelSizeGB: number,
  inferenceMs: number,
  options: LoadTimeOptions = {},
): MultiModelColdStarts {
  share(missShare, 'miss share');
  const load = modelLoadTime(modelSizeGB, options);
  return { share: missShare, load, occupancyMs: inferenceMs + missShare * load.ms };
}

/** Options of the serverless cold-start estimate. */
export interface ServerlessColdStartOptions extends LoadTimeOptions {
  /** Provisioned concurrency in each hour (168 values) or all week; default none. */
  provisioned?: ArrayLike<number> | number | undefined;
  /** Minutes an idle environment stays warm (estimate; default in defaults.ts). */
  keepWarmMinutes?: number | undefined;
  /** Share of requests allowed to find the warm pool full; the pool is sized to it. */
  poolShare?: number | undefined;
  /** Runtime start of a new environment before the model loads, s (estimate). */
  runtimeStartSeconds?: number | undefined;
}

/** Serverless cold starts over the 168-hour week. */
export interface ServerlessColdStarts {
  /** Share of each hour's requests that meet a cold start. */
  hourlyShare: Float64Array;
  /** Share of the week's requests that meet one. */
  weeklyShare: number;
  /** A cold start's latency: runtime start + model load. */
  time: ColdStartTime;
}

/**
 * Cold starts of a serverless endpoint or function over the week (rates per second, 168 hours).
 * In each hour a share exp(−λ·keep-warm) of on-demand requests arrives after an idle gap longer than
 * environments are kept; each environment the hour needs beyond the previous hour's warm pool starts
 * cold once; and the few requests that find the sized pool full start one more. The pool is the
 * concurrency that keeps Erlang B under `poolShare`, less provisioned concurrency (always warm).
 */
export function serverlessColdStarts(
  rps: ArrayLike<number>,
  durationSeconds: number,
  modelSizeGB: number,
  options: ServerlessColdStartOptions = {},
): ServerlessColdStarts {
  if (rps.length !== HOURS_PER_WEEK)
    throw new RangeError(`expected ${HOURS_PER_WEEK} hourly rates (got ${rps.length})`);
  positive(durationSeconds, 'request duration');
  const keepWarmSeconds =
    nonNegative(options.keepWarmMinutes ?? LATENCY_DEFAULTS.idleKeepWarmMinutes.value, 'keep-warm time') * 60;
  const poolShare = options.poolShare ?? LATENCY_DEFAULTS.throttleShare.value;
  const pcAt = (h: number) =>
    typeof options.provisioned === 'number' ? options.provisioned : (options.provisioned?.[h] ?? 0);
  const pool = new Float64Array(HOURS_PER_WEEK);
  const poolFor = new Map<number, number>();
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const erlangs = rps[h]! * durationSeconds;
    let total = poolFor.get(erlangs);
    if (total === undefined) {
      total = erlangs > 0 ? (serversForBlocking(erlangs, poolShare) ?? Math.ceil(erlangs)) : 0;
      poolFor.set(erlangs, total);
    }
    pool[h] = Math.max(0, total - pcAt(h));
  }
  const hourlyShare = new Float64Array(HOURS_PER_WEEK);
  let requests = 0;
  let cold = 0;
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const r = rps[h]!;
    if (r <= 0) continue;
    const pc = pcAt(h);
    const spill = spillOverShare(r, durationSeconds, pc);
    const onDemandRate = r * spill;
    const idle = spill * Math.exp(-onDemandRate * keepWarmSeconds);
    const previous = pool[(h + HOURS_PER_WEEK - 1) % HOURS_PER_WEEK]!;
    const scaleUp = Math.max(0, pool[h]! - previous) / (r * SECONDS_PER_HOUR);
    const poolFull = pool[h]! > 0 ? erlangB(pc + pool[h]!, r * durationSeconds) : 0;
    const exposed = Math.min(spill, idle + scaleUp + poolFull);
    hourlyShare[h] = exposed;
    requests += r;
    cold += r * exposed;
  }
  const load = loadParts(modelSizeGB, options);
  const runtime = nonNegative(
    options.runtimeStartSeconds ?? LATENCY_DEFAULTS.serverlessRuntimeStartSeconds.value,
    'runtime start',
  );
  const seconds = runtime + load.seconds;
  return {
    hourlyShare,
    weeklyShare: requests > 0 ? cold / requests : 0,
    time: {
      ms: seconds * 1000,
      rule: `${num(runtime)} s environment start + ${load.text} = ${num(seconds)} s (estimate)`,
    },
  };
}
