/** Throughput per instance (measured, given, estimated) and cost per token, worked by hand. */
import { describe, expect, it } from 'vitest';
import type { InstanceSpec } from '@shared/prices/catalog';
import { cpuSpec, gpuSpec } from './specs';
import { checkModelFit } from '@shared/domain/gpu/fit';
import { memoryNeed } from '@shared/domain/gpu/modelMemory';
import { designThroughput, givenThroughput } from '@shared/domain/gpu/throughput';
import {
  costPer1kRequestsAtFullLoad,
  costPer1kRequestsUsd,
  costPer1MOutputTokensAtFullLoad,
  costPer1MOutputTokensUsd,
  unitCosts,
} from '@shared/domain/gpu/costPerToken';

const g5_2xlarge = gpuSpec('g5.2xlarge', 1, 22888, 'NVIDIA A10G', 32);
const g5_12xlarge = gpuSpec('g5.12xlarge', 4, 22888, 'NVIDIA A10G', 192, 48);
const g2_2xlarge = gpuSpec('g2.2xlarge', 1, 4096, 'NVIDIA K520', 15);
const c5 = cpuSpec('c5.xlarge', 4, 8);
const p5_4xlarge = gpuSpec('p5.4xlarge', 1, 81920, 'NVIDIA H100', 256);
const llm = { inferenceMs: 3000, outputTokensPerRequest: 300, needsGpu: true };
const model7b = { sizeGB: 15, parametersBillions: 7, bytesPerParameter: 2 };
const fitOn = (s: InstanceSpec) => checkModelFit(s, model7b, memoryNeed(model7b), true);

describe('measured or given throughput', () => {
  it('requests/s with a source is measured, and shown with its source', () => {
    const t = givenThroughput({ maxRequestsPerSecondPerInstance: 2.5, throughputSource: 'load test 2026-11-20' }, llm)!;
    expect(t).toMatchObject({ requestsPerSecond: 2.5, outputTokensPerSecond: 750, kind: 'measured' });
    expect(t.source).toBe('load test 2026-11-20');
  });

  it('output tokens/s ÷ output tokens per request gives the request rate (1,200 ÷ 300 = 4 req/s)', () => {
    const t = givenThroughput(
      { maxOutputTokensPerSecondPerInstance: 1200, throughputSource: 'vendor benchmark' },
      llm,
    )!;
    expect(t.requestsPerSecond).toBe(4);
    expect(t.outputTokensPerSecond).toBe(1200);
    expect(t.basis).toContain('1200 output tokens/s ÷ 300 tokens per request = 4 req/s');
  });

  it('a figure without throughputSource is labelled an estimate', () => {
    const t = givenThroughput({ maxRequestsPerSecondPerInstance: 2 }, llm)!;
    expect(t.kind).toBe('estimated');
    expect(t.source).toContain('without saying where the figure comes from');
  });

  it('tokens/s without the workload output tokens says nothing about requests', () => {
    expect(
      givenThroughput({ maxOutputTokensPerSecondPerInstance: 1200 }, { ...llm, outputTokensPerRequest: undefined }),
    ).toBeNull();
  });
});

describe('estimated throughput', () => {
  it('LLM decoding: 600 GB/s ÷ 14 GB = 42.86 tokens/s per sequence; × 8 sequences = 342.9 tokens/s = 1.143 req/s', () => {
    const t = designThroughput({ concurrencyPerInstance: 8 }, llm, g5_2xlarge, fitOn(g5_2xlarge), 14)!;
    expect(t.kind).toBe('estimated');
    expect(t.outputTokensPerSecond).toBeCloseTo((600 / 14) * 8, 9);
    expect(t.requestsPerSecond).toBeCloseTo(((600 / 14) * 8) / 300, 9);
    expect(t.concurrency).toBe(8);
    expect(t.source).toContain('NVIDIA A10');
    expect(t.basis).toContain('8 concurrent sequences (concurrent requests per instance, given by the design)');
  });

  it('without a concurrency it decodes one sequence per model copy: four copies on g5.12xlarge', () => {
    const t = designThroughput({}, llm, g5_12xlarge, fitOn(g5_12xlarge), 14)!;
    expect(t.concurrency).toBe(4);
    expect(t.outputTokensPerSecond).toBeCloseTo((600 / 14) * 4, 9);
    expect(t.basis).toContain('one per model copy');
  });

  it('a newer GPU decodes faster than an old one for the same model (no flat "one request per GPU")', () => {
    const a = designThroughput({}, llm, g5_2xlarge, fitOn(g5_2xlarge), 14)!;
    const b = designThroughput({}, llm, p5_4xlarge, fitOn(p5_4xlarge), 14)!;
    expect(b.requestsPerSecond / a.requestsPerSecond).toBeCloseTo(3350 / 600, 9);
  });

  it('an accelerator with no published bandwidth falls back to the worker rule, labelled estimated', () => {
    const small = { sizeGB: 1 };
    const fit = checkModelFit(g2_2xlarge, small, memoryNeed(small), true);
    const t = designThroughput({}, llm, g2_2xlarge, fit, 1)!;
    expect(t.kind).toBe('estimated');
    expect(t.requestsPerSecond).toBeCloseTo(1000 / 3000, 9); // 1 GPU worker × 1000 ÷ 3,000 ms
    expect(t.source).toContain('workers');
  });

  it('a small CPU model: one worker per vCPU (4 × 1000 ÷ 50 ms = 80 req/s)', () => {
    const t = designThroughput({}, { inferenceMs: 50, needsGpu: false }, c5, undefined, 0.2)!;
    expect(t.requestsPerSecond).toBe(80);
    expect(t.outputTokensPerSecond).toBeUndefined();
  });
});

describe('cost per token and per request', () => {
  it('at full load: hourly ÷ (tokens/s × 3600) × 10^6 (g5.2xlarge $1.212/h at 1,000 tokens/s = $0.3367 per 1M)', () => {
    expect(costPer1MOutputTokensAtFullLoad(1.212, 1000)).toBeCloseTo((1.212 / 3_600_000) * 1e6, 12);
    expect(costPer1MOutputTokensAtFullLoad(1.212, 1000)).toBeCloseTo(0.336667, 6);
    expect(costPer1kRequestsAtFullLoad(1.212, 4)).toBeCloseTo((1.212 / 14_400) * 1000, 12);
  });

  it('for a month: total ÷ tokens × 10^6 and total ÷ requests × 1000', () => {
    expect(costPer1MOutputTokensUsd(315, 1_050_000 * 300)).toBeCloseTo(1, 9);
    expect(costPer1kRequestsUsd(700, 1_000_000)).toBeCloseTo(0.7, 12);
    expect(unitCosts(700, 1_000_000, 300)).toEqual({
      costPer1kRequestsUsd: 0.7,
      costPer1MOutputTokensUsd: (700 / 300_000_000) * 1e6,
    });
  });

  it('undefined figures stay null (no tokens, no price, no throughput)', () => {
    expect(unitCosts(700, 1_000_000, undefined).costPer1MOutputTokensUsd).toBeNull();
    expect(unitCosts(null, 1_000_000, 300)).toEqual({ costPer1kRequestsUsd: null, costPer1MOutputTokensUsd: null });
    expect(costPer1MOutputTokensAtFullLoad(1, 0)).toBeNull();
    expect(costPer1kRequestsAtFullLoad(1, 0)).toBeNull();
  });
});
