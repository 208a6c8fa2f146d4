/**
 * A scheduled batch job in business terms (traffic pattern "batch"): each run's records
 * must be processed inside a window that opens at `startHour`. One run takes
 *   start-up + records ÷ (records per second per instance × instances × 3600)  hours,
 * so cost scales with the records, and more instances finish sooner (at about the same cost plus one
 * start-up per instance). Runs are laid on the week's calendar so a Savings Plan or the hourly view
 * sees when instances run.
 */
import { HOURS_PER_MONTH, HOURS_PER_WEEK, WEEKS_PER_MONTH } from '../results';
import { SECONDS_PER_HOUR } from '../units';
import { fmt as num, fmtCount as count } from '../pricing/lineItems';
import { nonNegative, positive } from './checks';
import { LATENCY_DEFAULTS } from './defaults';

/** The job, as the workload describes it. */
export interface BatchJob {
  recordsPerRun: number;
  runsPerMonth: number;
  /** Hours each run may take. */
  windowHours: number;
  /** Hour of the day (0–23) the window opens. */
  startHour: number;
}

/** The fleet that runs it. */
export interface BatchFleet {
  /** Records one instance processes per second. */
  recordsPerSecondPerInstance: number;
  instanceCount: number;
  /** Minutes before records flow (instance launch, container start); default in defaults.ts. */
  startUpMinutes?: number | undefined;
}

/** One run's timing and the month's instance-hours. */
export interface BatchRun {
  /** Hours one run takes, start-up included. */
  runHours: number;
  meetsWindow: boolean;
  /** Instance-hours billed per month: run hours × instances × runs (instances are billed from launch). */
  instanceHoursPerMonth: number;
  /** "10,000,000 ÷ (20/s × 2 × 3600) + 0.1 h = 69.54 h". */
  formula: string;
}

/** The default start-up of a batch job, in minutes (an estimate). */
export const DEFAULT_BATCH_START_MINUTES = LATENCY_DEFAULTS.batchJobStartMinutes.value;

/** How long one run takes on the fleet, whether it meets the window, and the month's instance-hours. */
export function batchRun(job: BatchJob, fleet: BatchFleet): BatchRun {
  validateJob(job);
  const rps = positive(fleet.recordsPerSecondPerInstance, 'records per second per instance');
  if (!Number.isInteger(fleet.instanceCount) || fleet.instanceCount < 1)
    throw new RangeError(`instance count must be a whole number ≥ 1 (got ${fleet.instanceCount})`);
  const startHours = nonNegative(fleet.startUpMinutes ?? DEFAULT_BATCH_START_MINUTES, 'start-up minutes') / 60;
  const processing = job.recordsPerRun / (rps * fleet.instanceCount * SECONDS_PER_HOUR);
  const runHours = startHours + processing;
  return {
    runHours,
    meetsWindow: runHours <= job.windowHours + 1e-12,
    instanceHoursPerMonth: runHours * fleet.instanceCount * job.runsPerMonth,
    formula: `${count(job.recordsPerRun)} ÷ (${num(rps)}/s × ${fleet.instanceCount} × 3600) + ${num(startHours)} h start-up = ${num(runHours)} h`,
  };
}

/** The sizing of a batch fleet to its window. */
export type BatchSizing = { ok: true; instanceCount: number; run: BatchRun } | { ok: false; message: string };

/**
 * The fewest instances that finish each run inside the window, or why none can (the start-up alone
 * fills the window, or more than `maxInstances` would be needed).
 */
export function smallestBatchFleet(
  job: BatchJob,
  recordsPerSecondPerInstance: number,
  options: { startUpMinutes?: number | undefined; maxInstances?: number | undefined } = {},
): BatchSizing {
  validateJob(job);
  const rps = positive(recordsPerSecondPerInstance, 'records per second per instance');
  const startHours = nonNegative(options.startUpMinutes ?? DEFAULT_BATCH_START_MINUTES, 'start-up minutes') / 60;
  const processingWindow = job.windowHours - startHours;
  if (processingWindow <= 0)
    return {
      ok: false,
      message: `the ${num(startHours)} h start-up alone fills the ${num(job.windowHours)} h window`,
    };
  const n = Math.max(1, Math.ceil(job.recordsPerRun / (rps * SECONDS_PER_HOUR * processingWindow) - 1e-9));
  const max = options.maxInstances ?? Number.MAX_SAFE_INTEGER;
  if (n > max)
    return {
      ok: false,
      message: `finishing ${count(job.recordsPerRun)} records in ${num(job.windowHours)} h needs ${n} instances; at most ${max} are allowed`,
    };
  return {
    ok: true,
    instanceCount: n,
    run: batchRun(job, { recordsPerSecondPerInstance: rps, instanceCount: n, ...options }),
  };
}

