/**
 * Paying for instance-hours: on-demand, Savings Plans, reserved instances or spot, applied to the
 * instances in service each hour of the week. A purchase that does not apply to the hosting was
 * already recorded as a feasibility reason; its usage is priced on-demand so the figures stay useful.
 */
import { priceKeys, savingsPlanUsage, type SageMakerComponent } from '../../prices/keys';
import type { Purchase } from '../../project/schema';
import { purchaseExclusion } from '../purchaseRules';
import { HOURS_PER_MONTH, HOURS_PER_WEEK, WEEKS_PER_MONTH } from '../results';
import { HOURS_PER_YEAR } from '../units';
import { addLine, type EstimateContext } from '../pricing/context';
import { fmt, priceLine, ratePerBase } from '../pricing/lineItems';
import { discountedQuote, quote, userQuote, type AvailableQuote, type Quote } from '../pricing/quotes';
import { addSavingsPlanLines } from './savingsPlanLines';

/** The week's length as a module-local constant: hot loops read it without going through a module binding. */
const WEEK_HOURS = HOURS_PER_WEEK;

/** What is being paid for: one instance type's hours. */
export interface InstanceUsage {
  instanceType: string;
  /** Label part, e.g. "ml.c5.xlarge, Hosting". */
  what: string;
  onDemand: Quote;
  /** SageMaker component for SageMaker usage; null for EC2 (EC2, EKS nodes). */
  component: SageMakerComponent | null;
  /** The fleet's fixed size, or null when autoscaled. */
  fixedCount: number | null;
}

function weeklySum(capacity: ArrayLike<number>): number {
  let s = 0;
  for (let h = 0; h < WEEK_HOURS; h++) s += capacity[h]!;
  return s;
}

function hoursFormula(u: InstanceUsage, weeklyHours: number): string {
  return u.fixedCount !== null
    ? `${u.fixedCount} instances × 730 h`
    : `${fmt(weeklyHours)} instance-hours per week × 730/168`;
}

/** Prices the instance-hours in `capacity` (instances in service each hour) with the design's purchase. */
export function priceInstanceHours(ctx: EstimateContext, u: InstanceUsage, capacity: number[]): void {
  const p = ctx.design.purchase;
  if (purchaseExclusion(p.type, ctx.design.hosting.type) !== null) return onDemand(ctx, u, capacity);
  switch (p.type) {
    case 'sagemaker-savings-plan':
    case 'compute-savings-plan':
    case 'ec2-instance-savings-plan': {
      const plan =
        p.type === 'sagemaker-savings-plan'
          ? 'sagemaker'
          : p.type === 'compute-savings-plan'
            ? 'compute'
            : 'ec2-instance';
      const usage = u.component
        ? savingsPlanUsage.sageMaker(u.component, u.instanceType)
        : savingsPlanUsage.ec2(u.instanceType);
      return addSavingsPlanLines(ctx, p, {
        usagePerHour: capacity,
        base: 'hours',
        onDemand: u.onDemand,
        planKey: priceKeys.savingsPlanRate(plan, ctx.region, p.termYears, p.payment, usage),
        what: u.what,
      });
    }
    case 'reserved-instance':
      return reserved(ctx, u, capacity, p);
    case 'spot':
      return spot(ctx, u, capacity, p);
    default:
      return onDemand(ctx, u, capacity);
  }
}

function onDemand(ctx: EstimateContext, u: InstanceUsage, capacity: number[]): void {
  const weekly = weeklySum(capacity);
  addLine(
    ctx,
    priceLine(`Instance-hours (${u.what})`, weekly * WEEKS_PER_MONTH, 'hours', u.onDemand, hoursFormula(u, weekly)),
    capacity,
  );
}

type RiPurchase = Extract<Purchase, { type: 'reserved-instance' }>;

/** The reservation's effective hourly rate: hourly + upfront / term hours (amortized), and the upfront. */
export function effectiveReservedRate(
  q: AvailableQuote,
  termYears: number,
): { hourly: number; upfront: number; effective: number } {
  const upfront = q.upfrontUsd ?? 0;
  return { hourly: q.usd, upfront, effective: q.usd + upfront / (termYears * HOURS_PER_YEAR) };
}

