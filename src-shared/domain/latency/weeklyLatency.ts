/**
 * The latency percentile hour by hour over the week, compared with the target: which hours fail and
 * why (the workers cannot keep up, queueing, cold starts), and the design's figures for the estimate
 * (`latency: { percentile, percentileMs, coldStartShare }`): the worst hour with traffic, and the
 * share of the week's requests that meet a cold start.
 */
import { HOURS_PER_WEEK } from '../results';
import type { LatencyPercentile } from './defaults';
import type { WaitDistribution } from './erlang';
import { fmtMs, latencyPercentile, percentileOf, type LatencyAtPercentile } from './percentile';

/** Each request gets its own execution environment: nobody waits for a worker. */
const NO_QUEUE: WaitDistribution = { probabilityOfWaiting: 0, decayPerSecond: Infinity, stable: true };

/** One hour as the latency model sees it. */
export interface HourLatencyInput {
  arrivalsPerSecond: number;
  /** Workers serving in the hour (instances × concurrency per instance); null: no queue (serverless). */
  workers: number | null;
  coldStartShare: number;
  coldStartMs: number;
}

/** Why an hour misses the target. */
export type HourFailure = 'overloaded' | 'queueing' | 'cold-start' | 'service-time';

/** The week's latency against a target. */
export interface WeeklyLatency {
  percentile: LatencyPercentile;
  /** The percentile of each hour, ms (0 for hours without requests; Infinity when overloaded). */
  hourlyMs: Float64Array;
  /** The worst hour's percentile, ms (0 without traffic). */
  percentileMs: number;
  /** Share of the week's requests that meet a cold start. */
  coldStartShare: number;
  /** Failing hours by cause (hours of the week, Monday 00:00 = 0). */
  failures: Array<{ cause: HourFailure; hours: number[] }>;
  /** One sentence naming the failing hours and causes, or null when every hour meets the target. */
  message: string | null;
}

/** Common to every hour: service times and the target (null: no target). */
export interface WeeklyLatencyOptions {
  serviceMs: number;
  latencyServiceMs?: number | undefined;
  percentile: LatencyPercentile;
  targetMs: number | null;
  /** Multiplier of the M/M/c wait (see LatencyInputs.waitScale). */
  waitScale?: number | undefined;
}

