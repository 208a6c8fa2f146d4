/**
 * AWS Lambda: requests + duration GB-seconds (tiered by monthly volume, one line per tier used), plus
 * with provisioned concurrency (PC) the configured GB-seconds and the duration while provisioned.
 * A Compute Savings Plan covers the on-demand duration, hour by hour.
 */
import { z } from 'zod';
import { provisionedConcurrencySchema, RegionSchema } from '../../project/fields';
import type { Workload } from '../../project/workload';
import { priceKeys, savingsPlanUsage } from '../../prices/keys';
import { noServiceLimits, USABLE_MEMORY_SHARE, type HostingLimits } from '../hostingLimits';
import { WEEKS_PER_MONTH } from '../results';
import { BYTES_PER_MB, MB_PER_GB, SECONDS_PER_HOUR } from '../units';
import type { HostingDefinition } from '../definitions';
import { addLine, addReason, type EstimateContext } from '../pricing/context';
import { fmt, priceLine } from '../pricing/lineItems';
import { quote } from '../pricing/quotes';
import { computeSavingsPlan } from '../purchase/computeSavingsPlan';
import { onDemand, ON_DEMAND } from '../purchase/onDemand';
import { addSavingsPlanLines, type PlanPurchase } from '../purchase/savingsPlanLines';
import { applyDesignLatency, latencyRequirementOf } from '../latency/apply';
import { serverlessLatency } from '../latency/designLatency';
import { describeProvisioned, provisionedSchedule } from '../latency/schedule';
import { splitServerlessWeek } from '../latency/serverlessWeek';
import { carriedRegion } from './instanceBased';
import { addDurationLines, addEphemeralStorage, addFreeTier } from './lambdaLines';
import { rule } from './proposals';

export const LambdaSchema = z.strictObject({
  type: z.literal('lambda'),
  memoryMB: z.number().int().min(128).max(10240),
  architecture: z.enum(['x86_64', 'arm64']),
  provisionedConcurrency: provisionedConcurrencySchema(1_000_000).optional(),
  /** Ephemeral storage (/tmp), 512 to 10,240 MB; above 512 MB it is billed. */
  ephemeralStorageMB: z.number().int().min(512).max(10240).optional(),
  region: RegionSchema.optional(),
});
type LambdaHosting = z.infer<typeof LambdaSchema>;
const type = LambdaSchema.shape.type.value;

const limits: HostingLimits = {
  ...noServiceLimits,
  type: 'lambda',
  label: 'Lambda',
  maxRequestBytes: 6 * BYTES_PER_MB,
  maxResponseBytes: 6 * BYTES_PER_MB,
  maxRequestSeconds: 900,
  memoryMB: { min: 128, max: 10240 },
  accountConcurrencyQuota: 1000,
  gpu: 'no',
  scaleToZero: true,
  minInstances: null,
  persistentEndpoint: true,
  queued: false,
  unsupported: ['GPU'],
  sources: [
    'AWS Lambda quotas: 6 MB synchronous payload (256 KB async), 15 min, 128-10,240 MB, 1,000 concurrent executions',
  ],
};

/** The ways to pay Lambda accepts: on-demand, and a Compute Savings Plan over its duration. */
const purchases = [onDemand, computeSavingsPlan];

const ARCHITECTURE_LABELS = { x86_64: 'x86_64', arm64: 'arm64 (Graviton)' } as const;

/** Smallest Lambda memory (64 MB steps from 1024 MB) that holds the model, capped at 10,240 MB. */
export function lambdaMemoryFor(workload: Workload): number {
  const needed = (workload.models.sizeGB * MB_PER_GB) / USABLE_MEMORY_SHARE;
  return Math.min(10240, Math.max(1024, Math.ceil(needed / 64) * 64));
}