/**
 * Instances running in each hour of the week (168 values, fractions for partial hours). Runs per week
 * = runs per month ÷ (730/168); up to 7 a week they fall on evenly spaced days at `startHour`, more
 * than that spread evenly within each day. The week's instance-hours equal the month's ÷ (730/168).
 */
export function batchWeekProfile(job: BatchJob, runHours: number, instanceCount: number): Float64Array {
  validateJob(job);
  const out = new Float64Array(HOURS_PER_WEEK);
  const perWeek = job.runsPerMonth / WEEKS_PER_MONTH;
  if (perWeek === 0 || runHours <= 0) return out;
  const starts = runStarts(job);
  const weight = (perWeek / starts.length) * instanceCount;
  for (const start of starts) addInterval(out, start, runHours, weight);
  return out;
}

/** Hours of the week (from Monday 00:00) at which runs start: evenly spaced days, or several a day. */
function runStarts(job: BatchJob): number[] {
  const perWeek = job.runsPerMonth / WEEKS_PER_MONTH;
  const starts: number[] = [];
  if (perWeek === 0) return starts;
  if (perWeek <= 7) {
    const slots = Math.ceil(perWeek - 1e-9);
    for (let k = 0; k < slots; k++) starts.push(Math.floor((k * 7) / slots) * 24 + job.startHour);
  } else {
    const perDay = Math.ceil(perWeek / 7 - 1e-9);
    for (let d = 0; d < 7; d++)
      for (let j = 0; j < perDay; j++) starts.push(d * 24 + job.startHour + (j * 24) / perDay);
  }
  return starts;
}

/**
 * For each hour of the week, the share of the month's weeks in which a run is going on in it (0 when
 * none ever is): a monthly job's hours are busy in about a quarter of the weeks. With the rates of
 * batchWeekProfile (the mean over the weeks) it gives the rate while the job runs.
 */
export function batchActiveShare(job: BatchJob, runHours: number): Float64Array {
  const out = new Float64Array(HOURS_PER_WEEK);
  const starts = runStarts(job);
  if (starts.length === 0 || runHours <= 0) return out;
  const share = Math.min(1, job.runsPerMonth / WEEKS_PER_MONTH / starts.length);
  for (const start of starts)
    for (let t = Math.floor(start); t < start + runHours - 1e-12; t++) {
      const h = ((t % HOURS_PER_WEEK) + HOURS_PER_WEEK) % HOURS_PER_WEEK;
      out[h] = Math.max(out[h]!, share);
    }
  return out;
}

/** Adds `weight` over [start, start + length) hours of the week, wrapping past Sunday 24:00. */
function addInterval(out: Float64Array, start: number, length: number, weight: number): void {
  let t = start;
  let left = length;
  while (left > 1e-12) {
    const h = Math.floor(t) % HOURS_PER_WEEK;
    const step = Math.min(left, Math.floor(t) + 1 - t);
    out[h]! += step * weight;
    t += step;
    left -= step;
  }
}

function validateJob(job: BatchJob): void {
  if (!(job.recordsPerRun >= 0) || !Number.isFinite(job.recordsPerRun))
    throw new RangeError(`records per run must be a finite number ≥ 0 (got ${job.recordsPerRun})`);
  if (!(job.runsPerMonth >= 0) || !Number.isFinite(job.runsPerMonth))
    throw new RangeError(`runs per month must be a finite number ≥ 0 (got ${job.runsPerMonth})`);
  if (!(job.windowHours > 0) || job.windowHours > HOURS_PER_MONTH)
    throw new RangeError(`window hours must be above 0 and at most ${HOURS_PER_MONTH} (got ${job.windowHours})`);
  if (!Number.isInteger(job.startHour) || job.startHour < 0 || job.startHour > 23)
    throw new RangeError(`start hour must be a whole hour 0–23 (got ${job.startHour})`);
}
