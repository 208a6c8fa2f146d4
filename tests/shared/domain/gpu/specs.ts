/**
 * Instance specs for the GPU tests, in the hardware data's convention: an `accelerator` with the
 * EC2 API's usable MiB per device × count (A10G 22,888 MiB = 24.0 GB), the GPU fields as totals.
 */
import type { InstanceSpec } from '@shared/prices/catalog';

/** A spec with `count` devices of `miBEach` (undefined = unknown memory); count 0 with memory = a GPU slice. */
export function gpuSpec(
  instanceType: string,
  count: number,
  miBEach: number | undefined,
  model: string,
  memoryGiB = 64,
  vcpu = 8,
): InstanceSpec {
  const isGpu = !/inferentia|trainium/i.test(model);
  const accelerator = {
    kind: isGpu ? 'gpu' : 'inferentia',
    model,
    count,
    ...(miBEach !== undefined ? { memoryMiBEach: miBEach } : {}),
  };
  return {
    instanceType,
    vcpu,
    memoryGiB,
    gpuCount: isGpu ? count : 0,
    ...(isGpu && miBEach !== undefined ? { gpuMemoryGiB: (miBEach * count) / 1024, gpuModel: model } : {}),
    accelerator,
  } as InstanceSpec;
}

/** A CPU-only spec. */
export function cpuSpec(instanceType: string, vcpu: number, memoryGiB: number): InstanceSpec {
  return { instanceType, vcpu, memoryGiB, gpuCount: 0 };
}
