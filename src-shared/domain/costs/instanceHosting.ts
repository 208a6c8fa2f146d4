/**
 * Instance-based hosting: SageMaker real-time, multi-model, multi-container and asynchronous
 * endpoints, EC2 and EKS. Sizes the fleet hour by hour (fixed or autoscaled), checks it against the
 * traffic and the models' memory, and prices its instance-hours with the design's purchase.
 */
import type { Autoscaling } from '../../project/fields';
import { MME_GPU_FAMILIES } from '../hostingLimits';
import { HOURS_PER_MONTH, HOURS_PER_WEEK } from '../results';
import {
  autoscaledFleet,
  policyKey,
  billedInstances,
  defaultStartUpMinutes,
  fixedInstances,
  lowestMinimum,
  SCALING_TIMING_FIELDS,
  scalingTimingNote,
  startUpMinutesOf,
} from '../capacity/autoscaling';
import { coldModelShare } from '../capacity/packing';
import { throughputSummary, workloadThroughput } from '../gpu/instanceModel';
import type { InstanceThroughput } from '../capacity/throughput';
import { applyDesignLatency, latencyRequirementOf } from '../latency/apply';
import { multiModelColdStarts } from '../latency/coldStarts';
import { fleetLatency, type DesignLatency } from '../latency/designLatency';
import type { HostingDefinition, InstancePurchaseDefinition, InstanceTraits } from '../definitions';
import { addLine, addReason, addWarning, type EstimateContext } from '../pricing/context';
import { fmt, priceLine } from '../pricing/lineItems';
import { quote } from '../pricing/quotes';
import { priceInstanceHours } from '../purchase/instanceHours';
import { checkInstanceFit } from './instanceFit';
import { instanceRef } from './instanceRate';
import { addDataProcessed, addEndpointStorage } from './sageMakerMeters';

/** The fields every instance-based hosting has (see hosting/instanceBased.ts). */
export interface InstanceHosting {
  type: string;
  instanceType: string;
  instanceCount?: number | undefined;
  autoscaling?: Autoscaling | undefined;
  concurrencyPerInstance?: number | undefined;
  maxRequestsPerSecondPerInstance?: number | undefined;
  maxOutputTokensPerSecondPerInstance?: number | undefined;
  throughputSource?: string | undefined;
  volumeGB?: number | undefined;
  region?: string | undefined;
}

/** What the estimate reads of an instance-based hosting type's definition. */
export type InstanceFacts = Pick<HostingDefinition, 'limits' | 'ruleKey'> & {
  instances: InstanceTraits;
  purchases: ReadonlyArray<InstancePurchaseDefinition>;
};

