/**
 * What the optimizer may remember between sweeps of one catalog: the instance types worth sweeping
 * and their on-demand rates. The domain keeps no state of its own; a caller that sweeps often (the
 * recommender on every workload change) creates one memo per catalog and passes it in.
 */
import type { InstanceSpec, PriceCatalog } from '../../prices/catalog';
import type { InstanceRef } from '../definitions';

/** An instance type with the hardware facts the sizing rules read (see instanceTypes.ts). */
export interface SweepType {
  instanceType: string;
  spec: InstanceSpec;
}

export interface OptimizerMemo {
  /** The catalog the memo was made for; a sweep over another catalog refuses it. */
  readonly catalog: PriceCatalog;
  /** On-demand rates by region, SageMaker component (or EC2) and instance type. */
  readonly onDemand: Map<string, { ref: InstanceRef; hourly: number | null }>;
  /** Instance types worth sweeping, by price-key prefix. */
  readonly sweepTypes: Map<string, ReadonlyArray<SweepType>>;
}

/** An empty memo for sweeps over `catalog`. */
export function createOptimizerMemo(catalog: PriceCatalog): OptimizerMemo {
  return { catalog, onDemand: new Map(), sweepTypes: new Map() };
}
