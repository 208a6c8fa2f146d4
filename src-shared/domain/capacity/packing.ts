/**
 * Packing models onto instances by memory: how many models one instance holds, and how many
 * instances hold them all. Multi-container endpoints keep every container in memory on every
 * instance; multi-model endpoints load models on demand and cache what fits.
 */
import { USABLE_MEMORY_SHARE } from '../hostingLimits';

export interface Packing {
  /** Models one instance holds in memory at once. */
  modelsPerInstance: number;
  /** Instances needed to hold every model at once (Infinity when one model does not fit). */
  instancesToHoldAll: number;
  /** Memory available to models on one instance, GiB. */
  usableGiB: number;
}

/** How `modelCount` models of `modelGiB` each pack onto instances with `memoryGiB` of memory. */
export function packModels(modelCount: number, modelGiB: number, memoryGiB: number): Packing {
  const usableGiB = memoryGiB * USABLE_MEMORY_SHARE;
  const modelsPerInstance = Math.floor(usableGiB / modelGiB);
  return {
    modelsPerInstance,
    instancesToHoldAll: modelsPerInstance > 0 ? Math.ceil(modelCount / modelsPerInstance) : Infinity,
    usableGiB,
  };
}

/**
 * Share of requests that hit a cold model load on a multi-model endpoint: with `instances` instances
 * each caching `modelsPerInstance` models, and SageMaker routing a model's requests to an instance
 * that has it loaded, the fleet keeps min(count, instances × perInstance) models warm. With traffic
 * spread evenly over the models, the rest miss.
 */
export function coldModelShare(modelCount: number, modelsPerInstance: number, instances: number): number {
  if (modelCount <= 0) return 0;
  const warm = Math.min(modelCount, modelsPerInstance * Math.max(0, instances));
  return 1 - warm / modelCount;
}
