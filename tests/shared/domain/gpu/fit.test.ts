/**
 * GPU fit, worked by hand. GiB → GB is × 1.073741824; the default need is 1.2 × weights; shards are
 * powers of two up to the device count, plus the full count.
 */
import { describe, expect, it } from 'vitest';
import type { InstanceSpec } from '@shared/prices/catalog';
import { cpuSpec, gpuSpec } from './specs';
import { acceleratorOf, bandwidthOf } from '@shared/domain/gpu/accelerators';
import { checkModelFit, shardDegrees } from '@shared/domain/gpu/fit';
import { kvCacheGB, memoryNeed, modelWeights } from '@shared/domain/gpu/modelMemory';

const g2_8xlarge = gpuSpec('g2.8xlarge', 4, 4096, 'NVIDIA K520', 60);
const g5_12xlarge = gpuSpec('g5.12xlarge', 4, 22888, 'NVIDIA A10G', 192);
const g5_2xlarge = gpuSpec('g5.2xlarge', 1, 22888, 'NVIDIA A10G', 32);
const p4d = gpuSpec('p4d.24xlarge', 8, 40960, 'NVIDIA A100', 1152);
const inf2_48 = gpuSpec('inf2.48xlarge', 12, 32768, 'AWS Inferentia2', 768);
const g6f_large = gpuSpec('g6f.large', 0, 2861, 'NVIDIA L4', 8);
const g6e_xlarge = gpuSpec('g6e.xlarge', 1, 45776, 'NVIDIA L40S', 32);
const c5_xlarge = cpuSpec('c5.xlarge', 4, 8);

/** Llama 3 8B shape: 32 layers, 8 KV heads of 128, FP16 cache, 4,096 tokens × 16 sequences. */
const LLAMA3_8B_KV = { layers: 32, kvHeads: 8, headDim: 128, bytesPerValue: 2, tokensPerSequence: 4096, sequences: 16 };

const fitOf = (s: InstanceSpec, model: { sizeGB: number; parametersBillions?: number; bytesPerParameter?: number }) =>
  checkModelFit(s, model, memoryNeed(model), true);

describe('model weights and memory need', () => {
  it('weights = parameters × bytes per parameter, else sizeGB', () => {
    expect(modelWeights({ sizeGB: 15, parametersBillions: 7, bytesPerParameter: 2 }).weightsGB).toBe(14);
    expect(modelWeights({ sizeGB: 15, parametersBillions: 70, bytesPerParameter: 0.5 }).weightsGB).toBe(35);
    expect(modelWeights({ sizeGB: 15, parametersBillions: 7 }).basis).toContain('FP16/BF16 assumed');
    expect(modelWeights({ sizeGB: 15 }).weightsGB).toBe(15);
  });

  it('default need is 1.2 × weights; with a KV cache, (weights + KV) ÷ 0.9', () => {
    expect(memoryNeed({ sizeGB: 30 }).requiredGB).toBeCloseTo(36, 9);
    const kv = kvCacheGB(LLAMA3_8B_KV);
    expect(kv).toBeCloseTo(8.589934592, 9);
    expect(memoryNeed({ sizeGB: 16 }, kv).requiredGB).toBeCloseTo((16 + 8.589934592) / 0.9, 9);
  });
});

describe('shard degrees', () => {
  it('powers of two up to the count, and the count itself', () => {
    expect(shardDegrees(0)).toEqual([]);
    expect(shardDegrees(1)).toEqual([1]);
    expect(shardDegrees(4)).toEqual([1, 2, 4]);
    expect(shardDegrees(6)).toEqual([1, 2, 4, 6]);
    expect(shardDegrees(8)).toEqual([1, 2, 4, 8]);
    expect(shardDegrees(12)).toEqual([1, 2, 4, 8, 12]);
  });
});

