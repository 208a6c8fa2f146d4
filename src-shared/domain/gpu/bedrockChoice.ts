/**
 * Comparing Bedrock fairly with self-hosting (README, "GPU and LLM serving"): which models can serve a text-generation
 * workload and what each costs for its token mix, how long a response takes at the model's output
 * speed, and how many Provisioned Throughput model units a peak needs.
 */
import type { BedrockModelInfo, PriceCatalog } from '../../prices/catalog';
import { priceKeys, type BedrockRoute, type BedrockTokenMeter } from '../../prices/keys';

/** One model's per-token prices, USD per 1M tokens (cache prices optional), and its kind when the data says. */
export interface BedrockModelPrices {
  model: string;
  inputPer1M: number;
  outputPer1M: number | undefined;
  cacheReadPer1M?: number | undefined;
  cacheWritePer1M?: number | undefined;
  /** The price data's kind of model (`catalog.bedrockModel()`); undefined when the data does not list it. */
  kind?: BedrockModelInfo['kind'] | undefined;
}

/** The token mix of one request. */
export interface TokenMix {
  inputTokens: number;
  outputTokens: number;
  /** Input tokens read from a prompt cache (`cachedInputTokensPerRequest`). */
  cachedInputTokens?: number | undefined;
}

/**
 * What a workload asks of a model: text generation, or embeddings. A workload with input tokens and
 * no output tokens per request (`outputTokensPerRequest: 0`) asks for embeddings: an embedding
 * request returns a vector, not tokens.
 */
export type BedrockTask = 'generation' | 'embedding';

/** The task a workload's token counts describe (see BedrockTask). */
export function bedrockTaskOf(w: { outputTokensPerRequest?: number | undefined }): BedrockTask {
  return w.outputTokensPerRequest === 0 ? 'embedding' : 'generation';
}

/**
 * True when a model can answer a text-generation workload: the price data calls it text generation
 * and it has an output price. For a model the data does not list, its prices decide: an output price
 * above zero (an embedding model has none), never a guess from its name.
 */
export function isTextGeneration(p: BedrockModelPrices): boolean {
  const priced = p.outputPer1M !== undefined && p.outputPer1M > 0 && p.inputPer1M >= 0;
  return p.kind === undefined ? priced : p.kind === 'text-generation' && priced;
}

/** True when the price data lists the model as an embedding model. */
export function isEmbedding(p: BedrockModelPrices): boolean {
  return p.kind === 'embedding';
}

/** A model's price for one request of the mix, with its working. */
export interface BedrockRequestCost {
  model: string;
  usdPerRequest: number;
  basis: string;
}

/**
 * Cost of one request: uncached input × input price + cached input × cache-read price (the input price
 * when the model has no cache price, since then nothing is cached) + output × output price. A model
 * without an output price is priced only for requests without output tokens (embeddings).
 */
export function bedrockRequestCost(p: BedrockModelPrices, mix: TokenMix): BedrockRequestCost | null {
  if (p.outputPer1M === undefined && mix.outputTokens > 0) return null;
  const outPrice = p.outputPer1M ?? 0;
  const cached = p.cacheReadPer1M !== undefined ? Math.min(mix.cachedInputTokens ?? 0, mix.inputTokens) : 0;
  const fresh = mix.inputTokens - cached;
  const usd = (fresh * p.inputPer1M + cached * (p.cacheReadPer1M ?? 0) + mix.outputTokens * outPrice) / 1e6;
  const cacheText = cached > 0 ? ` + ${cached} cached × $${p.cacheReadPer1M}/1M` : '';
  const outText =
    mix.outputTokens > 0 || p.outputPer1M !== undefined ? ` + ${mix.outputTokens} output × $${outPrice}/1M` : '';
  return {
    model: p.model,
    usdPerRequest: usd,
    basis: `${fresh} input × $${p.inputPer1M}/1M${cacheText}${outText}`,
  };
}

/**
 * Models ranked by cost for the workload's token mix, cheapest first: text-generation models for a
 * generation workload (never an embedding model), embedding models for an embedding one. Ties keep
 * the catalog's order.
 */
export function rankBedrockModels(
  models: ReadonlyArray<BedrockModelPrices>,
  mix: TokenMix,
  task: BedrockTask = 'generation',
): BedrockRequestCost[] {
  const out: BedrockRequestCost[] = [];
  for (const m of models) {
    if (task === 'generation' ? !isTextGeneration(m) : !isEmbedding(m)) continue;
    const c = bedrockRequestCost(m, task === 'embedding' ? { ...mix, outputTokens: 0 } : mix);
    if (c) out.push(c);
  }
  return out.sort((a, b) => a.usdPerRequest - b.usdPerRequest);
}

