/**
 * Lambda's metered lines besides requests and provisioned concurrency: duration split over its
 * monthly price tiers, ephemeral storage above the included 512 MB, and the free tier as negative
 * lines when the project includes it.
 */
import type { PriceTier } from '../../prices/catalog';
import { priceKeys, type LambdaArchitecture } from '../../prices/keys';
import { ephemeralStorageGbSeconds, lambdaFreeTier } from '../latency/lambdaMeters';
import { addLine, addWarning, type EstimateContext } from '../pricing/context';
import { fmt, priceLine } from '../pricing/lineItems';
import { quote, type AvailableQuote, type Quote } from '../pricing/quotes';

/** Splits a monthly quantity over price tiers: [tier, quantity in tier] for each tier used. */
export function splitTiers(quantity: number, tiers: ReadonlyArray<PriceTier>): Array<[PriceTier, number]> {
  const out: Array<[PriceTier, number]> = [];
  for (const t of tiers) {
    if (quantity <= t.from) break;
    const upper = t.to === null ? quantity : Math.min(quantity, t.to);
    if (upper > t.from) out.push([t, upper - t.from]);
  }
  return out;
}

function tierLabel(t: PriceTier): string {
  const b = (n: number) => `${fmt(n / 1e9)} billion`;
  if (t.to === null) return t.from === 0 ? 'all GB-s' : `over ${b(t.from)} GB-s`;
  return t.from === 0 ? `first ${b(t.to)} GB-s` : `${b(t.from)} to ${b(t.to)} GB-s`;
}

/**
 * The Lambda free tier as its own negative lines when the project includes it (requests, and
 * on-demand duration at the first tier's rate; never provisioned concurrency); the estimate always
 * says whether it is included.
 */
export function addFreeTier(
  ctx: EstimateContext,
  arch: LambdaArchitecture,
  odGbSeconds: number,
  duration: Quote,
): void {
  if (!ctx.includeFreeTier) {
    addWarning(
      ctx,
      'The Lambda free tier (1M requests and 400,000 GB-s a month) is not included',
      'assumptions.includeFreeTier',
    );
    return;
  }
  const free = lambdaFreeTier(ctx.week.requestsPerMonth, odGbSeconds);
  const requestRate = quote(ctx.catalog, priceKeys.lambdaRequests(ctx.region, arch));
  addLine(
    ctx,
    priceLine('usage', 'Free tier: requests', -free.freeRequests, 'requests', requestRate, `−min(requests, 1,000,000)`),
    ctx.week.rps,
  );
  const firstTier: Quote = duration.ok && duration.tiers?.[0] ? { ...duration, usd: duration.tiers[0].usd } : duration;
  addLine(
    ctx,
    priceLine(
      'usage',
      'Free tier: duration',
      -free.freeGbSeconds,
      'GB-seconds',
      firstTier,
      `−min(on-demand GB-s, 400,000)`,
    ),
  );
  ctx.warnings.push(
    `The Lambda free tier is included: ${free.formula}, never provisioned concurrency; it is per account, shared by all functions`,
  );
}

/** Duration GB-seconds, one line per price tier the monthly volume reaches. */
export function addDurationLines(
  ctx: EstimateContext,
  q: Quote,
  gbSeconds: number,
  weights: number[],
  formula: string,
): void {
  if (!q.ok || !q.tiers || q.tiers.length === 0) {
    addLine(ctx, priceLine('usage', 'Lambda duration', gbSeconds, 'GB-seconds', q, formula), weights);
    return;
  }
  const parts = splitTiers(gbSeconds, q.tiers);
  if (parts.length === 0) parts.push([q.tiers[0]!, 0]);
  for (const [tier, qty] of parts) {
    const tierQuote: AvailableQuote = { ...q, usd: tier.usd };
    addLine(
      ctx,
      priceLine(
        'usage',
        `Lambda duration (tier ${tierLabel(tier)})`,
        qty,
        'GB-seconds',
        tierQuote,
        `${fmt(qty)} of ${fmt(gbSeconds)} GB-s (${formula}) in this tier`,
      ),
      weights,
    );
  }
}

/**
 * Ephemeral storage configured above the included 512 MB, billed per GB-second for as long as the
 * function runs (on demand and on provisioned concurrency); not part of the free tier. Nothing is
 * billed at 512 MB, and the line is left out.
 */
export function addEphemeralStorage(
  ctx: EstimateContext,
  ephemeralStorageMB: number,
  runSecondsPerMonth: number,
  arch: LambdaArchitecture,
  weights: { onDemandConcurrency: ArrayLike<number>; pcConcurrency: ArrayLike<number> },
): void {
  const gbSeconds = ephemeralStorageGbSeconds(ephemeralStorageMB, runSecondsPerMonth);
  if (gbSeconds === 0) return;
  const running = Array.from(
    { length: weights.onDemandConcurrency.length },
    (_, h) => weights.onDemandConcurrency[h]! + weights.pcConcurrency[h]!,
  );
  addLine(
    ctx,
    priceLine(
      'usage',
      `Ephemeral storage (${ephemeralStorageMB} MB, ${fmt(ephemeralStorageMB - 512)} MB above the included 512 MB)`,
      gbSeconds,
      'GB-seconds',
      quote(ctx.catalog, priceKeys.lambdaEphemeralStorage(ctx.region, arch)),
      `(${ephemeralStorageMB} − 512) MB ÷ 1024 × ${fmt(runSecondsPerMonth)} s of execution a month`,
    ),
    running,
  );
}
