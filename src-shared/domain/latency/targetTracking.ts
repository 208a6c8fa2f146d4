/**
 * Application Auto Scaling target tracking, minute by minute over the 168-hour week, as AWS runs it:
 * - the high alarm fires after `scaleOutAlarmMinutes` consecutive one-minute periods with invocations
 *   per in-service instance above the target; the policy then sets the desired count to what the load
 *   needs (capacity still starting counts toward it, so it never launches twice for one rise);
 * - the low alarm fires after `scaleInAlarmMinutes` consecutive periods in which fewer instances
 *   would do; the policy scales in to that count, and not again before the scale-in cooldown;
 * - a new instance serves only after `startUpMinutes`; meanwhile the fleet already in service
 *   carries the load (the minutes where it is short are counted, for latency);
 * - a fleet at zero (async, EC2/EKS with minimum 0) launches after `scaleFromZeroDetectionMinutes`
 *   with a backlog, and requests that arrive meanwhile wait for the first instance;
 * - a scheduled minimum (per hour) raises the desired count at once, like a scheduled action.
 * Traffic is uniform within each hour. The week is run twice and the second pass kept, so Monday
 * 00:00 starts from the state Sunday night leaves.
 */
import { HOURS_PER_WEEK } from '../results';
import { LATENCY_DEFAULTS } from './defaults';

const MINUTES_PER_HOUR = 60;
const WEEK_MINUTES = HOURS_PER_WEEK * MINUTES_PER_HOUR;

/** A target-tracking policy with AWS's timing; every timing field has a documented default. */
export interface TargetTrackingPolicy {
  /** Minimum instances: one value, or 168 hourly values (a scheduled minimum). */
  min: number | ArrayLike<number>;
  max: number;
  /** Invocations per minute per instance the policy aims for. */
  targetInvocationsPerInstance: number;
  /** Minutes a new instance takes before it serves (no default: it depends on the hosting). */
  startUpMinutes: number;
  scaleOutAlarmMinutes?: number | undefined;
  scaleInAlarmMinutes?: number | undefined;
  scaleInCooldownSeconds?: number | undefined;
  scaleFromZeroDetectionMinutes?: number | undefined;
  /** Whether starting instances are billed (default true: billing runs from launch). */
  billStartUp?: boolean | undefined;
  /**
   * Requests per second one instance can serve at most; when given, the minutes in which the fleet in
   * service cannot carry the load (the queue grows) are counted in `overloadedMinutes`.
   */
  instanceCapacityRps?: number | undefined;
}

/** What the simulation gives for each hour of the week. */
export interface TargetTrackingWeek {
  /** Mean instances billed in each hour (in service, plus starting ones when they are billed). */
  billedInstances: Float64Array;
  /** Mean instances in service in each hour. */
  servingInstances: Float64Array;
  /** Fewest instances in service at any minute of each hour. */
  minServing: Float64Array;
  /** Minutes of each hour in which fewer instances serve than the target needs. */
  shortMinutes: Float64Array;
  /** Minutes of each hour in which the serving fleet is below the load itself (needs `instanceCapacityRps`). */
  overloadedMinutes: Float64Array;
  /** Instances in service at the hour's last minute: the count the hour settles to. */
  settledServing: Float64Array;
  /** Share of each hour's requests that arrive while no instance serves (they wait for one). */
  unservedShare: Float64Array;
  /** Longest wait of those requests in each hour, minutes. */
  unservedWaitMinutes: Float64Array;
  /** Instance-hours billed over the week. */
  instanceHoursPerWeek: number;
  /** The largest count the policy wanted before clamping to max. */
  unclampedPeak: number;
}

/** Instances the load needs at the target (at least the hour's minimum, at most max). */
function needed(rps: number, min: number, policy: TargetTrackingPolicy): { need: number; unclamped: number } {
  const unclamped = rps > 0 ? Math.ceil((rps * 60) / policy.targetInvocationsPerInstance - 1e-9) : 0;
  const floor = rps > 0 ? Math.max(min, 1) : min;
  return { need: Math.min(policy.max, Math.max(floor, unclamped)), unclamped };
}

/**
 * Simulates the policy over the week for hourly request rates (168 values, requests per second).
 * The recorded week is preceded by enough hours of Sunday to forget the starting state (the longest
 * memory is an alarm plus the cooldown plus a start-up). `everyMinute` steps every minute from a whole
 * week before, without skipping settled minutes: the same result, slower (tests compare them).
 */
