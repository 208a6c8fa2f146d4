/**
 * The optimizer: the cheapest feasible design over every instance type the catalog prices for a
 * hosting type, × every purchase that applies, × the regions asked for. Each instance type is sized
 * by the same autoscaling rule, and the workload's week is expanded once (cached) for all of them.
 */
import { needsCompiledModel, resolveInstanceSpec } from '../capacity/instanceNames';
import type { PriceCatalog } from '../../prices/catalog';
import type { Design, Workload } from '../../project/schema';
import { estimateDesign } from '../estimate';
import { compareEstimates } from '../analysis/rank';
import type { DesignEstimate } from '../results';
import { weekOf } from '../traffic/week';
import { purchaseOptions, sizeAutoscaling } from './sizing';

/** Instance-based hosting types the optimizer can sweep. */
export type SweepHosting =
  'sagemaker-realtime' | 'sagemaker-multi-model' | 'sagemaker-multi-container' | 'sagemaker-async' | 'ec2' | 'eks';

export interface OptimizeOptions {
  /** Regions to search (default: the project region only). */
  regions?: string[];
  /** Hosting types to search (default: real-time endpoints). */
  hostingTypes?: SweepHosting[];
  /** How many of the cheapest feasible candidates to return (default 10). */
  keep?: number;
}

export interface Candidate {
  design: Design;
  estimate: DesignEstimate;
}

export interface OptimizerResult {
  /** The cheapest feasible, priced design, or null when none is. */
  best: Candidate | null;
  /** The cheapest feasible candidates, ranked. */
  top: Candidate[];
  /** Designs estimated. */
  evaluated: number;
}

function instancePrefix(hosting: SweepHosting, region: string): string {
  return hosting.startsWith('sagemaker-') ? `sagemaker/${region}/instance/Hosting/` : `ec2/${region}/on-demand/`;
}

/** Searches instance types × purchases × regions for the cheapest feasible design. */
export function optimizeDesign(
  workload: Workload,
  catalog: PriceCatalog,
  projectRegion: string,
  options: OptimizeOptions = {},
): OptimizerResult {
  const regions = options.regions ?? [projectRegion];
  const hostings = options.hostingTypes ?? ['sagemaker-realtime'];
  const keep = options.keep ?? 10;
  const week = weekOf(workload);
  const top: Candidate[] = [];
  let evaluated = 0;
  for (const region of regions)
    for (const hosting of hostings) {
      const prefix = instancePrefix(hosting, region);
      const family = hosting.startsWith('sagemaker-') ? 'sagemaker' : 'ec2';
      const purchases = purchaseOptions(family, workload);
      const min = hosting === 'sagemaker-async' || family === 'ec2' ? (week.minRps > 0 ? 1 : 0) : 1;
      for (const key of catalog.keysWithPrefix(prefix)) {
        const instanceType = key.slice(prefix.length);
        const spec = resolveInstanceSpec(catalog, instanceType);
        // Cheap pre-checks the estimate would also fail on, and accelerators that need a compiled model: skip.
        if (!spec || needsCompiledModel(instanceType) || (workload.needsGpu && spec.gpuCount === 0)) continue;
        const autoscaling = sizeAutoscaling(workload, week, spec, min);
        if (!autoscaling) continue;
        for (const purchase of purchases) {
          const design: Design = {
            name: `${hosting} ${instanceType} ${purchase.type}`,
            hosting: { type: hosting, instanceType, autoscaling, region },
            purchase,
          } as Design;
          const estimate = estimateDesign(design, workload, catalog, projectRegion);
          evaluated++;
          if (!estimate.feasible || estimate.monthlyUsd === null) continue;
          if (top.length < keep || compareEstimates(estimate, top[top.length - 1]!.estimate) < 0) {
            top.push({ design, estimate });
            top.sort((a, b) => compareEstimates(a.estimate, b.estimate));
            if (top.length > keep) top.pop();
          }
        }
      }
    }
  return { best: top[0] ?? null, top, evaluated };
}
