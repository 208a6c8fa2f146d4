/**
 * SageMaker serverless inference: compute seconds × the memory size's rate, plus, with provisioned
 * concurrency (PC), the warm capacity every second it is on and the execution while provisioned at
 * its own rate; plus data processed. One endpoint per model (serverless has no multi-model).
 */
import { z } from 'zod';
import { provisionedConcurrencySchema, RegionSchema } from '../../project/fields';
import type { Workload } from '../../project/workload';
import { priceKeys } from '../../prices/keys';
import { BYTES_PER_MB, MB_PER_GB, SECONDS_PER_HOUR } from '../units';
import { noServiceLimits, USABLE_MEMORY_SHARE, type HostingLimits } from '../hostingLimits';
import { WEEKS_PER_MONTH } from '../results';
import { applyDesignLatency, latencyRequirementOf } from '../latency/apply';
import { serverlessLatency } from '../latency/designLatency';
import { LATENCY_DEFAULTS } from '../latency/defaults';
import { proposeProvisionedSchedule } from '../latency/pcProposal';
import { describeProvisioned, provisionedSchedule } from '../latency/schedule';
import { sizeConcurrency } from '../latency/throttling';
import { splitServerlessWeek } from '../latency/serverlessWeek';
import { addDataProcessed } from '../costs/sageMakerMeters';
import { addSecondsLine, addServerlessCompute } from '../costs/serverlessRate';
import type { HostingDefinition } from '../definitions';
import { addReason, type EstimateContext } from '../pricing/context';
import { fmt } from '../pricing/lineItems';
import { onDemand, ON_DEMAND } from '../purchase/onDemand';
import { sageMakerSavingsPlan } from '../purchase/sageMakerSavingsPlan';
import type { PlanPurchase } from '../purchase/savingsPlanLines';
import { carriedRegion } from './instanceBased';
import { notesRule, rule } from './proposals';

export const SageMakerServerlessSchema = z.strictObject({
  type: z.literal('sagemaker-serverless'),
  memoryMB: z.number().int().min(1024).max(6144).multipleOf(1024),
  maxConcurrency: z.number().int().min(1).max(200),
  provisionedConcurrency: provisionedConcurrencySchema(200).optional(),
  region: RegionSchema.optional(),
});
type ServerlessHosting = z.infer<typeof SageMakerServerlessSchema>;
const type = SageMakerServerlessSchema.shape.type.value;

const limits: HostingLimits = {
  ...noServiceLimits,
  type: 'sagemaker-serverless',
  label: 'serverless inference',
  maxRequestBytes: 4 * BYTES_PER_MB,
  maxResponseBytes: 4 * BYTES_PER_MB,
  maxRequestSeconds: 60,
  memoryMB: { min: 1024, max: 6144 },
  maxConcurrencyPerEndpoint: 200,
  accountConcurrencyQuota: 1000,
  maxEndpointsPerRegion: 50,
  gpu: 'no',
  scaleToZero: true,
  minInstances: null,
  persistentEndpoint: true,
  queued: false,
  unsupported: ['GPU', 'VPC configuration', 'network isolation', 'multi-model', 'production variants', 'Model Monitor'],
  sources: [
    'AWS SageMaker developer guide, "Serverless inference": 4 MB payload, 60 s, 1-6 GB memory, MaxConcurrency 200, account 1000 (or 500), 50 endpoints',
  ],
};

/**
 * The ways to pay serverless accepts: on-demand, and a SageMaker Savings Plan over its compute seconds
 * where the plan rates cover them (costs/serverlessRate.ts).
 */
const purchases = [onDemand, sageMakerSavingsPlan];

/** The memory sizes serverless offers (1 GB steps). */
const MEMORY_SIZES = [1024, 2048, 3072, 4096, 5120, 6144];

/** Smallest serverless memory (1 GB steps, 1-6 GB) that holds the model, capped at 6144 MB. */
export function serverlessMemoryFor(workload: Workload): number {
  const needed = (workload.models.sizeGB * MB_PER_GB) / USABLE_MEMORY_SHARE;
  return Math.min(6144, Math.max(1024, Math.ceil(needed / 1024) * 1024));
}

