/**
 * Hardware facts of the snapshot, one convention for accelerator memory: the EC2 API's usable MiB per
 * device × device count (AWS DescribeInstanceTypes, e.g. A10G 22,888 MiB; marketing pages say 24 GB).
 *
 * 1. The EC2 API extract is the primary source: vCPU, memory, architectures, NVIDIA GPUs.
 * 2. Types it lacks, or accelerators it does not describe (Inferentia, Trainium, older GPUs), come
 *    from the GPU file, with the device memory by a stated rule (see `deviceMemory`).
 * 3. SageMaker `ml.<type>` has the hardware of EC2 `<type>` (the catalog strips `ml.` on lookup);
 *    ml.p3 is not in the EC2 extract, and AWS's own SageMaker GPU table gives its GPU memory.
 * Anything no file states stays unknown; the types left without facts are listed as missing.
 */
import type { AcceleratorSpec, InstanceSpec } from '@shared/prices/catalog';
import { parseGpuInstances, type GpuInstanceRecord } from './parseSources';
import { SOURCE_FILES, type SourceTexts } from './sourceFiles';

interface Ec2HardwareRecord {
  vcpus: number;
  memorySizeInMiB: number;
  architectures?: string[];
  gpu?: { name: string; manufacturer: string; count: number; memoryInMiB: number; totalGpuMemoryInMiB: number };
}

const MIB_PER_GIB = 1024;

function parseHardware(text: string): Record<string, Ec2HardwareRecord> {
  const data = JSON.parse(text) as Record<string, Ec2HardwareRecord>;
  for (const [type, r] of Object.entries(data)) {
    if (typeof r.vcpus !== 'number' || typeof r.memorySizeInMiB !== 'number')
      throw new Error(`price source ${SOURCE_FILES.ec2Hardware.file}: ${type} lacks vcpus or memorySizeInMiB`);
  }
  return data;
}

function kindOf(model: string): AcceleratorSpec['kind'] {
  if (/inferentia/i.test(model)) return 'inferentia';
  if (/trainium/i.test(model)) return 'trainium';
  if (/nvidia|amd radeon/i.test(model)) return 'gpu';
  return 'other';
}