function reserved(ctx: EstimateContext, u: InstanceUsage, capacity: number[], p: RiPurchase): void {
  const key = priceKeys.ec2Reserved(ctx.region, u.instanceType, p.termYears, p.offeringClass, p.payment);
  const terms = `${p.termYears} yr ${p.offeringClass} ${p.payment}`;
  let ri: Quote = quote(ctx.catalog, key);
  if (!ri.ok && p.discountPercent !== undefined && u.onDemand.ok) {
    ri = discountedQuote(u.onDemand, p.discountPercent, 'reserved instance');
    ctx.warnings.push(
      `Reserved instance rate from the user-provided discount (${p.discountPercent}%), shown as an hourly rate with no upfront payment`,
    );
  } else if (!ri.ok) {
    ri = {
      ok: false,
      key,
      reason: `price unavailable: no ${terms} reserved-instance price for ${u.instanceType} in ${ctx.region}; refresh prices online or enter a reservation discount (discountPercent)`,
    };
  }
  let min = Infinity;
  for (let h = 0; h < WEEK_HOURS; h++) if (capacity[h]! < min) min = capacity[h]!;
  // Reserve the floor of the fleet: those instances run every hour, so the reservation is never idle.
  const reservedCount = u.fixedCount ?? Math.floor(min + 1e-9);
  if (u.fixedCount === null)
    ctx.warnings.push(
      `Reserving ${reservedCount} instance(s), the fleet's weekly floor; instances above it run on-demand`,
    );

  const odRate = ratePerBase(u.onDemand, 'hours');
  let excessWeekly = 0;
  for (let h = 0; h < WEEK_HOURS; h++) excessWeekly += Math.max(0, capacity[h]! - reservedCount);

  if (!ri.ok) {
    addLine(
      ctx,
      priceLine(
        `Reserved instances (${u.what}, ${terms})`,
        reservedCount * HOURS_PER_MONTH,
        'hours',
        ri,
        `${reservedCount} × 730 h`,
      ),
    );
  } else {
    const rate = effectiveReservedRate(ri, p.termYears);
    if (odRate !== null)
      ctx.commitment = {
        kind: 'reserved-instance',
        committedRateUsd: rate.effective,
        onDemandRateUsd: odRate,
        breakEvenUtilization: rate.effective / odRate,
        termMonths: p.termYears * 12,
      };
    const amortized: AvailableQuote = {
      ...ri,
      usd: rate.effective,
      unit: 'hour',
      source: {
        ...ri.source,
        rule: `effective hourly = $${fmt(rate.hourly)}/h + $${fmt(rate.upfront)} upfront / ${p.termYears * HOURS_PER_YEAR} h`,
      },
    };
    const line = priceLine(
      `Reserved instances (${u.what}, ${terms}, amortized)`,
      reservedCount * HOURS_PER_MONTH,
      'hours',
      amortized,
      `${reservedCount} reserved × 730 h, billed every hour of the term`,
    );
    if (rate.upfront > 0) {
      line.upfrontUsd = rate.upfront * reservedCount;
      ctx.warnings.push(
        `Reserved instances: $${fmt(line.upfrontUsd)} paid up front in month one; the monthly figure amortizes it over ${p.termYears * 12} months`,
      );
    }
    ctx.lines.push(line);
    const odPerHour = odRate ?? 0;
    for (let h = 0; h < WEEK_HOURS; h++)
      ctx.cost[h]! += reservedCount * rate.effective + Math.max(0, capacity[h]! - reservedCount) * odPerHour;
  }
  const excessLine = priceLine(
    `Instance-hours beyond the reservation, on-demand (${u.what})`,
    excessWeekly * WEEKS_PER_MONTH,
    'hours',
    u.onDemand,
    `${fmt(excessWeekly)} instance-hours per week above ${reservedCount} reserved × 730/168`,
  );
  // When the reservation is unpriced the hourly series gets nothing from it; the overflow is added here.
  if (!ri.ok)
    addLine(
      ctx,
      excessLine,
      capacity.map((c) => Math.max(0, c - reservedCount)),
    );
  else ctx.lines.push(excessLine);
}

type SpotPurchase = Extract<Purchase, { type: 'spot' }>;

function spot(ctx: EstimateContext, u: InstanceUsage, capacity: number[], p: SpotPurchase): void {
  const key = priceKeys.ec2Spot(ctx.region, u.instanceType);
  let q: Quote;
  if (p.pricePerHour !== undefined)
    q = userQuote(p.pricePerHour, 'hour', 'spot price', u.onDemand.ok ? u.onDemand.source.asOf : '');
  else {
    q = quote(ctx.catalog, key);
    // A discount the user typed beats a built-in estimate (Spot Advisor savings), never a real spot price.
    const estimated = q.ok && q.source.origin === 'derived';
    if ((!q.ok || estimated) && p.discountPercent !== undefined && u.onDemand.ok)
      q = discountedQuote(u.onDemand, p.discountPercent, 'spot');
    else if (q.ok && estimated) ctx.warnings.push(`Spot rate is an estimate: ${q.source.rule ?? q.source.label}`);
    else if (!q.ok)
      q = {
        ok: false,
        key,
        reason: `price unavailable: no spot price for ${u.instanceType} (the AWS Price List API carries none); enter a spot price (pricePerHour) or a spot discount (discountPercent)`,
      };
  }
  ctx.warnings.push('Spot capacity can be reclaimed with a 2-minute notice; spot prices vary over time');
  const weekly = weeklySum(capacity);
  addLine(
    ctx,
    priceLine(`Spot instance-hours (${u.what})`, weekly * WEEKS_PER_MONTH, 'hours', q, hoursFormula(u, weekly)),
    capacity,
  );
}
