/** Line items of instance-hours, shared by the ways to pay that bill them. */
import { WEEKS_PER_MONTH } from '../results';
import { addLine, type EstimateContext } from '../pricing/context';
import { fmt, priceLine } from '../pricing/lineItems';
import type { InstanceUsage } from '../definitions';

/** Instance-hours of one week of `capacity` (instances in service each hour). */
export function weeklySum(capacity: ArrayLike<number>): number {
  let s = 0;
  for (let h = 0; h < capacity.length; h++) s += capacity[h]!;
  return s;
}

/** How the instance-hours were counted, in words. */
export function hoursFormula(u: InstanceUsage, weeklyHours: number): string {
  return u.fixedCount !== null
    ? `${u.fixedCount} instances × 730 h`
    : `${fmt(weeklyHours)} instance-hours per week × 730/168`;
}

/** One line of instance-hours at `u`'s rate under `label`, spread over the week like the fleet. */
export function addHoursLine(
  ctx: EstimateContext,
  label: string,
  u: InstanceUsage,
  capacity: number[],
  rate: InstanceUsage['onDemand'],
): void {
  const weekly = weeklySum(capacity);
  addLine(ctx, priceLine('usage', label, weekly * WEEKS_PER_MONTH, 'hours', rate, hoursFormula(u, weekly)), capacity);
}
