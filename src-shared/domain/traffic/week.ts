/**
 * The workload's traffic expanded to the 168-hour week every simulation runs on, with derived totals.
 * Worked out from the traffic on every call (it is cheap: 168 values), so a workload changed in place
 * is never answered from a stale copy; a caller estimating one workload many times (the optimizer)
 * expands the week once and passes it on.
 */
import { batchActiveShare, batchWeekProfile, type BatchJob } from '../latency/batchJob';
import type { BatchTraffic, Traffic, Workload } from '../model';
import { HOURS_PER_WEEK, WEEKS_PER_MONTH } from '../results';
import { SECONDS_PER_HOUR } from '../units';
import { presetAverageShares, presetShape } from './presets';

/** The week's traffic and its totals. `rps` may be shared between estimates: treat it as read-only. */
export interface WeekProfile {
  /** Requests per second in each hour of the week, Monday 00:00 first. */
  rps: Float64Array;
  weeklyRequests: number;
  /** weeklyRequests × 730/168. */
  requestsPerMonth: number;
  peakRps: number;
  averageRps: number;
  minRps: number;
  /** Hours of the week with no traffic at all. */
  idleHours: number;
  /**
   * Figures derived from this week alone and reused by every design estimated on it (the latency of
   * a fleet does not depend on the way to pay). Created with the week, so it can never be stale.
   */
  derived: Map<string, unknown>;
  /**
   * For a batch job: the share of the month's weeks in which the job runs in each hour (rates are the
   * mean over the weeks). Absent for ordinary traffic, which runs every week.
   */
  activeShare?: Float64Array | undefined;
}

/** Expands any traffic description to 168 hourly rates (a new array). */
export function expandTraffic(traffic: Traffic): Float64Array {
  const out = new Float64Array(HOURS_PER_WEEK);
  if (traffic.pattern === 'hourly') {
    const v = traffic.requestsPerSecond;
    // 24 values describe a typical day, repeated for each of the 7 days.
    for (let h = 0; h < out.length; h++) out[h] = v[h % v.length]!;
    return out;
  }
  if (traffic.pattern === 'batch') return batchTrafficWeek(traffic);
  const shape = presetShape(traffic.pattern);
  if (traffic.averageRequestsPerSecond !== undefined)
    return shapeWithAverage(shape, traffic.requestsPerSecond, traffic.averageRequestsPerSecond);
  let scale = traffic.requestsPerSecond;
  if (traffic.basis === 'average') {
    let sum = 0;
    for (let h = 0; h < shape.length; h++) sum += shape[h]!;
    const mean = sum / HOURS_PER_WEEK;
    scale = mean > 0 ? traffic.requestsPerSecond / mean : 0;
  }
  for (let h = 0; h < out.length; h++) out[h] = shape[h]! * scale;
  return out;
}

/**
 * A preset with both a peak and a weekly average: the peak hours stay at the peak and every other
 * hour moves by the same rule until the week averages `average` — scaled down toward zero when the
 * average is below the shape's own (peak × its mean), raised toward the peak when above. An average
 * outside what the shape allows (see trafficProblem) is clamped to it here; validation refuses it first.
 */
function shapeWithAverage(shape: ReadonlyArray<number>, peak: number, average: number): Float64Array {
  const out = new Float64Array(HOURS_PER_WEEK);
  let sum = 0;
  let offPeak = 0;
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    sum += shape[h]!;
    if (shape[h]! < 1) offPeak += shape[h]!;
  }
  const natural = sum / HOURS_PER_WEEK;
  const target = peak > 0 ? Math.min(1, average / peak) : 0;
  if (target <= natural) {
    // Off-peak hours × k: the peak hours give (sum − offPeak), the rest k × offPeak.
    const k = offPeak > 0 ? Math.max(0, (target * HOURS_PER_WEEK - (sum - offPeak)) / offPeak) : 1;
    for (let h = 0; h < HOURS_PER_WEEK; h++) out[h] = peak * (shape[h]! < 1 ? shape[h]! * k : 1);
  } else {
    // Every hour t of the way from its shape toward the peak.
    const t = natural < 1 ? (target - natural) / (1 - natural) : 0;
    for (let h = 0; h < HOURS_PER_WEEK; h++) out[h] = peak * (shape[h]! + t * (1 - shape[h]!));
  }
  return out;
}