/**
 * The per-token prices of every Bedrock model the catalog has in a region, on a route (in-region,
 * geo or global cross-Region profile), at batch-inference prices when `batch`, with prompt-cache prices where
 * the data has them. A model without a price on that route is left out.
 */
export function bedrockModelPrices(
  catalog: PriceCatalog,
  region: string,
  route: BedrockRoute = 'in-region',
  batch = false,
): BedrockModelPrices[] {
  const inputMeter = batch ? 'batch-input' : 'input';
  const outputMeter = batch ? 'batch-output' : 'output';
  const prefix = priceKeys.bedrockTokens(region, route, inputMeter, '');
  const out: BedrockModelPrices[] = [];
  for (const key of catalog.keysWithPrefix(prefix)) {
    const model = key.slice(prefix.length);
    const input = catalog.lookup(key);
    if (!input.ok) continue;
    const price = (meter: BedrockTokenMeter) => {
      const r = catalog.lookup(priceKeys.bedrockTokens(region, route, meter, model));
      return r.ok ? r.price.usd : undefined;
    };
    out.push({
      model,
      inputPer1M: input.price.usd,
      outputPer1M: price(outputMeter),
      // Batch inference has no prompt cache; on-demand reads and writes have their own prices.
      cacheReadPer1M: batch ? undefined : price('cache-read'),
      cacheWritePer1M: batch ? undefined : price('cache-write'),
      kind: catalog.bedrockModel(model)?.kind,
    });
  }
  return out;
}

/** Minutes a prompt cache entry lives after its last use (Bedrock prompt caching, 5-minute TTL). */
export const PROMPT_CACHE_TTL_MINUTES = 5;

/**
 * Cached prompt tokens written to the cache in a month. Each hit resets the 5-minute lifetime, so a
 * cache is written again only after 5 minutes without a request: at most once per 5-minute window with
 * traffic, and never more often than there are requests. This upper bound is the stated rule.
 */
export function promptCacheWriteTokens(
  cachedInputTokensPerRequest: number,
  requestsPerMonth: number,
  hoursWithTrafficPerMonth: number,
): number {
  const windows = hoursWithTrafficPerMonth * (60 / PROMPT_CACHE_TTL_MINUTES);
  return cachedInputTokensPerRequest * Math.min(requestsPerMonth, windows);
}

/** Bedrock's response time when the model's output speed is known, else unknown (never the inference time). */
export type BedrockLatency = { known: true; ms: number; basis: string } | { known: false; reason: string };

/** Latency = time to first token (when known) + output tokens ÷ the model's output tokens per second. */
export function bedrockLatency(
  outputTokens: number,
  outputTokensPerSecond: number | undefined,
  timeToFirstTokenMs?: number,
): BedrockLatency {
  if (outputTokensPerSecond === undefined || !(outputTokensPerSecond > 0))
    return { known: false, reason: "unknown: the model's output speed (tokens per second) is not known" };
  const ttft = timeToFirstTokenMs ?? 0;
  const ms = ttft + (outputTokens / outputTokensPerSecond) * 1000;
  const ttftText = timeToFirstTokenMs !== undefined ? `${timeToFirstTokenMs} ms to first token + ` : '';
  return { known: true, ms, basis: `${ttftText}${outputTokens} tokens ÷ ${outputTokensPerSecond} tokens/s` };
}

/** Model units a peak needs, and the working. */
export interface ProvisionedThroughputSize {
  modelUnits: number;
  peakTokensPerMinute: number;
  basis: string;
}

/**
 * Provisioned Throughput model units = ⌈peak tokens per minute ÷ one unit's tokens per minute⌉, with
 * the peak's tokens = peak requests/s × 60 × (input + output tokens per request). One unit's capacity
 * is model-specific and comes from the user (AWS gives it per model on request).
 */
export function sizeProvisionedThroughput(
  peakRequestsPerSecond: number,
  mix: TokenMix,
  tokensPerMinutePerModelUnit: number,
): ProvisionedThroughputSize | null {
  if (!(tokensPerMinutePerModelUnit > 0)) return null;
  const perMinute = peakRequestsPerSecond * 60 * (mix.inputTokens + mix.outputTokens);
  const units = Math.max(1, Math.ceil(perMinute / tokensPerMinutePerModelUnit));
  return {
    modelUnits: units,
    peakTokensPerMinute: perMinute,
    basis: `⌈${Math.round(perMinute)} tokens/min at peak ÷ ${tokensPerMinutePerModelUnit} per model unit⌉ = ${units}`,
  };
}

/** The Provisioned Throughput terms a model allows: those the price data has a rate for. */
export function provisionedThroughputTerms(
  catalog: PriceCatalog,
  region: string,
  model: string,
): Array<'none' | '1-month' | '6-month'> {
  return (['none', '1-month', '6-month'] as const).filter(
    (t) => catalog.lookup(priceKeys.bedrockProvisionedThroughput(region, model, t)).ok,
  );
}
