/**
 * Throughput measured on an instance type (a load test, a vendor benchmark) carried into the
 * recommender: a sweep design on that type is sized from the measurement and labelled with its source,
 * instead of the estimate. A measurement belongs to the hardware, so a figure taken on ml.g5.2xlarge
 * serves g5.2xlarge on EC2 and EKS too.
 */
import type { ThroughputFields } from '../gpu/throughput';
import { hasMeasuredThroughput } from '../gpu/fitCheck';

/** One instance type's measured throughput (the instance hosting's throughput fields). */
export interface MeasuredThroughput extends ThroughputFields {
  instanceType: string;
}

/** The instance type without SageMaker's "ml." prefix: the hardware a measurement was taken on. */
function bare(instanceType: string): string {
  return instanceType.replace(/^ml\./, '');
}

/**
 * The measurements among a project's designs: every instance-based design with a throughput figure
 * and its `throughputSource` (a figure without a source is an estimate and is not carried). The first
 * design of each instance type wins, in the project's order.
 */
export function measuredThroughputOf(designs: ReadonlyArray<{ hosting: object }>): MeasuredThroughput[] {
  const out = new Map<string, MeasuredThroughput>();
  for (const d of designs) {
    const h = d.hosting as Partial<MeasuredThroughput>;
    if (typeof h.instanceType !== 'string' || !hasMeasuredThroughput(h)) continue;
    const key = bare(h.instanceType);
    if (out.has(key)) continue;
    out.set(key, {
      instanceType: key,
      ...(h.concurrencyPerInstance !== undefined ? { concurrencyPerInstance: h.concurrencyPerInstance } : {}),
      ...(h.maxRequestsPerSecondPerInstance !== undefined
        ? { maxRequestsPerSecondPerInstance: h.maxRequestsPerSecondPerInstance }
        : {}),
      ...(h.maxOutputTokensPerSecondPerInstance !== undefined
        ? { maxOutputTokensPerSecondPerInstance: h.maxOutputTokensPerSecondPerInstance }
        : {}),
      throughputSource: h.throughputSource,
    });
  }
  return [...out.values()];
}

/** Measurements by bare instance type, for the sweep to look up. */
export type MeasuredByType = ReadonlyMap<string, ThroughputFields>;

/** Indexes measurements by the hardware they were taken on. */
export function measuredByType(list: ReadonlyArray<MeasuredThroughput> | undefined): MeasuredByType {
  const m = new Map<string, ThroughputFields>();
  for (const { instanceType, ...fields } of list ?? [])
    if (!m.has(bare(instanceType))) m.set(bare(instanceType), fields);
  return m;
}

/** The measurement for an instance type (either naming), or undefined. */
export function measuredFor(m: MeasuredByType, instanceType: string): ThroughputFields | undefined {
  return m.get(bare(instanceType));
}
