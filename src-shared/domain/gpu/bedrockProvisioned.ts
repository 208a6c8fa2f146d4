/**
 * Bedrock Provisioned Throughput in an estimate: model units by the hour at the term's rate, only on a
 * term the model allows (the terms the price data has a rate for), and, when the user gives one model
 * unit's capacity in tokens per minute, checked against the peak minute's tokens (sizeProvisionedThroughput).
 */
import { priceKeys } from '../../prices/keys';
import type { ProvisionedThroughputPurchase } from '../purchase/provisionedThroughput';
import { addLine, addReason, addWarning, type EstimateContext } from '../pricing/context';
import { priceLine } from '../pricing/lineItems';
import { quote, userQuote, type Quote } from '../pricing/quotes';
import { HOURS_PER_MONTH } from '../results';
import { provisionedThroughputTerms, sizeProvisionedThroughput, type TokenMix } from './bedrockChoice';

/** The rate of one model unit-hour: the user's, else the price data's for the model and term. */
function unitRate(ctx: EstimateContext, model: string, p: ProvisionedThroughputPurchase): Quote {
  if (p.ratePerModelUnitHour !== undefined)
    return userQuote(
      p.ratePerModelUnitHour,
      'hour',
      'Provisioned Throughput rate per model unit',
      ctx.catalog.coverage()[0]?.asOf ?? '',
    );
  const key = priceKeys.bedrockProvisionedThroughput(ctx.region, model, p.term);
  const q = quote(ctx.catalog, key);
  if (q.ok) return q;
  return {
    ok: false,
    key,
    reason: `price unavailable: no Provisioned Throughput rate for ${model} (${p.term}); enter a rate per model unit per hour`,
    detail: 'purchase.ratePerModelUnitHour',
  };
}

/** The terms a model allows: reason when the design's is not one of them; a warning when the data cannot say. */
function checkTerm(ctx: EstimateContext, model: string, p: ProvisionedThroughputPurchase): void {
  const allowed = provisionedThroughputTerms(ctx.catalog, ctx.region, model);
  if (allowed.length > 0 && !allowed.includes(p.term))
    addReason(
      ctx,
      'bedrock.provisionedTerm',
      `${model} offers Provisioned Throughput in ${ctx.region} with ${allowed.map((t) => (t === 'none' ? 'no commitment' : t)).join(' or ')}, not ${p.term === 'none' ? 'without a commitment' : p.term}`,
    );
  else if (allowed.length === 0)
    ctx.warnings.push(
      `The price data has no Provisioned Throughput rates for ${model} in ${ctx.region}, so it cannot say which terms the model allows: check that ${p.term === 'none' ? 'no commitment' : p.term} is offered`,
    );
}

/** Peak-minute tokens against the model units bought, when one unit's capacity is given. */
function checkUnits(ctx: EstimateContext, p: ProvisionedThroughputPurchase, mix: TokenMix | null): void {
  const capacity = p.tokensPerMinutePerModelUnit;
  if (capacity === undefined) {
    addWarning(
      ctx,
      "Check that the model units cover the peak tokens per minute: enter one model unit's capacity in tokens per minute to have it checked",
      'purchase.tokensPerMinutePerModelUnit',
    );
    return;
  }
  if (!mix) {
    addReason(
      ctx,
      'bedrock.tokens',
      'sizing Provisioned Throughput needs input and output tokens per request, in the workload or the design',
      'workload.inputTokensPerRequest, workload.outputTokensPerRequest',
    );
    return;
  }
  const size = sizeProvisionedThroughput(ctx.week.peakRps, mix, capacity);
  if (!size) return;
  if (p.modelUnits < size.modelUnits)
    addReason(
      ctx,
      'bedrock.provisionedUnits',
      `the peak needs ${size.modelUnits} model units (${size.basis}); the design has ${p.modelUnits}`,
    );
  else if (p.modelUnits > size.modelUnits)
    ctx.warnings.push(`${p.modelUnits} model units bought; the peak needs ${size.modelUnits} (${size.basis})`);
}

/** Estimates a Provisioned Throughput design: term, units against the peak, and the unit-hours line. */
export function estimateProvisionedThroughput(
  ctx: EstimateContext,
  model: string,
  p: ProvisionedThroughputPurchase,
  mix: TokenMix | null,
): void {
  if (p.ratePerModelUnitHour === undefined || provisionedThroughputTerms(ctx.catalog, ctx.region, model).length > 0)
    checkTerm(ctx, model, p);
  checkUnits(ctx, p, mix);
  addLine(
    ctx,
    priceLine(
      'provisioned',
      `Provisioned Throughput (${model}, ${p.term})`,
      p.modelUnits * HOURS_PER_MONTH,
      'hours',
      unitRate(ctx, model, p),
      `${p.modelUnits} model unit(s) × 730 h`,
    ),
  );
}