/** "32 GB HBM" / "2048 GiB" → 32 / 2048 (GB read as GiB, as AWS's pages use it); undefined for "Unknown". */
function gib(text: string): number | undefined {
  const m = /^([0-9.]+)\s*Gi?B/.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

const familyOf = (type: string) => type.split('.')[0]!;

/**
 * Device memory (MiB) for a GPU-file record, by rule, or undefined when no rule gives an honest figure:
 * - the same accelerator model has an EC2 API figure on another type: that figure (one convention);
 * - else the file's figure is the same for every size of the family while device counts differ: it is
 *   per device;
 * - else the figures grow with the device count (equal per device): they are totals, divided;
 * - else (a family of one size, or figures that fit neither reading): unknown.
 */
function deviceMemory(
  r: GpuInstanceRecord,
  family: ReadonlyArray<GpuInstanceRecord>,
  apiMiBByModel: ReadonlyMap<string, number>,
): { mib: number; rule: string } | undefined {
  const api = apiMiBByModel.get(r.gpu.replace(/^NVIDIA\s+/, ''));
  if (api !== undefined)
    return { mib: api, rule: `EC2 API figure for the ${r.gpu} on other types (${api.toLocaleString('en-US')} MiB)` };
  const figures = family.map((f) => ({ count: f.gpuCount, gib: gib(f.gpuMemory) }));
  if (figures.some((f) => f.gib === undefined || !(f.count > 0))) return undefined;
  const counts = new Set(figures.map((f) => f.count));
  if (counts.size < 2) return undefined;
  const file = SOURCE_FILES.ec2Gpu.file;
  if (new Set(figures.map((f) => f.gib)).size === 1)
    return {
      mib: gib(r.gpuMemory)! * MIB_PER_GIB,
      rule: `${file} states ${r.gpuMemory} for every size of ${familyOf(r.name)} (1 to ${Math.max(...counts)} devices): per device, GB read as GiB`,
    };
  const perDevice = new Set(figures.map((f) => f.gib! / f.count));
  if (perDevice.size === 1)
    return {
      mib: (gib(r.gpuMemory)! / r.gpuCount) * MIB_PER_GIB,
      rule: `${file} states totals that grow with the device count across ${familyOf(r.name)}: total ÷ devices, GB read as GiB`,
    };
  return undefined;
}

function acceleratorFromApi(gpu: NonNullable<Ec2HardwareRecord['gpu']>): AcceleratorSpec {
  const model = `${gpu.manufacturer} ${gpu.name}`;
  const acc: AcceleratorSpec = { kind: kindOf(model), model, count: gpu.count, memoryMiBEach: gpu.memoryInMiB };
  // A GPU slice (g6f): the EC2 API reports count 0 and the slice's own memory, which is its total.
  acc.totalMemoryMiB = gpu.count > 0 ? gpu.memoryInMiB * gpu.count : gpu.totalGpuMemoryInMiB;
  if (gpu.count === 0) acc.memoryRule = 'a fraction of one GPU: the EC2 API reports count 0 and the slice memory';
  return acc;
}

function withAccelerator(spec: InstanceSpec, acc: AcceleratorSpec): InstanceSpec {
  spec.accelerator = acc;
  if (acc.kind === 'gpu') {
    spec.gpuCount = acc.count;
    spec.gpuModel = acc.model;
    if (acc.totalMemoryMiB) spec.gpuMemoryGiB = Number((acc.totalMemoryMiB / MIB_PER_GIB).toFixed(3));
  }
  return spec;
}

/** Every instance type the files describe, sorted by name. */
export function buildInstanceSpecs(texts: SourceTexts): InstanceSpec[] {
  const hw = parseHardware(texts.ec2Hardware);
  const gpus = parseGpuInstances(texts.ec2Gpu, SOURCE_FILES.ec2Gpu.file);
  const specs = new Map<string, InstanceSpec>();
  // Short words per spec (the files' full provenance is in the SOURCES document and sourceFiles.ts).
  const apiSource = `EC2 API, ${SOURCE_FILES.ec2Hardware.asOf}`;
  const apiMiBByModel = new Map<string, number>();
  for (const [type, r] of Object.entries(hw)) {
    const spec: InstanceSpec = {
      instanceType: type,
      vcpu: r.vcpus,
      memoryGiB: r.memorySizeInMiB / MIB_PER_GIB,
      gpuCount: 0,
      factsSource: apiSource,
    };
    if (r.architectures?.length) spec.architectures = [...r.architectures];
    if (r.gpu) {
      withAccelerator(spec, acceleratorFromApi(r.gpu));
      apiMiBByModel.set(r.gpu.name, r.gpu.memoryInMiB);
    }
    specs.set(type, spec);
  }

  const byFamily = new Map<string, GpuInstanceRecord[]>();
  for (const r of gpus) byFamily.set(familyOf(r.name), [...(byFamily.get(familyOf(r.name)) ?? []), r]);
  const gpuSource = `tsaol/aws-gpu GPU table, ${SOURCE_FILES.ec2Gpu.asOf}`;
  for (const r of gpus) {
    const known = specs.get(r.name);
    if (known?.accelerator) continue; // the EC2 API already describes its GPUs
    const memoryGiB = gib(r.memory);
    if (!known && (!Number.isFinite(r.vcpu) || memoryGiB === undefined)) continue;
    const spec: InstanceSpec = known ?? {
      instanceType: r.name,
      vcpu: r.vcpu,
      memoryGiB: memoryGiB!,
      gpuCount: 0,
      factsSource: `${gpuSource} (memory GB read as GiB)`,
    };
    if (known) spec.factsSource = `${apiSource}; accelerators from ${gpuSource}`;
    const acc: AcceleratorSpec = { kind: kindOf(r.gpu), model: r.gpu, count: r.gpuCount };
    const mem = deviceMemory(r, byFamily.get(familyOf(r.name))!, apiMiBByModel);
    if (mem) {
      acc.memoryMiBEach = mem.mib;
      acc.totalMemoryMiB = mem.mib * r.gpuCount;
      acc.memoryRule = mem.rule;
    }
    specs.set(r.name, withAccelerator(spec, acc));
  }

  // AWS's SageMaker GPU table: the GPU memory of ml.p3, the one GPU family the EC2 extract lacks.
  const table = JSON.parse(texts.sageMakerGpuInfo) as Record<
    string,
    Record<string, { Count: number; TotalGpuMemoryInMiB: number }>
  >;
  const usEast1 = table['us-east-1'] ?? {};
  for (const [mlType, g] of Object.entries(usEast1)) {
    const spec = specs.get(mlType.replace(/^ml\./, ''));
    const acc = spec?.accelerator;
    // Only where the EC2 API has no figure of its own (the table's g5 figures mix conventions).
    const apiFigure = acc?.memoryMiBEach !== undefined && (acc.memoryRule === undefined || acc.count === 0);
    if (!spec || !acc || apiFigure || g.Count !== acc.count) continue;
    const each = g.TotalGpuMemoryInMiB / g.Count;
    acc.memoryMiBEach = each;
    acc.totalMemoryMiB = g.TotalGpuMemoryInMiB;
    acc.memoryRule = `AWS SageMaker SDK GPU table (${SOURCE_FILES.sageMakerGpuInfo.file}): ${g.TotalGpuMemoryInMiB.toLocaleString('en-US')} MiB for ${g.Count} GPU(s)`;
    withAccelerator(spec, acc);
  }
  return [...specs.values()].sort((a, b) => (a.instanceType < b.instanceType ? -1 : 1));
}

/** The priced instance types (EC2 names or ml.<type>) that no file gives hardware facts for. */
export function typesWithoutFacts(specs: ReadonlyArray<InstanceSpec>, pricedTypes: Iterable<string>): string[] {
  const known = new Set(specs.map((s) => s.instanceType));
  const out = new Set<string>();
  for (const t of pricedTypes) if (!known.has(t.replace(/^ml\./, ''))) out.add(t);
  return [...out].sort();
}
