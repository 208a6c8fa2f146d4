/**
 * The one place instance-based sizing asks "does the model fit, and how fast does one instance
 * serve it?", for every instance hosting type (real-time, multi-model, multi-container, async, batch,
 * EC2, EKS): the fit rule of fit.ts on the workload's model, and the throughput rule of throughput.ts
 * with its source, summarised for the estimate with its cost per unit at full load.
 */
import type { InstanceSpec } from '../../prices/catalog';
import type { ThroughputSummary } from '../results';
import { costPer1kRequestsAtFullLoad, costPer1MOutputTokensAtFullLoad } from './costPerToken';
import { checkModelFit, type ModelFit } from './fit';
import { memoryNeed, modelWeights, type ModelSizeFields } from './modelMemory';
import { designThroughput, type ThroughputFields, type ThroughputFigure } from './throughput';

/** What the fit and throughput rules read of a workload. */
export interface ModelWorkload {
  models: ModelSizeFields & { count: number };
  needsGpu: boolean;
  inferenceMs: number;
  outputTokensPerRequest?: number | undefined;
}

/** The fit of the workload's model on an instance: accelerator memory for a GPU model, host RAM otherwise. */
export function workloadModelFit(w: ModelWorkload, spec: InstanceSpec): ModelFit {
  return checkModelFit(spec, w.models, memoryNeed(w.models), w.needsGpu, w.models.count);
}

/** One instance's throughput for the workload: measured or given, else the stated estimate. */
export function workloadThroughput(
  h: ThroughputFields,
  w: ModelWorkload,
  spec: InstanceSpec | undefined,
  fit: ModelFit | undefined,
): ThroughputFigure | null {
  return designThroughput(h, w, spec, fit, modelWeights(w.models).weightsGB);
}

/** The estimate's summary of a throughput figure, with the full-load unit costs at `hourlyUsd`. */
export function throughputSummary(t: ThroughputFigure, hourlyUsd: number | null): ThroughputSummary {
  return {
    requestsPerSecond: t.requestsPerSecond,
    outputTokensPerSecond: t.outputTokensPerSecond ?? null,
    concurrency: t.concurrency,
    kind: t.kind,
    source: t.source,
    basis: t.basis,
    hourlyUsd,
    costPer1MOutputTokensAtFullLoadUsd: costPer1MOutputTokensAtFullLoad(hourlyUsd, t.outputTokensPerSecond),
    costPer1kRequestsAtFullLoadUsd: costPer1kRequestsAtFullLoad(hourlyUsd, t.requestsPerSecond),
  };
}