/** Evaluates the percentile of every hour (168 inputs) and compares it with the target. */
export function weeklyLatency(hours: ReadonlyArray<HourLatencyInput>, options: WeeklyLatencyOptions): WeeklyLatency {
  if (hours.length !== HOURS_PER_WEEK) throw new RangeError(`expected ${HOURS_PER_WEEK} hours (got ${hours.length})`);
  const hourlyMs = new Float64Array(HOURS_PER_WEEK);
  const byCause = new Map<HourFailure, number[]>();
  const service = options.latencyServiceMs ?? options.serviceMs;
  // Hours repeat (a typical day over 7 days): each distinct hour is evaluated once, looked up by rate,
  // workers and (for hours with cold starts) their share and delay, without building key strings.
  const warmSeen = new Map<number, Map<number | null, LatencyAtPercentile>>();
  const coldSeen = new Map<number, Map<number | null, Map<number, Map<number, LatencyAtPercentile>>>>();
  let worst = 0;
  let requests = 0;
  let cold = 0;
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const hour = hours[h]!;
    if (hour.arrivalsPerSecond <= 0) continue;
    requests += hour.arrivalsPerSecond;
    cold += hour.arrivalsPerSecond * hour.coldStartShare;
    let r: LatencyAtPercentile | undefined;
    let cache: Map<number | null, LatencyAtPercentile> | Map<number, LatencyAtPercentile>;
    let cacheKey: number | null;
    if (hour.coldStartShare === 0) {
      let byWorkers = warmSeen.get(hour.arrivalsPerSecond);
      if (!byWorkers) warmSeen.set(hour.arrivalsPerSecond, (byWorkers = new Map()));
      cache = byWorkers;
      cacheKey = hour.workers;
    } else {
      let byWorkers = coldSeen.get(hour.arrivalsPerSecond);
      if (!byWorkers) coldSeen.set(hour.arrivalsPerSecond, (byWorkers = new Map()));
      let byShare = byWorkers.get(hour.workers);
      if (!byShare) byWorkers.set(hour.workers, (byShare = new Map()));
      let byMs = byShare.get(hour.coldStartShare);
      if (!byMs) byShare.set(hour.coldStartShare, (byMs = new Map()));
      cache = byMs;
      cacheKey = hour.coldStartMs;
    }
    r = (cache as Map<number | null, LatencyAtPercentile>).get(cacheKey);
    if (!r) {
      const inputs = {
        arrivalsPerSecond: hour.arrivalsPerSecond,
        serviceMs: options.serviceMs,
        latencyServiceMs: options.latencyServiceMs,
        coldStartShare: hour.coldStartShare,
        coldStartMs: hour.coldStartMs,
        waitScale: options.waitScale,
      };
      r =
        hour.workers === null
          ? percentileOf(NO_QUEUE, inputs, options.percentile)
          : latencyPercentile({ ...inputs, workers: hour.workers }, options.percentile);
      (cache as Map<number | null, LatencyAtPercentile>).set(cacheKey, r);
    }
    hourlyMs[h] = r.percentileMs;
    if (r.percentileMs > worst) worst = r.percentileMs;
    if (options.targetMs === null || r.percentileMs <= options.targetMs) continue;
    const cause: HourFailure = !r.stable
      ? 'overloaded'
      : service > options.targetMs
        ? 'service-time'
        : r.coldStartSetsPercentile
          ? 'cold-start'
          : 'queueing';
    const list = byCause.get(cause) ?? [];
    list.push(h);
    byCause.set(cause, list);
  }
  const failures = [...byCause].map(([cause, list]) => ({ cause, hours: list }));
  return {
    percentile: options.percentile,
    hourlyMs,
    percentileMs: worst,
    coldStartShare: requests > 0 ? cold / requests : 0,
    failures,
    message: options.targetMs === null ? null : failureMessage(failures, worst, options),
  };
}

const CAUSE_TEXT: Record<HourFailure, string> = {
  overloaded: 'the workers cannot keep up (the queue grows without bound)',
  queueing: 'requests queue for a worker',
  'cold-start': 'cold starts',
  'service-time': 'the service time alone exceeds the target',
};

function failureMessage(
  failures: WeeklyLatency['failures'],
  worstMs: number,
  options: WeeklyLatencyOptions,
): string | null {
  if (failures.length === 0) return null;
  const count = failures.reduce((n, f) => n + f.hours.length, 0);
  const parts = failures.map((f) => `${CAUSE_TEXT[f.cause]} in ${weekHours(f.hours)}`);
  return `p${options.percentile} latency up to ${fmtMs(worstMs)} exceeds the ${fmtMs(options.targetMs ?? 0)} target in ${count} hour${count === 1 ? '' : 's'} of the week: ${parts.join('; ')}`;
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * Hours of the week as readable ranges: "Mon 09:00–17:00, Tue 09:00–10:00"; the same daily range on
 * every day reads "every day 09:00–17:00". Ranges are end-exclusive and stay within a day.
 */
export function weekHours(hours: ReadonlyArray<number>): string {
  const sorted = [...new Set(hours)].sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const h of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === h && h % 24 !== 0) last[1] = h + 1;
    else ranges.push([h, h + 1]);
  }
  const clock = (hourOfDay: number) => `${String(hourOfDay).padStart(2, '0')}:00`;
  // The end is counted from the start's day (a range ending at midnight ends at 24:00).
  const daily = (r: [number, number]) => {
    const day = Math.floor(r[0] / 24) * 24;
    return `${clock(r[0] - day)}–${clock(r[1] - day)}`;
  };
  if (ranges.length === 7 && ranges.every((r, d) => Math.floor(r[0] / 24) === d && daily(r) === daily(ranges[0]!)))
    return `every day ${daily(ranges[0]!)}`;
  const shown = ranges.slice(0, 6).map((r) => `${DAYS[Math.floor(r[0] / 24)]} ${daily(r)}`);
  return ranges.length > 6 ? `${shown.join(', ')} and ${ranges.length - 6} more` : shown.join(', ');
}