/** Estimates a serverless design into the context. */
function estimateServerless(ctx: EstimateContext, h: ServerlessHosting): void {
  const w = ctx.workload;
  const endpoints = w.models.count;
  const share = 1 / endpoints;
  const schedule = provisionedSchedule(h.provisionedConcurrency ?? 0, ctx.week.rps, ctx.week.activeShare);
  const peakPc = Math.max(
    ...schedule.billedByHour.map((v, i) => (schedule.onShareByHour[i]! > 0 ? v / schedule.onShareByHour[i]! : 0)),
  );
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
  if (peakPc > h.maxConcurrency)
    addReason(
      ctx,
      'serverless.provisionedConcurrency',
      `provisioned concurrency ${fmt(peakPc)} exceeds the maximum concurrency ${h.maxConcurrency}`,
      'hosting.provisionedConcurrency, hosting.maxConcurrency',
    );

  const duration = w.inferenceMs / 1000;
  const sim = splitServerlessWeek(ctx.week.rps, duration, schedule, ctx.capacity, share);
  if (sim.peakConcurrency > h.maxConcurrency)
    addReason(
      ctx,
      'serverless.maxConcurrency',
      `peak concurrency ${fmt(sim.peakConcurrency)} per endpoint exceeds the maximum concurrency ${h.maxConcurrency}: requests would be throttled`,
      'hosting.maxConcurrency',
    );
  const totalPeak = sim.peakConcurrency * endpoints;
  if (totalPeak > limits.accountConcurrencyQuota!)
    addReason(
      ctx,
      'serverless.accountConcurrency',
      `peak concurrency ${fmt(totalPeak)} exceeds the account's serverless concurrency quota of ${limits.accountConcurrencyQuota} per region (it may be lower; ask AWS for more)`,
    );
  // Throttling and latency of one endpoint (each model's share of the traffic), hour by hour.
  const perEndpoint = endpoints === 1 ? ctx.week.rps : ctx.week.rps.map((r) => r * share);
  applyDesignLatency(
    ctx,
    serverlessLatency(
      {
        rps: perEndpoint,
        inferenceMs: w.inferenceMs,
        concurrencyLimit: h.maxConcurrency,
        limitName: 'maximum concurrency',
        limitField: 'maxConcurrency',
        limitMax: limits.maxConcurrencyPerEndpoint!,
        modelSizeGB: w.models.sizeGB,
        provisioned: schedule,
        key: 'serverless',
      },
      latencyRequirementOf(w),
    ),
  );

  // Per-hour weights: execution served on demand and by PC.
  for (let i = 0; i < ctx.capacity.length; i++) ctx.capacity[i] = ctx.capacity[i]! * endpoints;
  ctx.capacityUnit = 'concurrency';

  const odSeconds = sim.onDemandSecondsPerWeek * endpoints * WEEKS_PER_MONTH;
  const plan = purchases.find((way) => way.type === ctx.design.purchase.type)?.savingsPlan;
  addServerlessCompute(
    ctx,
    {
      memoryMB: h.memoryMB,
      secondsPerMonth: odSeconds,
      concurrencyByHour: endpoints === 1 ? sim.onDemandConcurrency : sim.onDemandConcurrency.map((c) => c * endpoints),
      formula: `on-demand execution: ${fmt(odSeconds)} s a month`,
    },
    plan ? { kind: plan, terms: ctx.design.purchase as PlanPurchase } : null,
  );

  if (schedule.countHoursPerMonth > 0) {
    const pcSeconds = schedule.countHoursPerMonth * endpoints * SECONDS_PER_HOUR;
    addSecondsLine(
      ctx,
      'provisioned',
      priceKeys.sageMakerServerlessPcCapacity,
      h.memoryMB,
      'Provisioned concurrency',
      pcSeconds,
      `${fmt(schedule.countHoursPerMonth)} concurrency-hours a month (${schedule.description}) × ${endpoints} endpoint(s) × 3600 s`,
      schedule.billedByHour,
    );
    const execSeconds = sim.pcSecondsPerWeek * endpoints * WEEKS_PER_MONTH;
    addSecondsLine(
      ctx,
      'usage',
      priceKeys.sageMakerServerlessPcExecution,
      h.memoryMB,
      'Execution while provisioned',
      execSeconds,
      `execution served by PC: ${fmt(execSeconds)} s a month`,
      sim.pcConcurrency,
    );
  }
  addDataProcessed(ctx);
}

