// Provisioned concurrency as a schedule on the Ways-to-pay step (issue 13): by hour, or a count for
// some hours a month; typed text stays with its message until valid; billed only for its hours.
import { describe, expect, it } from 'vitest';
import { startedStore } from '../priceFixture';

/** The provisioned-concurrency line's quantity (capacity seconds a month): what the schedule is billed for. */
const pcSeconds = (
  store: Awaited<ReturnType<typeof startedStore>>['store'],
  d: Parameters<typeof store.estimates.estimateOf>[0],
) => store.estimates.estimateOf(d)!.lineItems.find((l) => l.label.startsWith('Provisioned concurrency'))!.quantity;

const day = (busy: number) => Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? busy : 0));

describe('provisioned concurrency schedule', () => {
  it('edits the count by hour and prices only the hours it is on', async () => {
    const { store } = await startedStore();
    const d = store.designs.addNew('sagemaker-serverless');
    const s = store.schedules;
    expect(s.modeOf(d)).toBe('none');
    s.setMode(d, 'always');
    s.set(d, 'count', '4');
    expect(d.hosting).toMatchObject({ provisionedConcurrency: 4 });
    const allMonth = pcSeconds(store, d);
    expect(allMonth).toBeCloseTo(4 * 730 * 3600, 3);

    s.setMode(d, 'by-hour');
    // Switching keeps the count on every hour: nothing priced changes until an hour is edited.
    expect(d.hosting).toMatchObject({ provisionedConcurrency: new Array(24).fill(4) });
    expect(pcSeconds(store, d)).toBeCloseTo(allMonth, 3);
    s.set(d, 'hours', day(4).join('\n'));
    expect(d.hosting).toMatchObject({ provisionedConcurrency: day(4) });
    // 8 of 24 hours: a third of the capacity-seconds.
    expect(pcSeconds(store, d)).toBeCloseTo(allMonth / 3, 3);
    expect(s.weekCounts(d).slice(24, 48)).toEqual(day(4));

    // 23 values, or a fraction: the message, and the design keeps the last valid schedule.
    s.set(d, 'hours', day(4).slice(1).join('\n'));
    expect(s.error(d, 'hours')).toContain('24');
    s.set(d, 'hours', day(1.5).join('\n'));
    expect(s.error(d, 'hours')).toBe('each hour takes a whole number of concurrent executions');
    expect(s.text(d, 'hours')).toBe(day(1.5).join('\n'));
    expect(d.hosting).toMatchObject({ provisionedConcurrency: day(4) });
    // Above the service's limit (200 for serverless inference): the schema's words.
    s.set(d, 'hours', day(201).join('\n'));
    expect(s.error(d, 'hours')).toMatch(/200/);
  });

  it('takes a count for a number of hours a month (a launch day), and undo brings back the one before', async () => {
    const { store } = await startedStore();
    const d = store.designs.addNew('lambda');
    const s = store.schedules;
    s.setMode(d, 'hours-a-month');
    s.set(d, 'count', '1000');
    s.set(d, 'hoursPerMonth', '8');
    expect(d.hosting).toMatchObject({ provisionedConcurrency: { count: 1000, hoursPerMonth: 8 } });
    s.set(d, 'hoursPerMonth', '800');
    expect(s.error(d, 'hoursPerMonth')).toMatch(/730/);
    store.project.undo();
    expect(d.hosting).toMatchObject({ provisionedConcurrency: { count: 1000, hoursPerMonth: 730 } });
    s.setMode(d, 'none');
    expect('provisionedConcurrency' in d.hosting).toBe(false);
  });
});
