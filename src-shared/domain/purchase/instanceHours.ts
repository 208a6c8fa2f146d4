/**
 * Paying for instance-hours: the design's way to pay, applied to the instances in service each hour
 * of the week. A way to pay the hosting does not accept was already recorded as a feasibility reason;
 * its usage is priced on-demand so the figures stay useful.
 */
import type { EstimateContext } from '../pricing/context';
import type { InstancePurchaseDefinition, InstanceUsage } from '../definitions';
import { onDemand, ON_DEMAND } from './onDemand';

/**
 * Prices the instance-hours in `capacity` with the design's way to pay when the hosting accepts it
 * (`accepted`, the hosting's allow-list), else on-demand.
 */
export function priceInstanceHours(
  ctx: EstimateContext,
  u: InstanceUsage,
  capacity: number[],
  accepted: ReadonlyArray<InstancePurchaseDefinition>,
): void {
  const p = ctx.design.purchase;
  const way = accepted.find((w) => w.type === p.type);
  if (way) way.instanceHours.price(ctx, u, capacity, p);
  else onDemand.instanceHours.price(ctx, u, capacity, ON_DEMAND);
}
