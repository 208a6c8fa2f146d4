/**
 * SageMaker batch transform: instance-hours while jobs run. Jobs are laid end to end from Monday
 * 00:00 (the schedule is not part of the design), which lets a Savings Plan be applied hour by hour.
 */
import { z } from 'zod';
import { LIMITS, nonNegativeUpTo, positiveIntUpTo, positiveUpTo, RegionSchema } from '../../project/fields';
import { throughputSummary, workloadThroughput } from '../gpu/instanceModel';
import { checkInstanceFit } from '../costs/instanceFit';
import { sageMakerInstanceQuote } from '../costs/instanceRate';
import type { HostingDefinition, InstancePurchaseDefinition } from '../definitions';
import { noServiceLimits, type HostingLimits } from '../hostingLimits';
import { HOURS_PER_MONTH, HOURS_PER_WEEK, WEEKS_PER_MONTH } from '../results';
import { BYTES_PER_MB, SECONDS_PER_HOUR } from '../units';
import { addReason, type EstimateContext } from '../pricing/context';
import { fmt, fmtCount } from '../pricing/lineItems';
import type { Quote } from '../pricing/quotes';
import {
  batchRun,
  batchWeekProfile,
  DEFAULT_BATCH_START_MINUTES,
  smallestBatchFleet,
  type BatchJob,
} from '../latency/batchJob';
import { batchJobOf } from '../traffic/week';
import { priceInstanceHours } from '../purchase/instanceHours';
import { onDemand, ON_DEMAND } from '../purchase/onDemand';
import { sageMakerSavingsPlan } from '../purchase/sageMakerSavingsPlan';
import { cheapestBatchFleet } from './batchFleet';
import { carriedInstanceType, carriedRegion, startingInstanceType } from './instanceBased';
import { rule } from './proposals';
import { sageMakerRealtime } from './sageMakerRealtime';

export const SageMakerBatchSchema = z.strictObject({
  type: z.literal('sagemaker-batch'),
  instanceType: z.string().min(1),
  instanceCount: positiveIntUpTo(LIMITS.instances, 'instances'),
  /** Requests (records) one instance runs at once; default as for instance hosting. */
  concurrencyPerInstance: positiveIntUpTo(1_000_000, 'concurrent requests').optional(),
  /** Records per second one instance processes. */
  maxRequestsPerSecondPerInstance: positiveUpTo(LIMITS.requestsPerSecond, 'requests/s').optional(),
  /** Measured output tokens per second one instance sustains (with the workload's output tokens). */
  maxOutputTokensPerSecondPerInstance: positiveUpTo(100_000_000, 'tokens/s').optional(),
  /** Where the throughput figure comes from; absent = an estimate, labelled so. */
  throughputSource: z.string().trim().min(1).max(500).optional(),
  /** Jobs a month and hours each; both may be omitted when the workload is a batch job (its runs). */
  jobsPerMonth: nonNegativeUpTo(100_000, 'jobs a month').optional(),
  hoursPerJob: positiveUpTo(744, 'hours (a month)').optional(),
  region: RegionSchema.optional(),
});
type BatchHosting = z.infer<typeof SageMakerBatchSchema>;
const type = SageMakerBatchSchema.shape.type.value;

const limits: HostingLimits = {
  ...noServiceLimits,
  type: 'sagemaker-batch',
  label: 'batch transform',
  maxRequestBytes: 100 * BYTES_PER_MB,
  maxRequestSeconds: 3600,
  gpu: 'yes',
  scaleToZero: true,
  minInstances: 1,
  persistentEndpoint: false,
  queued: true,
  unsupported: ['online requests (no persistent endpoint)'],
  sources: ['AWS SageMaker developer guide, "Batch transform": mini-batch up to 100 MB, 1 h per invocation'],
};

/** Batch transform bills instance-hours, so it accepts only ways to pay that bill them. */
const purchases: ReadonlyArray<InstancePurchaseDefinition> = [onDemand, sageMakerSavingsPlan];

