/**
 * GPU fit worked by hand through the cost engine, for every instance hosting type (real-time,
 * multi-model, multi-container, async, batch, EC2, EKS) and through the optimizer's sweep: per-GPU
 * against total memory, sharding within one instance, and unknown GPU memory as "cannot check fit"
 * (never host RAM, never feasible without a measurement taken on that type).
 *
 * Hand figures: need = 1.2 × weights; A10G 22,888 MiB = 24.0 GB, A100 40,960 MiB = 42.9 GB.
 * - 15 GB → 18 GB: one A10G (g5.xlarge), though its host has only 16 GiB.
 * - 30 GB → 36 GB: not one A10G; g5.12xlarge shards over 2 (48.0 GB).
 * - 70 GB → 84 GB: g5.12xlarge shards over all 4 (96.0 GB).
 * - 90 GB → 108 GB: more than g5.12xlarge's 96.0 GB in all; p4d.24xlarge over 4 A100s (171.7 GB).
 */
import { describe, expect, it } from 'vitest';
import { estimateDesign } from '@shared/domain/estimate';
import { optimizeDesign } from '@shared/domain/recommend/optimizer';
import { createPriceCatalog } from '@shared/prices/lookup';
import { priceKeys } from '@shared/prices/keys';
import type { Design, Workload } from '@shared/domain/model';
import type { InstanceHostingType } from '@shared/domain/hosting';
import { catalogData, design, entry, SPECS, workload } from '../fixtures';
import { gpuSpec } from './specs';
import { INSTANCE_HOSTING_TYPES, oneInstanceHosting } from './workloads';

const R = 'us-east-1';
const TYPES = ['g5.xlarge', 'g5.12xlarge', 'p4d.24xlarge', 'g6.xlarge', 'x9.gpu'] as const;
const HOURLY: Record<(typeof TYPES)[number], number> = {
  'g5.xlarge': 1.006,
  'g5.12xlarge': 5.672,
  'p4d.24xlarge': 32.7726,
  'g6.xlarge': 0.8048,
  'x9.gpu': 0.5,
};
const extra = TYPES.flatMap((t) => [
  entry(priceKeys.ec2OnDemand(R, t), HOURLY[t], 'hour'),
  entry(priceKeys.sageMakerInstance(R, 'Hosting', `ml.${t}`), HOURLY[t] * 1.4, 'hour'),
  entry(priceKeys.sageMakerInstance(R, 'AsyncInf', `ml.${t}`), HOURLY[t] * 1.4, 'hour'),
  entry(priceKeys.sageMakerInstance(R, 'BatchTransform', `ml.${t}`), HOURLY[t] * 1.4, 'hour'),
]);
const catalog = createPriceCatalog({
  ...catalogData(extra),
  instanceSpecs: [
    ...SPECS.filter((s) => s.instanceType !== 'g5.xlarge'),
    gpuSpec('g5.xlarge', 1, 22888, 'NVIDIA A10G', 16, 4),
    gpuSpec('g5.12xlarge', 4, 22888, 'NVIDIA A10G', 192, 48),
    gpuSpec('p4d.24xlarge', 8, 40960, 'NVIDIA A100', 1152, 96),
    // The hardware data knows the L4 but not its memory: the fit cannot be checked.
    gpuSpec('g6.xlarge', 1, undefined, 'NVIDIA L4', 16, 4),
    // x9.gpu has a price but no hardware facts at all.
  ],
});

const HOSTING_TYPES = INSTANCE_HOSTING_TYPES;

function designOn(type: (typeof HOSTING_TYPES)[number], instanceType: string, over: object = {}): Design {
  return design(oneInstanceHosting(type, instanceType, over) as Design['hosting']);
}

const llm = (sizeGB: number, over: Partial<Workload> = {}) =>
  workload({
    needsGpu: true,
    inferenceMs: 3000,
    latencyTargetMs: 10_000,
    models: { count: 1, sizeGB },
    inputTokensPerRequest: 500,
    outputTokensPerRequest: 300,
    traffic: { pattern: 'steady', requestsPerSecond: 0.02 },
    datasetAvailableUpfront: true,
    ...over,
  });

const rulesOf = (d: Design, w: Workload) => estimateDesign(d, w, catalog, R).reasons.map((r) => r.rule);
const messageOf = (d: Design, w: Workload, rule: string) =>
  estimateDesign(d, w, catalog, R).reasons.find((r) => r.rule === rule)?.message;

describe('per-GPU memory against the model, never host RAM, on every hosting type', () => {
  it.each(HOSTING_TYPES)('%s: 15 GB (18 GB needed) fits one 24 GB A10G of g5.xlarge despite its 16 GiB host', (t) => {
    const rules = rulesOf(designOn(t, 'g5.xlarge'), llm(15));
    expect(rules).not.toContain('instance.memory');
    expect(rules).not.toContain('instance.fitUnknown');
  });

  it.each(HOSTING_TYPES)('%s: 30 GB (36 GB needed) does not fit one 24.0 GB A10G', (t) => {
    expect(messageOf(designOn(t, 'g5.xlarge'), llm(30), 'instance.memory')).toContain('36 GB');
  });

  it('a CPU model is still checked against host RAM: 15 GB on g5.xlarge is over 80% of 16 GiB (12.8 GiB)', () => {
    const m = messageOf(designOn('ec2', 'g5.xlarge'), llm(15, { needsGpu: false }), 'instance.memory');
    expect(m).toContain('12.8 GiB');
  });
});