/** Estimates an instance-based design into the context. */
export function estimateInstanceHosting(ctx: EstimateContext, h: InstanceHosting, def: InstanceFacts): void {
  const w = ctx.workload;
  const { limits, instances } = def;
  const component = instances.component;
  const isSageMaker = component !== null;
  const key = def.ruleKey;

  if (isSageMaker && !h.instanceType.startsWith('ml.'))
    addReason(ctx, 'instance.type', `SageMaker instance types start with "ml." (got ${h.instanceType})`);
  if (!isSageMaker && h.instanceType.startsWith('ml.'))
    addReason(
      ctx,
      'instance.type',
      `${h.instanceType} is a SageMaker instance type; ${limits.label} uses EC2 types such as ${h.instanceType.slice(3)}`,
    );

  const ref = instanceRef(ctx.catalog, ctx.region, component, h.instanceType, ctx.warnings);
  const od = ref.onDemand;
  // Hardware: the one fit rule (accelerator memory for a GPU model, never host RAM; sharded over an
  // instance's devices), and the GPU limits of the hosting type.
  const { spec, fit } = checkInstanceFit(ctx, h.instanceType, od.ok, h);
  if (spec && w.needsGpu && fit?.status !== 'no-accelerator' && limits.gpu === 'single-gpu-types') {
    const bare = h.instanceType.replace(/^ml\./, '');
    const ok = spec.gpuCount === 1 && MME_GPU_FAMILIES.some((f) => bare === f || bare.startsWith(`${f}.`));
    if (!ok)
      addReason(
        ctx,
        `${key}.gpu`,
        `${limits.label}s use GPUs only on single-GPU g4dn, g5 and p3.2xlarge types (Triton); ${h.instanceType} is not one`,
      );
  }
  if (w.needsGpu && fit?.status === 'fits' && fit.shards > 1 && limits.gpu === 'single-gpu-types')
    addReason(
      ctx,
      `${key}.gpu`,
      `the model must be sharded over ${fit.shards} GPUs, and a ${limits.label} serves from one`,
    );
  const packing = fit?.status === 'fits' ? { modelsPerInstance: fit.modelsPerInstance } : undefined;
  const allInMemory = instances.allModelsInMemory;
  if (limits.maxContainers !== null && w.models.count > limits.maxContainers)
    addReason(
      ctx,
      `${key}.containers`,
      `${w.models.count} models exceed the ${limits.maxContainers} containers of a ${limits.label}`,
    );
  if (allInMemory && packing && packing.modelsPerInstance > 0 && packing.modelsPerInstance < w.models.count)
    addReason(
      ctx,
      `${key}.memory`,
      `${w.models.count} models of ${w.models.sizeGB} GB must all stay in memory, but ${h.instanceType} holds ${packing.modelsPerInstance}`,
    );
  if (instances.loadsModelsOnDemand && w.models.count === 1)
    ctx.warnings.push(
      'One model: a multi-model endpoint adds load latency without saving anything; use a real-time endpoint',
    );

  // Real-time and async endpoints host one model each: one endpoint per model, traffic split evenly.
  const endpoints = instances.endpointPerModel ? w.models.count : 1;
  if (endpoints > 1) ctx.warnings.push(`${endpoints} models: one endpoint per model, traffic split evenly`);
  const share = 1 / endpoints;
  const figure = workloadThroughput(h, w, spec, fit);
  const throughput = figure ? { rps: figure.requestsPerSecond, concurrency: figure.concurrency } : null;
  if (figure) ctx.throughput = throughputSummary(figure, od.ok && od.unit === 'hour' ? od.usd : null);
  if (!throughput)
    addReason(
      ctx,
      'instance.throughput',
      `no hardware facts for ${h.instanceType}: enter concurrent requests per instance or a request rate per instance`,
      'hosting.concurrencyPerInstance, hosting.maxRequestsPerSecondPerInstance',
    );

  const capacity = ctx.capacity;
  const peakPerEndpoint = ctx.week.peakRps * share;
  if (h.autoscaling) {
    const a = h.autoscaling;
    if (limits.minInstances !== null && lowestMinimum(a) < limits.minInstances)
      addReason(
        ctx,
        `${key}.minInstances`,
        `a ${limits.label} keeps at least ${limits.minInstances} instance; a minimum of ${lowestMinimum(a)} instances is not allowed`,
        'hosting.autoscaling.min',
      );
    // Billed as Application Auto Scaling runs it: alarms, cooldown and start-up (capacity/autoscaling.ts).
    const fleet = autoscaledFleet(ctx.week, a, share, startUpMinutesOf(a, isSageMaker), throughput?.rps);
    const wanted = billedInstances(fleet, capacity);
    addWarning(ctx, scalingTimingNote(a, isSageMaker), SCALING_TIMING_FIELDS);
    if (wanted > a.max) {
      const needs = `peak traffic ${fmt(peakPerEndpoint)} req/s per endpoint needs ${wanted} instances at ${a.targetInvocationsPerInstance} invocations/min each`;
      // Target tracking stops at max: that is only a failure when max instances cannot carry the peak.
      if (throughput && a.max * throughput.rps >= peakPerEndpoint)
        addWarning(
          ctx,
          `${needs}; the maximum of ${a.max} instances caps the fleet, so at the peak each instance runs above the target (${fmt((peakPerEndpoint * 60) / a.max)} invocations/min, within the ${fmt(throughput.rps * 60)}/min one ${h.instanceType} sustains)`,
          'hosting.autoscaling.max',
        );
      else
        addReason(
          ctx,
          'capacity.max',
          throughput
            ? `${needs}, and the maximum of ${a.max} × ${h.instanceType} sustains only ${fmt(a.max * throughput.rps)} req/s`
            : `${needs}; the maximum instances is ${a.max}`,
          'hosting.autoscaling.max',
        );
    }
    if (throughput && a.targetInvocationsPerInstance > throughput.rps * 60)
      addReason(
        ctx,
        'capacity.target',
        `target ${a.targetInvocationsPerInstance} invocations/min per instance exceeds what one ${h.instanceType} sustains (${fmt(throughput.rps * 60)}/min): requests would queue`,
      );
  } else {
    const n = h.instanceCount ?? 1;
    fixedInstances(n, capacity);
    if (throughput && peakPerEndpoint > n * throughput.rps)
      addReason(
        ctx,
        'capacity.fixed',
        `peak traffic ${fmt(peakPerEndpoint)} req/s per endpoint exceeds ${n} × ${h.instanceType} (${fmt(n * throughput.rps)} req/s)`,
      );
  }
  if (endpoints > 1) for (let i = 0; i < capacity.length; i++) capacity[i]! *= endpoints;
  ctx.capacityUnit = 'instances';

  // Latency: the queue of each endpoint's fleet hour by hour (target tracking as AWS times it, or the
  // fixed count), with model loads on a multi-model endpoint and requests that wait for a scale-out
  // or for a first instance when the fleet is at zero.
  if (throughput) {
    let missShare = 0;
    if (instances.loadsModelsOnDemand && packing) {
      let avg = 0;
      for (let i = 0; i < capacity.length; i++) avg += capacity[i]!;
      missShare = coldModelShare(w.models.count, packing.modelsPerInstance, Math.floor(avg / HOURS_PER_WEEK));
    }
    addFleetLatency(ctx, h, throughput, share, isSageMaker, missShare);
  }

  priceInstanceHours(
    ctx,
    { ...ref, fixedCount: h.autoscaling ? null : (h.instanceCount ?? 1) * endpoints },
    capacity,
    def.purchases,
  );

  if (isSageMaker) {
    addEndpointStorage(ctx, capacity, h.volumeGB);
    addDataProcessed(ctx);
  } else {
    ctx.warnings.push('EBS volumes and data transfer are not included');
  }
  if (instances.clusterFeeKey) {
    const fee = quote(ctx.catalog, instances.clusterFeeKey(ctx.region));
    addLine(ctx, priceLine('fee', `${limits.label} cluster fee`, HOURS_PER_MONTH, 'hours', fee, '1 cluster × 730 h'));
  }
}