/** Estimates a batch transform design into the context. */
function estimateBatch(ctx: EstimateContext, h: BatchHosting): void {
  const w = ctx.workload;
  if (w.traffic.pattern !== 'batch' && w.datasetAvailableUpfront !== true)
    addReason(
      ctx,
      'batch.online',
      'batch transform has no persistent endpoint; it suits a whole dataset available up front, not online requests',
      'workload.datasetAvailableUpfront',
    );
  const od = sageMakerInstanceQuote(ctx.catalog, ctx.region, 'BatchTransform', h.instanceType, ctx.warnings);
  // The same hardware check as every instance hosting type: accelerator memory for a GPU model.
  const { spec, fit } = checkInstanceFit(ctx, h.instanceType, od.ok, h);

  const figure = workloadThroughput(h, w, spec, fit);
  const throughput = figure ? { rps: figure.requestsPerSecond, basis: figure.basis } : null;
  if (figure) ctx.throughput = throughputSummary(figure, od.ok && od.unit === 'hour' ? od.usd : null);
  if (w.traffic.pattern === 'batch') {
    estimateScheduledJob(ctx, h, batchJobOf(w.traffic), throughput);
    priceBatchHours(ctx, h, od);
    return;
  }
  if (h.jobsPerMonth === undefined || h.hoursPerJob === undefined) {
    addReason(
      ctx,
      'batch.schedule',
      'enter the jobs per month and hours per job, or describe the workload as a batch job (records per run, runs per month, window)',
      'hosting.jobsPerMonth, hosting.hoursPerJob',
    );
    return;
  }
  const jobHoursPerWeek = (h.jobsPerMonth * h.hoursPerJob) / WEEKS_PER_MONTH;
  if (jobHoursPerWeek > HOURS_PER_WEEK)
    addReason(ctx, 'batch.schedule', `${h.jobsPerMonth} jobs × ${h.hoursPerJob} h do not fit in a month`);
  if (throughput) {
    const jobCapacity = h.instanceCount * throughput.rps * SECONDS_PER_HOUR * h.hoursPerJob * h.jobsPerMonth;
    if (jobCapacity < ctx.week.requestsPerMonth)
      addReason(
        ctx,
        'batch.capacity',
        `${h.jobsPerMonth} jobs × ${h.hoursPerJob} h on ${h.instanceCount} × ${h.instanceType} process ${fmtCount(jobCapacity)} records a month; the workload has ${fmtCount(ctx.week.requestsPerMonth)}`,
      );
  }
  for (let i = 0; i < ctx.capacity.length; i++)
    ctx.capacity[i] = h.instanceCount * Math.min(1, Math.max(0, jobHoursPerWeek - i));
  ctx.capacityUnit = 'instances';
  ctx.typicalMs = h.hoursPerJob * 3_600_000;
  priceBatchHours(ctx, h, od);
}

/** Prices the instance-hours in `ctx.capacity` with the design's way to pay. */
function priceBatchHours(ctx: EstimateContext, h: BatchHosting, od: Quote): void {
  priceInstanceHours(
    ctx,
    {
      instanceType: h.instanceType,
      what: `${h.instanceType}, BatchTransform`,
      onDemand: od,
      component: 'BatchTransform',
      fixedCount: null,
    },
    ctx.capacity,
    purchases,
  );
}

/**
 * A scheduled job (traffic pattern "batch"): each run takes start-up + records ÷ (throughput ×
 * instances); it must end inside its window; instances run only during the runs, on the week's
 * calendar at the window's start, so the cost scales with the records.
 */
function estimateScheduledJob(
  ctx: EstimateContext,
  h: BatchHosting,
  job: BatchJob,
  throughput: { rps: number; basis: string } | null,
): void {
  ctx.capacityUnit = 'instances';
  if (!throughput) {
    addReason(
      ctx,
      'instance.throughput',
      `no hardware facts for ${h.instanceType}: enter records per second per instance or concurrent records per instance`,
      'hosting.maxRequestsPerSecondPerInstance, hosting.concurrencyPerInstance',
    );
    return;
  }
  if (h.jobsPerMonth !== undefined && h.jobsPerMonth !== job.runsPerMonth)
    ctx.warnings.push(
      `The workload's ${job.runsPerMonth} runs a month apply; the design's jobs per month (${h.jobsPerMonth}) is not used`,
    );
  if (h.hoursPerJob !== undefined)
    ctx.warnings.push("Hours per job are worked out from the records; the design's hours per job is not used");
  const run = batchRun(job, { recordsPerSecondPerInstance: throughput.rps, instanceCount: h.instanceCount });
  ctx.batchRun = { runHours: run.runHours, meetsWindow: run.meetsWindow };
  ctx.typicalMs = run.runHours * 3_600_000;
  ctx.warnings.push(
    `Each run: ${run.formula} (throughput: ${throughput.basis}; start-up ${DEFAULT_BATCH_START_MINUTES} min, an estimate)`,
  );
  if (!run.meetsWindow) {
    const enough = smallestBatchFleet(job, throughput.rps);
    addReason(
      ctx,
      'batch.window',
      `each run takes ${fmt(run.runHours)} h on ${h.instanceCount} × ${h.instanceType}, more than its ${job.windowHours} h window${enough.ok ? `; ${enough.instanceCount} instances would finish in ${fmt(enough.run.runHours)} h` : `; ${enough.message}`}`,
    );
  }
  if (run.runHours * job.runsPerMonth > HOURS_PER_MONTH)
    addReason(ctx, 'batch.schedule', `${job.runsPerMonth} runs × ${fmt(run.runHours)} h do not fit in a month`);
  const profile = batchWeekProfile(job, run.runHours, h.instanceCount);
  for (let i = 0; i < ctx.capacity.length; i++) ctx.capacity[i] = profile[i]!;
}