describe('sharding over the GPUs of one instance: total memory counts, in shard groups', () => {
  const sharding = HOSTING_TYPES.filter((t) => t !== 'sagemaker-multi-model');

  it.each(sharding)('%s: 30 GB shards over 2 of the 4 A10Gs of g5.12xlarge', (t) => {
    const e = estimateDesign(designOn(t, 'g5.12xlarge'), llm(30), catalog, R);
    expect(e.reasons.map((r) => r.rule)).not.toContain('instance.memory');
    // The bandwidth estimate reads the shard group: 2 × 600 GB/s ÷ 30 GB = 40 tokens/s per copy, 2 copies.
    expect(e.throughput?.outputTokensPerSecond).toBeCloseTo(80, 9);
  });

  it.each(sharding)('%s: 70 GB (84 GB) shards over all 4 (96.0 GB)', (t) => {
    expect(rulesOf(designOn(t, 'g5.12xlarge'), llm(70))).not.toContain('instance.memory');
  });

  it.each(HOSTING_TYPES)('%s: 90 GB (108 GB) exceeds the 96.0 GB of g5.12xlarge in all', (t) => {
    expect(messageOf(designOn(t, 'g5.12xlarge'), llm(90), 'instance.memory')).toMatch(/108 GB.*96 GB/);
  });

  it.each(sharding)('%s: 90 GB fits p4d.24xlarge over 4 A100s', (t) => {
    expect(rulesOf(designOn(t, 'p4d.24xlarge'), llm(90))).not.toContain('instance.memory');
  });

  it('a multi-model endpoint serves from one GPU, so a model that must shard is refused there', () => {
    expect(rulesOf(designOn('sagemaker-multi-model', 'g5.12xlarge'), llm(30))).toContain('multi-model.gpu');
  });
});

describe('unknown GPU memory: cannot check fit', () => {
  it.each(HOSTING_TYPES)('%s: not feasible, with the instance type and what to enter', (t) => {
    const e = estimateDesign(designOn(t, 'g6.xlarge'), llm(15), catalog, R);
    expect(e.feasible).toBe(false);
    const r = e.reasons.find((x) => x.rule === 'instance.fitUnknown');
    expect(r?.message).toContain('cannot check fit');
    expect(r?.message).toContain('g6.xlarge');
    expect(r?.message).toContain('enter a throughput measured on');
    // The fields to enter, by name, beside the words.
    expect(r?.detail).toContain('hosting.maxOutputTokensPerSecondPerInstance');
    expect(r?.detail).toContain('hosting.throughputSource');
    // Never the host RAM rule instead.
    expect(e.reasons.map((r) => r.rule)).not.toContain('instance.memory');
  });

  it.each(HOSTING_TYPES)('%s: an instance type with no hardware facts at all cannot be checked either', (t) => {
    expect(messageOf(designOn(t, 'x9.gpu'), llm(15), 'instance.fitUnknown')).toContain('x9.gpu');
  });

  it.each(HOSTING_TYPES)('%s: a throughput measured on g6.xlarge shows the model runs there (a warning)', (t) => {
    const measured = { maxOutputTokensPerSecondPerInstance: 400, throughputSource: 'load test 2026-11-20' };
    const e = estimateDesign(designOn(t, 'g6.xlarge', measured), llm(15), catalog, R);
    expect(e.reasons.map((r) => r.rule)).not.toContain('instance.fitUnknown');
    expect(e.warnings.join('\n')).toMatch(/measured on (ml\.)?g6\.xlarge \(load test 2026-11-20\)/);
  });

  it('a figure without its source is not a measurement: still cannot check fit', () => {
    const e = estimateDesign(
      designOn('ec2', 'g6.xlarge', { maxOutputTokensPerSecondPerInstance: 400 }),
      llm(15),
      catalog,
      R,
    );
    expect(e.reasons.map((r) => r.rule)).toContain('instance.fitUnknown');
  });
});

describe('the optimizer sweeps by the same fit rule', () => {
  const sweep = (w: Workload, hosting: InstanceHostingType) =>
    optimizeDesign(w, catalog, R, { hostingTypes: [hosting], keep: 10 });
  const typesOf = (r: ReturnType<typeof sweep>) =>
    r.top.map((c) => (c.design.hosting as { instanceType: string }).instanceType);

  it.each(['sagemaker-realtime', 'sagemaker-async', 'ec2', 'eks'] as const)(
    '%s: a 30 GB model is proposed only where it fits (g5.12xlarge, p4d), never the cheaper unknown g6.xlarge or the 24 GB g5.xlarge',
    (t) => {
      const found = typesOf(sweep(llm(30), t)).map((x) => x.replace(/^ml\./, ''));
      expect(found.length).toBeGreaterThan(0);
      for (const x of found) expect(['g5.12xlarge', 'p4d.24xlarge']).toContain(x);
      expect(found[0]).toBe('g5.12xlarge');
    },
  );

  it('a measurement taken on g6.xlarge lets the sweep use it, labelled measured with its source', () => {
    const measured = [
      {
        instanceType: 'ml.g6.xlarge',
        maxOutputTokensPerSecondPerInstance: 400,
        throughputSource: 'load test 2026-11-20',
      },
    ];
    const r = optimizeDesign(llm(15), catalog, R, { hostingTypes: ['ec2'], keep: 10, measured });
    const g6 = r.top.find((c) => (c.design.hosting as { instanceType: string }).instanceType === 'g6.xlarge');
    expect(g6).toBeDefined();
    expect(g6!.estimate.throughput).toMatchObject({ kind: 'measured', source: 'load test 2026-11-20' });
  });
});
