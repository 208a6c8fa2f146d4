/** Sizing rules the recommender and optimizer use to turn a workload into concrete design parameters. */
import type { InstanceSpec } from '../../prices/catalog';
import type { Autoscaling, Purchase, Workload } from '../../project/schema';
import { instanceThroughput } from '../capacity/throughput';
import { USABLE_MEMORY_SHARE } from '../hostingLimits';
import type { WeekProfile } from '../traffic/week';
import { MB_PER_GB } from '../units';

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

/** Smallest serverless memory (1 GB steps, 1-6 GB) that holds the model, capped at 6144 MB. */
export function serverlessMemoryFor(workload: Workload): number {
  const needed = (workload.models.sizeGB * MB_PER_GB) / USABLE_MEMORY_SHARE;
  return Math.min(6144, Math.max(1024, Math.ceil(needed / 1024) * 1024));
}

/** Smallest Lambda memory (64 MB steps from 1024 MB) that holds the model, capped at 10,240 MB. */
export function lambdaMemoryFor(workload: Workload): number {
  const needed = (workload.models.sizeGB * MB_PER_GB) / USABLE_MEMORY_SHARE;
  return Math.min(10240, Math.max(1024, Math.ceil(needed / 64) * 64));
}

/** The commitment terms a workload allows: none for 0 years, 1-year for 1, 1- and 3-year for 3. */
export function allowedTerms(workload: Workload): Array<1 | 3> {
  return workload.commitmentYears === 0 ? [] : workload.commitmentYears === 1 ? [1] : [1, 3];
}

const PAYMENTS = ['no-upfront', 'partial-upfront', 'all-upfront'] as const;

/** Every purchase the optimizer tries for a hosting family: on-demand plus the commitments the workload allows. */
export function purchaseOptions(family: 'sagemaker' | 'ec2', workload: Workload): Purchase[] {
  const out: Purchase[] = [{ type: 'on-demand' }];
  for (const termYears of allowedTerms(workload))
    for (const payment of PAYMENTS) {
      if (family === 'sagemaker') out.push({ type: 'sagemaker-savings-plan', termYears, payment });
      else {
        out.push({ type: 'compute-savings-plan', termYears, payment });
        out.push({ type: 'ec2-instance-savings-plan', termYears, payment });
        for (const offeringClass of ['standard', 'convertible'] as const)
          out.push({ type: 'reserved-instance', termYears, payment, offeringClass });
      }
    }
  if (family === 'ec2' && workload.interruptible) out.push({ type: 'spot' });
  return out;
}
