/**
 * The optimizer: the cheapest feasible design over every instance type the catalog prices for a
 * hosting type, × every purchase that applies, × the regions asked for. Each instance type is sized
 * by the same autoscaling rule, and the workload's week is expanded once for all of them.
 *
 * Most designs of a sweep cannot be among the cheapest, so each one gets a cost floor first (its
 * instance-hours at the lowest rate its purchase can bill; costFloor.ts) and is estimated only when
 * that floor does not exceed the cost of the `keep`-th best design found so far. A few designs with
 * the lowest floors are estimated up front so that bar is low from the start. Designs are still
 * considered in the same order as a full sweep and a skipped design always costs strictly more than
 * the final `keep`-th best, so the result is the same as estimating everything.
 */
import type { PriceCatalog } from '../../prices/catalog';
import { priceKeys } from '../../prices/keys';
import type { Design, Purchase, Workload } from '../model';
import { estimateInWeek } from '../estimate';
import { compareEstimates } from '../analysis/rank';
import type { InstanceHostingDefinition } from '../definitions';
import { DEFAULT_SWEEP_HOSTING, instanceHostingDefinition, type InstanceHostingType } from '../hosting';
import type { DesignEstimate } from '../results';
import { checkCommonFeasibility } from '../feasibility/common';
import { createContext } from '../pricing/context';
import { weekOf, type WeekProfile } from '../traffic/week';
import {
  createFleetHoursMemo,
  fixedMonthlyFloor,
  hourlyRateFloor,
  monthlyInstanceHours,
  onDemandInstance,
} from './costFloor';
import { sweepTypes } from './instanceTypes';
import { createOptimizerMemo, type OptimizerMemo } from './memo';
import { sizeAutoscaling } from './sizing';
import { hasMeasuredThroughput } from '../gpu/fitCheck';
import type { ModelFit } from '../gpu/fit';
import { workloadModelFit } from '../gpu/instanceModel';
import { measuredByType, measuredFor, type MeasuredByType, type MeasuredThroughput } from './measured';

export interface OptimizeOptions {
  /** Regions to search (default: the project region only). */
  regions?: string[];
  /** Hosting types to search (default: real-time endpoints). */
  hostingTypes?: InstanceHostingType[];
  /** How many of the cheapest feasible candidates to return (default 10). */
  keep?: number;
  /** Estimate every design, without cost floors (for checking that the floors change nothing). */
  exhaustive?: boolean;
  /**
   * What to remember between sweeps of the same catalog (instance types, on-demand rates); by default
   * a fresh memo per call. It must have been made for `catalog`.
   */
  memo?: OptimizerMemo;
  /**
   * Throughput measured on instance types (load tests): designs on those types are sized from the
   * measurement and carry it, with its source, instead of the estimate.
   */
  measured?: ReadonlyArray<MeasuredThroughput>;
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
  /** Designs considered: estimated, or ruled out by a cost floor above the cheapest ones. */
  evaluated: number;
  /** Designs actually estimated (at most `evaluated`). */
  estimated: number;
}

/** One design of the sweep, with its cost floor (null = unknown: always estimated). */
interface SweepItem {
  design: Design;
  floor: number | null;
  estimate?: DesignEstimate;
}

/** Designs estimated before the sweep to set the bar: the lowest floors, a few beyond `keep`. */
const SEED_EXTRA = 4;

/** Relative slack on the bar, so rounding never skips a design that ties the bar (ties rank by name). */
const FLOOR_SLACK = 1e-9;

/** Where the catalog prices the hosting type's instances: SageMaker types by their Hosting price, else EC2's. */
function instancePrefix(hosting: InstanceHostingDefinition, region: string): string {
  return hosting.instances.component
    ? priceKeys.sageMakerInstance(region, 'Hosting', '')
    : priceKeys.ec2OnDemand(region, '');
}

/**
 * True when every design of a hosting type, region and purchase fails the checks that do not depend
 * on the instance type (latency target of a queued endpoint, payload limits, a purchase that does not
 * apply...): the engine's own common checks on a probe design. An estimate only ever adds reasons, so
 * none of those designs can be feasible.
 */
function ruledOutForAnyType(
  workload: Workload,
  week: WeekProfile,
  catalog: PriceCatalog,
  region: string,
  projectRegion: string,
  hosting: InstanceHostingDefinition,
  purchase: Purchase,
): boolean {
  const probe = { name: 'probe', hosting: { type: hosting.type, instanceType: '', region }, purchase } as Design;
  const ctx = createContext(probe, workload, week, catalog, region);
  checkCommonFeasibility(ctx, projectRegion);
  return ctx.reasons.length > 0;
}

