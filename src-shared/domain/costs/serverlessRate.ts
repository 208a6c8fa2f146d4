/**
 * Serverless rates by memory size. AWS prices SageMaker serverless compute linearly in memory
 * ($0.00002 per GB-second in us-east-1), but public data carries only some sizes: a missing size is
 * derived from another size of the same meter and region, marked derived with the rule. Compute
 * seconds may also be paid through a SageMaker Savings Plan, where the plan rates cover them.
 */
import type { PriceCatalog } from '../../prices/catalog';
import { describePriceKey } from '../../prices/keyWords';
import { priceKeys, savingsPlanUsage } from '../../prices/keys';
import { SECONDS_PER_HOUR } from '../units';
import type { LineKind } from '../results';
import { addLine, addWarning, type EstimateContext, type WarningSink } from '../pricing/context';
import { priceLine } from '../pricing/lineItems';
import { quote, type Quote } from '../pricing/quotes';
import { addSavingsPlanLines, type PlanKind, type PlanPurchase } from '../purchase/savingsPlanLines';

/** The meter's rate for `memoryMB`, exact or derived linearly from the nearest size in the data. */
export function rateByMemory(
  catalog: PriceCatalog,
  keyFor: (memoryMB: number) => string,
  memoryMB: number,
  notes: WarningSink,
): Quote {
  const exact = quote(catalog, keyFor(memoryMB));
  if (exact.ok) return exact;
  const prefix = keyFor(0).slice(0, -1); // "…/serverless-compute/"
  let best: { mb: number; key: string } | undefined;
  for (const k of catalog.keysWithPrefix(prefix)) {
    const mb = Number(k.slice(prefix.length));
    if (Number.isFinite(mb) && mb > 0 && (!best || Math.abs(mb - memoryMB) < Math.abs(best.mb - memoryMB)))
      best = { mb, key: k };
  }
  if (!best) return exact;
  const base = quote(catalog, best.key);
  if (!base.ok) return exact;
  const rule = `linear in memory: rate for ${best.mb} MB × ${memoryMB}/${best.mb}`;
  addWarning(notes, `${describePriceKey(keyFor(memoryMB))}: rate derived (${rule})`, keyFor(memoryMB));
  return {
    ...base,
    usd: (base.usd * memoryMB) / best.mb,
    key: keyFor(memoryMB),
    source: { ...base.source, origin: 'derived', derivedFrom: best.key, rule },
  };
}

/**
 * One line metered in seconds at the rate for the design's memory size (rateByMemory: the nearest
 * size the price data has, with a warning when not exact); the label gets the size.
 */
export function addSecondsLine(
  ctx: EstimateContext,
  kind: LineKind,
  meterKey: (region: string, memoryMB: number) => string,
  memoryMB: number,
  label: string,
  seconds: number,
  formula: string,
  weights?: ArrayLike<number>,
): void {
  const region = ctx.region;
  const rate = rateByMemory(ctx.catalog, (mb) => meterKey(region, mb), memoryMB, ctx);
  addLine(ctx, priceLine(kind, `${label} (${memoryMB} MB)`, seconds, 'seconds', rate, formula), weights);
}

/** The serverless compute served on demand: its seconds a month and mean concurrency hour by hour. */
export interface ServerlessCompute {
  memoryMB: number;
  secondsPerMonth: number;
  /** Mean concurrency of all endpoints in each hour of the week (= execution seconds per second). */
  concurrencyByHour: ArrayLike<number>;
  formula: string;
}

/**
 * Serverless compute seconds at on-demand rates, or under a SageMaker Savings Plan (`plan`, with the
 * design's purchase terms): then the plan rate for the memory size bills the seconds hour by hour up
 * to the commitment, where the plan rates in the data list serverless compute (or, offline, AWS's
 * documented scope says so); elsewhere the line says why the plan does not cover it.
 */
export function addServerlessCompute(
  ctx: EstimateContext,
  usage: ServerlessCompute,
  plan: { kind: PlanKind; terms: PlanPurchase } | null,
): void {
  const { memoryMB } = usage;
  if (!plan) {
    addSecondsLine(
      ctx,
      'usage',
      priceKeys.sageMakerServerlessCompute,
      memoryMB,
      'Serverless compute',
      usage.secondsPerMonth,
      usage.formula,
      usage.concurrencyByHour,
    );
    return;
  }
  const region = ctx.region;
  const onDemand = rateByMemory(ctx.catalog, (mb) => priceKeys.sageMakerServerlessCompute(region, mb), memoryMB, ctx);
  const secondsByHour = Array.from(usage.concurrencyByHour, (c) => c * SECONDS_PER_HOUR);
  const { kind, terms } = plan;
  addSavingsPlanLines(ctx, kind, terms, {
    usagePerHour: secondsByHour,
    base: 'seconds',
    onDemand,
    planKey: priceKeys.savingsPlanRate(
      kind.kind,
      region,
      terms.termYears,
      terms.payment,
      savingsPlanUsage.sageMakerServerless(memoryMB),
    ),
    what: `serverless compute, ${memoryMB} MB`,
  });
  addWarning(
    ctx,
    `${kind.name} on serverless inference: the plan bills compute seconds only; provisioned concurrency and data processed stay at on-demand rates`,
  );
}
