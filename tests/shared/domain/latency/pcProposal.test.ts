/** Proposing provisioned concurrency only for the hours that need it. */
import { describe, expect, it } from 'vitest';
import { serverlessLatency } from '@shared/domain/latency/designLatency';
import { proposeProvisionedSchedule } from '@shared/domain/latency/pcProposal';
import { provisionedSchedule } from '@shared/domain/latency/schedule';

const week = (f: (h: number) => number) => Array.from({ length: 168 }, (_, h) => f(h));

describe('provisioned-concurrency proposal', () => {
  const base = { inferenceMs: 100, modelSizeGB: 1, concurrencyLimit: 20 };
  const req = { percentile: 95 as const, targetMs: 500 };

  it('keeps the quiet hours warm, leaves the busy ones on demand, and meets the target', () => {
    // Every day: 1 request/s from 09:00 to 17:00, one every 500 s otherwise (most would be cold).
    const rps = week((h) => (h % 24 >= 9 && h % 24 < 17 ? 1 : 0.002));
    const p = proposeProvisionedSchedule({ ...base, rps }, req);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.schedule).toHaveLength(24);
    expect(p.schedule[3]).toBe(1);
    expect(p.schedule[12]).toBe(0);
    // Billed for 16 hours a day only.
    expect(p.countHoursPerMonth).toBeCloseTo(16 * 7 * (730 / 168), 9);
    const check = serverlessLatency(
      {
        ...base,
        rps,
        limitName: 'maxConcurrency',
        key: 'serverless',
        provisioned: provisionedSchedule(p.schedule, rps),
      },
      req,
    );
    expect(check.reasons).toEqual([]);
  });

  it('proposes none when on-demand already meets the target', () => {
    const p = proposeProvisionedSchedule({ ...base, rps: week(() => 5) }, req);
    expect(p).toMatchObject({ ok: true, schedule: new Array(24).fill(0) });
  });

  it('says when the target cannot be met at all', () => {
    const p = proposeProvisionedSchedule({ ...base, inferenceMs: 800, rps: week(() => 1) }, req);
    expect(p.ok).toBe(false);
  });
});
