/**
 * The recommender sizes GPU fleets from measured throughput when the project has a load test on that
 * instance type, and otherwise from the labelled estimate, and says which (issue 12 item 2).
 * Hand figures, 15 GB chat model, 300 output tokens per request, g5.xlarge (one A10G, 600 GB/s):
 * - measured 1,000 tokens/s → 3.33 req/s → target ⌊3.33 × 60 × 0.7⌋ = 140 invocations/min;
 * - estimated 600 GB/s ÷ 15 GB = 40 tokens/s → 0.133 req/s → target ⌊5.6⌋ = 5 invocations/min.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recommendForProject, recommendForWorkload } from '@shared/domain/recommend/recommend';
import { sizeAutoscaling } from '@shared/domain/recommend/sizing';
import { workloadModelFit } from '@shared/domain/gpu/instanceModel';
import { weekOf } from '@shared/domain/traffic/week';
import { measuredThroughputOf } from '@shared/domain/recommend/measured';
import { createPriceCatalog } from '@shared/prices/lookup';
import { priceKeys } from '@shared/prices/keys';
import type { Workload } from '@shared/domain/model';
import { catalogData, design, entry, project, SPECS } from '../fixtures';
import { gpuSpec } from './specs';
import { chatWorkload } from './workloads';

const R = 'us-east-1';
const catalog = createPriceCatalog({
  ...catalogData([entry(priceKeys.sageMakerInstance(R, 'AsyncInf', 'ml.g5.xlarge'), 1.408, 'hour')]),
  instanceSpecs: [
    ...SPECS.filter((s) => s.instanceType !== 'g5.xlarge'),
    gpuSpec('g5.xlarge', 1, 22888, 'NVIDIA A10G', 16, 4),
  ],
});
const chat = (over: Partial<Workload> = {}) =>
  chatWorkload({ traffic: { pattern: 'steady', requestsPerSecond: 2 }, ...over });
const loadTest = design({
  type: 'sagemaker-realtime',
  instanceType: 'ml.g5.xlarge',
  instanceCount: 1,
  maxOutputTokensPerSecondPerInstance: 1000,
  throughputSource: 'load test 2026-11-20, concurrency 20',
});
const realtimeOf = (recs: ReturnType<typeof recommendForWorkload>) =>
  recs.find((r) => r.design.hosting.type === 'sagemaker-realtime')!;

describe('recommender sizing from throughput', () => {
  it("measured on the project's design: sized from it (140 invocations/min), labelled measured with its source", () => {
    const r = realtimeOf(recommendForProject(project(chat(), [loadTest]), catalog));
    const h = r.design.hosting as { autoscaling: { targetInvocationsPerInstance: number; max: number } };
    expect(h.autoscaling.targetInvocationsPerInstance).toBe(140);
    // 2 req/s = 120/min ÷ 140 → 1 instance at the peak.
    expect(h.autoscaling.max).toBe(1);
    expect(r.throughputKind).toBe('measured');
    expect(r.estimate.throughput?.source).toBe('load test 2026-11-20, concurrency 20');
    expect(r.whyNot.map((w) => w.rule)).not.toContain('rule.throughput.estimated');
  });

  it('without a measurement: the bandwidth estimate sizes it (5 invocations/min, 24 instances) and it is marked estimated', () => {
    const r = realtimeOf(recommendForWorkload(chat(), catalog, R));
    const h = r.design.hosting as { autoscaling: { targetInvocationsPerInstance: number; max: number } };
    expect(h.autoscaling.targetInvocationsPerInstance).toBe(5);
    expect(h.autoscaling.max).toBe(24); // ⌈120 ÷ 5⌉
    expect(r.throughputKind).toBe('estimated');
    const against = r.whyNot.find((w) => w.rule === 'rule.throughput.estimated')?.message;
    expect(against).toContain('(bandwidth-bound decoding');
    expect(against).not.toMatch(/estimated throughput \(estimated:/); // the kind is said once
  });

  it('a figure without a source is not carried as a measurement', () => {
    const noSource = design({ ...loadTest.hosting, throughputSource: undefined } as typeof loadTest.hosting);
    expect(measuredThroughputOf([noSource])).toEqual([]);
    expect(measuredThroughputOf([loadTest])).toEqual([
      {
        instanceType: 'g5.xlarge',
        maxOutputTokensPerSecondPerInstance: 1000,
        throughputSource: 'load test 2026-11-20, concurrency 20',
      },
    ]);
  });
});

describe('property: with measured throughput, more traffic never lowers the swept fleet', () => {
  const spec = catalog.instanceSpec('g5.xlarge')!;
  it("the sweep's sizing on a measurement never gives fewer instances at the peak for more traffic", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 50, max: 5000, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        (tps, rps, k) => {
          const measured = { maxOutputTokensPerSecondPerInstance: tps, throughputSource: 'load test' };
          const maxAt = (r: number) => {
            const w = chat({ traffic: { pattern: 'steady', requestsPerSecond: r } });
            return sizeAutoscaling(w, weekOf(w), spec, 1, workloadModelFit(w, spec), measured)!.max;
          };
          expect(maxAt(rps * k)).toBeGreaterThanOrEqual(maxAt(rps));
        },
      ),
      { numRuns: 200 },
    );
  });
});
