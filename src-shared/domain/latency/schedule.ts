/**
 * Scheduled capacity: provisioned concurrency and the autoscaling minimum by hour of
 * the week, and provisioned concurrency for a number of hours a month. Each is turned into what the
 * cost engine and the latency model need: the count in each hour of the week (for billing) and the
 * count that is certainly on in that hour (for latency).
 */
import { HOURS_PER_MONTH, HOURS_PER_WEEK, WEEKS_PER_MONTH } from '../results';

/** 24 values (a typical day, repeated) or 168 (a typical week, Monday 00:00 first) as 168 values. */
export function weekOfHourly(values: ReadonlyArray<number>): Float64Array {
  if (values.length !== 24 && values.length !== HOURS_PER_WEEK)
    throw new RangeError(`an hourly schedule needs 24 or ${HOURS_PER_WEEK} values (got ${values.length})`);
  const out = new Float64Array(HOURS_PER_WEEK);
  for (let h = 0; h < HOURS_PER_WEEK; h++) out[h] = values[h % values.length]!;
  return out;
}

/** Provisioned concurrency as a project may give it. */
export type ProvisionedConcurrency = number | ReadonlyArray<number> | { count: number; hoursPerMonth: number };

/** A provisioned-concurrency schedule over the week. */
export interface ProvisionedSchedule {
  /** Mean provisioned concurrency in each hour of the week, over the month's weeks (billing). */
  billedByHour: Float64Array;
  /** Provisioned concurrency on in that hour in every week of the month (latency). */
  alwaysOnByHour: Float64Array;
  /** Share of the month's occurrences of each weekly hour in which it is on (1 for fixed and hourly forms). */
  onShareByHour: Float64Array;
  /**
   * Share of each weekly hour's occurrences in which the traffic runs (a batch job's runs); absent: every
   * week. PC on for H hours a month is on while the job runs, so the two coincide.
   */
  activeShareByHour?: Float64Array | undefined;
  /** Concurrency × hours a month it is billed for: Σ count × hours on. */
  countHoursPerMonth: number;
  /** Hours a month any provisioned concurrency is on. */
  onHoursPerMonth: number;
  /** "2 all month", "by hour of the week (peak 10)", "5 for 248 h a month (the busiest hours)". */
  description: string;
}

/**
 * Expands provisioned concurrency to the week. A count for H hours a month is on during the month's
 * H busiest hours: each hour of the week occurs 730/168 times a month, so the busiest weekly hours are
 * filled first until H is used (the last one partly, i.e. in some weeks only). `rps` ranks the hours.
 * `activeShare` (a batch job) says in what share of the weeks each hour's traffic runs: PC is on in
 * those occurrences only (the job's windows), and its requests run on it.
 */
export function provisionedSchedule(
  pc: ProvisionedConcurrency,
  rps: ArrayLike<number>,
  activeShare?: ArrayLike<number>,
): ProvisionedSchedule {
  const withActivity = (s: ProvisionedSchedule): ProvisionedSchedule =>
    activeShare ? { ...s, activeShareByHour: Float64Array.from(activeShare) } : s;
  return withActivity(expandSchedule(pc, rps, activeShare));
}

function expandSchedule(
  pc: ProvisionedConcurrency,
  rps: ArrayLike<number>,
  activeShare: ArrayLike<number> | undefined,
): ProvisionedSchedule {
  const billed = new Float64Array(HOURS_PER_WEEK);
  const alwaysOn = new Float64Array(HOURS_PER_WEEK);
  const onShare = new Float64Array(HOURS_PER_WEEK);
  if (typeof pc === 'number') {
    checkCount(pc, 'provisioned concurrency');
    billed.fill(pc);
    alwaysOn.fill(pc);
    onShare.fill(pc > 0 ? 1 : 0);
    return finish(billed, alwaysOn, onShare, pc > 0 ? `${pc} all month` : 'none');
  }
  if (isHourly(pc)) {
    const week = weekOfHourly(pc);
    let peak = 0;
    for (let h = 0; h < HOURS_PER_WEEK; h++) {
      checkCount(week[h]!, `provisioned concurrency at hour ${h}`);
      billed[h] = week[h]!;
      alwaysOn[h] = week[h]!;
      onShare[h] = week[h]! > 0 ? 1 : 0;
      peak = Math.max(peak, week[h]!);
    }
    return finish(billed, alwaysOn, onShare, `by hour of the ${pc.length === 24 ? 'day' : 'week'} (peak ${peak})`);
  }
  checkCount(pc.count, 'provisioned concurrency count');
  if (!(pc.hoursPerMonth >= 0 && pc.hoursPerMonth <= HOURS_PER_MONTH))
    throw new RangeError(
      `provisioned concurrency hours per month must be 0 to ${HOURS_PER_MONTH} (got ${pc.hoursPerMonth})`,
    );
  if (rps.length !== HOURS_PER_WEEK)
    throw new RangeError(`expected ${HOURS_PER_WEEK} hourly rates (got ${rps.length})`);
  const order = Array.from({ length: HOURS_PER_WEEK }, (_, h) => h).sort((a, b) => rps[b]! - rps[a]! || a - b);
  let left = pc.hoursPerMonth;
  for (const h of order) {
    if (left <= 1e-12) break;
    // A batch job's hour runs in some weeks only: PC is on while it runs, not in the idle weeks.
    const active = activeShare?.[h] ?? 1;
    if (active <= 0) continue;
    const take = Math.min(left, WEEKS_PER_MONTH * active);
    onShare[h] = take / WEEKS_PER_MONTH;
    billed[h] = pc.count * onShare[h]!;
    if (onShare[h]! >= active - 1e-12) alwaysOn[h] = pc.count;
    left -= take;
  }
  return finish(billed, alwaysOn, onShare, `${pc.count} for ${pc.hoursPerMonth} h a month (the busiest hours)`);
}

/** Provisioned concurrency in words, without traffic: "2", "by hour of the day (peak 10)", "5 for 248 h a month". */
export function describeProvisioned(pc: ProvisionedConcurrency): string {
  if (typeof pc === 'number') return String(pc);
  if (isHourly(pc)) return `by hour of the ${pc.length === 24 ? 'day' : 'week'} (peak ${Math.max(...pc)})`;
  return `${pc.count} for ${pc.hoursPerMonth} h a month`;
}

function isHourly(pc: ProvisionedConcurrency): pc is ReadonlyArray<number> {
  return Array.isArray(pc);
}

function finish(
  billed: Float64Array,
  alwaysOn: Float64Array,
  onShare: Float64Array,
  description: string,
): ProvisionedSchedule {
  let countHours = 0;
  let onHours = 0;
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    countHours += billed[h]! * WEEKS_PER_MONTH;
    if (billed[h]! > 0) onHours += onShare[h]! * WEEKS_PER_MONTH;
  }
  return {
    billedByHour: billed,
    alwaysOnByHour: alwaysOn,
    onShareByHour: onShare,
    countHoursPerMonth: countHours,
    onHoursPerMonth: onHours,
    description,
  };
}

function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a whole number ≥ 0 (got ${n})`);
}
