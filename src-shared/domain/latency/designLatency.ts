/**
 * The latency model of a whole design over the week, from the building blocks: for serverless and
 * Lambda, throttling at the concurrency limit and cold starts (no queue: each request gets its own
 * environment); for instance fleets, the M/M/c queue of the fleet in service each hour plus the
 * requests that meet a model load, a fleet still scaling out, or a fleet at zero. Each gives the
 * weekly figures, the reasons the design fails (for feasibility) and the warnings.
 */
import { HOURS_PER_WEEK, type FeasibilityReason } from '../results';
import { fmtPercent } from '../pricing/lineItems';
import { serverlessColdStarts, type ServerlessColdStartOptions } from './coldStarts';
import { LATENCY_DEFAULTS, type LatencyPercentile } from './defaults';
import { fmtMs, latencyPercentile, smallestWorkers } from './percentile';
import type { ProvisionedSchedule } from './schedule';
import { sizeConcurrency, throttledShare } from './throttling';
import { weekHours, weeklyLatency, type HourLatencyInput, type WeeklyLatency } from './weeklyLatency';

/** What the workload asks of latency. */
export interface LatencyRequirement {
  percentile: LatencyPercentile;
  /** null: no target (a batch job, offline scoring). */
  targetMs: number | null;
  /** Share of requests a concurrency limit may throttle (default in defaults.ts). */
  throttleShare?: number | undefined;
}

/** A design's latency over the week, with what feasibility and the warnings need. */
export interface DesignLatency {
  weekly: WeeklyLatency;
  /** Rules the design breaks, named for feasibility ("latency.percentile", "<key>.throttling"). */
  reasons: FeasibilityReason[];
  warnings: string[];
  /** The rule behind the cold-start time, shown with it (an estimate). */
  coldStartRule: string | null;
}

/** A serverless endpoint or a Lambda function over the week. */
export interface ServerlessLatencyInput {
  rps: ArrayLike<number>;
  inferenceMs: number;
  /** The concurrency limit requests are throttled at (MaxConcurrency, or the account's concurrency). */
  concurrencyLimit: number;
  /** The limit in the form's words ("maximum concurrency"), for messages. */
  limitName: string;
  /** The project field that sets it ("maxConcurrency"), for the reason's detail; none for a quota. */
  limitField?: string | undefined;
  /** Most the limit may be raised to (200 for SageMaker serverless), for the sizing hint. */
  limitMax?: number | undefined;
  provisioned?: ProvisionedSchedule | null | undefined;
  modelSizeGB: number;
  coldStarts?: ServerlessColdStartOptions | undefined;
  /** Prefix of rule names ("serverless", "lambda"). */
  key: string;
}

/** Throttling, cold starts and the percentile of a serverless design, hour by hour. */
export function serverlessLatency(input: ServerlessLatencyInput, req: LatencyRequirement): DesignLatency {
  const duration = input.inferenceMs / 1000;
  const allowed = req.throttleShare ?? LATENCY_DEFAULTS.throttleShare.value;
  const cold = serverlessColdStarts(input.rps, duration, input.modelSizeGB, {
    ...input.coldStarts,
    provisioned: input.provisioned?.alwaysOnByHour,
  });
  const hours: HourLatencyInput[] = [];
  const throttledHours: number[] = [];
  let worstThrottle = 0;
  let peakRps = 0;
  // Hourly profiles repeat a few rates: work out each rate's throttling once.
  const throttleAt = new Map<number, number>();
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const r = input.rps[h]!;
    hours.push({
      arrivalsPerSecond: r,
      workers: null,
      coldStartShare: cold.hourlyShare[h]!,
      coldStartMs: cold.time.ms,
    });
    if (r <= 0) continue;
    peakRps = Math.max(peakRps, r);
    let t = throttleAt.get(r);
    if (t === undefined) {
      t = throttledShare(r, duration, input.concurrencyLimit);
      throttleAt.set(r, t);
    }
    worstThrottle = Math.max(worstThrottle, t);
    if (t > allowed) throttledHours.push(h);
  }
  const weekly = weeklyLatency(hours, {
    serviceMs: input.inferenceMs,
    percentile: req.percentile,
    targetMs: req.targetMs,
  });
  const reasons: DesignLatency['reasons'] = [];
  if (weekly.message) reasons.push({ rule: 'latency.percentile', message: weekly.message });
  if (throttledHours.length > 0) {
    const sized = sizeConcurrency(peakRps, duration, allowed, input.limitMax);
    const fix = sized.ok
      ? `; keeping it under ${fmtPercent(allowed)} needs ${sized.concurrency}`
      : `; ${sized.message}`;
    reasons.push({
      rule: `${input.key}.throttling`,
      message: `the ${input.limitName} of ${input.concurrencyLimit} throttles up to ${fmtPercent(worstThrottle)} of requests (more than ${fmtPercent(allowed)} in ${weekHours(throttledHours)})${fix}`,
      ...(input.limitField ? { detail: `hosting.${input.limitField}` } : {}),
    });
  }
  const warnings: string[] = [];
  if (weekly.coldStartShare > 0)
    warnings.push(
      `About ${fmtPercent(weekly.coldStartShare)} of requests meet a cold start of about ${fmtMs(cold.time.ms)} (${cold.time.rule})`,
    );
  return { weekly, reasons, warnings, coldStartRule: cold.time.rule };
}

