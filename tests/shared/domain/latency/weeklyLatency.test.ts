/** The percentile hour by hour against the target: failing hours named with their cause. */
import { describe, expect, it } from 'vitest';
import { latencyPercentile } from '@shared/domain/latency/percentile';
import { weekHours, weeklyLatency, type HourLatencyInput } from '@shared/domain/latency/weeklyLatency';

const week = (f: (h: number) => HourLatencyInput) => Array.from({ length: 168 }, (_, h) => f(h));
const busy = (h: number) => h % 24 >= 9 && h % 24 < 17 && h < 120;

describe('weekly latency', () => {
  it('names the busy hours where a fixed fleet queues past the target', () => {
    // 8 workers; 60 requests/s × 100 ms = 6 erlangs in business hours, 1 request/s otherwise.
    const hours = week((h) => ({ arrivalsPerSecond: busy(h) ? 60 : 1, workers: 8, coldStartShare: 0, coldStartMs: 0 }));
    const w = weeklyLatency(hours, { serviceMs: 100, percentile: 95, targetMs: 150 });
    const busyMs = latencyPercentile({ arrivalsPerSecond: 60, serviceMs: 100, workers: 8 }, 95).percentileMs;
    expect(busyMs).toBeGreaterThan(150);
    expect(w.percentileMs).toBeCloseTo(busyMs, 9);
    expect(w.hourlyMs[3]).toBe(100);
    expect(w.failures).toEqual([{ cause: 'queueing', hours: hours.map((_, h) => h).filter(busy) }]);
    expect(w.message).toBe(
      `p95 latency up to ${Math.round(busyMs * 100) / 100} ms exceeds the 150 ms target in 40 hours of the week: requests queue for a worker in Mon 09:00–17:00, Tue 09:00–17:00, Wed 09:00–17:00, Thu 09:00–17:00, Fri 09:00–17:00`,
    );
  });

  it('tells overload, cold starts and the service time apart', () => {
    const hours = week((h) => ({
      arrivalsPerSecond: h === 0 ? 100 : 1,
      workers: 5,
      coldStartShare: h === 30 ? 0.2 : 0,
      coldStartMs: 10_000,
    }));
    const w = weeklyLatency(hours, { serviceMs: 100, percentile: 99, targetMs: 500 });
    expect(w.percentileMs).toBe(Infinity);
    expect(w.failures).toEqual([
      { cause: 'overloaded', hours: [0] },
      { cause: 'cold-start', hours: [30] },
    ]);
    expect(w.coldStartShare).toBeCloseTo(0.2 / (100 + 167), 12);
    const slow = weeklyLatency(hours, { serviceMs: 600, percentile: 50, targetMs: 500 });
    expect(slow.failures.map((f) => f.cause)).toContain('service-time');
  });

  it('has no failures without a target', () => {
    const hours = week(() => ({ arrivalsPerSecond: 100, workers: 5, coldStartShare: 0, coldStartMs: 0 }));
    const w = weeklyLatency(hours, { serviceMs: 100, percentile: 95, targetMs: null });
    expect(w.failures).toEqual([]);
    expect(w.message).toBeNull();
  });

  it('writes hours of the week as day ranges', () => {
    expect(weekHours([9, 10, 11, 33])).toBe('Mon 09:00–12:00, Tue 09:00–10:00');
    expect(weekHours([23, 24])).toBe('Mon 23:00–24:00, Tue 00:00–01:00');
    expect(weekHours(Array.from({ length: 7 }, (_, d) => [d * 24 + 1, d * 24 + 2]).flat())).toBe(
      'every day 01:00–03:00',
    );
  });
});