export const sageMakerServerless: HostingDefinition<ServerlessHosting> = {
  type,
  schema: SageMakerServerlessSchema,
  label: 'SageMaker serverless inference',
  summaryName: 'SageMaker serverless',
  ruleKey: 'serverless',
  family: 'sagemaker',
  usageName: 'SageMaker',
  limits,
  purchases,
  instances: null,
  instancePicker: null,
  estimate: estimateServerless,
  propose({ workload, week, sustained }) {
    const memoryMB = serverlessMemoryFor(workload);
    // MaxConcurrency of one endpoint (one per model): enough that the peak hour throttles under the
    // stated share (Erlang B), not the peak's mean concurrency (which throttles about half at 1).
    const duration = workload.inferenceMs / 1000;
    const perEndpointPeak = week.peakRps / workload.models.count;
    const sized = sizeConcurrency(perEndpointPeak, duration, LATENCY_DEFAULTS.throttleShare.value, 200);
    const maxConcurrency = sized.ok ? Math.max(1, sized.concurrency) : 200;
    const bursts = workload.traffic.pattern === 'predictable-bursts';
    // Provisioned concurrency only in the hours whose latency percentile cold starts would break.
    const target = workload.latencyTargetMs;
    const proposal =
      target === null
        ? null
        : proposeProvisionedSchedule(
            {
              rps: workload.models.count === 1 ? week.rps : week.rps.map((r) => r / workload.models.count),
              inferenceMs: workload.inferenceMs,
              modelSizeGB: workload.models.sizeGB,
              concurrencyLimit: maxConcurrency,
            },
            { ...latencyRequirementOf(workload), targetMs: target },
          );
    const provisionedConcurrency =
      proposal?.ok && proposal.schedule.some((v) => v > 0) ? proposal.schedule : maxConcurrency;
    return [
      {
        design: { name: 'Serverless inference', hosting: { type, memoryMB, maxConcurrency }, purchase: ON_DEMAND },
        why: [
          ...(!sustained
            ? [
                rule(
                  'rule.intermittent',
                  'intermittent or unpredictable traffic, cold starts acceptable: serverless scales to zero',
                ),
              ]
            : []),
          rule('rule.serverlessFit', 'pay per request duration only; no idle instances'),
        ],
        against: sustained
          ? [
              rule(
                'rule.sustained',
                'sustained traffic: serverless compute costs more per request than a busy instance',
              ),
            ]
          : [],
      },
      {
        design: {
          name: 'Serverless with provisioned concurrency',
          hosting: { type, memoryMB, maxConcurrency, provisionedConcurrency },
          purchase: ON_DEMAND,
        },
        why: [
          notesRule(
            'rule.provisionedConcurrency',
            'predictable bursts without cold starts: provisioned concurrency keeps the endpoint warm',
          ),
          ...(Array.isArray(provisionedConcurrency)
            ? [
                rule(
                  'rule.scheduledPc',
                  'provisioned concurrency only in the hours whose cold starts would break the latency target, billed only for those hours',
                ),
              ]
            : []),
        ],
        against: bursts
          ? []
          : [
              rule(
                'rule.unpredictable',
                Array.isArray(provisionedConcurrency)
                  ? 'traffic is not a predictable-bursts pattern; provisioned concurrency is paid for the hours it is on'
                  : 'traffic is not a predictable-bursts pattern; provisioned concurrency is paid every hour',
              ),
            ],
      },
    ];
  },
  defaults: (previous) => ({ type, memoryMB: 2048, maxConcurrency: 10, ...carriedRegion(previous) }),
  numberFields: (h) => [
    { id: 'maxConcurrency', label: 'Maximum concurrency', unit: '1–200', rule: 'positive-integer' },
    // A schedule (hourly values, or a count for some hours a month) is not a single number to edit.
    ...(typeof (h.provisionedConcurrency ?? 0) === 'number'
      ? [
          {
            id: 'provisionedConcurrency',
            label: 'Provisioned concurrency',
            unit: '0–200, kept warm',
            rule: 'non-negative-integer' as const,
            optional: true,
          },
        ]
      : []),
  ],
  choiceFields: (h) => [
    {
      id: 'memoryMB',
      label: 'Memory',
      value: String(h.memoryMB),
      options: MEMORY_SIZES.map((mb) => ({ value: String(mb), label: `${mb / 1024} GB (${mb} MB)` })),
      numeric: true,
    },
  ],
  describe: (h) => ({
    instance: `${h.memoryMB} MB memory`,
    scaling: `max concurrency ${h.maxConcurrency}, provisioned ${describeProvisioned(h.provisionedConcurrency ?? 0)}`,
  }),
};
