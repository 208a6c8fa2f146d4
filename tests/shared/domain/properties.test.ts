/** Properties of the cost engine that must hold for any workload (fast-check). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateDesign } from '@shared/domain/estimate';
import type { Design, Workload } from '@shared/project/schema';
import { design, testCatalog, workload } from './fixtures';

const catalog = testCatalog();
const hourly = fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { minLength: 24, maxLength: 24 });
const workloadOf = (rps: number[]): Workload => workload({ traffic: { pattern: 'hourly', requestsPerSecond: rps } });
const estimate = (d: Design, w: Workload) => estimateDesign(d, w, catalog, 'us-east-1');

const designs: Design[] = [
  design({
    type: 'sagemaker-realtime',
    instanceType: 'ml.c5.xlarge',
    autoscaling: { min: 1, max: 20, targetInvocationsPerInstance: 600 },
  }),
  design({
    type: 'sagemaker-async',
    instanceType: 'ml.m5.xlarge',
    autoscaling: { min: 0, max: 20, targetInvocationsPerInstance: 600 },
  }),
  design({ type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 200, provisionedConcurrency: 2 }),
  design({ type: 'lambda', memoryMB: 2048, architecture: 'x86_64', provisionedConcurrency: 1 }),
  design({
    type: 'eks',
    instanceType: 'c5.xlarge',
    autoscaling: { min: 0, max: 20, targetInvocationsPerInstance: 600 },
  }),
  design({ type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 3 }, { type: 'spot', discountPercent: 60 }),
  design(
    {
      type: 'sagemaker-realtime',
      instanceType: 'ml.c5.xlarge',
      autoscaling: { min: 1, max: 20, targetInvocationsPerInstance: 600 },
    },
    { type: 'sagemaker-savings-plan', termYears: 1, payment: 'partial-upfront', discountPercent: 40 },
  ),
];

describe('cost engine properties', () => {
  it('costs are never negative', () => {
    let priced = 0;
    fc.assert(
      fc.property(hourly, fc.constantFrom(...designs), (rps, d) => {
        const e = estimate(d, workloadOf(rps));
        for (const l of e.lineItems)
          if (l.monthlyUsd !== null) {
            priced++;
            expect(l.monthlyUsd).toBeGreaterThanOrEqual(0);
          }
        for (const c of e.hourly.costUsd) expect(c).toBeGreaterThanOrEqual(0);
      }),
    );
    // Count guard: priced lines were checked.
    expect(priced).toBeGreaterThan(0);
  });

  it('more traffic never makes an instance-based design cheaper', () => {
    const instanceDesigns = designs.filter((d) => 'instanceType' in d.hosting);
    fc.assert(
      fc.property(
        hourly,
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.constantFrom(...instanceDesigns),
        (rps, k, d) => {
          const low = estimate(d, workloadOf(rps)).monthlyUsd!;
          const high = estimate(d, workloadOf(rps.map((r) => r * k))).monthlyUsd!;
          expect(high).toBeGreaterThanOrEqual(low - 1e-9);
        },
      ),
    );
  });

  it('an autoscaled design costs between its min-count and max-count fixed fleets', () => {
    fc.assert(
      fc.property(
        hourly,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 30 }),
        (rps, min, extra, cooldown) => {
          const max = min + extra;
          const base = { type: 'sagemaker-realtime' as const, instanceType: 'ml.c5.xlarge' };
          const w = workloadOf(rps);
          const auto = estimate(
            design({
              ...base,
              autoscaling: { min, max, targetInvocationsPerInstance: 600, scaleInCooldownMinutes: cooldown },
            }),
            w,
          ).monthlyUsd!;
          const atMin = estimate(design({ ...base, instanceCount: min }), w).monthlyUsd!;
          const atMax = estimate(design({ ...base, instanceCount: max }), w).monthlyUsd!;
          expect(auto).toBeGreaterThanOrEqual(atMin - 1e-9);
          expect(auto).toBeLessThanOrEqual(atMax + 1e-9);
        },
      ),
    );
  });

  it('serverless on-demand cost is linear in requests', () => {
    const d = design({ type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 200 });
    fc.assert(
      fc.property(hourly, fc.double({ min: 0.1, max: 10, noNaN: true }), (rps, k) => {
        fc.pre(rps.some((r) => r > 0.01));
        const one = estimate(d, workloadOf(rps)).monthlyUsd!;
        const scaled = estimate(d, workloadOf(rps.map((r) => r * k))).monthlyUsd!;
        expect(scaled).toBeCloseTo(one * k, 6);
      }),
    );
  });

  it('a fully used Savings Plan never costs more than on-demand for the same usage', () => {
    fc.assert(
      fc.property(
        hourly,
        fc.double({ min: 0, max: 64, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rps, discount, share) => {
          const hosting = {
            type: 'sagemaker-realtime' as const,
            instanceType: 'ml.c5.xlarge',
            autoscaling: { min: 1, max: 20, targetInvocationsPerInstance: 600 },
          };
          const w = workloadOf(rps);
          const od = estimate(design(hosting), w);
          // The weekly floor is at least 1 instance: any commitment up to 1 × plan rate is used every hour.
          const planRate = 0.204 * (1 - discount / 100);
          const sp = estimate(
            design(hosting, {
              type: 'sagemaker-savings-plan',
              termYears: 1,
              payment: 'no-upfront',
              discountPercent: discount,
              commitmentPerHour: share * planRate,
            }),
            w,
          );
          expect(sp.monthlyUsd!).toBeLessThanOrEqual(od.monthlyUsd! + 1e-9);
        },
      ),
    );
  });

  it('a design and its JSON round trip estimate the same', () => {
    fc.assert(
      fc.property(hourly, fc.constantFrom(...designs), (rps, d) => {
        const w = workloadOf(rps);
        const again = JSON.parse(JSON.stringify({ d, w })) as { d: Design; w: Workload };
        expect(estimate(again.d, again.w)).toEqual(estimate(d, w));
      }),
    );
  });

  it('every priced line obeys monthlyUsd = quantity × rateUsd, and the hourly series sums to the month', () => {
    let rated = 0;
    let totals = 0;
    fc.assert(
      fc.property(hourly, fc.constantFrom(...designs), (rps, d) => {
        const e = estimate(d, workloadOf(rps));
        for (const l of e.lineItems)
          if (l.rateUsd !== null) {
            rated++;
            expect(l.monthlyUsd).toBeCloseTo(l.quantity * l.rateUsd, 9);
          }
        if (e.monthlyUsd !== null) {
          totals++;
          expect(e.hourly.costUsd.reduce((a, b) => a + b, 0) * (730 / 168)).toBeCloseTo(e.monthlyUsd, 6);
        }
      }),
    );
    // Count guard: rated lines and priced totals were checked.
    expect(rated).toBeGreaterThan(0);
    expect(totals).toBeGreaterThan(0);
  });
});
