/**
 * Bedrock: input and output tokens on-demand or by batch inference, in-region or on a cross-Region
 * route, with prompt-cache reads and writes (gpu/bedrockTokens.ts); or Provisioned Throughput model
 * units by the hour (gpu/bedrockProvisioned.ts). Latency from the model's output speed, or unknown.
 */
import { z } from 'zod';
import { LIMITS, nonNegativeUpTo, positiveUpTo, RegionSchema } from '../../project/fields';
import type { PriceCatalog } from '../../prices/catalog';
import { priceKeys, type BedrockRoute } from '../../prices/keys';
import { bedrockLatency } from '../gpu/bedrockChoice';
import { resolveBedrockModel } from '../gpu/bedrockModelId';
import { bedrockProposals } from '../gpu/bedrockProposals';
import { estimateProvisionedThroughput } from '../gpu/bedrockProvisioned';
import { addBedrockTokenLines } from '../gpu/bedrockTokens';
import type { HostingDefinition } from '../definitions';
import { noServiceLimits, type HostingLimits } from '../hostingLimits';
import { addReason, type EstimateContext } from '../pricing/context';
import { fmt } from '../pricing/lineItems';
import { onDemand, ON_DEMAND } from '../purchase/onDemand';
import { isProvisionedThroughput, provisionedThroughput } from '../purchase/provisionedThroughput';
import { carriedRegion } from './instanceBased';

/** How Bedrock runs the requests: on-demand (default) or batch inference jobs, each at its own prices. */
const BEDROCK_MODES = [ON_DEMAND.type, 'batch'] as const;
/** Where requests run: the region itself (default), a geo cross-Region profile, or the global one. */
const BEDROCK_ROUTES = ['in-region', 'geo', 'global'] as const satisfies ReadonlyArray<BedrockRoute>;
const MODE_WORDS: Record<(typeof BEDROCK_MODES)[number], string> = {
  [BEDROCK_MODES[0]]: 'On-demand',
  batch: 'Batch inference (lower prices, results as jobs)',
};
const ROUTE_WORDS: Record<BedrockRoute, string> = {
  'in-region': 'In-region',
  geo: 'Geo cross-Region profile',
  global: 'Global cross-Region profile',
};

