/** The recommender offers production endpoints with at least two instances beside the single-instance design. */
import { describe, expect, it } from 'vitest';
import { recommendForWorkload } from '@shared/domain/recommend/recommend';
import { HIGH_AVAILABILITY_RULE } from '@shared/domain/hosting/highAvailability';
import { testCatalog, workload } from '../fixtures';

type Scaled = { instanceType: string; instanceCount?: number; autoscaling?: { min: number | number[]; max: number } };

describe('high-availability variant', () => {
  it('a real-time endpoint sized to 1 instance gets a labelled 2-instance variant with the reason', () => {
    // 10 req/s fits one ml.m5.large (see recommend.test.ts): the cheapest design runs a single instance.
    const recs = recommendForWorkload(workload(), testCatalog(), 'us-east-1');
    const single = recs.find((r) => r.design.name === 'Real-time endpoint, autoscaled')!;
    const ha = recs.find((r) => r.why.some((w) => w.rule === HIGH_AVAILABILITY_RULE))!;
    const s = single.design.hosting as Scaled;
    const h = ha.design.hosting as Scaled;
    expect(s.autoscaling?.min).toBe(1);
    expect(ha.design.name).toBe('Real-time endpoint, autoscaled, high availability (at least 2 instances)');
    expect(h.instanceType).toBe(s.instanceType);
    expect(h.autoscaling).toMatchObject({ min: 2, max: 2 });
    expect(ha.why[0]!.message).toMatch(/at least 2 instances spread over Availability Zones/);
    expect(ha.estimate.feasible).toBe(true);
    // One more instance all month: exactly one more ml.m5.large × 730 h of instance-hours.
    const hours = (r: typeof ha) => r.estimate.lineItems.find((l) => l.label.startsWith('Instance-hours'))!;
    expect(hours(ha).monthlyUsd! - hours(single).monthlyUsd!).toBeCloseTo(730 * 0.115, 6);
  });

  it('multi-model and multi-container endpoints get their variant too, and none is offered twice', () => {
    const recs = recommendForWorkload(workload({ models: { count: 4, sizeGB: 1 } }), testCatalog(), 'us-east-1');
    const names = recs.filter((r) => r.why.some((w) => w.rule === HIGH_AVAILABILITY_RULE)).map((r) => r.design.name);
    expect(names).toContain('Multi-model endpoint, high availability (at least 2 instances)');
    expect(names).toContain('Multi-container endpoint, high availability (at least 2 instances)');
    expect(new Set(names).size).toBe(names.length);
    for (const r of recs.filter((x) => x.why.some((w) => w.rule === HIGH_AVAILABILITY_RULE))) {
      const h = r.design.hosting as Scaled;
      const min = h.autoscaling ? h.autoscaling.min : h.instanceCount!;
      expect(typeof min === 'number' ? min : Math.min(...min)).toBeGreaterThanOrEqual(2);
    }
  });
});
