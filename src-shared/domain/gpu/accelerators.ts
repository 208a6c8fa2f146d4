/**
 * Accelerators as data: the memory bandwidth of each accelerator model, a public spec fact with the
 * datasheet it comes from, and the reading of an instance's hardware facts as devices × memory per
 * device. Only rows whose figure a vendor publishes are here; an accelerator missing from the table
 * gets no bandwidth-based estimate (its throughput must be measured or given).
 */
import type { InstanceSpec } from '../../prices/catalog';

/** Decimal gigabytes in one GiB (hardware facts come in GiB, model sizes in GB). */
export const GB_PER_GIB = 1.073741824;

/** One accelerator model's memory bandwidth, GB/s per device, and where the figure comes from. */
export interface AcceleratorBandwidth {
  /** Accelerator model as the hardware data names it ("A10G", "H100", "Inferentia2"). */
  model: string;
  /** Peak memory bandwidth of one device (one GPU or one Neuron chip), GB/s. */
  bandwidthGBps: number;
  source: string;
}

const NVIDIA = 'NVIDIA data sheet';
const NEURON = 'AWS Neuron documentation, architecture guide';

/** [model, GB/s per device, where the figure is published]. */
const ROWS: ReadonlyArray<readonly [string, number, string]> = [
  ['T4', 320, `${NVIDIA} "NVIDIA T4" (16 GB GDDR6, 320 GB/s); g4dn`],
  ['A10G', 600, `${NVIDIA} "NVIDIA A10" (24 GB GDDR6, 600 GB/s); g5's A10G is AWS's A10 variant, same memory`],
  ['L4', 300, `${NVIDIA} "NVIDIA L4" (24 GB GDDR6, 300 GB/s); g6, and g6f slices share it`],
  ['L40S', 864, `${NVIDIA} "NVIDIA L40S" (48 GB GDDR6, 864 GB/s); g6e`],
  ['V100', 900, `${NVIDIA} "NVIDIA V100 Tensor Core GPU" (SXM2, 900 GB/s); p3, p3dn`],
  ['A100', 1555, `${NVIDIA} "NVIDIA A100 Tensor Core GPU" (40 GB HBM2 SXM, 1,555 GB/s); p4d`],
  ['A100-80GB', 2039, `${NVIDIA} "NVIDIA A100 Tensor Core GPU" (80 GB HBM2e SXM, 2,039 GB/s); p4de`],
  ['H100', 3350, `${NVIDIA} "NVIDIA H100 Tensor Core GPU" (SXM, 3.35 TB/s); p5`],
  ['H200', 4800, `${NVIDIA} "NVIDIA H200 Tensor Core GPU" (SXM, 4.8 TB/s); p5e, p5en`],
  ['Inferentia', 50, `${NEURON} "Inferentia Architecture" (8 GiB DRAM, 50 GiB/s per chip); inf1`],
  ['Inferentia2', 820, `${NEURON} "Inferentia2 Architecture" (32 GiB HBM, 820 GB/s per chip); inf2`],
  ['Trainium', 820, `${NEURON} "Trainium Architecture" (32 GiB HBM, 820 GB/s per chip); trn1`],
  ['Trainium2', 2900, `${NEURON} "Trainium2 Architecture Guide" (96 GiB HBM, 2.9 TB/s per chip); trn2`],
];

/** The table: one row per accelerator model with a published bandwidth. */
export const ACCELERATOR_BANDWIDTH: ReadonlyArray<AcceleratorBandwidth> = ROWS.map(
  ([model, bandwidthGBps, source]) => ({
    model,
    bandwidthGBps,
    source,
  }),
);

/** Reduces a model name from any source ("NVIDIA A10G", "AWS Inferentia2", "nvidia-h100") to a table key. */
function normalizeModel(name: string): string {
  return name
    .replace(/^(nvidia|aws|amd)[\s_-]+/i, '')
    .replace(/\s+tensor core gpu$/i, '')
    .trim()
    .toLowerCase();
}

/**
 * The bandwidth row of an accelerator model, or undefined when it is not in the table. An A100 with
 * more than 60 GiB per device is the 80 GB part (p4de), whose bandwidth differs from the 40 GB one.
 */
export function bandwidthOf(model: string | undefined, memoryPerDeviceGiB?: number): AcceleratorBandwidth | undefined {
  if (!model) return undefined;
  let key = normalizeModel(model);
  if (key === 'a100' && memoryPerDeviceGiB !== undefined && memoryPerDeviceGiB > 60) key = 'a100-80gb';
  return ACCELERATOR_BANDWIDTH.find((row) => row.model.toLowerCase() === key);
}

/**
 * An instance's accelerators as the fit and throughput rules read them: devices × memory per device.
 * A device is one GPU, one Inferentia or Trainium chip, or one GPU slice (g6f: the EC2 API reports a
 * fractional GPU with count 0 and the slice's own memory).
 */
export interface AcceleratorHardware {
  /** Devices a model can be sharded over (1 for a GPU slice); 0 = no accelerator. */
  devices: number;
  /** Memory of one device as this instance sees it, GiB; undefined = not in the hardware data. */
  memoryPerDeviceGiB: number | undefined;
  /** Accelerator model, undefined = unknown. */
  model: string | undefined;
  /** True for a fraction of one GPU (no sharding, the slice's memory only). */
  fractional: boolean;
}

/**
 * The accelerator facts of the hardware data (the price catalog's `accelerator`): devices, the model,
 * and the EC2 API's usable MiB of one device. Declared here by shape so this reads catalogs with or
 * without the field.
 */
interface AcceleratorFacts {
  model: string;
  count: number;
  memoryMiBEach?: number | undefined;
}

const MIB_PER_GIB = 1024;

/**
 * Reads an instance spec's accelerator facts: its `accelerator` (GPUs, Inferentia and Trainium chips)
 * when the data has it, else the GPU fields, whose memory is the instance's total (per-GPU MiB × GPU
 * count). A fractional GPU (g6f: count 0 in the EC2 API, the slice's own memory per device) is one
 * device with the slice's memory.
 */
export function acceleratorOf(
  spec: InstanceSpec & { accelerator?: AcceleratorFacts | undefined },
): AcceleratorHardware {
  const acc = spec.accelerator;
  const count = acc ? acc.count : spec.gpuCount;
  const perDevice = acc
    ? acc.memoryMiBEach !== undefined
      ? acc.memoryMiBEach / MIB_PER_GIB
      : undefined
    : spec.gpuMemoryGiB !== undefined && spec.gpuCount > 0
      ? spec.gpuMemoryGiB / spec.gpuCount
      : undefined;
  const known = perDevice !== undefined && perDevice > 0;
  const fractional = (count > 0 && count < 1) || (count === 0 && known);
  return {
    devices: fractional ? 1 : Math.floor(count),
    memoryPerDeviceGiB: known ? perDevice : undefined,
    model: acc?.model ?? spec.gpuModel,
    fractional,
  };
}
