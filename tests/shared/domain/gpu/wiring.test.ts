/**
 * Issue 12 through the cost engine: one GPU fit rule for every instance hosting type, Bedrock never
 * ruled out for needing a GPU, measured throughput with its source and its cost per token at full
 * load, prompt-cache reads, the Bedrock candidate ranked by the token mix, and (property) more traffic
 * never lowering the instance count with measured throughput.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateDesign } from '@shared/domain/estimate';
import { recommendForWorkload } from '@shared/domain/recommend/recommend';
import { createPriceCatalog } from '@shared/prices/lookup';
import { priceKeys } from '@shared/prices/keys';
import type { Design, Workload } from '@shared/domain/model';
import { catalogData, design, entry, everyInstanceDesign, SPECS } from '../fixtures';
import { gpuSpec } from './specs';
import { chatWorkload } from './workloads';

const R = 'us-east-1';
const extra = [
  entry(priceKeys.ec2OnDemand(R, 'g5.12xlarge'), 5.672, 'hour'),
  entry(priceKeys.sageMakerInstance(R, 'Hosting', 'ml.g5.12xlarge'), 7.09, 'hour'),
  entry(priceKeys.sageMakerInstance(R, 'AsyncInf', 'ml.g5.xlarge'), 1.408, 'hour'),
  entry(priceKeys.sageMakerInstance(R, 'BatchTransform', 'ml.g5.xlarge'), 1.408, 'hour'),
  entry(priceKeys.bedrockInputTokens(R, 'amazon.titan-embed-text-v2'), 0.02, '1M tokens'),
  entry(priceKeys.bedrockTokens(R, 'in-region', 'cache-read', 'anthropic.claude-3-haiku'), 0.03, '1M tokens'),
];
const data = catalogData(extra);
const catalog = createPriceCatalog({
  ...data,
  instanceSpecs: [
    ...SPECS.filter((s) => s.instanceType !== 'g5.xlarge'),
    gpuSpec('g5.xlarge', 1, 22888, 'NVIDIA A10G', 16, 4),
    gpuSpec('g5.12xlarge', 4, 22888, 'NVIDIA A10G', 192, 48),
  ],
});
const estimate = (d: Design, w: Workload) => estimateDesign(d, w, catalog, R);
const rules = (e: { reasons: { rule: string }[] }) => e.reasons.map((r) => r.rule);

const chat = chatWorkload;

const g5x = { instanceType: 'g5.xlarge', instanceCount: 1 } as const;
describe('one GPU fit rule for every instance hosting type', () => {
  it('a 30 GB model does not fit the 24 GB GPU of g5.xlarge on any of them (GPU memory, not host RAM)', () => {
    for (const d of everyInstanceDesign('g5.xlarge')) {
      const e = estimate(d, chat({ models: { count: 1, sizeGB: 30 }, datasetAvailableUpfront: true }));
      expect(rules(e), d.hosting.type).toContain('instance.memory');
      expect(e.reasons.find((r) => r.rule === 'instance.memory')!.message).toContain('36 GB');
    }
  });

  it('a 15 GB model fits the 24 GB GPU on all of them (before, its 16 GiB host RAM ruled it out)', () => {
    for (const d of everyInstanceDesign('g5.xlarge')) {
      const e = estimate(d, chat({ datasetAvailableUpfront: true }));
      expect(rules(e), d.hosting.type).not.toContain('instance.memory');
    }
  });

  it('g5.12xlarge shards the 30 GB model over two of its four GPUs on EC2; a multi-model endpoint cannot', () => {
    const w = chat({ models: { count: 1, sizeGB: 30 } });
    expect(rules(estimate(design({ type: 'ec2', instanceType: 'g5.12xlarge', instanceCount: 1 }), w))).not.toContain(
      'instance.memory',
    );
    const mme = estimate(
      design({ type: 'sagemaker-multi-model', instanceType: 'ml.g5.12xlarge', instanceCount: 1 }),
      w,
    );
    expect(rules(mme)).toContain('multi-model.gpu');
  });

  it('parameters × bytes per parameter decide over sizeGB: 70B at INT4 (35 GB → 42 GB) does not fit one A10G', () => {
    const e = estimate(
      design({ type: 'ec2', ...g5x }),
      chat({ models: { count: 1, sizeGB: 1, parametersBillions: 70, bytesPerParameter: 0.5 } }),
    );
    expect(rules(e)).toContain('instance.memory');
  });
});

describe('Bedrock and GPU workloads', () => {
  it('a model that needs a GPU never rules Bedrock out', () => {
    const e = estimate(design({ type: 'bedrock', model: 'anthropic.claude-3-haiku' }), chat());
    expect(e.feasible).toBe(true);
    expect(rules(e)).not.toContain('bedrock.gpu');
  });

  it('prompt-cache reads bill cached input at the cache price: 400 of 500 cached', () => {
    const e = estimate(
      design({ type: 'bedrock', model: 'anthropic.claude-3-haiku' }),
      chat({ cachedInputTokensPerRequest: 400 }),
    );
    const requests = e.requestsPerMonth;
    expect(requests).toBeCloseTo(0.5 * 3600 * 730, 6);
    // Steady traffic all 730 h: at most one cache write per 5-minute window, 8,760 writes; the fixture
    // has no cache-write price, so the writes are billed as input (an upper bound, said in a warning).
    const writes = 730 * 12;
    const cost = (prefix: string) => e.lineItems.find((l) => l.label.startsWith(prefix))!.monthlyUsd!;
    expect(cost('Input tokens')).toBeCloseTo(((requests * 100 + writes * 400) * 0.25) / 1e6, 6);
    expect(cost('Cache-read input tokens')).toBeCloseTo(((requests - writes) * 400 * 0.03) / 1e6, 6);
    expect(e.warnings.join('\n')).toContain('no cache-write price');
    expect(cost('Output tokens')).toBeCloseTo((requests * 300 * 1.25) / 1e6, 6);
  });

  it('the recommender proposes a text-generation model, never the embedding model with the cheapest input', () => {
    const recs = recommendForWorkload(chat(), catalog, R);
    const bedrock = recs.filter((r) => r.design.hosting.type === 'bedrock');
    expect(bedrock.length).toBeGreaterThan(0);
    for (const r of bedrock) expect(JSON.stringify(r.design.hosting)).not.toContain('embed');
    expect(bedrock[0]!.estimate.feasible).toBe(true);
  });
});

describe('throughput with its source, and cost per token at full load', () => {
  it('measured 1,000 output tokens/s on EC2 g5.xlarge ($1.006/h): $0.2794 per 1M tokens at full load, 3.33 req/s', () => {
    const e = estimate(
      design({
        type: 'ec2',
        ...g5x,
        maxOutputTokensPerSecondPerInstance: 1000,
        throughputSource: 'load test 2026-11-20, concurrency 20',
      }),
      chat(),
    );
    expect(e.throughput).toMatchObject({
      kind: 'measured',
      source: 'load test 2026-11-20, concurrency 20',
      hourlyUsd: 1.006,
    });
    expect(e.throughput!.requestsPerSecond).toBeCloseTo(1000 / 300, 12);
    expect(e.throughput!.costPer1MOutputTokensAtFullLoadUsd).toBeCloseTo((1.006 / (1000 * 3600)) * 1e6, 12);
  });

  it('without a measurement: the bandwidth estimate, labelled estimated (600 GB/s ÷ 15 GB = 40 tokens/s)', () => {
    const e = estimate(design({ type: 'ec2', ...g5x }), chat());
    expect(e.throughput?.kind).toBe('estimated');
    expect(e.throughput?.outputTokensPerSecond).toBeCloseTo(40, 9);
    expect(e.throughput?.source).toMatch(/^estimated/);
  });
});

describe('property: with measured throughput, more traffic never lowers the instance count', () => {
  const tokensPerSecond = fc.double({ min: 50, max: 5000, noNaN: true });
  const rates = fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 24, maxLength: 24 });
  const factor = fc.double({ min: 1, max: 5, noNaN: true });

  it('holds hour by hour for an autoscaled fleet sized on the measured rate', () => {
    fc.assert(
      fc.property(tokensPerSecond, rates, factor, (tps, rps, k) => {
        fc.pre(rps.some((r) => r > 0));
        const perInstance = tps / 300;
        const target = Math.max(1, Math.floor(perInstance * 60 * 0.7));
        const d = design({
          type: 'ec2',
          instanceType: 'g5.xlarge',
          autoscaling: { min: 1, max: 10_000, targetInvocationsPerInstance: target },
          maxOutputTokensPerSecondPerInstance: tps,
          throughputSource: 'measured',
        });
        const low = estimate(d, chat({ traffic: { pattern: 'hourly', requestsPerSecond: rps } }));
        const high = estimate(d, chat({ traffic: { pattern: 'hourly', requestsPerSecond: rps.map((r) => r * k) } }));
        for (let h = 0; h < 168; h++) expect(high.hourly.capacity[h]!).toBeGreaterThanOrEqual(low.hourly.capacity[h]!);
      }),
      { numRuns: 60 },
    );
  });
});
