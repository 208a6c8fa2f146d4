/**
 * Target-tracking autoscaling over the week as AWS times it (Application Auto Scaling on
 * SageMakerVariantInvocationsPerInstance, or an Auto Scaling group on an equivalent metric). The same
 * minute-by-minute simulation (latency/targetTracking.ts) bills the instance-hours and drives the
 * latency model, so the bill and the latency describe the same fleet:
 * - scale out when the high alarm fires, after 3 one-minute periods above target (AWS default);
 * - scale in when the low alarm fires, after 15 one-minute periods below target (AWS default), and
 *   not again before the scale-in cooldown (300 s, AWS default);
 *   (Application Auto Scaling User Guide, "How target tracking scaling for Application Auto Scaling
 *   works" and "Define cooldown periods"; the target tracking policy's alarms are the ones it creates
 *   and manages, with 3 and 15 datapoints);
 * - a new instance serves after a stated start-up time and is billed from its launch.
 * Each default can be edited on the autoscaling block (scaleOutAlarmMinutes, scaleInAlarmMinutes,
 * scaleInCooldownMinutes, startUpMinutes).
 */
import type { Autoscaling } from '../../project/fields';
import { HOURS_PER_WEEK } from '../results';
import { LATENCY_DEFAULTS } from '../latency/defaults';
import { weekOfHourly } from '../latency/schedule';
import { simulateTargetTracking, type TargetTrackingWeek } from '../latency/targetTracking';
import type { WeekProfile } from '../traffic/week';

/** Minutes a new instance takes before it serves, by hosting family, when the block states none. */
export function defaultStartUpMinutes(sageMaker: boolean): number {
  return sageMaker
    ? LATENCY_DEFAULTS.sageMakerInstanceStartMinutes.value
    : LATENCY_DEFAULTS.ec2InstanceStartMinutes.value;
}

/** The start-up the fleet uses: the block's own, else the hosting family's estimate. */
export function startUpMinutesOf(a: Autoscaling, sageMaker: boolean): number {
  return a.startUpMinutes ?? defaultStartUpMinutes(sageMaker);
}

/** The minimum as 168 hourly values, or the single count (a 24-value schedule repeats every day). */
function minimumOf(a: Autoscaling): number | Float64Array {
  return typeof a.min === 'number' ? a.min : weekOfHourly(a.min);
}

/** The smallest minimum of any hour (the floor the hosting's own minimum is checked against). */
export function lowestMinimum(a: Autoscaling): number {
  return typeof a.min === 'number' ? a.min : Math.min(...a.min);
}

/** "1", or "by hour (1–3)" for a scheduled minimum. */
export function describeMinimum(a: Autoscaling): string {
  if (typeof a.min === 'number') return String(a.min);
  return `by hour (${lowestMinimum(a)}–${Math.max(...a.min)})`;
}

/** The policy as a key: every field that changes the simulation. */
export function policyKey(a: Autoscaling): string {
  const min = typeof a.min === 'number' ? a.min : a.min.join(',');
  return `${min}/${a.max}/${a.targetInvocationsPerInstance}/${a.scaleInCooldownMinutes ?? ''}/${a.scaleOutAlarmMinutes ?? ''}/${a.scaleInAlarmMinutes ?? ''}/${a.startUpMinutes ?? ''}`;
}

/**
 * The simulated fleet of one endpoint taking `share` of the week's traffic, worked out once per week
 * and policy (the week's `derived` map): every way to pay, the latency model and the optimizer's cost
 * floor read the same run. `capacityRps` (what one instance carries) only adds the overloaded minutes.
 */
export function autoscaledFleet(
  week: WeekProfile,
  a: Autoscaling,
  share: number,
  startUpMinutes: number,
  capacityRps?: number,
): TargetTrackingWeek {
  const key = `target-tracking|${share}|${policyKey(a)}|${startUpMinutes}|${capacityRps ?? ''}`;
  const known = week.derived.get(key) as TargetTrackingWeek | undefined;
  if (known) return known;
  const rps = share === 1 ? week.rps : week.rps.map((r) => r * share);
  const fleet = simulateTargetTracking(rps, {
    min: minimumOf(a),
    max: a.max,
    targetInvocationsPerInstance: a.targetInvocationsPerInstance,
    scaleInCooldownSeconds: a.scaleInCooldownMinutes === undefined ? undefined : a.scaleInCooldownMinutes * 60,
    scaleOutAlarmMinutes: a.scaleOutAlarmMinutes,
    scaleInAlarmMinutes: a.scaleInAlarmMinutes,
    startUpMinutes,
    instanceCapacityRps: capacityRps,
  });
  week.derived.set(key, fleet);
  return fleet;
}

/**
 * Mean instances billed in each hour of one endpoint's fleet, written into `out` (168 entries);
 * returns the largest count the policy wanted before clamping to max, so callers can tell whether
 * max is enough.
 */
export function billedInstances(fleet: TargetTrackingWeek, out: number[]): number {
  for (let h = 0; h < HOURS_PER_WEEK; h++) out[h] = fleet.billedInstances[h]!;
  return fleet.unclampedPeak;
}

/** A fixed fleet: the same count every hour. */
export function fixedInstances(count: number, out: number[]): void {
  for (let h = 0; h < out.length; h++) out[h] = count;
}

/** The project fields that set the timing, for the technical detail beside the note. */
export const SCALING_TIMING_FIELDS =
  'hosting.autoscaling.scaleOutAlarmMinutes, scaleInAlarmMinutes, scaleInCooldownMinutes, startUpMinutes';

/**
 * The scaling timing the bill assumes, in words, each figure marked AWS's default, the user's, or
 * an estimate: "Autoscaling as AWS times it: scale out after 3 min above target (AWS default), …".
 */
export function scalingTimingNote(a: Autoscaling, sageMaker: boolean): string {
  const d = LATENCY_DEFAULTS;
  const given = (v: number | undefined, fallback: number, unit: string, what: string) =>
    `${v ?? fallback} ${unit}${v === undefined ? ` (${what})` : ''}`;
  const out = given(a.scaleOutAlarmMinutes, d.scaleOutAlarmMinutes.value, 'min', 'AWS default');
  const inAlarm = given(a.scaleInAlarmMinutes, d.scaleInAlarmMinutes.value, 'min', 'AWS default');
  const cooldown = given(a.scaleInCooldownMinutes, d.scaleInCooldownSeconds.value / 60, 'min', 'AWS default');
  const start = given(a.startUpMinutes, defaultStartUpMinutes(sageMaker), 'min', 'an estimate');
  return `Autoscaling billed as AWS times it: scale out after ${out} above target, scale in after ${inAlarm} below target and a ${cooldown} scale-in cooldown; new instances serve after ${start} of start-up, billed from launch, while the fleet already in service carries the load`;
}
