/** A design's latency over the week: serverless throttling and cold starts, fleet queueing and loads. */
import { describe, expect, it } from 'vitest';
import { fleetLatency, serverlessLatency, workersForWeek } from '@shared/domain/latency/designLatency';
import { latencyPercentile, smallestWorkers } from '@shared/domain/latency/percentile';
import { provisionedSchedule } from '@shared/domain/latency/schedule';

const week = (f: (h: number) => number) => Array.from({ length: 168 }, (_, h) => f(h));
const businessHours = (h: number) => h < 120 && h % 24 >= 9 && h % 24 < 17;

describe('serverless latency', () => {
  const fraud = {
    inferenceMs: 20,
    modelSizeGB: 0.5,
    limitName: 'maximum concurrency',
    limitField: 'maxConcurrency',
    key: 'serverless',
    limitMax: 200,
  };

  it('rules out a concurrency limit sized to the mean (the fraud-scoring case)', () => {
    // Peak 50 requests/s × 20 ms = exactly 1 concurrent request; maxConcurrency 1.
    const rps = week((h) => (businessHours(h) ? 50 : 5));
    const d = serverlessLatency({ ...fraud, rps, concurrencyLimit: 1 }, { percentile: 95, targetMs: 100 });
    const throttling = d.reasons.find((r) => r.rule === 'serverless.throttling');
    expect(throttling?.detail).toBe('hosting.maxConcurrency');
    expect(throttling?.message).toBe(
      'the maximum concurrency of 1 throttles up to 50% of requests (more than 0.1% in every day 00:00–24:00); keeping it under 0.1% needs 6',
    );
    const sized = serverlessLatency({ ...fraud, rps, concurrencyLimit: 6 }, { percentile: 95, targetMs: 100 });
    expect(sized.reasons).toEqual([]);
    expect(sized.weekly.percentileMs).toBe(20);
  });

  it('rules out serverless for rare requests that mostly meet a cold start', () => {
    // One request every 1,000 s: e^(−0.6) = 55% arrive after the 10-minute keep-warm time.
    const rps = week(() => 0.001);
    const d = serverlessLatency({ ...fraud, rps, concurrencyLimit: 5 }, { percentile: 95, targetMs: 500 });
    expect(d.weekly.coldStartShare).toBeGreaterThan(0.5);
    expect(d.weekly.failures).toEqual([{ cause: 'cold-start', hours: week((h) => h) }]);
    expect(d.reasons[0]!.rule).toBe('latency.percentile');
    expect(d.reasons[0]!.message).toMatch(
      /^p95 latency up to 8\.02 s exceeds the 500 ms target in 168 hours of the week: cold starts in every day 00:00–24:00/,
    );
    expect(d.warnings[0]).toContain(
      '(1 s environment start + 0.5 GB ÷ 0.1 GB/s + 2 s framework start = 8 s (estimate))',
    );
    // Without a target it is feasible, and the cold starts are still reported.
    const none = serverlessLatency({ ...fraud, rps, concurrencyLimit: 5 }, { percentile: 95, targetMs: null });
    expect(none.reasons).toEqual([]);
    expect(none.weekly.percentileMs).toBeCloseTo(8020, 6);
  });

  it('keeps the busy hours warm with scheduled provisioned concurrency', () => {
    // 0.002 requests/s all week: cold starts everywhere; PC 1 during business hours removes them there.
    const rps = week(() => 0.002);
    const pc = provisionedSchedule(
      Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 1 : 0)),
      rps,
    );
    const d = serverlessLatency(
      { ...fraud, rps, concurrencyLimit: 5, provisioned: pc },
      { percentile: 95, targetMs: 500 },
    );
    expect(d.weekly.hourlyMs[10]).toBe(20);
    expect(d.weekly.hourlyMs[3]).toBeGreaterThan(500);
  });
});

describe('fleet latency', () => {
  it('a fixed fleet queues past the target in busy hours and meets it with more workers', () => {
    const rps = week((h) => (businessHours(h) ? 60 : 5)); // 60/s × 50 ms = 3 erlangs
    const base = { rps, serviceMs: 50, concurrencyPerInstance: 4, startUpMinutes: 6 };
    const one = fleetLatency({ ...base, servingInstances: week(() => 1) }, { percentile: 95, targetMs: 80 });
    // The M/M/c wait × (1 + 0.5²)/2 for compute times with a coefficient of variation of 0.5.
    const expected = latencyPercentile(
      { arrivalsPerSecond: 60, serviceMs: 50, workers: 4, waitScale: 0.625 },
      95,
    ).percentileMs;
    expect(expected).toBeGreaterThan(80);
    expect(one.weekly.percentileMs).toBeCloseTo(expected, 9);
    expect(one.weekly.failures).toEqual([{ cause: 'queueing', hours: week((h) => h).filter(businessHours) }]);
    const two = fleetLatency({ ...base, servingInstances: week(() => 2) }, { percentile: 95, targetMs: 80 });
    expect(two.reasons).toEqual([]);
  });

  it('counts requests that wait for a scale-out or for an instance from zero', () => {
    const rps = week(() => 10);
    const lag = fleetLatency(
      {
        rps,
        serviceMs: 50,
        concurrencyPerInstance: 4,
        servingInstances: week(() => 2),
        overloadedMinutes: week((h) => (h === 9 ? 9 : 0)),
        startUpMinutes: 6,
      },
      { percentile: 95, targetMs: 500 },
    );
    // 9 of 60 minutes (15% of the hour's requests) wait for instances: the hour's p95 is a 6-minute wait.
    expect(lag.weekly.failures).toEqual([{ cause: 'cold-start', hours: [9] }]);
    expect(lag.weekly.hourlyMs[9]).toBeGreaterThanOrEqual(360_000);
    expect(lag.warnings[0]).toBe(
      "Up to 15% of an hour's requests arrive while new instances are still starting (6 min): the fleet already in service carries them, with a longer queue, or they wait for the new instances",
    );
  });

  it('rules out a multi-model endpoint whose requests mostly load their model', () => {
    const d = fleetLatency(
      {
        rps: week(() => 2),
        serviceMs: 20 + 0.99 * 17_000,
        latencyServiceMs: 20,
        concurrencyPerInstance: 100,
        servingInstances: week(() => 1),
        startUpMinutes: 6,
        modelLoads: { share: 0.99, ms: 17_000, rule: '1.5 GB ÷ 0.1 GB/s + 2 s framework start = 17 s (estimate)' },
      },
      { percentile: 95, targetMs: 500 },
    );
    expect(d.reasons[0]!.rule).toBe('latency.percentile');
    expect(d.weekly.failures[0]!.cause).toBe('cold-start');
  });
});

describe('workers for the week', () => {
  it('is the busiest hour’s requirement', () => {
    const rps = week((h) => (h === 50 ? 100 : 10));
    const w = workersForWeek(rps, 100, { percentile: 99, targetMs: 150 });
    const peak = smallestWorkers({ arrivalsPerSecond: 100, serviceMs: 100 }, { percentile: 99, targetMs: 150 });
    expect(w).toEqual({ ok: true, workers: peak.feasible ? peak.workers : -1, peakHour: 50 });
    expect(workersForWeek(rps, 200, { percentile: 99, targetMs: 150 })).toMatchObject({ ok: false, hour: 0 });
  });
});
