/**
 * A preset with both a peak and a weekly average ("peak 50, average 5"): the peak hours stay at the
 * peak, the other hours follow the pattern to the average, and every estimate prices that week.
 */
import { describe, expect, it } from 'vitest';
import { estimateDesign } from '@shared/domain/estimate';
import { presetAverageShares, presetShape } from '@shared/domain/traffic/presets';
import { expandTraffic, scaleTraffic, trafficProblem, weekOf } from '@shared/domain/traffic/week';
import { validateWorkload } from '@shared/domain/workload';
import { ProjectSchema, type Traffic } from '@shared/project/schema';
import { newProject } from '@shared/project/defaults';
import { design, testCatalog, workload } from './fixtures';

const mean = (v: ArrayLike<number>) => Array.from(v).reduce((a, b) => a + b, 0) / v.length;

describe('peak and average of a preset', () => {
  it('keeps the peak hours at the peak and scales the other hours down to the average', () => {
    // Intermittent: 14 peak hours a week, idle otherwise; at peak 50 its own average is 50 × 14/168.
    const own = weekOf({ traffic: { pattern: 'intermittent', requestsPerSecond: 50 } });
    expect(own.averageRps).toBeCloseTo((50 * 14) / 168, 9);
    // Business hours: 45 peak hours and 10% of the peak otherwise; average 15 (its own is 17.08).
    const rps = expandTraffic({ pattern: 'business-hours', requestsPerSecond: 50, averageRequestsPerSecond: 15 });
    expect(Math.max(...rps)).toBe(50);
    expect(mean(rps)).toBeCloseTo(15, 9);
    const shape = presetShape('business-hours');
    // Off-peak hours (shape 0.1) all at the same lower level: (15 × 168 − 45 × 50) / 123.
    for (let h = 0; h < 168; h++) expect(rps[h]).toBeCloseTo(shape[h] === 1 ? 50 : (15 * 168 - 45 * 50) / 123, 9);
  });

  it('raises every hour toward the peak when the average is above the shape’s own', () => {
    const rps = expandTraffic({ pattern: 'intermittent', requestsPerSecond: 50, averageRequestsPerSecond: 10 });
    expect(Math.max(...rps)).toBe(50);
    expect(mean(rps)).toBeCloseTo(10, 9);
    // Idle hours now carry t × 50 with t = (10/50 − 14/168) / (1 − 14/168).
    const t = (10 / 50 - 14 / 168) / (1 - 14 / 168);
    expect(rps[0]).toBeCloseTo(50 * t, 9);
  });

  it('says in words when the pair does not fit the pattern', () => {
    const t = (p: Traffic['pattern'], peak: number, average: number, basis?: 'average') =>
      trafficProblem({
        pattern: p,
        requestsPerSecond: peak,
        averageRequestsPerSecond: average,
        ...(basis ? { basis } : {}),
      } as Traffic);
    expect(t('business-hours', 50, 60)).toBe('the average (60 requests/s) cannot be more than the peak (50)');
    expect(t('business-hours', 50, 5)).toBe(
      'the peak hours of this pattern alone average 13.393 requests/s: enter at least that, a lower peak, or an hourly profile',
    );
    expect(t('steady', 50, 5)).toContain('its average is the peak');
    expect(t('steady', 50, 50)).toBeNull();
    expect(t('intermittent', 50, 5)).toBeNull();
    expect(t('intermittent', 50, 5, 'average')).toContain('the traffic rate is the peak hour');
    expect(presetAverageShares('intermittent').low).toBeCloseTo(14 / 168, 12);
  });

  it('is refused by the form’s validation and by the project file’s schema, naming the field', () => {
    const w = workload({ traffic: { pattern: 'business-hours', requestsPerSecond: 50, averageRequestsPerSecond: 60 } });
    const v = validateWorkload(w);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.problems[0]!.path).toBe('traffic.averageRequestsPerSecond');
    const parsed = ProjectSchema.safeParse({ ...newProject(), workload: w });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path.join('.')).toBe('workload.traffic.averageRequestsPerSecond');
    expect(
      ProjectSchema.safeParse({
        ...newProject(),
        workload: { ...w, traffic: { ...w.traffic, averageRequestsPerSecond: 20 } },
      }).success,
    ).toBe(true);
  });

  it('prices the week it describes: requests a month are the average × 3600 × 730, also along the traffic curve', () => {
    const traffic: Traffic = { pattern: 'intermittent', requestsPerSecond: 50, averageRequestsPerSecond: 5 };
    const e = estimateDesign(
      design({ type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 50 }),
      workload({ traffic }),
      testCatalog(),
      'us-east-1',
    );
    expect(e.requestsPerMonth).toBeCloseTo(5 * 3600 * 730, 3);
    expect(Math.max(...e.hourly.requestsPerSecond)).toBe(50);
    const doubled = scaleTraffic(traffic, 2);
    expect(doubled).toEqual({ pattern: 'intermittent', requestsPerSecond: 100, averageRequestsPerSecond: 10 });
    expect(weekOf({ traffic: doubled }).averageRps).toBeCloseTo(10, 9);
  });
});
