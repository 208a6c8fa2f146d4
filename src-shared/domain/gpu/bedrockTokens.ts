/**
 * Bedrock's token lines for one design, each meter at its own price on its own line (README, "GPU and
 * LLM serving"): input and output on the design's mode (on-demand, or batch inference) and route
 * (in-region, or a geo or global cross-Region profile), and prompt-cache reads and writes from
 * `cachedInputTokensPerRequest`. Cache writes follow the stated rule of bedrockChoice.ts
 * (promptCacheWriteTokens): one cached prefix, written again after 5 minutes without a request.
 */
import { priceKeys, type BedrockRoute, type BedrockTokenMeter } from '../../prices/keys';
import { addLine, type EstimateContext } from '../pricing/context';
import { fmt, priceLine } from '../pricing/lineItems';
import { quote } from '../pricing/quotes';
import { HOURS_PER_WEEK, WEEKS_PER_MONTH } from '../results';
import { PROMPT_CACHE_TTL_MINUTES, promptCacheWriteTokens } from './bedrockChoice';

/** What one design bills in tokens. */
export interface BedrockTokenUse {
  model: string;
  /** Batch inference (its own, lower prices; no prompt cache) instead of on-demand requests. */
  batch: boolean;
  route: BedrockRoute;
  inputTokensPerRequest: number;
  outputTokensPerRequest: number;
  /** Input tokens per request a prompt cache serves (the workload's `cachedInputTokensPerRequest`). */
  cachedInputTokensPerRequest: number;
}

const ROUTE_WORDS: Record<BedrockRoute, string> = {
  'in-region': 'in-region',
  geo: 'geo cross-Region',
  global: 'global cross-Region',
};

/** The line label's qualifier: empty for in-region on-demand, else the mode and route in words. */
function qualifier(u: BedrockTokenUse): string {
  const parts = [...(u.batch ? ['batch'] : []), ...(u.route !== 'in-region' ? [ROUTE_WORDS[u.route]] : [])];
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

/** What to say when a meter has no price: the model may not be offered that way; what to enter or choose. */
function missingPrice(ctx: EstimateContext, u: BedrockTokenUse, what: string): string {
  if (!u.batch && u.route === 'in-region')
    return `${u.model} may not be offered in ${ctx.region}: enter a ${what} token rate (USD per 1M tokens) for it, or pick another model or region`;
  const way = `${u.batch ? 'batch inference' : 'on-demand requests'} on the ${ROUTE_WORDS[u.route]} route`;
  const alt = u.batch ? 'mode on-demand' : 'route in-region';
  return `the price data has no ${what} token price for ${u.model} by ${way} in ${ctx.region}: enter a rate (USD per 1M tokens) for it, or choose ${alt}`;
}

function hasPrice(ctx: EstimateContext, key: string): boolean {
  return ctx.catalog.lookup(key).ok;
}

/** Adds one token line: `tokens` a month at the meter's price, spread over the week like the traffic. */
function tokenLine(
  ctx: EstimateContext,
  u: BedrockTokenUse,
  label: string,
  meter: BedrockTokenMeter,
  tokens: number,
  formula: string,
): void {
  const key = priceKeys.bedrockTokens(ctx.region, u.route, meter, u.model);
  const words = label.toLowerCase().replace(/ tokens$/, '');
  const q = quote(ctx.catalog, key, missingPrice(ctx, u, words));
  addLine(ctx, priceLine('usage', `${label} (${u.model}${qualifier(u)})`, tokens, 'tokens', q, formula), ctx.week.rps);
}

/** Prompt-cache writes a month (upper bound) and the hours with traffic it rests on. */
function cacheWrites(ctx: EstimateContext): { writes: number; hours: number } {
  const hours = (HOURS_PER_WEEK - ctx.week.idleHours) * WEEKS_PER_MONTH;
  return { writes: promptCacheWriteTokens(1, ctx.week.requestsPerMonth, hours), hours };
}

/** Adds the design's token lines (see the module comment) and the warnings their rules need. */
export function addBedrockTokenLines(ctx: EstimateContext, u: BedrockTokenUse): void {
  const requests = ctx.week.requestsPerMonth;
  const per = (n: number) => `${fmt(requests)} requests × ${n} tokens`;
  const cached = Math.min(u.cachedInputTokensPerRequest, u.inputTokensPerRequest);
  const readMeter: BedrockTokenMeter = 'cache-read';
  const cacheable =
    cached > 0 && !u.batch && hasPrice(ctx, priceKeys.bedrockTokens(ctx.region, u.route, readMeter, u.model));
  if (cached > 0 && u.batch)
    ctx.warnings.push('Batch inference has no prompt cache: cached input tokens are billed as batch input');
  else if (cached > 0 && !cacheable)
    ctx.warnings.push(`${u.model} has no prompt-cache price in the data: cached input tokens are billed as input`);

  const inputMeter: BedrockTokenMeter = u.batch ? 'batch-input' : 'input';
  const outputMeter: BedrockTokenMeter = u.batch ? 'batch-output' : 'output';
  if (!cacheable)
    tokenLine(ctx, u, 'Input tokens', inputMeter, requests * u.inputTokensPerRequest, per(u.inputTokensPerRequest));
  else {
    const fresh = u.inputTokensPerRequest - cached;
    const { writes, hours } = cacheWrites(ctx);
    const writeMeter: BedrockTokenMeter = 'cache-write';
    const writePriced = hasPrice(ctx, priceKeys.bedrockTokens(ctx.region, u.route, writeMeter, u.model));
    const windows = `at most one per ${PROMPT_CACHE_TTL_MINUTES}-minute window with traffic: ${fmt(hours)} h × ${60 / PROMPT_CACHE_TTL_MINUTES}`;
    if (writePriced) tokenLine(ctx, u, 'Input tokens', inputMeter, requests * fresh, per(fresh));
    else {
      ctx.warnings.push(
        `${u.model} has no cache-write price in the data: cache writes are billed as input tokens (an upper bound)`,
      );
      tokenLine(
        ctx,
        u,
        'Input tokens',
        inputMeter,
        requests * fresh + writes * cached,
        `${per(fresh)} + ${fmt(writes)} cache writes (${windows}) × ${cached} tokens`,
      );
    }
    tokenLine(
      ctx,
      u,
      'Cache-read input tokens',
      readMeter,
      (requests - writes) * cached,
      `(${fmt(requests)} requests − ${fmt(writes)} cache writes) × ${cached} tokens`,
    );
    if (writePriced)
      tokenLine(
        ctx,
        u,
        'Cache-write input tokens',
        writeMeter,
        writes * cached,
        `${fmt(writes)} cache writes (${windows}; one cached prefix, an upper bound) × ${cached} tokens`,
      );
  }
  const outputPriced = hasPrice(ctx, priceKeys.bedrockTokens(ctx.region, u.route, outputMeter, u.model));
  // An embedding request returns a vector: no output tokens and, for an embedding model, no output price.
  if (u.outputTokensPerRequest > 0 || outputPriced)
    tokenLine(ctx, u, 'Output tokens', outputMeter, requests * u.outputTokensPerRequest, per(u.outputTokensPerRequest));
}
