/**
 * Target-tracking autoscaling over the week (Application Auto Scaling on
 * SageMakerVariantInvocationsPerInstance, or an Auto Scaling group on an equivalent metric).
 * Traffic is constant within each hour, so each hour needs ceil(invocations per minute / target)
 * instances, clamped to [min, max]. Scale-out is taken as immediate (a late scale-out costs latency,
 * not money); scale-in waits for the cooldown, so an hour after a drop still pays the previous count
 * for the cooldown minutes. The week wraps: Monday 00:00 follows Sunday 23:00.
 */

/** AWS's default scale-in cooldown, 300 s. */
export const DEFAULT_SCALE_IN_COOLDOWN_MINUTES = 5;

export interface AutoscalingPolicy {
  min: number;
  max: number;
  /** Invocations per minute per instance the policy aims for. */
  targetInvocationsPerInstance: number;
  scaleInCooldownMinutes?: number | undefined;
}

/** Instances the policy wants for a rate, before cooldown: 0 only when min is 0 and there is no traffic. */
export function desiredInstances(rps: number, policy: AutoscalingPolicy): number {
  if (rps <= 0) return policy.min;
  // The small epsilon keeps exact multiples (140 per minute at a target of 70) from rounding up to 3.
  const wanted = Math.ceil((rps * 60) / policy.targetInvocationsPerInstance - 1e-9);
  return Math.min(policy.max, Math.max(policy.min, 1, wanted));
}

/**
 * Average instances in service in each hour, written into `out` (168 entries); returns the largest
 * count the policy wanted before clamping to max, so callers can tell whether max is enough.
 * `scale` multiplies the rates (one endpoint's share of the traffic) without copying the week.
 */
export function simulateAutoscaling(rps: Float64Array, policy: AutoscalingPolicy, out: number[], scale = 1): number {
  const cooldownShare = Math.min(60, policy.scaleInCooldownMinutes ?? DEFAULT_SCALE_IN_COOLDOWN_MINUTES) / 60;
  let prev = desiredInstances(rps[rps.length - 1]! * scale, policy);
  let unclampedPeak = 0;
  for (let h = 0; h < out.length; h++) {
    const r = rps[h]! * scale;
    const want = r > 0 ? Math.ceil((r * 60) / policy.targetInvocationsPerInstance - 1e-9) : 0;
    if (want > unclampedPeak) unclampedPeak = want;
    const desired = desiredInstances(r, policy);
    out[h] = desired >= prev ? desired : prev * cooldownShare + desired * (1 - cooldownShare);
    prev = desired;
  }
  return unclampedPeak;
}

/** A fixed fleet: the same count every hour. */
export function fixedInstances(count: number, out: number[]): void {
  for (let h = 0; h < out.length; h++) out[h] = count;
}
