/** The latency percentile (service + M/M/c wait + cold starts) and sizing workers to a target. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LATENCY_PERCENTILES, type LatencyPercentile } from '@shared/domain/latency/defaults';
import { instancesForWorkers, latencyPercentile, smallestWorkers } from '@shared/domain/latency/percentile';
import { erlangCBySum } from './erlangReference';

/** The latency distribution function, written out from its definition (independent of the engine). */
function mixtureCdf(ms: number, o: { rps: number; serviceMs: number; workers: number; q: number; coldMs: number }) {
  const a = (o.rps * o.serviceMs) / 1000;
  const c = erlangCBySum(o.workers, a);
  const rate = (o.workers - a) / (o.serviceMs / 1000);
  const wait = (w: number) => (w < 0 ? 0 : 1 - c * Math.exp(-rate * (w / 1000)));
  return (1 - o.q) * wait(ms - o.serviceMs) + o.q * wait(ms - o.serviceMs - o.coldMs);
}

describe('latency percentile', () => {
  it('adds the Erlang C wait quantile to the service time (hand-worked)', () => {
    // 80 requests/s × 100 ms = 8 erlangs on 10 workers: p95 wait = S/(c − A) · ln(C/0.05).
    const r = latencyPercentile({ arrivalsPerSecond: 80, serviceMs: 100, workers: 10 }, 95);
    const c = erlangCBySum(10, 8);
    expect(r.probabilityOfWaiting).toBeCloseTo(c, 12);
    expect(r.percentileMs).toBeCloseTo(100 + 1000 * (0.1 / 2) * Math.log(c / 0.05), 9);
    // Fewer than half wait, so the median is the service time itself.
    expect(latencyPercentile({ arrivalsPerSecond: 80, serviceMs: 100, workers: 10 }, 50).percentileMs).toBe(100);
  });

  it('is unbounded when the load reaches the workers', () => {
    const r = latencyPercentile({ arrivalsPerSecond: 100, serviceMs: 100, workers: 10 }, 95);
    expect(r.stable).toBe(false);
    expect(r.percentileMs).toBe(Infinity);
  });

  it('is a cold start when the cold-start share exceeds 1 − percentile', () => {
    const base = { arrivalsPerSecond: 1, serviceMs: 20, workers: 50, coldStartMs: 5000 };
    const cold = latencyPercentile({ ...base, coldStartShare: 0.06 }, 95);
    expect(cold.coldStartSetsPercentile).toBe(true);
    expect(cold.percentileMs).toBeCloseTo(5020, 6);
    const warm = latencyPercentile({ ...base, coldStartShare: 0.04 }, 95);
    expect(warm.coldStartSetsPercentile).toBe(false);
    expect(warm.percentileMs).toBeCloseTo(20, 6);
    // Exactly 1 − percentile stays on the warm side.
    expect(latencyPercentile({ ...base, coldStartShare: 0.05 }, 95).percentileMs).toBeCloseTo(20, 6);
    // A p99 is a cold start at 2%.
    expect(latencyPercentile({ ...base, coldStartShare: 0.02 }, 99).percentileMs).toBeCloseTo(5020, 6);
  });

  it('finds the quantile of the queue-and-cold-start mixture', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0.05, max: 0.97, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: 1, max: 20_000, noNaN: true }),
        fc.constantFrom(...LATENCY_PERCENTILES),
        (workers, rho, q, coldMs, p) => {
          const serviceMs = 50;
          const o = { rps: (workers * rho * 1000) / serviceMs, serviceMs, workers, q, coldMs };
          const r = latencyPercentile(
            { arrivalsPerSecond: o.rps, serviceMs, workers, coldStartShare: q, coldStartMs: coldMs },
            p,
          );
          // The smallest t with G(t) ≥ p: G reaches p at t, and not a little before it.
          // (A hair past t, so a quantile on a cold start's atom is not lost to float rounding.)
          expect(mixtureCdf(r.percentileMs + 1e-9, o)).toBeGreaterThanOrEqual(p / 100 - 1e-9);
          expect(mixtureCdf(r.percentileMs - Math.max(1e-6, r.percentileMs * 1e-7), o)).toBeLessThan(p / 100 + 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never rises when workers are added', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 1, max: 2000, noNaN: true }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.constantFrom(...LATENCY_PERCENTILES),
        (rps, serviceMs, workers, extra, q, p) => {
          const inputs = { arrivalsPerSecond: rps, serviceMs, coldStartShare: q, coldStartMs: 3000 };
          const fewer = latencyPercentile({ ...inputs, workers }, p).percentileMs;
          const more = latencyPercentile({ ...inputs, workers: workers + extra }, p).percentileMs;
          expect(more).toBeLessThanOrEqual(fewer * (1 + 1e-12));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sizing workers to the percentile', () => {
  it('returns the fewest workers that meet the target', () => {
    const inputs = { arrivalsPerSecond: 80, serviceMs: 100 };
    const s = smallestWorkers(inputs, { percentile: 95, targetMs: 150 });
    expect(s.feasible).toBe(true);
    if (!s.feasible) return;
    expect(s.percentileMs).toBeLessThanOrEqual(150);
    expect(latencyPercentile({ ...inputs, workers: s.workers }, 95).percentileMs).toBeLessThanOrEqual(150);
    expect(latencyPercentile({ ...inputs, workers: s.workers - 1 }, 95).percentileMs).toBeGreaterThan(150);
    // "Capacity equals demand" (8 workers for 8 erlangs) is never enough for a latency target.
    expect(s.workers).toBeGreaterThan(8);
  });

  it('sizes thousands of workers', () => {
    const inputs = { arrivalsPerSecond: 40_000, serviceMs: 100 }; // 4,000 erlangs
    const s = smallestWorkers(inputs, { percentile: 99, targetMs: 101 });
    expect(s.feasible).toBe(true);
    if (!s.feasible) return;
    expect(s.workers).toBeGreaterThan(4000);
    expect(s.workers).toBeLessThan(4000 + 10 * Math.sqrt(4000));
    expect(latencyPercentile({ ...inputs, workers: s.workers }, 99).percentileMs).toBeLessThanOrEqual(101);
    expect(latencyPercentile({ ...inputs, workers: s.workers - 1 }, 99).percentileMs).toBeGreaterThan(101);
  });

  it('says why a target cannot be met', () => {
    const slow = smallestWorkers({ arrivalsPerSecond: 5, serviceMs: 120 }, { percentile: 95, targetMs: 100 });
    expect(slow).toMatchObject({ feasible: false, cause: 'service-time' });
    if (!slow.feasible) expect(slow.message).toBe('the service time 120 ms alone exceeds the 100 ms target');

    const cold = smallestWorkers(
      { arrivalsPerSecond: 5, serviceMs: 20, coldStartShare: 0.99, coldStartMs: 17_000 },
      { percentile: 95, targetMs: 500 },
    );
    expect(cold).toMatchObject({ feasible: false, cause: 'cold-start', lowestPercentileMs: 17_020 });
    if (!cold.feasible) expect(cold.message).toContain('99% of requests meet a cold start');

    const capped = smallestWorkers(
      { arrivalsPerSecond: 100, serviceMs: 100 },
      { percentile: 95, targetMs: 120, maxWorkers: 11 },
    );
    expect(capped).toMatchObject({ feasible: false, cause: 'max-workers' });
    // 11 workers for 10 erlangs: p95 = 100 + 100 · ln(0.6821 / 0.05) ≈ 361.3 ms.
    if (!capped.feasible)
      expect(capped.message).toBe(
        '11 workers at most, and the p95 latency with them is 361.32 ms, over the 120 ms target',
      );
  });

  it('a higher target never turns a feasible design infeasible, nor needs more workers', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.constantFrom<LatencyPercentile>(...LATENCY_PERCENTILES),
        (rps, serviceMs, slack, more, q, p) => {
          const inputs = { arrivalsPerSecond: rps, serviceMs, coldStartShare: q, coldStartMs: 2000 };
          const low = smallestWorkers(inputs, { percentile: p, targetMs: serviceMs + slack });
          const high = smallestWorkers(inputs, { percentile: p, targetMs: serviceMs + slack + more });
          if (low.feasible) {
            expect(high.feasible).toBe(true);
            if (high.feasible) expect(high.workers).toBeLessThanOrEqual(low.workers);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('turns workers into whole instances', () => {
    expect(instancesForWorkers(9, 4)).toBe(3);
    expect(instancesForWorkers(8, 4)).toBe(2);
    expect(() => instancesForWorkers(8, 0)).toThrow(/concurrency per instance/);
  });
});
