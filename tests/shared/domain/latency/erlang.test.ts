/** Erlang B and C against published tables and an independent computation of the textbook sums. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  erlangB,
  erlangC,
  meanWait,
  serversForBlocking,
  waitCdf,
  waitDistribution,
  waitQuantile,
} from '@shared/domain/latency/erlang';
import { erlangBBySum, erlangCBySum } from './erlangReference';

/** The offered load at which `servers` block exactly `share` (bisection on the engine's Erlang B). */
function offeredLoadFor(servers: number, share: number): number {
  let lo = 0;
  let hi = 10 * servers + 10;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (erlangB(servers, mid) > share) hi = mid;
    else lo = mid;
  }
  return lo;
}

describe('Erlang B (loss system, throttling at a concurrency limit)', () => {
  // Avaya Communication Manager Call Center Software, "Basic Call Management System (BCMS) Operations",
  // 07-300061 Issue 5.0 (May 2005), p. 137, "ACD trunk engineering table": for each number of trunks and
  // blocking probability, the carried load in erlangs (offered load × (1 − blocking), as the example on
  // p. 136 uses it). Rows 1, 10, 20, 50, 70; columns 0.01% … 5%.
  const blocking = [0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05];
  const avaya: Record<number, number[]> = {
    10: [2.26, 2.474, 2.801, 3.089, 3.42, 3.941, 4.417, 4.982, 5.905],
    20: [7.7, 8.154, 8.827, 9.402, 10.05, 11.04, 11.91, 12.92, 14.49],
    50: [28.86, 29.85, 31.28, 32.48, 33.81, 35.8, 37.52, 39.45, 42.31],
    70: [44.57, 45.83, 47.66, 49.19, 50.88, 53.39, 55.55, 57.95, 61.43],
  };

  it('reproduces the published trunk engineering table (carried load at each blocking share)', () => {
    for (const [trunks, row] of Object.entries(avaya))
      row.forEach((published, i) => {
        const offered = offeredLoadFor(Number(trunks), blocking[i]!);
        const carried = offered * (1 - blocking[i]!);
        // The table prints 4 significant figures.
        expect(Math.abs(carried - published) / published, `${trunks} trunks at ${blocking[i]}`).toBeLessThan(6e-4);
      });
  });

  it('matches the standard offered-load Erlang B table (1% blocking: 10 → 4.46, 20 → 12.03, 50 → 37.90, 100 → 84.06 E)', () => {
    expect(offeredLoadFor(10, 0.01)).toBeCloseTo(4.46, 2);
    expect(offeredLoadFor(20, 0.01)).toBeCloseTo(12.03, 2);
    expect(offeredLoadFor(50, 0.01)).toBeCloseTo(37.9, 2);
    expect(offeredLoadFor(100, 0.01)).toBeCloseTo(84.06, 2);
  });

  it('agrees with the defining sum, up to thousands of servers', () => {
    for (const [n, a] of [
      [1, 1],
      [5, 2],
      [30, 30],
      [200, 180],
      [2000, 1900],
      [5000, 5100],
    ] as const)
      expect(erlangB(n, a) / erlangBBySum(n, a)).toBeCloseTo(1, 9);
    expect(erlangB(1, 1)).toBe(0.5);
  });

  it('sizes the fewest servers for a blocking share', () => {
    expect(serversForBlocking(4.46, 0.01)).toBe(10);
    expect(serversForBlocking(4.47, 0.01)).toBe(11);
    expect(serversForBlocking(0, 0.001)).toBe(0);
    expect(serversForBlocking(100, 0.001, 50)).toBeNull();
  });
});

describe('Erlang C (M/M/c queue)', () => {
  it('matches published values', () => {
    // Wolfram Language documentation, ErlangC, basic example: ErlangC[3, 2] = 4/9.
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 14);
    // Same page, applications: two 1 Mbps lines, 150 packets/s of 10 kbit (μ = 100/s per line):
    // the probability that a packet waits, ErlangC[2, 1.5] = 9/14.
    expect(erlangC(2, 1.5)).toBeCloseTo(9 / 14, 14);
    // Textbook exercise (120 customers an hour, 3 minutes each, 10 assistants: a = 6 erlangs):
    // "from the Erlang C curve, the probability of waiting is about 0.10".
    expect(erlangC(10, 6)).toBeCloseTo(0.1, 2);
    // Call-centre worked example: 100 calls in 30 minutes, 180 s handling (A = 10 E), 11 agents:
    // probability a call waits 68.21%.
    expect(erlangC(11, 10)).toBeCloseTo(0.6821, 4);
  });

  it('gives the waiting-time figures of the classic step-by-step example (360 calls per half hour, 240 s, 55 agents)', () => {
    // Published: traffic 48 E, occupancy 87.3%, P(wait) about 24%, average speed of answer about 8.2 s,
    // about 85% of calls answered within the 15 s target.
    const w = waitDistribution(360 / 1800, 240, 55);
    expect(w.probabilityOfWaiting).toBeCloseTo(0.24, 2);
    expect(meanWait(w)).toBeCloseTo(8.2, 1);
    expect(waitCdf(w, 15)).toBeCloseTo(0.85, 2);
    // And exactly what the formulas say: P(W > t) = C·e^(−(N−A)t/S).
    expect(waitCdf(w, 15)).toBeCloseTo(1 - erlangCBySum(55, 48) * Math.exp((-(55 - 48) * 15) / 240), 12);
  });

  it('agrees with the defining sum, up to thousands of servers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.double({ min: 0.01, max: 0.999, noNaN: true }), (n, rho) => {
        const a = n * rho;
        const reference = erlangCBySum(n, a);
        // Relative agreement; values below 1e-280 (a handful of servers at tiny load) both underflow.
        expect(Math.abs(erlangC(n, a) - reference)).toBeLessThanOrEqual(Math.max(1e-8 * reference, 1e-280));
      }),
      { numRuns: 200 },
    );
  });

  it('is 1 when the load reaches the servers and 0 without load', () => {
    expect(erlangC(4, 4)).toBe(1);
    expect(erlangC(4, 9)).toBe(1);
    expect(erlangC(4, 0)).toBe(0);
    expect(waitDistribution(10, 0.5, 5).stable).toBe(false);
    expect(waitQuantile(waitDistribution(10, 0.5, 5), 0.95)).toBe(Infinity);
  });

  it('inverts the waiting-time distribution', () => {
    const w = waitDistribution(80, 0.1, 10); // A = 8, c = 10
    const t95 = waitQuantile(w, 0.95);
    expect(waitCdf(w, t95)).toBeCloseTo(0.95, 12);
    // Hand-worked: t = S/(c − A) · ln(C/(1 − p)) = 0.05 · ln(C/0.05).
    expect(t95).toBeCloseTo(0.05 * Math.log(erlangCBySum(10, 8) / 0.05), 12);
    // A level that most arrivals reach without waiting has no wait.
    expect(waitQuantile(w, 1 - erlangC(10, 8) - 0.01)).toBe(0);
  });

  it('rejects bad inputs with a message naming them', () => {
    expect(() => erlangB(2.5, 1)).toThrow(/whole number/);
    expect(() => erlangC(3, -1)).toThrow(/offered load/);
    expect(() => waitDistribution(1, 0, 2)).toThrow(/service time/);
    expect(() => waitQuantile(waitDistribution(1, 1, 2), 1)).toThrow(/quantile level/);
  });
});