/**
 * What is wrong with a traffic description beyond single fields (the peak and average of a preset),
 * in the form's words; null when nothing.
 */
export function trafficProblem(traffic: Traffic): string | null {
  if (traffic.pattern === 'hourly' || traffic.pattern === 'batch') return null;
  const average = traffic.averageRequestsPerSecond;
  if (average === undefined) return null;
  if (traffic.basis === 'average')
    return 'with an average rate given as well, the traffic rate is the peak hour: choose "peak hour"';
  const peak = traffic.requestsPerSecond;
  const { low } = presetAverageShares(traffic.pattern);
  const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });
  if (average > peak) return `the average (${fmt(average)} requests/s) cannot be more than the peak (${fmt(peak)})`;
  if (average < peak * low * (1 - 1e-9))
    return low === 1
      ? `steady traffic runs at its peak every hour: its average is the peak, ${fmt(peak)} requests/s`
      : `the peak hours of this pattern alone average ${fmt(peak * low)} requests/s: enter at least that, a lower peak, or an hourly profile`;
  return null;
}

/** The default hour a batch job's window opens (01:00). */
export const DEFAULT_BATCH_START_HOUR = 1;

/** A batch job as the latency and batch models take it (the window opening at its start hour). */
export function batchJobOf(traffic: BatchTraffic): BatchJob {
  return {
    recordsPerRun: traffic.recordsPerRun,
    runsPerMonth: traffic.runsPerMonth,
    windowHours: traffic.windowHours,
    startHour: traffic.startHour ?? DEFAULT_BATCH_START_HOUR,
  };
}

/**
 * A batch job as traffic: each run's records spread evenly over its window (one record = one
 * request), the runs laid on the week like the job's instances (batchWeekProfile), so the month's
 * requests are records per run × runs per month.
 */
function batchTrafficWeek(traffic: BatchTraffic): Float64Array {
  const job = batchJobOf(traffic);
  const rate = job.recordsPerRun / (job.windowHours * SECONDS_PER_HOUR);
  return batchWeekProfile(job, job.windowHours, rate);
}

/** Totals of a 168-hour rate array. */
export function summarizeWeek(rps: Float64Array): WeekProfile {
  let sum = 0;
  let peak = 0;
  let min = Infinity;
  let idle = 0;
  for (let h = 0; h < rps.length; h++) {
    const r = rps[h]!;
    sum += r;
    if (r > peak) peak = r;
    if (r < min) min = r;
    if (r === 0) idle++;
  }
  const weeklyRequests = sum * SECONDS_PER_HOUR;
  return {
    rps,
    weeklyRequests,
    requestsPerMonth: weeklyRequests * WEEKS_PER_MONTH,
    peakRps: peak,
    averageRps: sum / HOURS_PER_WEEK,
    minRps: min,
    idleHours: idle,
    derived: new Map(),
  };
}

/** The week of a workload: its traffic expanded to 168 hours, with the totals. */
export function weekOf(workload: Pick<Workload, 'traffic'>): WeekProfile {
  const week = summarizeWeek(expandTraffic(workload.traffic));
  if (workload.traffic.pattern === 'batch') {
    const job = batchJobOf(workload.traffic);
    week.activeShare = batchActiveShare(job, job.windowHours);
  }
  return week;
}

/** The same traffic scaled by a factor (for sensitivity and cost-vs-volume curves). */
export function scaleTraffic(traffic: Traffic, factor: number): Traffic {
  if (traffic.pattern === 'batch') return { ...traffic, recordsPerRun: traffic.recordsPerRun * factor };
  if (traffic.pattern === 'hourly')
    return { pattern: 'hourly', requestsPerSecond: traffic.requestsPerSecond.map((r) => r * factor) };
  const scaled = { ...traffic, requestsPerSecond: traffic.requestsPerSecond * factor };
  if (traffic.averageRequestsPerSecond !== undefined)
    scaled.averageRequestsPerSecond = traffic.averageRequestsPerSecond * factor;
  return scaled;
}

/** A workload whose traffic is scaled by a factor; everything else shared. */
export function scaleWorkload(workload: Workload, factor: number): Workload {
  return { ...workload, traffic: scaleTraffic(workload.traffic, factor) };
}
