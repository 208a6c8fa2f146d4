/** Bedrock: on-demand input and output tokens, or Provisioned Throughput model units by the hour. */
import { priceKeys } from '../../prices/keys';
import type { Hosting } from '../../project/schema';
import { HOURS_PER_MONTH } from '../results';
import { addLine, addReason, type EstimateContext } from '../pricing/context';
import { fmt, priceLine } from '../pricing/lineItems';
import { quote, userQuote, type Quote } from '../pricing/quotes';

type BedrockHosting = Extract<Hosting, { type: 'bedrock' }>;

/** Estimates a Bedrock design into the context. */
export function estimateBedrock(ctx: EstimateContext, h: BedrockHosting): void {
  const w = ctx.workload;
  const p = ctx.design.purchase;
  const region = ctx.region;
  ctx.capacityUnit = 'none';
  if (p.type === 'provisioned-throughput') {
    const key = priceKeys.bedrockProvisionedThroughput(region, h.model, p.term);
    let q: Quote;
    if (p.ratePerModelUnitHour !== undefined)
      q = userQuote(
        p.ratePerModelUnitHour,
        'hour',
        'Provisioned Throughput rate per model unit',
        ctx.catalog.coverage()[0]?.asOf ?? '',
      );
    else {
      q = quote(ctx.catalog, key);
      if (!q.ok)
        q = {
          ok: false,
          key,
          reason: `price unavailable: no Provisioned Throughput rate for ${h.model} (${p.term}); enter a rate per model unit per hour (ratePerModelUnitHour)`,
        };
    }
    addLine(
      ctx,
      priceLine(
        `Provisioned Throughput (${h.model}, ${p.term})`,
        p.modelUnits * HOURS_PER_MONTH,
        'hours',
        q,
        `${p.modelUnits} model unit(s) × 730 h`,
      ),
    );
    ctx.warnings.push(
      'Check that the model units cover the peak tokens per minute; throughput per unit is model-specific',
    );
    return;
  }
  const tokensIn = h.inputTokensPerRequest ?? w.inputTokensPerRequest;
  const tokensOut = h.outputTokensPerRequest ?? w.outputTokensPerRequest;
  if (tokensIn === undefined || tokensOut === undefined) {
    addReason(
      ctx,
      'bedrock.tokens',
      'Bedrock is billed by tokens: enter input and output tokens per request, in the workload or the design (inputTokensPerRequest, outputTokensPerRequest)',
    );
    return;
  }
  addTokenLine(ctx, 'Input', h.model, tokensIn, priceKeys.bedrockInputTokens(region, h.model));
  addTokenLine(ctx, 'Output', h.model, tokensOut, priceKeys.bedrockOutputTokens(region, h.model));
}

/** On-demand tokens of one direction: requests × tokens per request, spread over the week like the traffic. */
function addTokenLine(
  ctx: EstimateContext,
  direction: 'Input' | 'Output',
  model: string,
  tokensPerRequest: number,
  priceKey: string,
): void {
  const requests = ctx.week.requestsPerMonth;
  addLine(
    ctx,
    priceLine(
      `${direction} tokens (${model})`,
      requests * tokensPerRequest,
      'tokens',
      quote(ctx.catalog, priceKey),
      `${fmt(requests)} requests × ${tokensPerRequest} tokens`,
    ),
    ctx.week.rps,
  );
}
