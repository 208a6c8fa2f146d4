/**
 * A floor under an instance-based design's monthly cost, cheap enough to compute before estimating,
 * so the optimizer can skip designs that cannot beat the cheapest ones it already has. Only the
 * instance-hours are counted (every other line — storage, data, cluster fee — adds to the cost), and
 * each instance-hour at the lowest rate the purchase can bill it at (the way to pay's own rate, the
same one the estimate prices with):
 * - on-demand (and a purchase that does not apply to the hosting, which is priced on-demand): the rate;
 * - a Savings Plan: each hour costs commitment + excess at on-demand, which is at least the usage at
 *   min(plan rate, on-demand) whatever the commitment;
 * - reserved instances: reserved hours at the amortized rate plus the rest at on-demand, at least
 *   every hour at min(amortized, on-demand);
 * - spot: the spot rate.
 * A cluster fee (EKS) is added, the same for every node type.
 * A purchase whose rate is neither in the catalog nor entered by the user (a discount, a spot price)
 * cannot be priced, so its design never ranks: its floor is Infinity. Any other case the floor does
 * not model gives null (unknown) and the design is estimated, so skipping a design never changes the
 * optimizer's answer (tests/shared/domain/recommend-pruning.test.ts checks this against a full sweep).
 */
import { autoscaledFleet, policyKey, startUpMinutesOf } from '../capacity/autoscaling';
import { instanceRef } from '../costs/instanceRate';
import type { InstanceHostingDefinition, InstanceRef } from '../definitions';
import type { Autoscaling, Purchase, Workload } from '../model';
import { ratePerBase } from '../pricing/lineItems';
import { quote } from '../pricing/quotes';
import { HOURS_PER_MONTH, WEEKS_PER_MONTH } from '../results';
import type { WeekProfile } from '../traffic/week';
import type { OptimizerMemo } from './memo';

/** What one sweep remembers of its week: instance-hours per fleet policy. */
export interface FleetHoursMemo {
  /** Instance types of the same throughput share a policy, so most sweeps simulate a few dozen fleets. */
  byPolicy: Map<string, number>;
}

/** An empty fleet-hours memo, for one sweep of one week. */
export function createFleetHoursMemo(): FleetHoursMemo {
  return { byPolicy: new Map() };
}

/**
 * Instance-hours a month of an autoscaled fleet: the same target-tracking run and per-endpoint split
 * the estimate bills (real-time and async endpoints host one model each).
 */
export function monthlyInstanceHours(
  workload: Workload,
  week: WeekProfile,
  hosting: InstanceHostingDefinition,
  autoscaling: Autoscaling,
  memo: FleetHoursMemo,
): number {
  const endpoints = hosting.instances.endpointPerModel ? workload.models.count : 1;
  const sageMaker = hosting.instances.component !== null;
  const key = `${endpoints}/${sageMaker}/${policyKey(autoscaling)}`;
  let hours = memo.byPolicy.get(key);
  if (hours === undefined) {
    const fleet = autoscaledFleet(week, autoscaling, 1 / endpoints, startUpMinutesOf(autoscaling, sageMaker));
    hours = fleet.instanceHoursPerWeek * endpoints * WEEKS_PER_MONTH;
    memo.byPolicy.set(key, hours);
  }
  return hours;
}

/** The on-demand rate of an instance type for a hosting type (the estimate's own), remembered per catalog. */
export function onDemandInstance(
  memo: OptimizerMemo,
  region: string,
  hosting: InstanceHostingDefinition,
  instanceType: string,
): { ref: InstanceRef; hourly: number | null } {
  const component = hosting.instances.component;
  const key = `${region}/${component ?? '-'}/${instanceType}`;
  let rate = memo.onDemand.get(key);
  if (!rate) {
    const ref = instanceRef(memo.catalog, region, component, instanceType, []);
    rate = { ref, hourly: ratePerBase(ref.onDemand, 'hours') };
    memo.onDemand.set(key, rate);
  }
  return rate;
}

/** Monthly cost every design of the hosting type pays whatever its instances: a cluster fee (0 when unpriced or none). */
export function fixedMonthlyFloor(memo: OptimizerMemo, region: string, hosting: InstanceHostingDefinition): number {
  const feeKey = hosting.instances.clusterFeeKey;
  if (!feeKey) return 0;
  const fee = ratePerBase(quote(memo.catalog, feeKey(region)), 'hours');
  return fee === null ? 0 : fee * HOURS_PER_MONTH;
}

/**
 * The lowest $/hour the purchase can bill an instance-hour at (see the file comment): Infinity when
 * the purchase cannot be priced, null when unknown.
 */
export function hourlyRateFloor(
  memo: OptimizerMemo,
  region: string,
  hosting: InstanceHostingDefinition,
  ref: InstanceRef,
  purchase: Purchase,
  onDemand: number,
): number | null {
  const way = hosting.purchases.find((w) => w.type === purchase.type);
  // A way to pay the hosting does not accept is priced on-demand.
  if (!way) return onDemand;
  const rate = way.instanceHours.rate(memo.catalog, region, ref, purchase);
  // Unpriceable never ranks; a priced purchase bills nothing above on-demand (see the file comment).
  if (!rate.quote.ok) return Infinity;
  return rate.hourly === null ? null : Math.min(rate.hourly, onDemand);
}
