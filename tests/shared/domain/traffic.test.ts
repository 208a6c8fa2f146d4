import { describe, expect, it } from 'vitest';
import { expandTraffic, weekOf } from '@shared/domain/traffic/week';
import { TRAFFIC_PRESETS } from '@shared/project/schema';
import { validateWorkload, workloadTotals } from '@shared/domain/workload';
import { workload } from './fixtures';

describe('traffic expansion to the 168-hour week', () => {
  it('expands every preset to 168 values whose peak is the given rate (basis peak)', () => {
    for (const pattern of TRAFFIC_PRESETS) {
      const rps = expandTraffic({ pattern, requestsPerSecond: 10 });
      expect(rps.length).toBe(168);
      expect(Math.max(...rps)).toBeCloseTo(10, 9);
    }
  });

  it('business hours: weekdays 09-18 at the peak, 10% otherwise, Monday 00:00 first', () => {
    const rps = expandTraffic({ pattern: 'business-hours', requestsPerSecond: 10 });
    expect(rps[0]).toBe(1); // Monday 00:00: 10% of 10
    expect(rps[9]).toBe(10); // Monday 09:00
    expect(rps[17]).toBe(10); // Monday 17:00
    expect(rps[18]).toBe(1); // Monday 18:00
    expect(rps[5 * 24 + 12]).toBe(1); // Saturday noon
  });

  it('basis average scales the shape so the weekly mean is the rate', () => {
    const w = weekOf({ traffic: { pattern: 'business-hours', requestsPerSecond: 10, basis: 'average' } });
    expect(w.averageRps).toBeCloseTo(10, 9);
    // Shape mean = (45 × 1 + 123 × 0.1) / 168 = 57.3/168, so the peak = 10 × 168 / 57.3.
    expect(w.peakRps).toBeCloseTo((10 * 168) / 57.3, 9);
  });

  it('repeats a 24-hour profile for each day of the week', () => {
    const day = Array.from({ length: 24 }, (_, h) => h);
    const rps = expandTraffic({ pattern: 'hourly', requestsPerSecond: day });
    expect(rps[24 + 5]).toBe(5);
    expect(rps[6 * 24 + 23]).toBe(23);
  });

  it('derives monthly requests as weekly × 730/168', () => {
    const t = workloadTotals(workload({ traffic: { pattern: 'steady', requestsPerSecond: 10 } }));
    // 10 req/s × 3600 s × 168 h = 6,048,000 per week; × 730/168 = 26,280,000 per month.
    expect(t.weeklyRequests).toBeCloseTo(6_048_000, 6);
    expect(t.requestsPerMonth).toBeCloseTo(26_280_000, 4);
    expect(t.peakRps).toBe(10);
  });

  it('nightly batch has no traffic 20 hours a day', () => {
    expect(weekOf({ traffic: { pattern: 'nightly-batch', requestsPerSecond: 5 } }).idleHours).toBe(7 * 20);
  });

  // Issue 15 removes the per-traffic-object cache on purpose (purity.test.ts: a changed traffic is never
  // answered from a stale copy); what stays is that the same traffic expands to the same week.
  it('expands the same traffic to the same week', () => {
    const w = workload();
    expect(weekOf(w)).toEqual(weekOf(w));
  });
});

describe('workload validation', () => {
  it('names the bad field', () => {
    const r = validateWorkload({ ...workload(), inferenceMs: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^inferenceMs: /);
  });

  it('rejects an hourly profile with no traffic at all', () => {
    const r = validateWorkload({ ...workload(), traffic: { pattern: 'hourly', requestsPerSecond: Array(24).fill(0) } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('traffic.requestsPerSecond: the hourly profile has no traffic');
  });

  it('rejects a profile of the wrong length', () => {
    const r = validateWorkload({
      ...workload(),
      traffic: { pattern: 'hourly', requestsPerSecond: Array(100).fill(1) },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('24 or 168');
  });

  it('requires token counts in pairs', () => {
    const r = validateWorkload({ ...workload(), inputTokensPerRequest: 100 });
    expect(r.ok).toBe(false);
  });

  it('accepts the example workload', () => {
    expect(validateWorkload(workload()).ok).toBe(true);
  });
});