/** An instance fleet over the week. */
export interface FleetLatencyInput {
  rps: ArrayLike<number>;
  /** Time a request occupies a worker, ms (MME: compute + misses × load time). */
  serviceMs: number;
  /** The request's own service time in the latency, when different (MME). */
  latencyServiceMs?: number | undefined;
  concurrencyPerInstance: number;
  /** Instances in service each hour once it settles (fixed count, or targetTracking.settledServing). */
  servingInstances: ArrayLike<number>;
  /** Minutes of each hour the serving fleet cannot carry the load (a scale-out still starting). */
  overloadedMinutes?: ArrayLike<number> | undefined;
  /**
   * Minutes of each hour fewer instances serve than the policy wants (new ones still starting), the
   * fewest serving in the hour, and what one instance carries: in those minutes the old fleet
   * carries the load, so its queue is longer (targetTracking.shortMinutes / minServing).
   */
  shortMinutes?: ArrayLike<number> | undefined;
  minServing?: ArrayLike<number> | undefined;
  instanceCapacityRps?: number | undefined;
  /** Share of each hour's requests arriving at a fleet of zero, and their wait in minutes. */
  unservedShare?: ArrayLike<number> | undefined;
  unservedWaitMinutes?: ArrayLike<number> | undefined;
  /** Minutes a new instance takes (how long overloaded minutes last at most). */
  startUpMinutes: number;
  /** Model loads (MME): share of requests and the load time. */
  modelLoads?: { share: number; ms: number; rule: string } | undefined;
}

/**
 * The percentile of a fleet, hour by hour. Requests in overloaded or unserved minutes and model loads
 * are one cold class, conservatively at the longest of their delays.
 */
