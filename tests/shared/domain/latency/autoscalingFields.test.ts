/** The autoscaling block in the project format: a scheduled minimum (24/168 values) and the timing fields. */
import { describe, expect, it } from 'vitest';
import { estimateDesign } from '@shared/domain/estimate';
import { parseProjectText } from '@shared/project/parseProjectText';
import { design, line, project, testCatalog, workload } from '../fixtures';

const W = 730 / 168;

/** An autoscaled ml.c5.xlarge endpoint at a target of 300 a minute, on steady traffic, estimated. */
function autoscaled(min: number | number[], requestsPerSecond: number) {
  return estimateDesign(
    design({
      type: 'sagemaker-realtime',
      instanceType: 'ml.c5.xlarge',
      autoscaling: { min, max: 4, targetInvocationsPerInstance: 300 },
    }),
    workload({ traffic: { pattern: 'steady', requestsPerSecond } }),
    testCatalog(),
    'us-east-1',
  );
}

function parsed(autoscaling: unknown) {
  const p = project(workload(), [
    design({
      type: 'sagemaker-realtime',
      instanceType: 'ml.c5.xlarge',
      autoscaling: { min: 1, max: 4, targetInvocationsPerInstance: 300 },
    }),
  ]);
  (p.designs[0]!.hosting as { autoscaling: unknown }).autoscaling = autoscaling;
  return parseProjectText(JSON.stringify(p));
}

describe('autoscaling fields', () => {
  it('accepts a minimum as one count, 24 or 168 hourly counts, and the optional timing fields', () => {
    const base = { max: 4, targetInvocationsPerInstance: 300 };
    expect(parsed({ ...base, min: 1 }).ok).toBe(true);
    expect(parsed({ ...base, min: new Array(24).fill(2) }).ok).toBe(true);
    expect(parsed({ ...base, min: new Array(168).fill(0) }).ok).toBe(true);
    expect(
      parsed({
        ...base,
        min: 1,
        scaleOutAlarmMinutes: 2,
        scaleInAlarmMinutes: 10,
        scaleInCooldownMinutes: 0,
        startUpMinutes: 4.5,
      }).ok,
    ).toBe(true);
  });

  it('rejects a schedule of the wrong length, a schedule above max, and timing out of range, naming the field', () => {
    const base = { max: 4, targetInvocationsPerInstance: 300 };
    const wrong = parsed({ ...base, min: new Array(23).fill(1) });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.message).toMatch(/autoscaling\.min|24 or 168 hourly values/);
    const above = parsed({ ...base, min: [...new Array(23).fill(1), 5] });
    expect(!above.ok && above.message).toMatch(/autoscaling\.max/);
    const alarm = parsed({ ...base, min: 1, scaleOutAlarmMinutes: 0 });
    expect(!alarm.ok && alarm.message).toMatch(/scaleOutAlarmMinutes/);
    const start = parsed({ ...base, min: 1, startUpMinutes: -1 });
    expect(!start.ok && start.message).toMatch(/startUpMinutes/);
  });

  it('a scheduled minimum (24 hourly values) is billed for its hours', () => {
    // Minimum 3 from 08:00 to 20:00 every day, 1 otherwise, on steady 1 req/s (60/min: 1 instance at
    // target 300). 08:00 raises the count at once (a scheduled action; billed from launch): 3. At
    // 20:00 the minimum drops, the low alarm waits 15 minutes: (15 × 3 + 45 × 1) / 60 = 1.5.
    // Weekly = 7 × (12 × 3 + 1.5 + 11 × 1) = 339.5 instance-hours.
    const e = autoscaled(
      Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 20 ? 3 : 1)),
      1,
    );
    expect(e.hourly.capacity[8]).toBe(3);
    expect(e.hourly.capacity[20]).toBeCloseTo(1.5, 12);
    expect(e.hourly.capacity[21]).toBe(1);
    expect(line(e.lineItems, 'Instance-hours').quantity).toBeCloseTo(339.5 * W, 9);
    expect(line(e.lineItems, 'Instance-hours').monthlyUsd).toBeCloseTo(339.5 * W * 0.204, 9);
  });

  it('a 168-value minimum bills each hour at its own minimum (weekdays 2, weekends 1)', () => {
    // Steady 0.5 req/s needs 1 instance at target 300. Weekdays 00:00–24:00 minimum 2, weekends 1.
    // The minimum rises at Monday 00:00 at once (billed: 2); it falls at Saturday 00:00 and the
    // low alarm waits 15 minutes: (15 × 2 + 45 × 1) / 60 = 1.25. Weekly = 120 × 2 + 1.25 + 47 = 288.25.
    const min = Array.from({ length: 168 }, (_, h) => (h < 120 ? 2 : 1));
    const e = autoscaled(min, 0.5);
    expect(e.hourly.capacity[0]).toBe(2);
    expect(e.hourly.capacity[120]).toBeCloseTo(1.25, 12);
    expect(line(e.lineItems, 'Instance-hours').monthlyUsd).toBeCloseTo(288.25 * W * 0.204, 9);
  });

  it('a scheduled minimum below the hosting type’s own minimum is refused', () => {
    const min = Array.from({ length: 24 }, (_, h) => (h < 6 ? 0 : 1));
    const e = autoscaled(min, 10);
    expect(e.reasons.map((r) => r.rule)).toContain('realtime.minInstances');
  });
});
