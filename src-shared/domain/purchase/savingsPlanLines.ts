/**
 * Line items of usage paid through a Savings Plan: the commitment (every hour of the month) and the
 * usage beyond it at on-demand. Generic over the usage unit, so it serves instance-hours (SageMaker,
 * EC2, EKS) and Lambda GB-seconds alike.
 */
import type { PriceCatalog } from '../../prices/catalog';
import type { PaymentOption, SavingsPlanType, TermYears } from '../../prices/keys';
import { HOURS_PER_MONTH, WEEKS_PER_MONTH } from '../results';
import { HOURS_PER_YEAR } from '../units';
import { addLine, type EstimateContext } from '../pricing/context';
import { fmt, priceLine, ratePerBase } from '../pricing/lineItems';
import { derivedQuote, discountedQuote, quote, userQuote, type Quote } from '../pricing/quotes';
import type { BaseUnit } from '../pricing/units';
import { simulateSavingsPlan, UPFRONT_SHARE } from './savingsPlan';
import { parsePlanRateKey, savingsPlanCoverage } from '../../prices/savingsPlanCoverage';

/** The terms of any Savings Plan purchase. */
export interface PlanPurchase {
  type: string;
  termYears: TermYears;
  payment: PaymentOption;
  commitmentPerHour?: number | undefined;
  discountPercent?: number | undefined;
}

/** Which plan it is: the price-key kind and the plan's name ("Compute Savings Plan"). */
export interface PlanKind {
  kind: SavingsPlanType;
  name: string;
}

export interface PlanUsage {
  /** Eligible usage per hour of the week, in `base` units. */
  usagePerHour: ArrayLike<number>;
  base: BaseUnit;
  onDemand: Quote;
  /** Catalog key of the plan rate for this usage. */
  planKey: string;
  /** Label of the usage, e.g. "ml.c5.xlarge, Hosting". */
  what: string;
}

/**
 * The plan rate: the catalog's, else the user's discount off on-demand, else missing with what to
 * enter. `what` names the usage in the message.
 */
export function planRateQuote(
  catalog: PriceCatalog,
  plan: PlanKind,
  p: PlanPurchase,
  usage: Pick<PlanUsage, 'planKey' | 'onDemand' | 'what'>,
): Quote {
  const fromCatalog = quote(catalog, usage.planKey);
  if (fromCatalog.ok) return fromCatalog;
  // Coverage from the plan rates in the data when there are any, else AWS's documented scope.
  const parsed = parsePlanRateKey(usage.planKey);
  const coverage = parsed && savingsPlanCoverage(catalog, parsed.plan, parsed.region, parsed.usage);
  if (coverage && !coverage.applies)
    return { ok: false, key: usage.planKey, reason: `price unavailable: ${coverage.reason}; use on-demand` };
  if (p.discountPercent !== undefined && usage.onDemand.ok) {
    const q = discountedQuote(usage.onDemand, p.discountPercent, plan.name);
    return coverage ? { ...q, source: { ...q.source, detail: `coverage: ${coverage.source}` } } : q;
  }
  return {
    ok: false,
    key: usage.planKey,
    reason: `price unavailable: no ${plan.name} rate for ${usage.what} (${p.termYears} yr, ${p.payment.replace('-', ' ')}) in the price data; refresh prices online or enter a plan discount`,
    detail: 'purchase.discountPercent',
  };
}