export function simulateTargetTracking(
  rps: ArrayLike<number>,
  policy: TargetTrackingPolicy,
  everyMinute = false,
): TargetTrackingWeek {
  validate(rps, policy);
  const outAlarm = policy.scaleOutAlarmMinutes ?? LATENCY_DEFAULTS.scaleOutAlarmMinutes.value;
  const inAlarm = policy.scaleInAlarmMinutes ?? LATENCY_DEFAULTS.scaleInAlarmMinutes.value;
  const cooldown = (policy.scaleInCooldownSeconds ?? LATENCY_DEFAULTS.scaleInCooldownSeconds.value) / 60;
  const zeroDetect = policy.scaleFromZeroDetectionMinutes ?? LATENCY_DEFAULTS.scaleFromZeroDetectionMinutes.value;
  const billStartUp = policy.billStartUp ?? true;
  const capacityRps = policy.instanceCapacityRps;
  const minAt = (h: number) => (typeof policy.min === 'number' ? policy.min : policy.min[h]!);

  const out: TargetTrackingWeek = {
    billedInstances: new Float64Array(HOURS_PER_WEEK),
    servingInstances: new Float64Array(HOURS_PER_WEEK),
    minServing: new Float64Array(HOURS_PER_WEEK).fill(Infinity),
    shortMinutes: new Float64Array(HOURS_PER_WEEK),
    overloadedMinutes: new Float64Array(HOURS_PER_WEEK),
    settledServing: new Float64Array(HOURS_PER_WEEK),
    unservedShare: new Float64Array(HOURS_PER_WEEK),
    unservedWaitMinutes: new Float64Array(HOURS_PER_WEEK),
    instanceHoursPerWeek: 0,
    unclampedPeak: 0,
  };

  const needAt = new Float64Array(HOURS_PER_WEEK);
  const unclampedAt = new Float64Array(HOURS_PER_WEEK);
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const n = needed(rps[h]!, minAt(h), policy);
    needAt[h] = n.need;
    unclampedAt[h] = n.unclamped;
  }
  const memoryMinutes = outAlarm + inAlarm + cooldown + zeroDetect + policy.startUpMinutes;
  const warmUpHours = everyMinute
    ? HOURS_PER_WEEK
    : Math.min(HOURS_PER_WEEK, 2 + Math.ceil(memoryMinutes / MINUTES_PER_HOUR));
  const firstMinute = WEEK_MINUTES - warmUpHours * MINUTES_PER_HOUR;

  // State: instances in service, and the minutes at which starting instances will serve (sorted).
  let serving = needAt[(HOURS_PER_WEEK - warmUpHours + HOURS_PER_WEEK - 1) % HOURS_PER_WEEK]!;
  const starting: number[] = [];
  let desired = serving;
  let high = 0;
  let low = 0;
  let lastScaleIn = -Infinity;

  // Launch or remove to match the desired count (starting instances are removed first).
  const match = (t: number) => {
    const total = serving + starting.length;
    if (desired > total) for (let i = total; i < desired; i++) starting.push(t + policy.startUpMinutes);
    else if (desired < total) {
      let drop = total - desired;
      while (drop > 0 && starting.length > 0) {
        starting.pop();
        drop--;
      }
      serving -= drop;
    }
  };

  // Each minute: scheduled minimum, instances that finished starting, the minute's bill, then the
  // alarms on the minute's metric, whose action takes effect from the next minute.
  for (let t = firstMinute; t < 2 * WEEK_MINUTES; t++) {
    const record = t >= WEEK_MINUTES;
    const h = Math.floor((t % WEEK_MINUTES) / MINUTES_PER_HOUR);
    const r = rps[h]!;
    const min = minAt(h);
    if (desired < min) {
      desired = min;
      match(t);
    }
    while (starting.length > 0 && starting[0]! <= t) {
      starting.shift();
      serving++;
    }
    const need = needAt[h]!;
    if (record) {
      const unclamped = unclampedAt[h]!;
      if (unclamped > out.unclampedPeak) out.unclampedPeak = unclamped;
      out.billedInstances[h]! += (serving + (billStartUp ? starting.length : 0)) / MINUTES_PER_HOUR;
      out.servingInstances[h]! += serving / MINUTES_PER_HOUR;
      if (serving < out.minServing[h]!) out.minServing[h] = serving;
      if (serving < need) out.shortMinutes[h]!++;
      if (capacityRps !== undefined && r > 0 && serving * capacityRps <= r) out.overloadedMinutes[h]!++;
      if (t % MINUTES_PER_HOUR === MINUTES_PER_HOUR - 1) out.settledServing[h] = serving;
      if (r > 0 && serving === 0) {
        out.unservedShare[h]! += 1 / MINUTES_PER_HOUR;
        const until = starting.length > 0 ? starting[0]! - t : zeroDetect + policy.startUpMinutes;
        if (until > out.unservedWaitMinutes[h]!) out.unservedWaitMinutes[h] = until;
      }
    }
    // High alarm: invocations per serving instance above target (or a backlog with none serving).
    const over = serving === 0 ? r > 0 : (r * 60) / serving > policy.targetInvocationsPerInstance + 1e-9;
    high = over ? high + 1 : 0;
    if (high >= (serving === 0 ? zeroDetect : outAlarm) && need > desired) desired = need;
    // Low alarm: fewer instances would keep the metric at or under target.
    low = need < desired ? low + 1 : 0;
    if (low >= inAlarm && t - lastScaleIn >= cooldown) {
      desired = Math.max(need, min);
      lastScaleIn = t;
      low = 0;
    }
    match(t + 1);
    // Quiet minutes: until an instance finishes starting, an alarm fires or the hour ends, each minute
    // repeats this one (the same fleet, the same metric; only the alarm counters advance), so they are
    // added at once instead of minute by minute.
    const hourEnd = t - (t % MINUTES_PER_HOUR) + MINUTES_PER_HOUR - 1;
    if (!everyMinute && t < hourEnd) {
      let k = hourEnd - t;
      if (starting.length > 0) k = Math.min(k, Math.ceil(starting[0]! - 1e-9) - 1 - t);
      if (over && need > desired) k = Math.min(k, (serving === 0 ? zeroDetect : outAlarm) - high - 1);
      if (need < desired) {
        const fires = Math.max(inAlarm - low, Math.ceil(lastScaleIn + cooldown - t - 1e-9), 1);
        k = Math.min(k, fires - 1);
      }
      if (k > 0) {
        if (record) {
          const billed = serving + (billStartUp ? starting.length : 0);
          out.billedInstances[h]! += (k * billed) / MINUTES_PER_HOUR;
          out.servingInstances[h]! += (k * serving) / MINUTES_PER_HOUR;
          // A scale-in takes effect at once (match above), so the fleet may be smaller than at minute t.
          if (serving < out.minServing[h]!) out.minServing[h] = serving;
          if (serving < need) out.shortMinutes[h]! += k;
          if (capacityRps !== undefined && r > 0 && serving * capacityRps <= r) out.overloadedMinutes[h]! += k;
          if (t + k === hourEnd) out.settledServing[h] = serving;
          if (r > 0 && serving === 0) {
            out.unservedShare[h]! += k / MINUTES_PER_HOUR;
            // The wait only shrinks as the minutes pass: the first skipped minute has the longest.
            const until = starting.length > 0 ? starting[0]! - (t + 1) : zeroDetect + policy.startUpMinutes;
            if (until > out.unservedWaitMinutes[h]!) out.unservedWaitMinutes[h] = until;
          }
        }
        high = over ? high + k : 0;
        low = need < desired ? low + k : 0;
        t += k;
      }
    }
  }
  for (let h = 0; h < HOURS_PER_WEEK; h++) out.instanceHoursPerWeek += out.billedInstances[h]!;
  return out;
}

