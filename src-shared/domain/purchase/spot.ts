/** Spot (EC2, EKS nodes): spare capacity at a lower, varying price, reclaimable with a 2-minute notice. */
import { z } from 'zod';
import { LIMITS, PercentSchema, positiveUpTo } from '../../project/fields';
import { priceKeys } from '../../prices/keys';
import type { PriceCatalog } from '../../prices/catalog';
import type { InstancePurchaseDefinition, InstanceRef } from '../definitions';
import { addReason } from '../pricing/context';
import { ratePerBase } from '../pricing/lineItems';
import { discountedQuote, quote, userQuote, type Quote } from '../pricing/quotes';
import { addHoursLine } from './hoursLines';
import { userDiscountField } from './terms';

export const SpotSchema = z.strictObject({
  type: z.literal('spot'),
  /** Used when the price data has no spot price for the type and region (or only an estimate). */
  discountPercent: PercentSchema.optional(),
  pricePerHour: positiveUpTo(LIMITS.usdPerHour, 'USD per hour').optional(),
});
export type SpotPurchase = z.infer<typeof SpotSchema>;

const type = SpotSchema.shape.type.value;

/** A spot rate from the price data that is an estimate by a stated rule, not a spot price. */
function isEstimate(q: Quote): boolean {
  return q.ok && q.source.origin === 'derived';
}

/**
 * The spot rate: the user's price, else the catalog's spot price, else the user's discount (which
 * also beats a built-in estimate), else the estimate, else missing with what to enter.
 */
function spotQuote(catalog: PriceCatalog, region: string, u: InstanceRef, p: SpotPurchase): Quote {
  if (p.pricePerHour !== undefined)
    return userQuote(p.pricePerHour, 'hour', 'spot price', u.onDemand.ok ? u.onDemand.source.asOf : '');
  const key = priceKeys.ec2Spot(region, u.instanceType);
  const q = quote(catalog, key);
  // A discount the user typed beats a built-in estimate (Spot Advisor savings), never a real spot price.
  if ((!q.ok || isEstimate(q)) && p.discountPercent !== undefined && u.onDemand.ok)
    return discountedQuote(u.onDemand, p.discountPercent, 'spot');
  if (q.ok) return q;
  return {
    ok: false,
    key,
    reason: `price unavailable: no spot price for ${u.instanceType} in ${region} in the price data (a refresh brings current spot prices where the type is offered as spot); enter a spot price or a spot discount`,
    detail: 'purchase.pricePerHour, purchase.discountPercent',
  };
}

export const spot: InstancePurchaseDefinition<SpotPurchase> = {
  type,
  schema: SpotSchema,
  label: 'Spot',
  commitment: null,
  savingsPlan: null,
  refusal(h) {
    switch (h.family) {
      case 'sagemaker':
        return 'spot capacity applies to SageMaker training only (managed spot training), never to inference endpoints or batch transform; use on-demand or a SageMaker Savings Plan';
      case 'function':
      case 'foundation-model':
        return `spot does not apply to ${h.usageName}`;
      case 'self-managed':
        return `spot is not modelled for ${h.label}; use on-demand`;
    }
  },
  instanceHours: {
    rate(catalog, region, usage, p) {
      const q = spotQuote(catalog, region, usage, p);
      return { quote: q, hourly: ratePerBase(q, 'hours') };
    },
    price(ctx, u, capacity, p) {
      const q = spotQuote(ctx.catalog, ctx.region, u, p);
      if (q.ok && q.key !== null && isEstimate(q))
        ctx.warnings.push(`Spot rate is an estimate: ${q.source.rule ?? q.source.label}`);
      ctx.warnings.push('Spot capacity can be reclaimed with a 2-minute notice; spot prices vary over time');
      addHoursLine(ctx, `Spot instance-hours (${u.what})`, u, capacity, q);
    },
  },
  check(ctx) {
    if (!ctx.workload.interruptible)
      addReason(
        ctx,
        'spot.interruption',
        'spot instances can be interrupted with a 2-minute notice and the workload is not interruptible',
      );
  },
  sweep: (workload) => (workload.interruptible ? [{ type }] : []),
  defaults: () => ({ type }),
  numberFields: [
    userDiscountField('Spot discount (user-provided)'),
    { id: 'pricePerHour', label: 'Spot price (user-provided)', unit: '$ per hour', rule: 'positive', optional: true },
  ],
  describe: (p) =>
    p.pricePerHour !== undefined
      ? `Spot at $${p.pricePerHour}/h`
      : p.discountPercent !== undefined
        ? `Spot, ${p.discountPercent}% off`
        : 'Spot',
};
