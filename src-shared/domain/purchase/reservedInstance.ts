/**
 * Reserved instances (EC2, EKS nodes): the fleet's weekly floor reserved for the term at the
 * reservation's effective hourly rate (upfront amortized), the rest on-demand.
 */
import { z } from 'zod';
import { PAYMENT_OPTIONS, PercentSchema, TermYearsSchema } from '../../project/fields';
import type { PriceCatalog } from '../../prices/catalog';
import { priceKeys } from '../../prices/keys';
import type { InstancePurchaseDefinition, InstanceUsage } from '../definitions';
import { HOURS_PER_MONTH, WEEKS_PER_MONTH } from '../results';
import { HOURS_PER_YEAR } from '../units';
import { addLine, addWarning, type EstimateContext } from '../pricing/context';
import { fmt, priceLine, ratePerBase } from '../pricing/lineItems';
import { discountedQuote, quote, type AvailableQuote, type Quote } from '../pricing/quotes';
import { termVariants, defaultTerm, userDiscountField } from './terms';

export const ReservedInstanceSchema = z.strictObject({
  type: z.literal('reserved-instance'),
  termYears: TermYearsSchema,
  payment: z.enum(PAYMENT_OPTIONS),
  offeringClass: z.enum(['standard', 'convertible']),
  /** Optional hand-entered discount when the price data has no rate for this term. */
  discountPercent: PercentSchema.optional(),
});
export type ReservedInstancePurchase = z.infer<typeof ReservedInstanceSchema>;

const type = ReservedInstanceSchema.shape.type.value;

/** The reservation's effective hourly rate: hourly + upfront / term hours (amortized), and the upfront. */
export function effectiveReservedRate(
  q: AvailableQuote,
  termYears: number,
): { hourly: number; upfront: number; effective: number } {
  const upfront = q.upfrontUsd ?? 0;
  return { hourly: q.usd, upfront, effective: q.usd + upfront / (termYears * HOURS_PER_YEAR) };
}

function termsOf(p: ReservedInstancePurchase): string {
  return `${p.termYears} yr ${p.offeringClass} ${p.payment.replace('-', ' ')}`;
}

/** The reservation's rate: the catalog's, else the user's discount off on-demand, else missing with what to enter. */
function reservationQuote(
  catalog: PriceCatalog,
  region: string,
  u: { instanceType: string; onDemand: Quote },
  p: ReservedInstancePurchase,
): Quote {
  const key = priceKeys.ec2Reserved(region, u.instanceType, p.termYears, p.offeringClass, p.payment);
  const ri = quote(catalog, key);
  if (ri.ok) return ri;
  if (p.discountPercent !== undefined && u.onDemand.ok)
    return discountedQuote(u.onDemand, p.discountPercent, 'reserved instance');
  return {
    ok: false,
    key,
    reason: `price unavailable: no ${termsOf(p)} reserved instance price for ${u.instanceType} in ${region}; refresh prices online or enter a reservation discount`,
    detail: 'purchase.discountPercent',
  };
}

function priceReserved(ctx: EstimateContext, u: InstanceUsage, capacity: number[], p: ReservedInstancePurchase): void {
  const terms = termsOf(p);
  const ri = reservationQuote(ctx.catalog, ctx.region, u, p);
  // A rate without a catalog key is the user's discount (a hand-entered catalog rate keeps its key).
  if (ri.ok && ri.key === null)
    ctx.warnings.push(
      `Reserved instance rate from the user-provided discount (${p.discountPercent}%), shown as an hourly rate with no upfront payment`,
    );
  // A hand-entered rate for a term with an upfront fee must carry the fee, or the line says it is left out.
  const upfrontMissing =
    ri.ok &&
    ri.key !== null &&
    ri.source.origin === 'user' &&
    p.payment !== 'no-upfront' &&
    ri.upfrontUsd === undefined;
  if (upfrontMissing)
    addWarning(
      ctx,
      `The hand-entered ${terms} reserved rate has no upfront fee: the upfront payment is not included, so the cost is understated`,
      'userRates[].upfrontUsd',
    );
  let min = Infinity;
  for (let h = 0; h < capacity.length; h++) if (capacity[h]! < min) min = capacity[h]!;
  // Reserve the floor of the fleet: those instances run every hour, so the reservation is never idle.
  const reservedCount = u.fixedCount ?? Math.floor(min + 1e-9);
  if (u.fixedCount === null)
    ctx.warnings.push(
      `Reserving ${reservedCount} instance(s), the fleet's weekly floor; instances above it run on-demand`,
    );

  const odRate = ratePerBase(u.onDemand, 'hours');
  let excessWeekly = 0;
  for (let h = 0; h < capacity.length; h++) excessWeekly += Math.max(0, capacity[h]! - reservedCount);

  if (!ri.ok) {
    addLine(
      ctx,
      priceLine(
        'commitment',
        `Reserved instances (${u.what}, ${terms})`,
        reservedCount * HOURS_PER_MONTH,
        'hours',
        ri,
        `${reservedCount} × 730 h`,
      ),
    );
  } else {
    const rate = effectiveReservedRate(ri, p.termYears);
    // Against a free on-demand rate there is no break-even to state.
    if (odRate !== null && odRate > 0)
      ctx.commitment = {
        kind: type,
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
      'commitment',
      `Reserved instances (${u.what}, ${terms}, ${upfrontMissing ? 'upfront not included' : 'amortized'})`,
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
    for (let h = 0; h < capacity.length; h++)
      ctx.cost[h]! += reservedCount * rate.effective + Math.max(0, capacity[h]! - reservedCount) * odPerHour;
  }
  const excessLine = priceLine(
    'beyond-commitment',
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

export const reservedInstance: InstancePurchaseDefinition<ReservedInstancePurchase> = {
  type,
  schema: ReservedInstanceSchema,
  label: 'Reserved instances',
  commitment: 'reservation',
  savingsPlan: null,
  refusal(h) {
    switch (h.family) {
      case 'sagemaker':
        return 'reserved instances do not apply to SageMaker; use a SageMaker Savings Plan';
      case 'function':
        return `reserved instances do not apply to ${h.usageName}; use a Compute Savings Plan`;
      case 'foundation-model':
        return `reserved instances do not apply to ${h.usageName}; use ${h.usageName} Provisioned Throughput`;
      case 'self-managed':
        return `reserved instances are not modelled for ${h.label}; use on-demand`;
    }
  },
  instanceHours: {
    rate(catalog, region, usage, p) {
      const q = reservationQuote(catalog, region, usage, p);
      return { quote: q, hourly: q.ok ? effectiveReservedRate(q, p.termYears).effective : null };
    },
    price: priceReserved,
  },
  check: () => undefined,
  sweep: (workload) =>
    termVariants(workload).flatMap((t) =>
      (['standard', 'convertible'] as const).map((offeringClass) => ({ type, ...t, offeringClass })),
    ),
  defaults: (workload) => ({
    type,
    termYears: defaultTerm(workload),
    payment: 'no-upfront',
    offeringClass: 'standard',
  }),
  numberFields: [userDiscountField('Reservation discount (user-provided)')],
  describe: (p) => `Reserved instance, ${p.termYears} yr, ${p.offeringClass}, ${p.payment}`,
};
