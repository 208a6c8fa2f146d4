import { describe, expect, it } from 'vitest';
import { optimizeDesign } from '@shared/domain/recommend/optimizer';
import { recommendForProject, recommendForWorkload } from '@shared/domain/recommend/recommend';
import { priceKeys, savingsPlanUsage } from '@shared/prices/keys';
import { design, entry, project, testCatalog, workload } from './fixtures';

describe('optimizer', () => {
  it('picks the cheapest feasible instance type and sizes autoscaling for it', () => {
    // 10 req/s steady. c5.xlarge: 40 req/s per instance, target 70% → 1680/min → 1 instance; $0.204 < m5.large $0.115?
    // m5.large: 2 vCPU → 20 req/s, target 840/min → 600/min needs 1 instance at $0.115: the cheapest.
    const r = optimizeDesign(workload(), testCatalog(), 'us-east-1');
    expect(r.best?.design.hosting).toMatchObject({
      type: 'sagemaker-realtime',
      instanceType: 'ml.m5.large',
      autoscaling: { min: 1, max: 1, targetInvocationsPerInstance: 840 },
    });
    expect(r.best?.estimate.feasible).toBe(true);
    expect(r.evaluated).toBe(4); // 4 SageMaker types with specs × on-demand only (commitmentYears 0)
  });

  it('only GPU types when the model needs a GPU', () => {
    const r = optimizeDesign(workload({ needsGpu: true }), testCatalog(), 'us-east-1');
    expect(r.best?.design.hosting).toMatchObject({ instanceType: 'ml.g5.xlarge' });
  });

  it('tries Savings Plans when the workload accepts a commitment, and searches several regions', () => {
    const cheapPlan = priceKeys.savingsPlanRate(
      'sagemaker',
      'eu-west-1',
      1,
      'no-upfront',
      savingsPlanUsage.sageMaker('Hosting', 'ml.m5.large'),
    );
    const c = testCatalog([entry(cheapPlan, 0.05, 'hour')], ['us-east-1', 'eu-west-1']);
    const r = optimizeDesign(workload({ commitmentYears: 1 }), c, 'us-east-1', { regions: ['us-east-1', 'eu-west-1'] });
    expect(r.best?.design.purchase).toEqual({ type: 'sagemaker-savings-plan', termYears: 1, payment: 'no-upfront' });
    expect(r.best?.estimate.region).toBe('eu-west-1');
    // 2 regions × 4 types × (on-demand + 3 one-year payment options).
    expect(r.evaluated).toBe(2 * 4 * 4);
  });
});

describe('recommender', () => {
  it('ranks feasible designs first and explains every candidate', () => {
    const recs = recommendForWorkload(workload(), testCatalog(), 'us-east-1');
    expect(recs.length).toBeGreaterThan(5);
    const firstInfeasible = recs.findIndex((r) => !r.estimate.feasible);
    expect(recs.slice(firstInfeasible).every((r) => !r.estimate.feasible)).toBe(true);
    let infeasible = 0;
    for (const r of recs) {
      expect(r.why.length).toBeGreaterThan(0);
      if (!r.estimate.feasible) {
        infeasible++;
        expect(r.whyNot.length).toBeGreaterThan(0);
      }
    }
    // Count guard: the workload rules some candidates out, so the why-not branch was checked.
    expect(infeasible).toBeGreaterThan(0);
    expect(recs.map((r) => r.rank)).toEqual(recs.map((_, i) => i + 1));
  });

  it('keeps ruled-out options with the limit that rules them out', () => {
    const recs = recommendForWorkload(workload({ requestKiB: 8192 }), testCatalog(), 'us-east-1');
    const sl = recs.find((r) => r.design.hosting.type === 'sagemaker-serverless')!;
    expect(sl.estimate.feasible).toBe(false);
    expect(sl.whyNot.map((w) => w.message)).toContain("payload 8 MiB exceeds serverless inference's 4 MB limit");
    const batch = recs.find((r) => r.design.hosting.type === 'sagemaker-batch')!;
    expect(batch.whyNot.map((w) => w.rule)).toContain('batch.online');
  });

  it('intermittent CPU traffic: serverless ranks above a real-time endpoint', () => {
    const w = workload({
      traffic: { pattern: 'intermittent', requestsPerSecond: 2 },
      models: { count: 1, sizeGB: 0.5 },
    });
    const recs = recommendForWorkload(w, testCatalog(), 'us-east-1');
    const rank = (t: string) => recs.findIndex((r) => r.design.hosting.type === t);
    expect(rank('sagemaker-serverless')).toBeLessThan(rank('sagemaker-realtime'));
    expect(recs.find((r) => r.design.hosting.type === 'sagemaker-serverless')!.why.map((w) => w.rule)).toContain(
      'rule.intermittent',
    );
  });

  it('works from a project', () => {
    const recs = recommendForProject(
      project(workload(), [design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 })]),
      testCatalog(),
    );
    expect(recs[0]!.estimate.feasible).toBe(true);
  });
});