/** The fleet's latency percentile hour by hour, into the context (figures, reasons, warnings). */
function addFleetLatency(
  ctx: EstimateContext,
  h: InstanceHosting,
  throughput: Pick<InstanceThroughput, 'rps' | 'concurrency'>,
  share: number,
  isSageMaker: boolean,
  missShare: number,
): void {
  const w = ctx.workload;
  const a = h.autoscaling;
  // The same fleet on the same week has the same latency whatever the way to pay: worked out once.
  const key = [
    'fleet-latency',
    share,
    throughput.rps,
    throughput.concurrency,
    a ? policyKey(a) : (h.instanceCount ?? 1),
    isSageMaker,
    missShare,
    w.models.sizeGB,
    w.latencyTargetMs,
    w.latencyPercentile ?? '',
  ].join('|');
  const known = ctx.week.derived.get(key) as DesignLatency | undefined;
  if (known) {
    applyDesignLatency(ctx, known);
    return;
  }
  const rps = share === 1 ? ctx.week.rps : ctx.week.rps.map((r) => r * share);
  // One worker's time per request: concurrency ÷ the instance's rate (the compute time unless given).
  const serviceMs = (throughput.concurrency * 1000) / throughput.rps;
  const startUpMinutes = a ? startUpMinutesOf(a, isSageMaker) : defaultStartUpMinutes(isSageMaker);
  const loads = missShare > 0 ? multiModelColdStarts(missShare, w.models.sizeGB, serviceMs) : null;
  const fleet = a ? autoscaledFleet(ctx.week, a, share, startUpMinutes, throughput.rps) : null;
  const latency = fleetLatency(
    {
      rps,
      serviceMs: loads ? loads.occupancyMs : serviceMs,
      latencyServiceMs: serviceMs,
      concurrencyPerInstance: throughput.concurrency,
      servingInstances: fleet ? fleet.settledServing : new Array<number>(rps.length).fill(h.instanceCount ?? 1),
      overloadedMinutes: fleet?.overloadedMinutes,
      shortMinutes: fleet?.shortMinutes,
      minServing: fleet?.minServing,
      instanceCapacityRps: throughput.rps,
      unservedShare: fleet?.unservedShare,
      unservedWaitMinutes: fleet?.unservedWaitMinutes,
      startUpMinutes,
      modelLoads: loads ? { share: loads.share, ms: loads.load.ms, rule: loads.load.rule } : undefined,
    },
    latencyRequirementOf(w),
  );
  ctx.week.derived.set(key, latency);
  applyDesignLatency(ctx, latency);
}
