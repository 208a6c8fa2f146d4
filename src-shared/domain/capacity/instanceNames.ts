/**
 * Hardware facts from an instance type's name, for types the price data has no specs for. AWS names
 * sizes on a fixed vCPU scale (large = 2 vCPU, xlarge = 4, Nxlarge = 4N) and the general-purpose,
 * compute and memory families on a fixed memory ratio (c: 2 GiB, m: 4 GiB, r: 8 GiB per vCPU), so
 * for those families the name alone is enough. Other families (burstable t, accelerators) are left
 * unknown rather than guessed.
 */
import type { InstanceSpec, PriceCatalog } from '../../prices/catalog';

/** GiB of memory per vCPU by family letter (AWS EC2 instance type naming). */
const MEMORY_PER_VCPU: Readonly<Record<string, number>> = { c: 2, m: 4, r: 8 };

/**
 * Families that run only models compiled for their accelerator (AWS Neuron for inf/trn, the Qualcomm
 * SDK for dl2q), so they are not candidates for an arbitrary model.
 */
export const COMPILED_ACCELERATOR_FAMILIES: ReadonlyArray<string> = ['inf', 'trn', 'dl2q'];

function vcpuOfSize(size: string): number | undefined {
  if (size === 'large') return 2;
  if (size === 'xlarge') return 4;
  const m = /^(\d+)xlarge$/.exec(size);
  return m ? Number(m[1]) * 4 : undefined;
}

/** A spec inferred from the name ("ml.c5.2xlarge" → 8 vCPU, 16 GiB), or undefined when the name does not say. */
export function specFromName(instanceType: string): InstanceSpec | undefined {
  const bare = instanceType.replace(/^ml\./, '');
  const [family = '', size = ''] = bare.split('.');
  const perVcpu = MEMORY_PER_VCPU[family.charAt(0)];
  const vcpu = vcpuOfSize(size);
  if (perVcpu === undefined || vcpu === undefined || !/^[cmr]\d/.test(family)) return undefined;
  return { instanceType: bare, vcpu, memoryGiB: vcpu * perVcpu, gpuCount: 0 };
}

/** True for accelerator families that need a compiled model (see COMPILED_ACCELERATOR_FAMILIES). */
export function needsCompiledModel(instanceType: string): boolean {
  const family = instanceType.replace(/^ml\./, '').split('.')[0] ?? '';
  return COMPILED_ACCELERATOR_FAMILIES.some((f) => family.startsWith(f));
}

/** The catalog's spec, else one inferred from the name (noted in `warnings` when given). */
export function resolveInstanceSpec(
  catalog: PriceCatalog,
  instanceType: string,
  warnings?: string[],
): InstanceSpec | undefined {
  const spec = catalog.instanceSpec(instanceType);
  if (spec) return spec;
  const inferred = specFromName(instanceType);
  if (inferred && warnings)
    warnings.push(
      `${instanceType}: hardware facts inferred from the type name (${inferred.vcpu} vCPU, ${inferred.memoryGiB} GiB)`,
    );
  return inferred;
}