describe('GPU fit: per-GPU memory × count, sharding within one instance', () => {
  it("a 30 GB model does not fit g2.8xlarge's 4 × 4 GB GPUs (36 GB needed, 17.2 GB in all)", () => {
    const f = fitOf(g2_8xlarge, { sizeGB: 30 });
    expect(f.status).toBe('too-large');
    if (f.status !== 'too-large') return;
    expect(f.requiredGB).toBeCloseTo(36, 9);
    expect(f.availableGB).toBeCloseTo(4 * 4 * 1.073741824, 9);
    expect(f.detail).toContain('g2.8xlarge');
  });

  it("g5.12xlarge's 4 × 24 GB fits it, sharded over 2 GPUs (48 GB), 2 copies per instance", () => {
    const f = fitOf(g5_12xlarge, { sizeGB: 30 });
    expect(f.status).toBe('fits');
    if (f.status !== 'fits') return;
    expect(f.memory).toBe('accelerator');
    expect(f.shards).toBe(2);
    expect(f.replicasPerInstance).toBe(2);
    expect(f.availableGB).toBeCloseTo(2 * 22888 * 1.048576e-3, 6); // 22,888 MiB = 24.0 GB
    expect(f.detail).toContain('sharded over 2 devices');
  });

  it('an 8B FP16 model (16 GB weights, 19.2 GB needed) fits one 24 GB A10G, not a 16 GiB (17.2 GB) T4', () => {
    const m = { sizeGB: 15, parametersBillions: 8, bytesPerParameter: 2 };
    const a10g = fitOf(g5_2xlarge, m);
    expect(a10g.status).toBe('fits');
    if (a10g.status === 'fits') expect(a10g.shards).toBe(1);
    expect(fitOf(gpuSpec('g4dn.xlarge', 1, 16384, 'NVIDIA T4', 16), m).status).toBe('too-large');
  });

  it('70B FP16 on p4d.24xlarge: 168 GB needed, 4 × 40 GiB = 171.8 GB, so 4 shards and 2 copies', () => {
    const f = fitOf(p4d, { sizeGB: 140, parametersBillions: 70, bytesPerParameter: 2 });
    expect(f.status).toBe('fits');
    if (f.status !== 'fits') return;
    expect(f.shards).toBe(4);
    expect(f.replicasPerInstance).toBe(2);
  });

  it('Inferentia2: 32 GiB per chip; 70B FP16 needs 8 of the 12 chips of inf2.48xlarge', () => {
    const f = fitOf(inf2_48, { sizeGB: 140, parametersBillions: 70, bytesPerParameter: 2 });
    expect(f.status).toBe('fits');
    if (f.status !== 'fits') return;
    expect(f.shards).toBe(8); // 4 × 34.4 GB = 137 GB < 168 GB
    expect(f.replicasPerInstance).toBe(1);
  });

  it('a fractional GPU (g6f.large, count 0 in the EC2 data, a 3.0 GB slice) uses the slice only', () => {
    expect(acceleratorOf(g6f_large)).toMatchObject({ devices: 1, fractional: true });
    expect(fitOf(g6f_large, { sizeGB: 2, parametersBillions: 1, bytesPerParameter: 2 }).status).toBe('fits'); // 2.4 ≤ 3.0
    expect(fitOf(g6f_large, { sizeGB: 2.5 }).status).toBe('too-large'); // 3.0 > 3.0 GB slice (2,861 MiB)
  });

  it('the KV formula rules out a 24 GB GPU that the default rule would accept', () => {
    const model = { sizeGB: 16.06 };
    const kv = kvCacheGB(LLAMA3_8B_KV);
    expect(checkModelFit(g5_2xlarge, model, memoryNeed(model), true).status).toBe('fits'); // 19.3 GB
    expect(checkModelFit(g5_2xlarge, model, memoryNeed(model, kv), true).status).toBe('too-large'); // 27.4 GB
    expect(checkModelFit(g6e_xlarge, model, memoryNeed(model, kv), true).status).toBe('fits'); // 48 GB
  });

  it('several small models pack per GPU: 3 GB models (3.6 GB each) → 6 per 24 GB GPU, 24 on four', () => {
    const m = { sizeGB: 3 };
    const f = checkModelFit(g5_12xlarge, m, memoryNeed(m), true, 40);
    expect(f.status).toBe('fits');
    if (f.status === 'fits') expect(f.modelsPerInstance).toBe(24);
  });
});

describe('reading the hardware data', () => {
  it('without an accelerator record, GPU memory is the total over the GPUs (per-GPU × count)', () => {
    const a = acceleratorOf({
      instanceType: 'g5.12xlarge',
      vcpu: 48,
      memoryGiB: 192,
      gpuCount: 4,
      gpuMemoryGiB: 89.406,
      gpuModel: 'NVIDIA A10G',
    });
    expect(a.devices).toBe(4);
    expect(a.memoryPerDeviceGiB).toBeCloseTo(22.3515, 4);
  });

  it('Inferentia and Trainium come from the accelerator record (not counted as GPUs)', () => {
    expect(acceleratorOf(inf2_48)).toEqual({
      devices: 12,
      memoryPerDeviceGiB: 32,
      model: 'AWS Inferentia2',
      fractional: false,
    });
  });
});

describe('unknown memory and no accelerator', () => {
  it('GPU memory missing from the data: "cannot check fit", never host RAM', () => {
    const f = fitOf(gpuSpec('g2.2xlarge', 1, undefined, 'NVIDIA K520', 15), { sizeGB: 1 });
    expect(f.status).toBe('unknown');
    expect(f.detail).toMatch(/^cannot check fit/);
  });

  it('a GPU model on a CPU instance has no accelerator', () => {
    expect(fitOf(c5_xlarge, { sizeGB: 1 }).status).toBe('no-accelerator');
  });

  it('a CPU model is checked against 80% of host RAM (8 GiB → 6.4)', () => {
    expect(checkModelFit(c5_xlarge, { sizeGB: 6.3 }, memoryNeed({ sizeGB: 6.3 }), false).status).toBe('fits');
    const f = checkModelFit(c5_xlarge, { sizeGB: 6.5 }, memoryNeed({ sizeGB: 6.5 }), false);
    expect(f.status).toBe('too-large');
    if (f.status === 'too-large') expect(f.memory).toBe('host');
  });
});

describe('bandwidth table', () => {
  it('has a source for every row and knows the A100 80 GB apart from the 40 GB', () => {
    expect(bandwidthOf('NVIDIA A10G')?.bandwidthGBps).toBe(600);
    expect(bandwidthOf('A100', 40)?.bandwidthGBps).toBe(1555);
    expect(bandwidthOf('A100', 80)?.bandwidthGBps).toBe(2039);
    expect(bandwidthOf('AWS Inferentia2')?.bandwidthGBps).toBe(820);
    expect(bandwidthOf('K520')).toBeUndefined();
    expect(bandwidthOf(undefined)).toBeUndefined();
  });
});
