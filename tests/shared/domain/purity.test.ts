// The domain keeps no state of its own: every answer follows its inputs, even an input changed in
// place between two calls (nothing is remembered by object identity).
import { describe, expect, it } from 'vitest';
import {
  createOptimizerMemo,
  estimateDesign,
  optimizeDesign,
  recommendForWorkload,
  workloadTotals,
} from '@shared/domain';
import type { Workload } from '@shared/project/schema';
import { design, testCatalog, workload } from './fixtures';

const realtime = design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2 });

function setRate(w: Workload, rps: number): void {
  if (w.traffic.pattern === 'hourly' || w.traffic.pattern === 'batch') throw new Error('expected a preset traffic');
  w.traffic.requestsPerSecond = rps;
}

describe('a workload changed in place', () => {
  it('is estimated again from its new traffic: 52.56M requests a month at 20 req/s, not the old 26.28M', () => {
    const catalog = testCatalog();
    const w = workload({ traffic: { pattern: 'steady', requestsPerSecond: 10 } });
    const before = estimateDesign(realtime, w, catalog, 'us-east-1');
    expect(before.requestsPerMonth).toBeCloseTo(26.28e6, 0);
    setRate(w, 20);
    const after = estimateDesign(realtime, w, catalog, 'us-east-1');
    expect(after.requestsPerMonth).toBeCloseTo(52.56e6, 0);
    expect(after.hourly.requestsPerSecond[0]).toBe(20);
    // Data processed follows the traffic, so the cost does too.
    expect(after.monthlyUsd!).toBeGreaterThan(before.monthlyUsd!);
    expect(workloadTotals(w).requestsPerMonth).toBeCloseTo(52.56e6, 0);
  });

  it('is swept again by the optimizer, also with a memo kept across the change', () => {
    const catalog = testCatalog();
    const memo = createOptimizerMemo(catalog);
    const w = workload({ traffic: { pattern: 'steady', requestsPerSecond: 10 } });
    const small = optimizeDesign(w, catalog, 'us-east-1', { keep: 1, memo }).best!;
    setRate(w, 200);
    const large = optimizeDesign(w, catalog, 'us-east-1', { keep: 1, memo }).best!;
    const fresh = optimizeDesign(w, catalog, 'us-east-1', { keep: 1 }).best!;
    expect(large.estimate.requestsPerMonth).toBeCloseTo(20 * small.estimate.requestsPerMonth, 0);
    expect(large.estimate.monthlyUsd!).toBeGreaterThan(small.estimate.monthlyUsd!);
    expect(large).toEqual(fresh);
  });

  it('is recommended for again from its new traffic', () => {
    const catalog = testCatalog();
    const w = workload({ traffic: { pattern: 'steady', requestsPerSecond: 10 } });
    const before = recommendForWorkload(w, catalog, 'us-east-1');
    setRate(w, 40);
    const after = recommendForWorkload(w, catalog, 'us-east-1');
    expect(after.length).toBeGreaterThan(0);
    for (const r of after) expect(r.estimate.requestsPerMonth).toBeCloseTo(4 * before[0]!.estimate.requestsPerMonth, 0);
  });
});

describe('the optimizer memo', () => {
  it('belongs to one catalog: a sweep over another catalog refuses it', () => {
    const memo = createOptimizerMemo(testCatalog());
    expect(() => optimizeDesign(workload(), testCatalog(), 'us-east-1', { memo })).toThrow(/another price catalog/);
  });
});