export const BedrockSchema = z.strictObject({
  type: z.literal('bedrock'),
  /** A model id of the price catalog, e.g. "anthropic.claude-3-haiku". */
  model: z.string().min(1),
  inputTokensPerRequest: nonNegativeUpTo(LIMITS.tokensPerRequest, 'tokens').optional(),
  outputTokensPerRequest: nonNegativeUpTo(LIMITS.tokensPerRequest, 'tokens').optional(),
  /** On-demand requests (default) or batch inference, each at its own prices. */
  mode: z.enum(BEDROCK_MODES).optional(),
  /** `in-region` (default), `geo` or `global` cross-Region inference profile, each at its own prices. */
  route: z.enum(BEDROCK_ROUTES).optional(),
  /** The model's output speed, tokens per second per request (a published or measured figure): sets the latency. */
  outputTokensPerSecond: positiveUpTo(1_000_000, 'tokens/s').optional(),
  /** The model's time to first token, ms, added to the decoding time when known. */
  timeToFirstTokenMs: nonNegativeUpTo(3_600_000, 'ms (an hour)').optional(),
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

/** True when the design runs as batch inference jobs rather than on-demand requests. */
function isBatch(h: BedrockHosting): boolean {
  return h.mode === 'batch';
}

/**
 * Bedrock's latency: output tokens ÷ the model's output speed (plus time to first token) when the
 * design gives the speed, else unknown and said so; never the workload's inference time, which is
 * the user's own model on their hardware. Batch inference has no per-request latency.
 */
function setBedrockLatency(ctx: EstimateContext, h: BedrockHosting, tokensOut: number | undefined): void {
  ctx.percentileMs = null;
  if (isBatch(h)) {
    ctx.typicalMs = null;
    ctx.typicalBasis = 'batch inference: requests run as jobs, with no per-request latency';
    if (ctx.workload.latencyTargetMs !== null)
      addReason(
        ctx,
        'bedrock.batchLatency',
        `Bedrock batch inference runs requests as jobs (results in hours), so it cannot meet a latency target of ${ctx.workload.latencyTargetMs} ms: use mode on-demand, or no latency target`,
      );
    return;
  }
  const l = bedrockLatency(tokensOut ?? 0, h.outputTokensPerSecond, h.timeToFirstTokenMs);
  if (!l.known || tokensOut === undefined) {
    ctx.typicalMs = null;
    ctx.typicalBasis = `${l.known ? 'unknown: no output tokens per request' : l.reason}; enter the model's output speed (tokens per second) on the design to have it worked out`;
    if (ctx.workload.latencyTargetMs !== null)
      ctx.warnings.push(
        `Bedrock latency is unknown (the model's output speed is not given), so the ${ctx.workload.latencyTargetMs} ms target is not checked`,
      );
    return;
  }
  ctx.typicalMs = l.ms;
  ctx.typicalBasis = l.basis;
  const target = ctx.workload.latencyTargetMs;
  if (target !== null && l.ms > target)
    addReason(ctx, 'bedrock.latency', `a response takes ${fmt(l.ms)} ms (${l.basis}), over the ${target} ms target`);
}

/** Estimates a Bedrock design into the context. */
function estimateBedrock(ctx: EstimateContext, h: BedrockHosting): void {
  const w = ctx.workload;
  const p = ctx.design.purchase;
  ctx.capacityUnit = 'none';
  const tokensIn = h.inputTokensPerRequest ?? w.inputTokensPerRequest;
  const tokensOut = h.outputTokensPerRequest ?? w.outputTokensPerRequest;
  setBedrockLatency(ctx, h, tokensOut);
  const { id: model, givenAs } = resolveBedrockModel(ctx.catalog, h.model);
  if (givenAs !== null)
    ctx.warnings.push(`Priced as ${model}, the price data's name for ${givenAs} (without its version or release date)`);
  const info = ctx.catalog.bedrockModel(model);
  if (info?.kind === 'embedding' && tokensOut !== undefined && tokensOut > 0)
    addReason(
      ctx,
      'bedrock.modelKind',
      `${info.name ?? model} is an embedding model: it returns vectors, not text, so it cannot serve ${tokensOut} output tokens per request; choose a text-generation model`,
    );
  const mix =
    tokensIn !== undefined && tokensOut !== undefined ? { inputTokens: tokensIn, outputTokens: tokensOut } : null;
  if (isProvisionedThroughput(p)) {
    if (isBatch(h) || (h.route ?? 'in-region') !== 'in-region')
      addReason(
        ctx,
        'bedrock.provisionedMode',
        'Provisioned Throughput serves on-demand requests in its own region: use mode on-demand and route in-region with it',
      );
    estimateProvisionedThroughput(ctx, model, p, mix);
    return;
  }
  if (!mix) {
    addReason(
      ctx,
      'bedrock.tokens',
      'Bedrock is billed by tokens: enter input and output tokens per request, in the workload or the design',
      'workload.inputTokensPerRequest, workload.outputTokensPerRequest',
    );
    return;
  }
  addBedrockTokenLines(ctx, {
    model,
    batch: isBatch(h),
    route: h.route ?? 'in-region',
    inputTokensPerRequest: mix.inputTokens,
    outputTokensPerRequest: mix.outputTokens,
    cachedInputTokensPerRequest: w.cachedInputTokensPerRequest ?? 0,
  });
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
  propose: (input) => bedrockProposals(type, input),
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
    {
      id: 'outputTokensPerSecond',
      label: 'Model output speed',
      unit: 'tokens/s',
      rule: 'positive',
      optional: true,
      help: 'Published or measured; empty: latency unknown.',
    },
    {
      id: 'timeToFirstTokenMs',
      label: 'Time to first token',
      unit: 'ms',
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
    {
      id: 'mode',
      label: 'Mode',
      value: h.mode ?? BEDROCK_MODES[0],
      options: BEDROCK_MODES.map((m) => ({ value: m, label: MODE_WORDS[m] })),
      numeric: false,
    },
    {
      id: 'route',
      label: 'Route',
      value: h.route ?? BEDROCK_ROUTES[0],
      options: BEDROCK_ROUTES.map((r) => ({ value: r, label: ROUTE_WORDS[r] })),
      numeric: false,
    },
  ],
  describe: (h) => ({
    instance: h.model,
    scaling: `managed (per token${isBatch(h) ? ', batch inference' : ''}${h.route && h.route !== 'in-region' ? `, ${ROUTE_WORDS[h.route].toLowerCase()}` : ''})`,
  }),
};