/** Prices `usage` under the plan, hour by hour, and adds the commitment and overflow lines. */
export function addSavingsPlanLines(ctx: EstimateContext, kind: PlanKind, p: PlanPurchase, usage: PlanUsage): void {
  const name = `${kind.name} (${p.termYears} yr, ${p.payment})`;
  const plan = planRateQuote(ctx.catalog, kind, p, usage);
  const planRate = ratePerBase(plan, usage.base);
  const odRate = ratePerBase(usage.onDemand, usage.base);
  const overflowLabel = `${usage.base === 'hours' ? 'Instance-hours' : usage.base} beyond the commitment, on-demand (${usage.what})`;

  if (planRate === null || odRate === null) {
    const why = !plan.ok
      ? plan.reason
      : !usage.onDemand.ok
        ? usage.onDemand.reason
        : 'price unavailable: unexpected price unit';
    const detail = !plan.ok ? plan.detail : !usage.onDemand.ok ? usage.onDemand.detail : undefined;
    const missing: Quote = { ok: false, key: plan.key, reason: why, ...(detail ? { detail } : {}) };
    const commitment = p.commitmentPerHour;
    // The commitment is the purchase's own $/h (no catalog key): only the usage line names the missing
    // plan rate, in the usage's unit (per instance-hour, or per GB-second for Lambda), so a rate entered
    // by hand for that key is per the right unit.
    const commitQuote =
      commitment !== undefined
        ? userQuote(commitment, 'hour', 'Savings Plan commitment', ctx.catalog.coverage()[0]?.asOf ?? '')
        : { ...missing, key: null };
    addLine(
      ctx,
      priceLine(
        'commitment',
        `${name} commitment`,
        HOURS_PER_MONTH,
        'hours',
        commitQuote,
        '730 h × commitment per hour',
      ),
    );
    const usageLabel = `${usage.base === 'hours' ? 'Instance-hours' : usage.base} under the plan (${usage.what})`;
    addLine(
      ctx,
      priceLine(
        'usage',
        usageLabel,
        0,
        usage.base,
        missing,
        'needs the plan rate to split usage between plan and on-demand',
      ),
    );
    return;
  }

  // Against a free on-demand rate there is no break-even to state.
  if (odRate > 0)
    ctx.commitment = {
      kind: 'savings-plan',
      committedRateUsd: planRate,
      onDemandRateUsd: odRate,
      breakEvenUtilization: planRate / odRate,
      termMonths: p.termYears * 12,
    };
  const week = simulateSavingsPlan(usage.usagePerHour, planRate, odRate, p.commitmentPerHour, ctx.cost);
  const c = week.commitment;
  const commitQuote =
    p.commitmentPerHour !== undefined
      ? userQuote(c, 'hour', `${name} commitment`, plan.ok ? plan.source.asOf : '')
      : derivedQuote(
          c,
          'hour',
          'commitment sized to the weekly floor of eligible usage at the plan rate',
          plan as Extract<Quote, { ok: true }>,
        );
  const commitLine = priceLine(
    'commitment',
    `${name} commitment`,
    HOURS_PER_MONTH,
    'hours',
    commitQuote,
    `730 h × $${fmt(c)}/h, charged every hour used or not`,
  );
  const upfront = c * HOURS_PER_YEAR * p.termYears * UPFRONT_SHARE[p.payment];
  if (upfront > 0) commitLine.upfrontUsd = upfront;
  ctx.lines.push(commitLine); // hourly cost already written by the simulation
  const excessMonthly = week.excessUnitsPerWeek * WEEKS_PER_MONTH;
  ctx.lines.push(
    priceLine(
      'beyond-commitment',
      overflowLabel,
      excessMonthly,
      usage.base,
      usage.onDemand,
      `${fmt(week.excessUnitsPerWeek)} ${usage.base} per week above $${fmt(c)}/h at the plan rate $${fmt(planRate)} × 730/168`,
    ),
  );

  if (week.sized)
    ctx.warnings.push(
      `${name}: no commitment given, so it is sized to the weekly floor of eligible usage, $${fmt(c)}/h at the plan rate`,
    );
  // A discount off on-demand has no key of its own; a plan rate typed in for the usage has the plan key.
  if (plan.ok && plan.source.origin === 'user')
    ctx.warnings.push(
      plan.key === null
        ? `${name}: plan rate from the user-provided discount (${p.discountPercent}%), not from AWS price data${plan.source.detail ? `; ${plan.source.detail}` : ''}`
        : `${name}: plan rate entered by hand (${plan.source.label}), not from AWS price data`,
    );
  const weeklyCommit = c * 168;
  if (weeklyCommit > 0 && week.unusedCommitmentPerWeek > 1e-9) {
    const share = (week.unusedCommitmentPerWeek / weeklyCommit) * 100;
    ctx.warnings.push(
      `${name}: ${fmt(share)}% of the commitment goes unused over the week (hours where usage is below $${fmt(c)}/h)`,
    );
  }
  if (upfront > 0)
    ctx.warnings.push(`${name}: $${fmt(upfront)} paid up front (${p.payment}); the monthly figure amortizes it`);
}
