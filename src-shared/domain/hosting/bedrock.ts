/** Bedrock: on-demand input and output tokens, or Provisioned Throughput model units by the hour. */
import { z } from 'zod';
import { LIMITS, nonNegativeUpTo, RegionSchema } from '../../project/fields';
import type { PriceCatalog } from '../../prices/catalog';
import { priceKeys } from '../../prices/keys';
import { bedrockModelPrices, rankBedrockModels } from '../gpu/bedrockChoice';
import type { HostingDefinition, ProposalInput } from '../definitions';
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
  // Managed: the model runs on Bedrock's accelerators, so the user needs no GPU.
  gpu: 'managed',
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

/**
 * The text-generation model that costs least for the workload's token mix (input, cached input,
 * output), never an embedding model; without token counts, ranked for equal input and output.
 */
function cheapestGenerationModel(catalog: PriceCatalog, region: string, w: ProposalInput['workload']) {
  const mix =
    w.inputTokensPerRequest !== undefined && w.outputTokensPerRequest !== undefined
      ? {
          inputTokens: w.inputTokensPerRequest,
          outputTokens: w.outputTokensPerRequest,
          cachedInputTokens: w.cachedInputTokensPerRequest,
        }
      : { inputTokens: 1, outputTokens: 1 };
  return rankBedrockModels(bedrockModelPrices(catalog, region), mix)[0];
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
          reason: `price unavailable: no Provisioned Throughput rate for ${h.model} (${p.term}); enter a rate per model unit per hour`,
          detail: 'purchase.ratePerModelUnitHour',
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
      'Bedrock is billed by tokens: enter input and output tokens per request, in the workload or the design',
      'workload.inputTokensPerRequest, workload.outputTokensPerRequest',
    );
    return;
  }
  // Prompt-cache reads (cachedInputTokensPerRequest) at the model's cache-read price, when it has one.
  const cacheKey = priceKeys.bedrockTokens(region, 'in-region', 'cache-read', h.model);
  const cached = Math.min(w.cachedInputTokensPerRequest ?? 0, tokensIn);
  const cacheable = cached > 0 && ctx.catalog.lookup(cacheKey).ok;
  if (cached > 0 && !cacheable)
    ctx.warnings.push(`${h.model} has no prompt-cache price in the data: cached input tokens are billed as input`);
  const fresh = cacheable ? tokensIn - cached : tokensIn;
  addTokenLine(ctx, 'Input', h.model, fresh, priceKeys.bedrockInputTokens(region, h.model));
  if (cacheable) addTokenLine(ctx, 'Cache-read input', h.model, cached, cacheKey);
  addTokenLine(ctx, 'Output', h.model, tokensOut, priceKeys.bedrockOutputTokens(region, h.model));
}

/** On-demand tokens of one direction: requests × tokens per request, spread over the week like the traffic. */
function addTokenLine(
  ctx: EstimateContext,
  direction: 'Input' | 'Cache-read input' | 'Output',
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
  propose({ catalog, region, workload }) {
    const best = cheapestGenerationModel(catalog, region, workload);
    if (!best) return [];
    const model = best.model;
    return [
      {
        design: { name: `Bedrock (${model})`, hosting: { type, model }, purchase: ON_DEMAND },
        why: [
          rule('rule.bedrock', 'a managed foundation model billed by tokens, when one serves the use case'),
          rule(
            'rule.bedrock.tokenMix',
            workload.inputTokensPerRequest !== undefined && workload.outputTokensPerRequest !== undefined
              ? `the text-generation model that costs least for this token mix (${best.basis} per request); needs no GPU of yours`
              : 'the text-generation model with the lowest input plus output price (no token counts yet); needs no GPU of yours',
          ),
        ],
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
