/**
 * SageMaker serverless inference: compute seconds × the memory size's rate, plus, with provisioned
 * concurrency (PC), the warm capacity every second it is on and the execution while provisioned at
 * its own rate; plus data processed. One endpoint per model (serverless has no multi-model).
 */
import { priceKeys } from '../../prices/keys';
import type { Hosting } from '../../project/schema';
import { HOSTING_LIMITS, USABLE_MEMORY_SHARE } from '../hostingLimits';
import { HOURS_PER_MONTH, HOURS_PER_WEEK, WEEKS_PER_MONTH } from '../results';
import { MB_PER_GB, SECONDS_PER_HOUR } from '../units';
import { simulateServerless } from '../capacity/serverlessConcurrency';
import { addLine, addReason, type EstimateContext } from '../pricing/context';
import { fmt, fmtPercent, priceLine } from '../pricing/lineItems';
import { addDataProcessed } from './sageMakerMeters';
import { rateByMemory } from './serverlessRate';

/** The week's length as a module-local constant: hot loops read it without going through a module binding. */
const WEEK_HOURS = HOURS_PER_WEEK;

type ServerlessHosting = Extract<Hosting, { type: 'sagemaker-serverless' }>;

/** Estimates a serverless design into the context. */
export function estimateServerless(ctx: EstimateContext, h: ServerlessHosting): void {
  const w = ctx.workload;
  const limits = HOSTING_LIMITS['sagemaker-serverless'];
  const endpoints = w.models.count;
  const pc = h.provisionedConcurrency ?? 0;
  if (endpoints > limits.maxEndpointsPerRegion!)
    addReason(
      ctx,
      'serverless.endpoints',
      `${endpoints} models need ${endpoints} serverless endpoints; a region allows ${limits.maxEndpointsPerRegion}`,
    );
  const usableMB = h.memoryMB * USABLE_MEMORY_SHARE;
  if (w.models.sizeGB * MB_PER_GB > usableMB)
    addReason(
      ctx,
      'serverless.memory',
      `a ${w.models.sizeGB} GB model does not fit serverless memory ${h.memoryMB} MB (${fmt(usableMB)} MB usable; at most ${limits.memoryMB!.max} MB)`,
    );
  if (pc > h.maxConcurrency)
    addReason(
      ctx,
      'serverless.provisionedConcurrency',
      `provisioned concurrency ${pc} exceeds the maximum concurrency ${h.maxConcurrency} (maxConcurrency)`,
    );

  const duration = w.inferenceMs / 1000;
  const sim = simulateServerless(ctx.week.rps, duration, pc, ctx.capacity, 1 / endpoints);
  if (sim.peakConcurrency > h.maxConcurrency)
    addReason(
      ctx,
      'serverless.maxConcurrency',
      `peak concurrency ${fmt(sim.peakConcurrency)} per endpoint exceeds the maximum concurrency ${h.maxConcurrency} (maxConcurrency): requests would be throttled`,
    );
  const totalPeak = sim.peakConcurrency * endpoints;
  if (totalPeak > limits.accountConcurrencyQuota!)
    addReason(
      ctx,
      'serverless.accountConcurrency',
      `peak concurrency ${fmt(totalPeak)} exceeds the account's serverless concurrency quota of ${limits.accountConcurrencyQuota} per region (it may be lower; ask AWS for more)`,
    );

  // Per-hour weights: execution seconds served on demand and by PC (concurrency × 3600 s per hour).
  const odWeights = new Array<number>(HOURS_PER_WEEK);
  const pcWeights = new Array<number>(HOURS_PER_WEEK);
  for (let i = 0; i < WEEK_HOURS; i++) {
    const c = ctx.capacity[i]!;
    odWeights[i] = Math.max(0, c - pc);
    pcWeights[i] = Math.min(c, pc);
    ctx.capacity[i] = c * endpoints;
  }
  ctx.capacityUnit = 'concurrency';
  ctx.coldStartShare = sim.coldStartShare;
  if (sim.coldStartShare > 0)
    ctx.warnings.push(
      `${fmtPercent(sim.coldStartShare)} of requests run on on-demand serverless capacity and may hit cold starts after idle periods`,
    );

  const odSeconds = sim.onDemandSecondsPerWeek * endpoints * WEEKS_PER_MONTH;
  addSecondsLine(
    ctx,
    priceKeys.sageMakerServerlessCompute,
    h.memoryMB,
    'Serverless compute',
    odSeconds,
    `${fmt(ctx.week.requestsPerMonth * sim.coldStartShare)} on-demand requests × ${duration} s`,
    odWeights,
  );

  if (pc > 0) {
    const pcSeconds = pc * endpoints * HOURS_PER_MONTH * SECONDS_PER_HOUR;
    addSecondsLine(
      ctx,
      priceKeys.sageMakerServerlessPcCapacity,
      h.memoryMB,
      'Provisioned concurrency',
      pcSeconds,
      `${pc} provisioned × ${endpoints} endpoint(s) × 730 h × 3600 s`,
    );
    const execSeconds = sim.pcSecondsPerWeek * endpoints * WEEKS_PER_MONTH;
    addSecondsLine(
      ctx,
      priceKeys.sageMakerServerlessPcExecution,
      h.memoryMB,
      'Execution while provisioned',
      execSeconds,
      `${fmt(ctx.week.requestsPerMonth * (1 - sim.coldStartShare))} requests served by PC × ${duration} s`,
      pcWeights,
    );
  }
  addDataProcessed(ctx);
}

/**
 * Adds one line metered in seconds at the rate for the design's memory size (rateByMemory: the
 * nearest size the price data has, with a warning when not exact); the label gets the size.
 */
function addSecondsLine(
  ctx: EstimateContext,
  meterKey: (region: string, memoryMB: number) => string,
  memoryMB: number,
  label: string,
  seconds: number,
  formula: string,
  weights?: ArrayLike<number>,
): void {
  const region = ctx.region;
  const rate = rateByMemory(ctx.catalog, (mb) => meterKey(region, mb), memoryMB, ctx.warnings);
  addLine(ctx, priceLine(`${label} (${memoryMB} MB)`, seconds, 'seconds', rate, formula), weights);
}
