/** Scheduled provisioned concurrency: billed only for the hours it is on. */
import { describe, expect, it } from 'vitest';
import { provisionedSchedule, weekOfHourly } from '@shared/domain/latency/schedule';

const weekOf = (f: (h: number) => number) => Array.from({ length: 168 }, (_, h) => f(h));
// Busy 09:00–17:00 on weekdays (40 hours a week), quiet otherwise.
const rps = weekOf((h) => (h < 120 && h % 24 >= 9 && h % 24 < 17 ? 100 : 1));

describe('provisioned concurrency schedule', () => {
  it('a fixed count is on all month', () => {
    const s = provisionedSchedule(2, rps);
    expect(s.countHoursPerMonth).toBeCloseTo(2 * 730, 9);
    expect(s.onHoursPerMonth).toBeCloseTo(730, 9);
    expect(s.description).toBe('2 all month');
  });

  it('by hour of the day: billed for the hours it is on (8 of 24)', () => {
    const day = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 1000 : 0));
    const s = provisionedSchedule(day, rps);
    // 1,000 × 8 h × 7 days × 730/168 weeks a month.
    expect(s.countHoursPerMonth).toBeCloseTo(1000 * 8 * 7 * (730 / 168), 6);
    expect(s.onHoursPerMonth).toBeCloseTo(8 * 7 * (730 / 168), 9);
    expect(s.alwaysOnByHour[9]).toBe(1000);
    expect(s.alwaysOnByHour[8]).toBe(0);
  });

  it('a count for H hours a month (AWS pricing example: 1,000 for 8 h a day over 31 days at 1,536 MB)', () => {
    const s = provisionedSchedule({ count: 1000, hoursPerMonth: 8 * 31 }, rps);
    expect(s.countHoursPerMonth).toBeCloseTo(248_000, 6);
    expect(s.onHoursPerMonth).toBeCloseTo(248, 9);
    // 1,000 × 1.5 GB × 248 h × 3600 s = 1,339,200,000 GB-s of provisioned concurrency, at $0.0000041667.
    const gbSeconds = (s.countHoursPerMonth * 1536 * 3600) / 1024;
    expect(gbSeconds).toBeCloseTo(1_339_200_000, 0);
    expect(gbSeconds * 0.0000041667).toBeCloseTo(5580.04, 1);
    // On during the busiest hours: 248 h fill the 40 busy weekly hours (173.8 h a month) first.
    expect(s.onShareByHour[9]).toBe(1);
    expect(s.alwaysOnByHour[9]).toBe(1000);
    // The rest (74.2 h a month) goes to quiet hours (equal traffic: the earliest first): 17 of them in
    // every week, one more in some weeks only, which latency does not count on.
    const full = Array.from(s.onShareByHour).filter((v) => v === 1).length;
    expect(full).toBe(40 + 17);
    const partly = Array.from(s.onShareByHour).filter((v) => v > 0 && v < 1);
    expect(partly).toHaveLength(1);
    expect(s.alwaysOnByHour[167]).toBe(0);
  });

  it('on a batch job, a count for H hours a month is on while the job runs, not in its idle weeks', () => {
    // A monthly job busy at Monday 01:00–03:00 in 1 of every 730/168 = 4.345 weeks (share 0.2301).
    const job = weekOf((h) => (h === 1 || h === 2 ? 10 : 0));
    const active = weekOf((h) => (h === 1 || h === 2 ? 168 / 730 : 0));
    const s = provisionedSchedule({ count: 1000, hoursPerMonth: 2 }, job, active);
    // Each hour holds 1 hour a month of the job (4.345 × 0.2301): the 2 hours cover both, in full.
    expect(s.onShareByHour[1]).toBeCloseTo(168 / 730, 12);
    expect(s.onShareByHour[2]).toBeCloseTo(168 / 730, 12);
    expect(s.countHoursPerMonth).toBeCloseTo(2000, 9);
    expect(s.alwaysOnByHour[1]).toBe(1000);
    expect(s.activeShareByHour?.[1]).toBeCloseTo(168 / 730, 12);
    // Without the job's calendar the 2 hours would spread over the weeks: on in 46% of Monday 01:00s.
    expect(provisionedSchedule({ count: 1000, hoursPerMonth: 2 }, job).onShareByHour[1]).toBeCloseTo(
      2 / (730 / 168),
      12,
    );
  });

  it('rejects bad schedules naming the problem', () => {
    expect(() => provisionedSchedule([1, 2, 3], rps)).toThrow(/24 or 168 values/);
    expect(() => provisionedSchedule({ count: 1, hoursPerMonth: 800 }, rps)).toThrow(/0 to 730/);
    expect(() => provisionedSchedule(1.5, rps)).toThrow(/whole number/);
    expect(weekOfHourly(Array.from({ length: 24 }, (_, h) => h))[25]).toBe(1);
  });
});
