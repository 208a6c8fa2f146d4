/**
 * The three Savings Plans (SageMaker, Compute, EC2 Instance) are one way to pay with three scopes:
 * the same purchase fields, rate resolution and hour-by-hour billing, built here from each plan's
 * own facts (purchase/<plan>.ts).
 */
import { z } from 'zod';
import { LIMITS, nonNegativeUpTo, PAYMENT_OPTIONS, PercentSchema, TermYearsSchema } from '../../project/fields';
import { priceKeys, savingsPlanUsage } from '../../prices/keys';
import type { InstancePurchaseDefinition, InstanceRef, RefusedHosting } from '../definitions';
import { ratePerBase } from '../pricing/lineItems';
import { addSavingsPlanLines, planRateQuote, type PlanKind } from './savingsPlanLines';
import { termVariants, defaultTerm, userDiscountField } from './terms';

/** The purchase member of a Savings Plan of type `type`. */
export function savingsPlanSchema<T extends string>(type: T) {
  return z.strictObject({
    type: z.literal(type),
    termYears: TermYearsSchema,
    payment: z.enum(PAYMENT_OPTIONS),
    /** $/hour committed; when absent the engine sizes it to the weekly floor of eligible usage. */
    commitmentPerHour: nonNegativeUpTo(LIMITS.usdPerHour, 'USD per hour').optional(),
    /** A plan discount entered by hand when the price data has no plan rate (user-provided). */
    discountPercent: PercentSchema.optional(),
  });
}

type PlanSchema<T extends string> = ReturnType<typeof savingsPlanSchema<T>>;

/** The plan-rate key of one instance type's usage. */
function planKey(
  plan: PlanKind,
  region: string,
  usage: InstanceRef,
  p: { termYears: 1 | 3; payment: (typeof PAYMENT_OPTIONS)[number] },
): string {
  const usageKey = usage.component
    ? savingsPlanUsage.sageMaker(usage.component, usage.instanceType)
    : savingsPlanUsage.ec2(usage.instanceType);
  return priceKeys.savingsPlanRate(plan.kind, region, p.termYears, p.payment, usageKey);
}

/** A Savings Plan way to pay from its schema, scope and refusal words. */
export function savingsPlanWay<T extends string>(facts: {
  schema: PlanSchema<T>;
  plan: PlanKind;
  refusal(hosting: RefusedHosting): string;
}): InstancePurchaseDefinition<z.infer<PlanSchema<T>>> {
  const { schema, plan } = facts;
  const type = schema.shape.type.value;
  return {
    type,
    schema,
    label: plan.name,
    commitment: 'savings-plan',
    savingsPlan: plan,
    refusal: facts.refusal,
    instanceHours: {
      rate(catalog, region, usage, p) {
        const q = planRateQuote(catalog, plan, p, {
          planKey: planKey(plan, region, usage, p),
          onDemand: usage.onDemand,
          what: usage.what,
        });
        return { quote: q, hourly: ratePerBase(q, 'hours') };
      },
      price(ctx, u, capacity, p) {
        addSavingsPlanLines(ctx, plan, p, {
          usagePerHour: capacity,
          base: 'hours',
          onDemand: u.onDemand,
          planKey: planKey(plan, ctx.region, u, p),
          what: u.what,
        });
      },
    },
    check: () => undefined,
    sweep: (workload) => termVariants(workload).map((t) => ({ type, ...t })),
    defaults: (workload) => ({ type, termYears: defaultTerm(workload), payment: 'no-upfront' }),
    numberFields: [
      {
        id: 'commitmentPerHour',
        label: 'Commitment',
        unit: '$ per hour',
        rule: 'non-negative',
        optional: true,
        help: 'Empty: sized to the weekly floor of eligible usage.',
      },
      userDiscountField('Plan discount (user-provided)'),
    ],
    describe(p) {
      const commit =
        p.commitmentPerHour !== undefined ? `, $${p.commitmentPerHour}/h` : ', commitment sized to the floor';
      return `${plan.name}, ${p.termYears} yr, ${p.payment}${commit}`;
    },
  };
}
