// RecommendationsStore: the domain recommender's ranked designs with their reasons.
import { describe, expect, it } from 'vitest';
import { startedStore } from '../priceFixture';

describe('RecommendationsStore', () => {
  it('ranks feasible designs first with why and why-not reasons, keeping infeasible ones', async () => {
    const { store } = await startedStore();
    const recs = store.recommendations.recommendations;
    expect(recs.length).toBeGreaterThan(3);
    expect(recs.map((r) => r.rank)).toEqual(recs.map((_, i) => i + 1));
    const firstInfeasible = recs.findIndex((r) => !r.estimate.feasible);
    expect(firstInfeasible).toBeGreaterThan(0);
    expect(recs.slice(firstInfeasible).every((r) => !r.estimate.feasible && r.whyNot.length > 0)).toBe(true);
    expect(recs.every((r) => r.why.length > 0)).toBe(true);
  });

  it('follows the workload: a GPU model rules serverless out, naming the limit', async () => {
    const { store } = await startedStore();
    store.workloadForm.setFlag('needsGpu', true);
    const serverless = store.recommendations.recommendations.find(
      (r) => r.design.hosting.type === 'sagemaker-serverless',
    )!;
    expect(serverless.estimate.feasible).toBe(false);
    expect(serverless.whyNot.map((w) => w.message).join(' ')).toMatch(/GPU/);
  });

  it('adds the three best feasible ones not taken yet', async () => {
    const { store } = await startedStore();
    store.recommendations.takeBest(3);
    const names = store.recommendations.recommendations
      .filter((r) => r.estimate.feasible && r.estimate.monthlyUsd !== null)
      .slice(0, 3)
      .map((r) => r.design.name);
    expect(store.designs.designs.map((d) => d.name)).toEqual(names);
    store.recommendations.takeBest(1);
    expect(store.designs.designs).toHaveLength(4);
  });
});
