/** Target tracking as Application Auto Scaling times it: alarms, cooldown, start-up, scale from zero. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateTargetTracking, type TargetTrackingPolicy } from '@shared/domain/latency/targetTracking';

const week = (f: (h: number) => number) => Array.from({ length: 168 }, (_, h) => f(h));
// At a target of 70 invocations per minute per instance: 4.5 requests/s (270 a minute) needs 4
// instances, 1 request/s (60 a minute) needs 1.
const policy: TargetTrackingPolicy = { min: 1, max: 10, targetInvocationsPerInstance: 70, startUpMinutes: 6 };

describe('target tracking over the week', () => {
  it('holds a steady fleet', () => {
    const sim = simulateTargetTracking(
      week(() => 4.5),
      policy,
    );
    for (let h = 0; h < 168; h++) {
      expect(sim.billedInstances[h]).toBeCloseTo(4, 12);
      expect(sim.shortMinutes[h]).toBe(0);
    }
    expect(sim.instanceHoursPerWeek).toBeCloseTo(4 * 168, 9);
  });

  it('scales in only after the 15-minute low alarm (hand-worked scale-in lag)', () => {
    // Busy until Monday 10:00, quiet after, busy again from Tuesday 00:00.
    const rps = week((h) => (h >= 10 && h < 24 ? 1 : 4.5));
    const sim = simulateTargetTracking(rps, policy);
    // 10:00–10:14 still 4 instances (15 one-minute periods below target), then 1:
    // (15 × 4 + 45 × 1) / 60 = 1.75 instance-hours, where a 5-minute cooldown alone would give 1.25.
    expect(sim.billedInstances[10]).toBeCloseTo(1.75, 12);
    expect(sim.billedInstances[11]).toBeCloseTo(1, 12);
    // Tuesday 00:00 scales out after 3 minutes above target; the new instances serve 6 minutes later:
    // 1 instance for minutes 0–2, 4 billed from minute 3 (starting ones are billed), 1 serving until 9.
    expect(sim.billedInstances[24]).toBeCloseTo((3 * 1 + 57 * 4) / 60, 12);
    expect(sim.servingInstances[24]).toBeCloseTo((9 * 1 + 51 * 4) / 60, 12);
    expect(sim.shortMinutes[24]).toBe(9);
    expect(sim.minServing[24]).toBe(1);
    expect(sim.settledServing[24]).toBe(4);
    // Given what one instance carries (2 requests/s), the 9 minutes with one instance are overloaded.
    const withCapacity = simulateTargetTracking(rps, { ...policy, instanceCapacityRps: 2 });
    expect(withCapacity.overloadedMinutes[24]).toBe(9);
    expect(withCapacity.overloadedMinutes[25]).toBe(0);
    expect(sim.overloadedMinutes[24]).toBe(0);
  });

  it('uses the edited timing and waits for the scale-in cooldown', () => {
    // 4 → 2 at 01:00 and 2 → 1 at 02:00; 1-minute alarms; a 90-minute cooldown delays the second step.
    const rps = week((h) => (h === 1 ? 2 : h >= 2 && h < 12 ? 1 : 4.5));
    const sim = simulateTargetTracking(rps, {
      ...policy,
      scaleInAlarmMinutes: 1,
      scaleOutAlarmMinutes: 1,
      scaleInCooldownSeconds: 90 * 60,
      startUpMinutes: 0,
    });
    // First scale-in at the end of 01:00 (minute 60), effective 01:01: (1 × 4 + 59 × 2) / 60.
    expect(sim.billedInstances[1]).toBeCloseTo((4 + 59 * 2) / 60, 12);
    // The next is allowed 90 minutes after minute 60, at minute 150 (02:30), effective 02:31.
    expect(sim.billedInstances[2]).toBeCloseTo((31 * 2 + 29 * 1) / 60, 12);
  });

  it('follows a scheduled minimum at once', () => {
    const min = week((h) => (h % 24 >= 8 && h % 24 < 18 ? 3 : 1));
    const sim = simulateTargetTracking(
      week(() => 0.5),
      { ...policy, min },
    );
    // 08:00 raises the desired count to 3 at once (billed while starting); 18:00 waits for the low alarm.
    expect(sim.billedInstances[8]).toBeCloseTo(3, 12);
    expect(sim.servingInstances[8]).toBeCloseTo((6 * 1 + 54 * 3) / 60, 12);
    expect(sim.billedInstances[18]).toBeCloseTo((15 * 3 + 45 * 1) / 60, 12);
  });

  it('scales from zero: requests wait for the first instance', () => {
    // Async-style fleet, minimum 0: quiet until 09:00 every day, busy 09:00–17:00.
    const rps = week((h) => (h % 24 >= 9 && h % 24 < 17 ? 2 : 0));
    const sim = simulateTargetTracking(rps, { ...policy, min: 0 });
    // 1-minute backlog detection, then 6 minutes of start-up: minutes 0–6 have no instance.
    expect(sim.minServing[8]).toBe(0);
    expect(sim.unservedShare[9]).toBeCloseTo(7 / 60, 12);
    expect(sim.unservedWaitMinutes[9]).toBe(7);
    expect(sim.unservedShare[10]).toBe(0);
    // 17:00: 15 quiet minutes, then to zero.
    expect(sim.billedInstances[17]).toBeCloseTo((15 * 2) / 60, 12);
    expect(sim.billedInstances[3]).toBe(0);
  });

  it('never bills less than the minimum nor more than the maximum', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 168, maxLength: 168 }), (rps) => {
        const sim = simulateTargetTracking(rps, { ...policy, min: 2, max: 6 });
        for (let h = 0; h < 168; h++) {
          expect(sim.billedInstances[h]).toBeGreaterThanOrEqual(2 - 1e-9);
          expect(sim.billedInstances[h]).toBeLessThanOrEqual(6 + 1e-9);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('skips quiet minutes and most of the warm-up week without changing the result', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 30, noNaN: true })), {
          minLength: 168,
          maxLength: 168,
        }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 3600 }),
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rps, min, startUpMinutes, scaleInAlarmMinutes, scaleInCooldownSeconds, scaleOutAlarmMinutes, fraction) => {
          const p = {
            ...policy,
            min,
            // Start-up times need not be whole minutes (an edited start-up of 4.5 min).
            startUpMinutes: startUpMinutes + fraction,
            scaleInAlarmMinutes,
            scaleOutAlarmMinutes,
            scaleInCooldownSeconds,
            instanceCapacityRps: 1.5,
          };
          const fast = simulateTargetTracking(rps, p);
          const slow = simulateTargetTracking(rps, p, true);
          // Same figures up to float rounding (k × n / 60 added at once rather than n / 60 k times).
          for (const [field, values] of Object.entries(slow))
            if (typeof values === 'number') expect(fast[field as 'unclampedPeak']).toBeCloseTo(values, 9);
            else
              (values as Float64Array).forEach((v, h) =>
                expect((fast[field as 'billedInstances'] as Float64Array)[h], `${field}[${h}]`).toBeCloseTo(v, 9),
              );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects bad policies naming the field', () => {
    expect(() =>
      simulateTargetTracking(
        week(() => 1),
        { ...policy, min: 11 },
      ),
    ).toThrow(/min 11 exceeds max 10/);
    expect(() =>
      simulateTargetTracking(
        week(() => 1),
        { ...policy, min: [1, 2] },
      ),
    ).toThrow(/168 hourly values/);
    expect(() =>
      simulateTargetTracking(
        week(() => 1),
        { ...policy, startUpMinutes: -1 },
      ),
    ).toThrow(/start-up minutes/);
    expect(() => simulateTargetTracking([1, 2], policy)).toThrow(/168 hourly rates/);
  });
});