/** Rejects inputs the simulation cannot honour, naming the field. */
function validate(rps: ArrayLike<number>, policy: TargetTrackingPolicy): void {
  if (rps.length !== HOURS_PER_WEEK)
    throw new RangeError(`expected ${HOURS_PER_WEEK} hourly rates (got ${rps.length})`);
  const wholeAtLeast = (n: number, lo: number, what: string) => {
    if (!Number.isInteger(n) || n < lo) throw new RangeError(`${what} must be a whole number ≥ ${lo} (got ${n})`);
  };
  if (typeof policy.min === 'number') wholeAtLeast(policy.min, 0, 'autoscaling min');
  else {
    if (policy.min.length !== HOURS_PER_WEEK)
      throw new RangeError(`a scheduled minimum needs ${HOURS_PER_WEEK} hourly values (got ${policy.min.length})`);
    for (let h = 0; h < HOURS_PER_WEEK; h++) wholeAtLeast(policy.min[h]!, 0, `autoscaling min at hour ${h}`);
  }
  wholeAtLeast(policy.max, 1, 'autoscaling max');
  const maxMin = typeof policy.min === 'number' ? policy.min : Math.max(...Array.from(policy.min));
  if (maxMin > policy.max) throw new RangeError(`autoscaling min ${maxMin} exceeds max ${policy.max}`);
  if (!(policy.targetInvocationsPerInstance > 0))
    throw new RangeError('the target (invocations per instance per minute) must be positive');
  for (const [what, v] of [
    ['start-up minutes', policy.startUpMinutes],
    ['scale-out alarm periods', policy.scaleOutAlarmMinutes ?? 1],
    ['scale-in alarm periods', policy.scaleInAlarmMinutes ?? 1],
    ['scale-in cooldown', policy.scaleInCooldownSeconds ?? 0],
    ['scale-from-zero detection', policy.scaleFromZeroDetectionMinutes ?? 1],
    ['instance capacity', policy.instanceCapacityRps ?? 1],
  ] as const)
    if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(`${what} must be a finite number ≥ 0 (got ${v})`);
}
