/** Cold starts: model loads from S3 (MME), serverless idle and scale-up cold starts. */
import { describe, expect, it } from 'vitest';
import { modelLoadTime, multiModelColdStarts, serverlessColdStarts } from '@shared/domain/latency/coldStarts';
import { smallestWorkers } from '@shared/domain/latency/percentile';
import { erlangBBySum } from './erlangReference';

const week = (f: (h: number) => number) => Array.from({ length: 168 }, (_, h) => f(h));

describe('model load time', () => {
  it('is size ÷ S3 throughput + framework start, labelled an estimate with its rule', () => {
    expect(modelLoadTime(1.5)).toEqual({
      ms: 17_000,
      rule: '1.5 GB ÷ 0.1 GB/s + 2 s framework start = 17 s (estimate)',
    });
    expect(modelLoadTime(4, { s3LoadGBPerSecond: 0.5, frameworkStartSeconds: 1 }).ms).toBe(9000);
    expect(() => modelLoadTime(1, { s3LoadGBPerSecond: 0 })).toThrow(/S3 load throughput/);
  });
});

describe('multi-model endpoint', () => {
  it('rules out a 500 ms target when 99% of requests load their model from S3', () => {
    const mme = multiModelColdStarts(0.99, 1.5, 20);
    expect(mme.share).toBe(0.99);
    // The worker that loads a model is busy meanwhile: 20 + 0.99 × 17,000 ms per request.
    expect(mme.occupancyMs).toBeCloseTo(20 + 0.99 * 17_000, 9);
    const sizing = smallestWorkers(
      {
        arrivalsPerSecond: 2,
        serviceMs: mme.occupancyMs,
        latencyServiceMs: 20,
        coldStartShare: mme.share,
        coldStartMs: mme.load.ms,
      },
      { percentile: 95, targetMs: 500 },
    );
    expect(sizing).toMatchObject({ feasible: false, cause: 'cold-start', lowestPercentileMs: 17_020 });
  });
});

describe('serverless cold starts', () => {
  it('after idle gaps: a request meets one when none came in the keep-warm time', () => {
    // One request every 1,000 s on average; environments kept 10 minutes: e^(−600/1000) of requests are cold.
    const s = serverlessColdStarts(
      week(() => 0.001),
      0.1,
      1,
    );
    expect(s.hourlyShare[5]).toBeCloseTo(Math.exp(-0.6) + erlangBBySum(1, 0.0001), 9);
    expect(s.weeklyShare).toBeCloseTo(s.hourlyShare[5]!, 12);
    expect(s.time).toEqual({
      ms: 13_000,
      rule: '1 s environment start + 1 GB ÷ 0.1 GB/s + 2 s framework start = 13 s (estimate)',
    });
  });

  it('on scale-up: each environment a busier hour needs starts once', () => {
    // 10 requests/s × 100 ms = 1 erlang from 09:00 to 17:00; the pool for 0.1% is 6 environments.
    const rps = week((h) => (h % 24 >= 9 && h % 24 < 17 ? 10 : 0));
    const s = serverlessColdStarts(rps, 0.1, 1);
    const idle = Math.exp(-10 * 600);
    expect(s.hourlyShare[9]).toBeCloseTo(idle + 6 / 36_000 + erlangBBySum(6, 1), 12);
    expect(s.hourlyShare[10]).toBeCloseTo(idle + erlangBBySum(6, 1), 12);
    expect(s.hourlyShare[3]).toBe(0);
  });

  it('keeps provisioned concurrency warm: only its spill-over is exposed', () => {
    const rps = week(() => 10);
    const none = serverlessColdStarts(rps, 0.1, 1);
    const covered = serverlessColdStarts(rps, 0.1, 1, { provisioned: 10 });
    expect(covered.weeklyShare).toBeLessThan(none.weeklyShare);
    expect(covered.weeklyShare).toBeLessThanOrEqual(erlangBBySum(10, 1) + 1e-15);
    // A schedule: PC only in hour 0.
    const scheduled = serverlessColdStarts(rps, 0.1, 1, { provisioned: week((h) => (h === 0 ? 10 : 0)) });
    expect(scheduled.hourlyShare[0]).toBeLessThan(scheduled.hourlyShare[2]!);
  });
});