/** Hours of one daily job on `count` instances, each processing the target invocations a minute (60 when none). */
function hoursPerDailyJob(weeklyRequests: number, targetPerMinute: number | undefined, count: number): number {
  const perInstancePerHour = (targetPerMinute ?? 60) * 60;
  const dailyRecords = weeklyRequests / 7;
  return Math.max(1, Math.ceil(dailyRecords / (perInstancePerHour * count)));
}

export const sageMakerBatch: HostingDefinition<BatchHosting> = {
  type,
  schema: SageMakerBatchSchema,
  label: 'SageMaker batch transform',
  summaryName: 'SageMaker batch transform',
  ruleKey: 'batch',
  family: 'sagemaker',
  usageName: 'SageMaker',
  limits,
  purchases,
  instances: null,
  instancePicker: { component: 'BatchTransform' },
  estimate: estimateBatch,
  propose({ workload, week, catalog, region, cheapestOf }) {
    if (workload.traffic.pattern === 'batch') {
      // A scheduled job: the instance type and count that finish each run inside its window at the
      // lowest cost (hosting/batchFleet.ts).
      const job = batchJobOf(workload.traffic);
      const sized = cheapestBatchFleet(workload, job, catalog, region);
      return [
        {
          design: {
            name: 'Batch transform, sized to the window',
            hosting: {
              type,
              instanceType:
                sized?.instanceType ?? carriedInstanceType(undefined, true, startingInstanceType(workload.needsGpu)),
              instanceCount: sized?.instanceCount ?? 1,
            },
            purchase: ON_DEMAND,
          },
          why: [
            rule(
              'rule.batchWindow',
              `a scheduled job: the instance type and count that finish ${fmtCount(job.recordsPerRun)} records inside the ${job.windowHours} h window at the lowest cost`,
            ),
          ],
          against: [],
        },
      ];
    }
    // Sized like the real-time fleet: its instance type, and as many instances as it needs at its average.
    const realtime = cheapestOf(sageMakerRealtime, 'Real-time endpoint, autoscaled').design.hosting as {
      instanceType?: string;
      autoscaling?: { max: number; targetInvocationsPerInstance: number };
    };
    const instanceType = realtime.instanceType ?? 'ml.m5.xlarge';
    const a = realtime.autoscaling;
    // One job a day on as many instances as the real-time fleet needs at its average.
    const count = Math.max(1, a ? Math.ceil(a.max / 2) : 1);
    return [
      {
        design: {
          name: 'Batch transform, daily job',
          hosting: {
            type,
            instanceType,
            instanceCount: count,
            jobsPerMonth: 30,
            hoursPerJob: hoursPerDailyJob(week.weeklyRequests, a?.targetInvocationsPerInstance, count),
          },
          purchase: ON_DEMAND,
        },
        why: [
          rule('rule.batch', 'the whole dataset available up front and no persistent endpoint needed: batch transform'),
        ],
        against: [],
      },
    ];
  },
  defaults: (previous) => ({
    type,
    instanceType: carriedInstanceType(previous, true, 'm5.xlarge'),
    instanceCount: 1,
    jobsPerMonth: 30,
    hoursPerJob: 1,
    ...carriedRegion(previous),
  }),
  numberFields: () => [
    { id: 'instanceCount', label: 'Instances', unit: 'count', rule: 'positive-integer' },
    { id: 'jobsPerMonth', label: 'Jobs per month', unit: 'jobs', rule: 'non-negative' },
    { id: 'hoursPerJob', label: 'Hours per job', unit: 'hours', rule: 'positive' },
  ],
  choiceFields: () => [],
  describe: (h) => ({
    instance: h.instanceType,
    scaling:
      h.jobsPerMonth !== undefined && h.hoursPerJob !== undefined
        ? `${h.instanceCount} instance(s), ${h.jobsPerMonth} jobs × ${h.hoursPerJob} h a month`
        : `${h.instanceCount} instance(s), the workload's runs`,
  }),
};
