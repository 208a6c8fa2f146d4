// The workload form's traffic: a preset's peak and average both typed (issue 14), and a scheduled
// batch job's records, runs and window (issue 13), each checked and taken only when valid.
import { describe, expect, it } from 'vitest';
import { startedStore } from '../priceFixture';

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

describe('peak and average', () => {
  it('starts from the average the chart shows, then takes a typed average with the peak kept', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    form.setPattern('intermittent');
    form.setNumber('requestsPerSecond', '50');
    form.setBasis('peak-and-average');
    expect(form.basis).toBe('peak-and-average');
    expect(form.text('averageRequestsPerSecond')).toBe(String(Number(((50 * 14) / 168).toPrecision(6))));
    form.setNumber('averageRequestsPerSecond', '5');
    expect(store.project.current.workload.traffic).toEqual({
      pattern: 'intermittent',
      requestsPerSecond: 50,
      averageRequestsPerSecond: 5,
    });
    expect(Math.max(...form.weekRps)).toBe(50);
    expect(mean(form.weekRps)).toBeCloseTo(5, 9);
    expect(form.totals.averageRps).toBeCloseTo(5, 9);
    expect(form.totals.requestsPerMonth).toBeCloseTo(5 * 3600 * 730, 3);
  });

  it('refuses an average the pattern cannot have, on the field typed, and keeps the last valid week', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    form.setPattern('business-hours');
    form.setNumber('requestsPerSecond', '50');
    form.setBasis('peak-and-average');
    form.setNumber('averageRequestsPerSecond', '5');
    expect(form.error('averageRequestsPerSecond')).toContain('the peak hours of this pattern alone average 13.393');
    expect(form.trafficNote).toContain('the last valid average');
    form.setNumber('averageRequestsPerSecond', '20');
    expect(form.error('averageRequestsPerSecond')).toBeUndefined();
    // A peak below the average is refused on the peak.
    form.setNumber('requestsPerSecond', '10');
    expect(form.error('requestsPerSecond')).toContain('cannot be more than the peak');
    expect(store.project.current.workload.traffic).toMatchObject({
      requestsPerSecond: 50,
      averageRequestsPerSecond: 20,
    });
    // Back to a plain peak: the average is gone from the project.
    form.setNumber('requestsPerSecond', '50');
    form.setBasis('peak');
    expect(store.project.current.workload.traffic).toEqual({ pattern: 'business-hours', requestsPerSecond: 50 });
  });
});

describe('a scheduled batch job', () => {
  it('edits records per run, runs a month, the window and its start, and the estimate says whether a run fits', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    form.setPattern('batch');
    form.setNumber('recordsPerRun', '10,000,000');
    form.setNumber('runsPerMonth', '30');
    form.setNumber('windowHours', '4');
    form.setNumber('startHour', '2');
    expect(store.project.current.workload.traffic).toEqual({
      pattern: 'batch',
      recordsPerRun: 10_000_000,
      runsPerMonth: 30,
      windowHours: 4,
      startHour: 2,
    });
    form.setNumber('startHour', '24');
    expect(form.error('startHour')).toBeDefined();
    expect(form.trafficNote).toContain('last valid batch job');
    const d = store.designs.addNew('sagemaker-batch');
    const e = store.estimates.estimateOf(d)!;
    expect(e.runHours).toBeGreaterThan(0);
    expect(typeof e.meetsWindow).toBe('boolean');
  });
});
