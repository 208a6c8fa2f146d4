/** Sizing rules the recommender and optimizer use to turn a workload into concrete design parameters. */
import type { InstanceSpec } from '../../prices/catalog';
import type { Autoscaling, Workload } from '../model';
import { instanceThroughput } from '../capacity/throughput';
import type { WeekProfile } from '../traffic/week';

/**
 * Share of an instance's throughput the autoscaling target aims at: 70% leaves headroom for bursts
 * within a minute and for the minutes a scale-out takes (AWS's own example target is 70 invocations).
 */
export const TARGET_UTILIZATION = 0.7;

/** An autoscaling policy for a workload on an instance type, or null when the type cannot be sized. */
export function sizeAutoscaling(
  workload: Workload,
  week: WeekProfile,
  spec: InstanceSpec | undefined,
  min: number,
): Autoscaling | null {
  const t = instanceThroughput({}, spec, workload.inferenceMs);
  if (!t) return null;
  const target = Math.max(1, Math.floor(t.rps * 60 * TARGET_UTILIZATION));
  const max = Math.max(1, min, Math.ceil((week.peakRps * 60) / target - 1e-9));
  return { min, max, targetInvocationsPerInstance: target };
}
