/** Bedrock: on-demand input and output tokens, or Provisioned Throughput model units by the hour. */
import { z } from 'zod';
import { LIMITS, nonNegativeUpTo, RegionSchema } from '../../project/fields';
import type { PriceCatalog } from '../../prices/catalog';
import { priceKeys } from '../../prices/keys';
import type { HostingDefinition } from '../definitions';
import { noServiceLimits, type HostingLimits } from '../hostingLimits';
import { HOURS_PER_MONTH } from '../results';
import { addLine, addReason, type EstimateContext } from '../pricing/context';
import { fmt, priceLine } from '../pricing/lineItems';
import { quote, userQuote, type Quote } from '../pricing/quotes';
import { onDemand, ON_DEMAND } from '../purchase/onDemand';
import { isProvisionedThroughput, provisionedThroughput } from '../purchase/provisionedThroughput';
import { carriedRegion } from './instanceBased';
import { rule } from './proposals';

export const BedrockSchema = z.strictObject({
  type: z.literal('bedrock'),
  /** A model id of the price catalog, e.g. "anthropic.claude-3-haiku". */
  model: z.string().min(1),
  inputTokensPerRequest: nonNegativeUpTo(LIMITS.tokensPerRequest, 'tokens').optional(),
  outputTokensPerRequest: nonNegativeUpTo(LIMITS.tokensPerRequest, 'tokens').optional(),
  region: RegionSchema.optional(),
});
type BedrockHosting = z.infer<typeof BedrockSchema>;
const type = BedrockSchema.shape.type.value;

const limits: HostingLimits = {
  ...noServiceLimits,
  type: 'bedrock',
  label: 'Bedrock',
  gpu: 'no',
  scaleToZero: true,
  minInstances: null,
  persistentEndpoint: true,
  queued: false,
  unsupported: ['your own model weights (except custom models on Provisioned Throughput)'],
  sources: ['AWS Bedrock pricing and "Provisioned Throughput": limits are per model'],
};

/** Bedrock models with an on-demand input-token price in the region, in key order. */
export function bedrockModels(catalog: PriceCatalog, region: string): string[] {
  const prefix = priceKeys.bedrockInputTokens(region, '');
  return catalog.keysWithPrefix(prefix).map((k) => k.slice(prefix.length));
}

/** The model with the lowest input-token price in the region, if any. */
function cheapestModel(catalog: PriceCatalog, region: string): string | undefined {
  let best: { model: string; usd: number } | undefined;
  for (const model of bedrockModels(catalog, region)) {
    const p = catalog.lookup(priceKeys.bedrockInputTokens(region, model));
    if (p.ok && (!best || p.price.usd < best.usd)) best = { model, usd: p.price.usd };
  }
  return best?.model;
}

/** Estimates a Bedrock design into the context. */
function estimateBedrock(ctx: EstimateContext, h: BedrockHosting): void {
  const w = ctx.workload;
  const p = ctx.design.purchase;
  const region = ctx.region;
  ctx.capacityUnit = 'none';
  if (isProvisionedThroughput(p)) {
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
        'provisioned',
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
      'usage',
      `${direction} tokens (${model})`,
      requests * tokensPerRequest,
      'tokens',
      quote(
        ctx.catalog,
        priceKey,
        `${model} may not be offered in ${ctx.region}: enter a ${direction.toLowerCase()} token rate (USD per 1M tokens) for it, or pick another model or region`,
      ),
      `${fmt(requests)} requests × ${tokensPerRequest} tokens`,
    ),
    ctx.week.rps,
  );
}

export const bedrock: HostingDefinition<BedrockHosting> = {
  type,
  schema: BedrockSchema,
  label: 'Amazon Bedrock',
  summaryName: 'Bedrock',
  ruleKey: 'bedrock',
  family: 'foundation-model',
  usageName: 'Bedrock',
  limits,
  purchases: [onDemand, provisionedThroughput],
  instances: null,
  instancePicker: null,
  estimate: estimateBedrock,
  propose({ catalog, region }) {
    const model = cheapestModel(catalog, region);
    if (!model) return [];
    return [
      {
        design: { name: `Bedrock (${model})`, hosting: { type, model }, purchase: ON_DEMAND },
        why: [rule('rule.bedrock', 'a managed foundation model billed by tokens, when one serves the use case')],
        against: [
          rule(
            'rule.bedrock.custom',
            'only for foundation models; your own model needs a custom model on Provisioned Throughput',
          ),
        ],
      },
    ];
  },
  defaults: (previous) => ({ type, model: 'anthropic.claude-3-haiku', ...carriedRegion(previous) }),
  numberFields: () => [
    {
      id: 'inputTokensPerRequest',
      label: 'Input tokens per request',
      unit: 'tokens',
      rule: 'non-negative',
      optional: true,
      help: 'Empty: the workload’s token counts.',
    },
    {
      id: 'outputTokensPerRequest',
      label: 'Output tokens per request',
      unit: 'tokens',
      rule: 'non-negative',
      optional: true,
    },
  ],
  choiceFields: (h, catalog, region) => [
    {
      id: 'model',
      label: 'Model',
      value: h.model,
      options: [...new Set([h.model, ...(catalog ? bedrockModels(catalog, region) : [])])].map((m) => ({
        value: m,
        label: m,
      })),
      numeric: false,
    },
  ],
  describe: (h) => ({ instance: h.model, scaling: 'managed (per token)' }),
};