/** Estimates a Lambda design into the context. */
function estimateLambda(ctx: EstimateContext, h: LambdaHosting): void {
  const w = ctx.workload;
  const gb = h.memoryMB / MB_PER_GB;
  const schedule = provisionedSchedule(h.provisionedConcurrency ?? 0, ctx.week.rps, ctx.week.activeShare);
  const hasPc = schedule.countHoursPerMonth > 0;
  if (w.models.sizeGB * MB_PER_GB > h.memoryMB * USABLE_MEMORY_SHARE)
    addReason(
      ctx,
      'lambda.memory',
      `a ${w.models.sizeGB} GB model does not fit Lambda memory ${h.memoryMB} MB (at most ${limits.memoryMB!.max} MB)`,
    );

  const duration = w.inferenceMs / 1000;
  const sim = splitServerlessWeek(ctx.week.rps, duration, schedule, ctx.capacity);
  if (sim.peakConcurrency > limits.accountConcurrencyQuota!)
    ctx.warnings.push(
      `Peak concurrency ${fmt(sim.peakConcurrency)} exceeds Lambda's default ${limits.accountConcurrencyQuota} concurrent executions per region: request a quota increase`,
    );
  ctx.capacityUnit = 'concurrency';
  applyDesignLatency(
    ctx,
    serverlessLatency(
      {
        rps: ctx.week.rps,
        inferenceMs: w.inferenceMs,
        concurrencyLimit: limits.accountConcurrencyQuota!,
        limitName: "account's concurrency quota",
        modelSizeGB: w.models.sizeGB,
        provisioned: schedule,
        key: 'lambda',
      },
      latencyRequirementOf(w),
    ),
  );

  const region = ctx.region;
  const arch = h.architecture;
  const requests = ctx.week.requestsPerMonth;
  addLine(
    ctx,
    priceLine(
      'usage',
      `Lambda requests (${arch})`,
      requests,
      'requests',
      quote(ctx.catalog, priceKeys.lambdaRequests(region, arch)),
      `${fmt(requests)} requests per month`,
    ),
    ctx.week.rps,
  );

  const odWeights = sim.onDemandConcurrency.map((c) => c * SECONDS_PER_HOUR * gb);
  const odGbSeconds = sim.onDemandSecondsPerWeek * gb * WEEKS_PER_MONTH;
  const durationQuote = quote(ctx.catalog, priceKeys.lambdaDuration(region, arch));
  const p = ctx.design.purchase;
  const plan = purchases.find((way) => way.type === p.type)?.savingsPlan;
  if (plan) {
    // An accepted Savings Plan: the purchase has the plan's terms.
    const terms = p as PlanPurchase;
    if (durationQuote.ok && durationQuote.tiers && durationQuote.tiers.length > 1)
      ctx.warnings.push(
        `${plan.name} on Lambda: on-demand duration beyond the commitment is priced at the first tier rate`,
      );
    addSavingsPlanLines(ctx, plan, terms, {
      usagePerHour: odWeights,
      base: 'GB-seconds',
      onDemand: durationQuote,
      planKey: priceKeys.savingsPlanRate(
        plan.kind,
        region,
        terms.termYears,
        terms.payment,
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
      `on-demand execution: ${fmt(sim.onDemandSecondsPerWeek * WEEKS_PER_MONTH)} s a month × ${gb} GB`,
    );

  if (hasPc) {
    addLine(
      ctx,
      priceLine(
        'provisioned',
        `Provisioned concurrency (${h.memoryMB} MB)`,
        schedule.countHoursPerMonth * gb * SECONDS_PER_HOUR,
        'GB-seconds',
        quote(ctx.catalog, priceKeys.lambdaPcCapacity(region, arch)),
        `${fmt(schedule.countHoursPerMonth)} concurrency-hours a month (${schedule.description}) × ${gb} GB × 3600 s`,
      ),
      schedule.billedByHour,
    );
    addLine(
      ctx,
      priceLine(
        'usage',
        'Duration while provisioned',
        sim.pcSecondsPerWeek * gb * WEEKS_PER_MONTH,
        'GB-seconds',
        quote(ctx.catalog, priceKeys.lambdaPcDuration(region, arch)),
        `requests served by PC × ${duration} s × ${gb} GB`,
      ),
      sim.pcConcurrency,
    );
  }
  if (h.ephemeralStorageMB !== undefined)
    addEphemeralStorage(
      ctx,
      h.ephemeralStorageMB,
      (sim.onDemandSecondsPerWeek + sim.pcSecondsPerWeek) * WEEKS_PER_MONTH,
      arch,
      sim,
    );
  addFreeTier(ctx, arch, plan ? 0 : odGbSeconds, durationQuote);
}

export const lambda: HostingDefinition<LambdaHosting> = {
  type,
  schema: LambdaSchema,
  label: 'AWS Lambda',
  summaryName: 'Lambda',
  ruleKey: 'lambda',
  family: 'function',
  usageName: 'Lambda',
  limits,
  purchases,
  instances: null,
  instancePicker: null,
  estimate: estimateLambda,
  propose: ({ workload }) => [
    {
      design: {
        name: 'Lambda',
        hosting: { type, memoryMB: lambdaMemoryFor(workload), architecture: 'x86_64' },
        purchase: ON_DEMAND,
      },
      why: [rule('rule.lambda', 'small CPU models with intermittent traffic: pay per request, scale to zero')],
      against: [],
    },
  ],
  defaults: (previous) => ({ type, memoryMB: 2048, architecture: 'x86_64', ...carriedRegion(previous) }),
  numberFields: (h) => [
    { id: 'memoryMB', label: 'Memory', unit: 'MB, 128–10,240', rule: 'positive-integer' },
    // A schedule (hourly values, or a count for some hours a month) is not a single number to edit.
    ...(typeof (h.provisionedConcurrency ?? 0) === 'number'
      ? [
          {
            id: 'provisionedConcurrency',
            label: 'Provisioned concurrency',
            unit: 'instances kept warm',
            rule: 'non-negative-integer' as const,
            optional: true,
          },
        ]
      : []),
    {
      id: 'ephemeralStorageMB',
      label: 'Ephemeral storage',
      unit: 'MB, 512–10,240',
      rule: 'positive-integer' as const,
      optional: true,
    },
  ],
  choiceFields: (h) => [
    {
      id: 'architecture',
      label: 'Architecture',
      value: h.architecture,
      options: Object.entries(ARCHITECTURE_LABELS).map(([value, label]) => ({ value, label })),
      numeric: false,
    },
  ],
  describe: (h) => ({
    instance: `${h.memoryMB} MB, ${h.architecture}`,
    scaling: `on demand, provisioned ${describeProvisioned(h.provisionedConcurrency ?? 0)}`,
  }),
};
