/**
 * SageMaker batch transform: instance-hours while jobs run. Jobs are laid end to end from Monday
 * 00:00 (the schedule is not part of the design), which lets a Savings Plan be applied hour by hour.
 */
import { resolveInstanceSpec } from '../capacity/instanceNames';
import type { Hosting } from '../../project/schema';
import { HOURS_PER_WEEK, WEEKS_PER_MONTH } from '../results';
import { SECONDS_PER_HOUR } from '../units';
import { instanceThroughput } from '../capacity/throughput';
import { addReason, type EstimateContext } from '../pricing/context';
import { fmtCount } from '../pricing/lineItems';
import { priceInstanceHours } from '../purchase/instancePurchase';
import { sageMakerInstanceQuote } from './instanceRate';
import { packModels } from '../capacity/packing';

/** The week's length as a module-local constant: hot loops read it without going through a module binding. */
const WEEK_HOURS = HOURS_PER_WEEK;

type BatchHosting = Extract<Hosting, { type: 'sagemaker-batch' }>;

/** Estimates a batch transform design into the context. */
export function estimateBatch(ctx: EstimateContext, h: BatchHosting): void {
  const w = ctx.workload;
  if (w.datasetAvailableUpfront !== true)
    addReason(
      ctx,
      'batch.online',
      'batch transform has no persistent endpoint; it suits a whole dataset available up front (datasetAvailableUpfront), not online requests',
    );
  const od = sageMakerInstanceQuote(ctx.catalog, ctx.region, 'BatchTransform', h.instanceType, ctx.warnings);
  const spec = resolveInstanceSpec(ctx.catalog, h.instanceType, ctx.warnings);
  if (!spec && !od.ok)
    addReason(ctx, 'instance.unknown', `instance type ${h.instanceType} is not in the price catalog for ${ctx.region}`);
  if (spec && w.needsGpu && spec.gpuCount === 0)
    addReason(ctx, 'instance.gpu', `the model needs a GPU and ${h.instanceType} has none`);
  if (spec && packModels(1, w.models.sizeGB, spec.memoryGiB).modelsPerInstance === 0)
    addReason(ctx, 'instance.memory', `a ${w.models.sizeGB} GB model does not fit the memory of ${h.instanceType}`);

  const jobHoursPerWeek = (h.jobsPerMonth * h.hoursPerJob) / WEEKS_PER_MONTH;
  if (jobHoursPerWeek > HOURS_PER_WEEK)
    addReason(ctx, 'batch.schedule', `${h.jobsPerMonth} jobs × ${h.hoursPerJob} h do not fit in a month`);
  const throughput = instanceThroughput({}, spec, w.inferenceMs);
  if (throughput) {
    const jobCapacity = h.instanceCount * throughput.rps * SECONDS_PER_HOUR * h.hoursPerJob * h.jobsPerMonth;
    if (jobCapacity < ctx.week.requestsPerMonth)
      addReason(
        ctx,
        'batch.capacity',
        `${h.jobsPerMonth} jobs × ${h.hoursPerJob} h on ${h.instanceCount} × ${h.instanceType} process ${fmtCount(jobCapacity)} records a month; the workload has ${fmtCount(ctx.week.requestsPerMonth)}`,
      );
  }
  for (let i = 0; i < WEEK_HOURS; i++)
    ctx.capacity[i] = h.instanceCount * Math.min(1, Math.max(0, jobHoursPerWeek - i));
  ctx.capacityUnit = 'instances';
  ctx.typicalMs = h.hoursPerJob * 3_600_000;
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
  );
}