/** Every design of the sweep in sweep order (region, hosting, instance type, purchase), with its floor. */
function sweepItems(
  workload: Workload,
  week: WeekProfile,
  memo: OptimizerMemo,
  projectRegion: string,
  regions: string[],
  hostings: ReadonlyArray<InstanceHostingDefinition>,
  withFloors: boolean,
  measured: MeasuredByType,
): SweepItem[] {
  const catalog = memo.catalog;
  const fleetHours = createFleetHoursMemo();
  // One fit per instance type: the same hardware under every hosting type and region.
  const fits = new Map<string, ModelFit>();
  const items: SweepItem[] = [];
  for (const region of regions)
    for (const hosting of hostings) {
      // Every variant of every way to pay the hosting accepts, for the terms the workload allows.
      const purchases: Purchase[] = hosting.purchases.flatMap((way) => way.sweep(workload) as Purchase[]);
      const ruledOut = purchases.map(
        (p) => withFloors && ruledOutForAnyType(workload, week, catalog, region, projectRegion, hosting, p),
      );
      const fixed = withFloors ? fixedMonthlyFloor(memo, region, hosting) : 0;
      // A fleet that may scale to zero keeps one instance when the week never idles.
      const min = hosting.limits.minInstances === 0 ? (week.minRps > 0 ? 1 : 0) : 1;
      for (const { instanceType, spec } of sweepTypes(memo, instancePrefix(hosting, region))) {
        // The estimate's own fit rule (accelerator memory across one instance's devices for a GPU
        // model, host RAM for a CPU one): a type the model does not fit, or whose fit cannot be
        // checked without a measurement taken on it, is never feasible, so it is not swept.
        const bare = instanceType.replace(/^ml\./, '');
        let fit = fits.get(bare);
        if (!fit) fits.set(bare, (fit = workloadModelFit(workload, spec)));
        const given = measuredFor(measured, instanceType);
        if (fit.status !== 'fits' && !(fit.status === 'unknown' && given && hasMeasuredThroughput(given))) continue;
        const autoscaling = sizeAutoscaling(workload, week, spec, min, fit, given);
        if (!autoscaling) continue;
        const od = withFloors ? onDemandInstance(memo, region, hosting, instanceType) : null;
        const hours =
          od === null || od.hourly === null
            ? 0
            : monthlyInstanceHours(workload, week, hosting, autoscaling, fleetHours);
        purchases.forEach((purchase, i) => {
          const rate = ruledOut[i]
            ? Infinity
            : od === null || od.hourly === null
              ? null
              : hourlyRateFloor(memo, region, hosting, od.ref, purchase, od.hourly);
          items.push({
            design: {
              name: `${hosting.type} ${instanceType} ${purchase.type}`,
              hosting: { type: hosting.type, instanceType, autoscaling, ...given, region },
              purchase,
            } as Design,
            floor: rate === null ? null : fixed + hours * rate,
          });
        });
      }
    }
  return items;
}

/** Searches instance types × purchases × regions for the cheapest feasible design. */
export function optimizeDesign(
  workload: Workload,
  catalog: PriceCatalog,
  projectRegion: string,
  options: OptimizeOptions = {},
): OptimizerResult {
  const regions = options.regions ?? [projectRegion];
  const hostings = (options.hostingTypes ?? [DEFAULT_SWEEP_HOSTING]).map(instanceHostingDefinition);
  const keep = options.keep ?? 10;
  const memo = options.memo ?? createOptimizerMemo(catalog);
  if (memo.catalog !== catalog) throw new Error('optimizeDesign: the memo was made for another price catalog');
  const week = weekOf(workload);
  const measured = measuredByType(options.measured);
  const items = sweepItems(workload, week, memo, projectRegion, regions, hostings, !options.exhaustive, measured);
  let estimated = 0;
  const estimateOf = (item: SweepItem): DesignEstimate => {
    if (!item.estimate) {
      item.estimate = estimateInWeek(item.design, workload, week, catalog, projectRegion);
      estimated++;
    }
    return item.estimate;
  };
  const priced = (e: DesignEstimate): e is DesignEstimate & { monthlyUsd: number } =>
    e.feasible && e.monthlyUsd !== null;

  // The bar from the seeds: the keep-th cheapest of them bounds the final keep-th cheapest from above.
  let seedBar = Infinity;
  if (!options.exhaustive) {
    const seeds = items
      .filter((i) => i.floor !== null && i.floor !== Infinity)
      .sort((a, b) => a.floor! - b.floor!)
      .slice(0, keep + SEED_EXTRA);
    const costs = seeds
      .map(estimateOf)
      .filter(priced)
      .map((e) => e.monthlyUsd)
      .sort((a, b) => a - b);
    if (keep > 0 && costs.length >= keep) seedBar = costs[keep - 1]!;
  }

  const top: Candidate[] = [];
  for (const item of items) {
    if (item.floor !== null) {
      const bar = Math.min(seedBar, top.length >= keep ? top[top.length - 1]!.estimate.monthlyUsd! : Infinity);
      // Never ranks (Infinity), or strictly above the bar (with slack): it cannot be among the keep cheapest.
      if (item.floor === Infinity || item.floor > bar * (1 + FLOOR_SLACK) + FLOOR_SLACK) continue;
    }
    const estimate = estimateOf(item);
    if (!priced(estimate)) continue;
    if (top.length < keep || compareEstimates(estimate, top[top.length - 1]!.estimate) < 0) {
      top.push({ design: item.design, estimate });
      top.sort((a, b) => compareEstimates(a.estimate, b.estimate));
      if (top.length > keep) top.pop();
    }
  }
  return { best: top[0] ?? null, top, evaluated: items.length, estimated };
}