export function fleetLatency(input: FleetLatencyInput, req: LatencyRequirement): DesignLatency {
  const hours: HourLatencyInput[] = [];
  let lagShareMax = 0;
  // Days repeat: the old fleet's extra wait is worked out once per rate and fleet size.
  const carriedSeen = new Map<number, Map<number, number>>();
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const lag = (input.overloadedMinutes?.[h] ?? 0) / 60;
    const unserved = input.unservedShare?.[h] ?? 0;
    const loads = input.modelLoads?.share ?? 0;
    lagShareMax = Math.max(lagShareMax, lag + unserved);
    let delayMs = loads > 0 ? input.modelLoads!.ms : 0;
    if (lag > 0) delayMs = Math.max(delayMs, input.startUpMinutes * 60_000);
    // Minutes the old fleet still carries the load: those requests pay the smaller fleet's extra wait.
    const carried = carriedByOldFleet(input, h, req, carriedSeen);
    if (carried) {
      lagShareMax = Math.max(lagShareMax, lag + unserved + carried.share);
      delayMs = Math.max(delayMs, carried.extraMs);
    }
    if (unserved > 0) delayMs = Math.max(delayMs, (input.unservedWaitMinutes?.[h] ?? input.startUpMinutes) * 60_000);
    hours.push({
      arrivalsPerSecond: input.rps[h]!,
      workers: Math.floor(input.servingInstances[h]! + 1e-9) * input.concurrencyPerInstance,
      coldStartShare: Math.min(1, lag + unserved + loads + (carried?.share ?? 0)),
      coldStartMs: delayMs,
    });
  }
  const cv = LATENCY_DEFAULTS.serviceTimeCv.value;
  const weekly = weeklyLatency(hours, {
    waitScale: (1 + cv * cv) / 2,
    serviceMs: input.serviceMs,
    latencyServiceMs: input.latencyServiceMs,
    percentile: req.percentile,
    targetMs: req.targetMs,
  });
  const reasons: DesignLatency['reasons'] = [];
  if (weekly.message) reasons.push({ rule: 'latency.percentile', message: weekly.message });
  const warnings: string[] = [];
  if (input.modelLoads && input.modelLoads.share > 0)
    warnings.push(
      `About ${fmtPercent(input.modelLoads.share)} of requests wait for a model load from S3 of about ${fmtMs(input.modelLoads.ms)} (${input.modelLoads.rule})`,
    );
  if (lagShareMax > 0)
    warnings.push(
      `Up to ${fmtPercent(lagShareMax)} of an hour's requests arrive while new instances are still starting (${input.startUpMinutes} min): the fleet already in service carries them, with a longer queue, or they wait for the new instances`,
    );
  return { weekly, reasons, warnings, coldStartRule: input.modelLoads?.rule ?? null };
}

/**
 * The share of hour `h`'s requests that arrive while fewer instances serve than wanted but the old
 * fleet can still carry the load, and the extra wait they meet: the percentile at the fewest
 * instances of those minutes, past the service time (as if at the settled fleet).
 */
function carriedByOldFleet(
  input: FleetLatencyInput,
  h: number,
  req: LatencyRequirement,
  seen: Map<number, Map<number, number>>,
): { share: number; extraMs: number } | null {
  const r = input.rps[h]!;
  const capacity = input.instanceCapacityRps;
  const short = (input.shortMinutes?.[h] ?? 0) - (input.overloadedMinutes?.[h] ?? 0);
  if (r <= 0 || short <= 0 || capacity === undefined || !input.minServing) return null;
  // Minutes with fewer than this count serving were overloaded (counted apart).
  const instances = Math.max(input.minServing[h]!, Math.floor(r / capacity + 1e-9) + 1);
  let byCount = seen.get(r);
  if (!byCount) seen.set(r, (byCount = new Map()));
  let extraMs = byCount.get(instances);
  if (extraMs === undefined) {
    const cv = LATENCY_DEFAULTS.serviceTimeCv.value;
    const small = latencyPercentile(
      {
        arrivalsPerSecond: r,
        serviceMs: input.serviceMs,
        latencyServiceMs: input.latencyServiceMs,
        workers: instances * input.concurrencyPerInstance,
        waitScale: (1 + cv * cv) / 2,
      },
      req.percentile,
    );
    extraMs = small.stable ? small.percentileMs - (input.latencyServiceMs ?? input.serviceMs) : Infinity;
    byCount.set(instances, extraMs);
  }
  return extraMs > 0 ? { share: short / 60, extraMs: Math.min(extraMs, input.startUpMinutes * 60_000) } : null;
}

/** The fewest workers that meet the target in every hour of the week, or why none can. */
export function workersForWeek(
  rps: ArrayLike<number>,
  serviceMs: number,
  req: LatencyRequirement & { targetMs: number },
  options: { latencyServiceMs?: number; coldStartShare?: number; coldStartMs?: number; maxWorkers?: number } = {},
): { ok: true; workers: number; peakHour: number } | { ok: false; hour: number; message: string } {
  let best = { workers: 0, peakHour: 0 };
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    if (rps[h]! <= 0) continue;
    const s = smallestWorkers(
      { arrivalsPerSecond: rps[h]!, serviceMs, ...options },
      { percentile: req.percentile, targetMs: req.targetMs, maxWorkers: options.maxWorkers },
    );
    if (!s.feasible) return { ok: false, hour: h, message: s.message };
    if (s.workers > best.workers) best = { workers: s.workers, peakHour: h };
  }
  return { ok: true, ...best };
}
