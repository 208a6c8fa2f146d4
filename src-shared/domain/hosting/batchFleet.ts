/**
 * Sizing a batch transform fleet for a scheduled job at the lowest cost: for every instance type
 * batch transform prices in the region (with hardware facts and room for the model), the fewest
 * instances that finish each run inside its window, and what that costs a month; the cheapest wins.
 * On one type the fewest instances are also the cheapest: each run costs records ÷ throughput
 * instance-hours whatever the count, plus one start-up per instance.
 */
import type { PriceCatalog } from '../../prices/catalog';
import { priceKeys } from '../../prices/keys';
import type { Workload } from '../model';
import { needsCompiledModel, resolveInstanceSpec } from '../capacity/instanceNames';
import { sageMakerInstanceQuote } from '../costs/instanceRate';
import { workloadModelFit, workloadThroughput } from '../gpu/instanceModel';
import { smallestBatchFleet, type BatchJob } from '../latency/batchJob';
import { ratePerBase } from '../pricing/lineItems';

/** The cheapest fleet found: its type, count, one run's hours and the month's on-demand instance cost. */
export interface BatchFleetChoice {
  instanceType: string;
  instanceCount: number;
  runHours: number;
  monthlyUsd: number;
}

/**
 * The instance type and count that meet the window at the lowest on-demand cost a month, or null
 * when no priced type can (then the caller falls back to a default and the estimate says why).
 */
export function cheapestBatchFleet(
  workload: Workload,
  job: BatchJob,
  catalog: PriceCatalog,
  region: string,
): BatchFleetChoice | null {
  const prefix = priceKeys.sageMakerInstance(region, 'BatchTransform', '');
  // Types with only a hosting price are batch-priced like hosting (sageMakerInstanceQuote's rule).
  const hostingPrefix = priceKeys.sageMakerInstance(region, 'Hosting', '');
  const types = new Set<string>();
  for (const p of [prefix, hostingPrefix]) for (const key of catalog.keysWithPrefix(p)) types.add(key.slice(p.length));
  let best: BatchFleetChoice | null = null;
  for (const instanceType of [...types].sort()) {
    if (needsCompiledModel(instanceType)) continue;
    const spec = resolveInstanceSpec(catalog, instanceType);
    if (!spec || (workload.needsGpu && spec.gpuCount === 0)) continue;
    const fit = workloadModelFit(workload, spec);
    if (fit.status !== 'fits') continue;
    const t = workloadThroughput({}, workload, spec, fit);
    if (!t) continue;
    const hourly = ratePerBase(sageMakerInstanceQuote(catalog, region, 'BatchTransform', instanceType, []), 'hours');
    if (hourly === null) continue;
    const sized = smallestBatchFleet(job, t.requestsPerSecond);
    if (!sized.ok) continue;
    const monthlyUsd = sized.run.instanceHoursPerMonth * hourly;
    if (!best || monthlyUsd < best.monthlyUsd - 1e-9)
      best = { instanceType, instanceCount: sized.instanceCount, runHours: sized.run.runHours, monthlyUsd };
  }
  return best;
}
