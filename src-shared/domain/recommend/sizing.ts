/** Sizing rules the recommender and optimizer use to turn a workload into concrete design parameters. */
import type { InstanceSpec } from '../../prices/catalog';
import type { ModelFit } from '../gpu/fit';
import { workloadThroughput } from '../gpu/instanceModel';
import type { ThroughputFields } from '../gpu/throughput';
import type { Autoscaling, Workload } from '../model';
import type { WeekProfile } from '../traffic/week';

/**
 * Share of an instance's throughput the autoscaling target aims at: 70% leaves headroom for bursts
 * within a minute and for the minutes a scale-out takes (AWS's own example target is 70 invocations).
 */
export const TARGET_UTILIZATION = 0.7;

/**
 * An autoscaling policy for a workload on an instance type, or null when the type cannot be sized.
 * One instance's rate is the estimate's own: the measurement when `measured` has one,
 * else the stated estimate for the model that fits (`fit`; bandwidth-bound decoding for an LLM, the
 * worker rule otherwise), so the fleet the sweep sizes is the fleet the estimate checks.
 */
export function sizeAutoscaling(
  workload: Workload,
  week: WeekProfile,
  spec: InstanceSpec | undefined,
  min: number,
  fit?: ModelFit,
  measured: ThroughputFields = {},
): Autoscaling | null {
  const t = workloadThroughput(measured, workload, spec, fit);
  if (!t) return null;
  const target = Math.max(1, Math.floor(t.requestsPerSecond * 60 * TARGET_UTILIZATION));
  const max = Math.max(1, min, Math.ceil((week.peakRps * 60) / target - 1e-9));
  return { min, max, targetInvocationsPerInstance: target };
}
