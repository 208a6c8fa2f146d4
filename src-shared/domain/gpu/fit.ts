/**
 * Does a model fit an instance? One rule for every instance-based hosting type (real-time, multi-model,
 * multi-container, async, batch, EC2, EKS): a model that needs an accelerator is checked against the
 * accelerators' memory, never the host's RAM; a CPU model against the host's RAM. A large model may be
 * sharded over the devices of one instance (tensor parallel), so it fits when its need fits the
 * memory of the smallest shard group that holds it.
 */
import type { InstanceSpec } from '../../prices/catalog';
import { USABLE_MEMORY_SHARE } from '../hostingLimits';
import { acceleratorOf, GB_PER_GIB } from './accelerators';
import { modelWeights, type MemoryNeed, type ModelSizeFields } from './modelMemory';

/** The outcome of a fit check, with the figures and words the UI shows. */
export type ModelFit =
  | {
      status: 'fits';
      memory: 'accelerator' | 'host';
      /** Devices one copy of the model is sharded over (tensor parallel degree; 1 on the host). */
      shards: number;
      /** Copies of one model an instance serves at once (one per shard group; 1 on the host). */
      replicasPerInstance: number;
      /** Different models one instance holds at once (multi-model and multi-container packing). */
      modelsPerInstance: number;
      requiredGB: number;
      /** Memory of the shard group that holds one copy, GB. */
      availableGB: number;
      detail: string;
    }
  | { status: 'too-large'; memory: 'accelerator' | 'host'; requiredGB: number; availableGB: number; detail: string }
  /** The hardware data lacks the accelerator's memory: the fit cannot be checked (never guessed from host RAM). */
  | { status: 'unknown'; detail: string }
  | { status: 'no-accelerator'; detail: string };

/**
 * Shard degrees a serving runtime can use on `devices` devices: powers of two up to the count (tensor
 * parallelism splits attention heads, which come in powers of two) and the full count (e.g. 6 chips on
 * inf2.24xlarge, 12 on inf2.48xlarge).
 */
export function shardDegrees(devices: number): number[] {
  const out: number[] = [];
  for (let d = 1; d <= devices; d *= 2) out.push(d);
  if (devices > 0 && !out.includes(devices)) out.push(devices);
  return out;
}

function gb(n: number): string {
  return `${Math.round(n * 10) / 10} GB`;
}

/**
 * Checks one model against one instance. `need` is the accelerator memory one model needs (see
 * modelMemory.ts); `needsAccelerator` false checks the model's weights against 80% of host RAM
 * (USABLE_MEMORY_SHARE), the CPU serving rule.
 */
export function checkModelFit(
  spec: InstanceSpec,
  model: ModelSizeFields,
  need: MemoryNeed,
  needsAccelerator: boolean,
  modelCount = 1,
): ModelFit {
  const type = spec.instanceType;
  if (!needsAccelerator) {
    const weights = modelWeights(model).weightsGB;
    // The CPU packing rule as the engine has always applied it: 80% of the host memory figure.
    const usable = spec.memoryGiB * USABLE_MEMORY_SHARE;
    const perInstance = Math.floor(usable / weights);
    if (perInstance === 0)
      return {
        status: 'too-large',
        memory: 'host',
        requiredGB: weights,
        availableGB: usable,
        detail: `a ${gb(weights)} model does not fit the ${Math.round(usable * 10) / 10} GiB usable memory of ${type} (80% of ${spec.memoryGiB} GiB)`,
      };
    return {
      status: 'fits',
      memory: 'host',
      shards: 1,
      replicasPerInstance: 1,
      modelsPerInstance: Math.min(perInstance, Math.max(1, modelCount)),
      requiredGB: weights,
      availableGB: usable,
      detail: `${gb(weights)} in the ${gb(usable)} usable memory of ${type}`,
    };
  }

  const acc = acceleratorOf(spec);
  if (acc.devices === 0)
    return { status: 'no-accelerator', detail: `the model needs a GPU or accelerator and ${type} has none` };
  if (acc.memoryPerDeviceGiB === undefined)
    return {
      status: 'unknown',
      detail: `cannot check fit: the hardware data has no accelerator memory for ${type} (${acc.devices} × ${acc.model ?? 'unknown model'})`,
    };
  const perDevice = acc.memoryPerDeviceGiB * GB_PER_GIB;
  const what = `${acc.fractional ? 'a slice of one' : acc.devices} × ${acc.model ?? 'accelerator'} (${gb(perDevice)} each)`;
  const shards = shardDegrees(acc.devices).find((d) => d * perDevice >= need.requiredGB);
  if (shards === undefined)
    return {
      status: 'too-large',
      memory: 'accelerator',
      requiredGB: need.requiredGB,
      availableGB: acc.devices * perDevice,
      detail: `the model needs ${gb(need.requiredGB)} (${need.rule}); ${type} has ${gb(acc.devices * perDevice)} in ${what}`,
    };
  const perDeviceModels = shards === 1 ? Math.floor(perDevice / need.requiredGB) * acc.devices : 0;
  const modelsPerInstance = shards === 1 ? perDeviceModels : Math.floor(acc.devices / shards);
  return {
    status: 'fits',
    memory: 'accelerator',
    shards,
    replicasPerInstance: Math.floor(acc.devices / shards),
    modelsPerInstance: Math.min(modelsPerInstance, Math.max(1, modelCount)),
    requiredGB: need.requiredGB,
    availableGB: shards * perDevice,
    detail:
      shards === 1
        ? `needs ${gb(need.requiredGB)} (${need.rule}); fits one device of ${what}`
        : `needs ${gb(need.requiredGB)} (${need.rule}); sharded over ${shards} devices of ${what} (${gb(shards * perDevice)})`,
  };
}
