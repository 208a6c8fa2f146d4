/**
 * AWS Lambda: requests + duration GB-seconds (tiered by monthly volume, one line per tier used), plus
 * with provisioned concurrency (PC) the configured GB-seconds and the duration while provisioned.
 * A Compute Savings Plan covers the on-demand duration, hour by hour.
 */
import { priceKeys, savingsPlanUsage } from '../../prices/keys';
import type { PriceTier } from '../../prices/catalog';
import type { Hosting } from '../../project/schema';
import { HOSTING_LIMITS, USABLE_MEMORY_SHARE } from '../hostingLimits';
import { HOURS_PER_MONTH, HOURS_PER_WEEK, WEEKS_PER_MONTH } from '../results';
import { MB_PER_GB, SECONDS_PER_HOUR } from '../units';
import { simulateServerless } from '../capacity/serverlessConcurrency';
import { addLine, addReason, type EstimateContext } from '../pricing/context';
import { fmt, fmtPercent, priceLine } from '../pricing/lineItems';
import { quote, type AvailableQuote, type Quote } from '../pricing/quotes';
import { purchaseExclusion } from '../purchaseRules';
import { addSavingsPlanLines } from '../purchase/savingsPlanLines';

/** The week's length as a module-local constant: hot loops read it without going through a module binding. */
const WEEK_HOURS = HOURS_PER_WEEK;

type LambdaHosting = Extract<Hosting, { type: 'lambda' }>;

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

/** Estimates a Lambda design into the context. */
export function estimateLambda(ctx: EstimateContext, h: LambdaHosting): void {
  const w = ctx.workload;
  const limits = HOSTING_LIMITS.lambda;
  const gb = h.memoryMB / MB_PER_GB;
  const pc = h.provisionedConcurrency ?? 0;
  if (w.models.sizeGB * MB_PER_GB > h.memoryMB * USABLE_MEMORY_SHARE)
    addReason(
      ctx,
      'lambda.memory',
      `a ${w.models.sizeGB} GB model does not fit Lambda memory ${h.memoryMB} MB (at most ${limits.memoryMB!.max} MB)`,
    );

  const duration = w.inferenceMs / 1000;
  const sim = simulateServerless(ctx.week.rps, duration, pc, ctx.capacity);
  if (sim.peakConcurrency > limits.accountConcurrencyQuota!)
    ctx.warnings.push(
      `Peak concurrency ${fmt(sim.peakConcurrency)} exceeds Lambda's default ${limits.accountConcurrencyQuota} concurrent executions per region: request a quota increase`,
    );
  ctx.capacityUnit = 'concurrency';
  ctx.coldStartShare = sim.coldStartShare;
  if (sim.coldStartShare > 0)
    ctx.warnings.push(
      `${fmtPercent(sim.coldStartShare)} of requests run on on-demand Lambda capacity and may hit cold starts`,
    );

  const region = ctx.region;
  const arch = h.architecture;
  const requests = ctx.week.requestsPerMonth;
  addLine(
    ctx,
    priceLine(
      `Lambda requests (${arch})`,
      requests,
      'requests',
      quote(ctx.catalog, priceKeys.lambdaRequests(region, arch)),
      `${fmt(requests)} requests per month`,
    ),
    ctx.week.rps,
  );

  const odWeights = new Array<number>(HOURS_PER_WEEK);
  for (let i = 0; i < WEEK_HOURS; i++) odWeights[i] = Math.max(0, ctx.capacity[i]! - pc) * SECONDS_PER_HOUR * gb;
  const odGbSeconds = sim.onDemandSecondsPerWeek * gb * WEEKS_PER_MONTH;
  const durationQuote = quote(ctx.catalog, priceKeys.lambdaDuration(region, arch));
  const p = ctx.design.purchase;
  if (p.type === 'compute-savings-plan' && purchaseExclusion(p.type, 'lambda') === null) {
    if (durationQuote.ok && durationQuote.tiers && durationQuote.tiers.length > 1)
      ctx.warnings.push(
        'Compute Savings Plan on Lambda: on-demand duration beyond the commitment is priced at the first tier rate',
      );
    addSavingsPlanLines(ctx, p, {
      usagePerHour: odWeights,
      base: 'GB-seconds',
      onDemand: durationQuote,
      planKey: priceKeys.savingsPlanRate(
        'compute',
        region,
        p.termYears,
        p.payment,
        savingsPlanUsage.lambdaDuration(arch),
      ),
      what: `Lambda duration, ${arch}`,
    });
  } else
    addDurationLines(
      ctx,
      durationQuote,
      odGbSeconds,
      odWeights,
      `${fmt(requests * sim.coldStartShare)} requests × ${duration} s × ${gb} GB`,
    );

  if (pc > 0) {
    const pcGbSeconds = pc * gb * HOURS_PER_MONTH * SECONDS_PER_HOUR;
    addLine(
      ctx,
      priceLine(
        `Provisioned concurrency (${h.memoryMB} MB)`,
        pcGbSeconds,
        'GB-seconds',
        quote(ctx.catalog, priceKeys.lambdaPcCapacity(region, arch)),
        `${pc} × ${gb} GB × 730 h × 3600 s`,
      ),
    );
    const pcWeights = new Array<number>(HOURS_PER_WEEK);
    for (let i = 0; i < WEEK_HOURS; i++) pcWeights[i] = Math.min(ctx.capacity[i]!, pc);
    addLine(
      ctx,
      priceLine(
        'Duration while provisioned',
        sim.pcSecondsPerWeek * gb * WEEKS_PER_MONTH,
        'GB-seconds',
        quote(ctx.catalog, priceKeys.lambdaPcDuration(region, arch)),
        `requests served by PC × ${duration} s × ${gb} GB`,
      ),
      pcWeights,
    );
  }
}

/** Duration GB-seconds, one line per price tier the monthly volume reaches. */
function addDurationLines(ctx: EstimateContext, q: Quote, gbSeconds: number, weights: number[], formula: string): void {
  if (!q.ok || !q.tiers || q.tiers.length === 0) {
    addLine(ctx, priceLine('Lambda duration', gbSeconds, 'GB-seconds', q, formula), weights);
    return;
  }
  const parts = splitTiers(gbSeconds, q.tiers);
  if (parts.length === 0) parts.push([q.tiers[0]!, 0]);
  for (const [tier, qty] of parts) {
    const tierQuote: AvailableQuote = { ...q, usd: tier.usd };
    addLine(
      ctx,
      priceLine(
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
