// WorkloadFormStore: what is typed stays, with its message; the project takes only valid values.
import { describe, expect, it } from 'vitest';
import { startedStore } from '../priceFixture';

describe('WorkloadFormStore', () => {
  it('keeps an invalid value as typed, with a message, and leaves the project unchanged', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    const revision = store.project.revision;
    form.setNumber('inferenceMs', '12x');
    expect(form.text('inferenceMs')).toBe('12x');
    expect(form.error('inferenceMs')).toBe('type the number alone, without "x": the field is in ms');
    form.setNumber('inferenceMs', '-5');
    expect(form.error('inferenceMs')).toBe('must be more than 0');
    form.setNumber('modelCount', '1.5');
    expect(form.error('modelCount')).toBe('must be a whole number');
    form.setNumber('inferenceMs', '');
    expect(form.error('inferenceMs')).toBe('required: enter a number');
    expect(store.project.current.workload.inferenceMs).toBe(100);
    expect(store.project.revision).toBe(revision);
    expect(store.project.dirty).toBe(false);
  });

  it('an empty latency target means no target (issue 13: it no longer keeps the old 500 ms silently)', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    form.setNumber('latencyTargetMs', '');
    expect(form.error('latencyTargetMs')).toBeUndefined();
    expect(store.project.current.workload.latencyTargetMs).toBeNull();
    form.setNumber('latencyTargetMs', '250');
    expect(store.project.current.workload.latencyTargetMs).toBe(250);
  });

  it('rejects a traffic rate of 0 like an hourly profile of zeros: no traffic, nothing to host', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    const before = store.project.current.workload.traffic;
    form.setNumber('requestsPerSecond', '0');
    expect(form.text('requestsPerSecond')).toBe('0');
    expect(form.error('requestsPerSecond')).toBe(
      'the traffic rate must be more than 0 requests/s: a workload with no traffic has nothing to host',
    );
    expect(store.project.current.workload.traffic).toBe(before);
    form.setNumber('requestsPerSecond', '0.5');
    expect(form.error('requestsPerSecond')).toBeUndefined();
    expect(store.project.current.workload.traffic).toMatchObject({ requestsPerSecond: 0.5 });
  });

  it('commits a valid value and clears the message', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    form.setNumber('inferenceMs', 'abc');
    form.setNumber('inferenceMs', '250');
    expect(form.error('inferenceMs')).toBeUndefined();
    expect(store.project.current.workload.inferenceMs).toBe(250);
    expect(store.project.dirty).toBe(true);
    form.setNumber('requestKiB', '1,024');
    expect(store.project.current.workload.requestKiB).toBe(1024);
  });

  it('takes the token counts only as a pair (the domain’s rule), then both at once', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    form.setNumber('inputTokensPerRequest', '500');
    // Said in the form's words (the field labels), not the project file's field names.
    expect(form.error('inputTokensPerRequest')).toBe('give both input and output tokens per request, or neither');
    expect(store.project.current.workload.inputTokensPerRequest).toBeUndefined();
    form.setNumber('outputTokensPerRequest', '200');
    expect(form.error('inputTokensPerRequest')).toBeUndefined();
    expect(store.project.current.workload).toMatchObject({ inputTokensPerRequest: 500, outputTokensPerRequest: 200 });
  });

  it('fills the hourly profile from a pasted spreadsheet column of 24 values', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    form.setPattern('hourly');
    const column = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? '20' : '2')).join('\r\n');
    form.setProfileText(column);
    expect(form.error('profile')).toBeUndefined();
    const t = store.project.current.workload.traffic;
    expect(t.pattern).toBe('hourly');
    expect(t.pattern === 'hourly' && t.requestsPerSecond.length).toBe(24);
    expect(form.weekRps).toHaveLength(168);
    expect(form.weekRps[24 + 10]).toBe(20);
    expect(form.totals.peakRps).toBe(20);
    // Tabs and commas (a copied row) work as well.
    form.setProfileText(Array.from({ length: 24 }, () => '3').join('\t'));
    expect(store.project.current.workload.traffic).toEqual({ pattern: 'hourly', requestsPerSecond: Array(24).fill(3) });
  });

  it('reads a pasted column with decimal commas ("1,5") as decimals, and says why when it cannot', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    form.setPattern('hourly');
    const column = Array.from({ length: 24 }, (_, h) => (h % 2 ? '1,5' : '12')).join('\n');
    form.setProfileText(column);
    expect(form.error('profile')).toBeUndefined();
    const t = store.project.current.workload.traffic;
    expect(t.pattern === 'hourly' && t.requestsPerSecond.slice(0, 3)).toEqual([12, 1.5, 12]);
    // A copied row (tabs) as well.
    form.setProfileText(Array(24).fill('0,25').join('\t'));
    expect(store.project.current.workload.traffic).toEqual({
      pattern: 'hourly',
      requestsPerSecond: Array(24).fill(0.25),
    });
    // "1,200" on every line could be thousands: ask for dots rather than guess.
    form.setProfileText(Array(24).fill('1,200').join('\n'));
    expect(form.error('profile')).toBe(
      '"1,200" could be a thousands separator or a decimal comma: write decimals with a dot (1.5) and no thousands separators',
    );
    // Typed on one line, the commas split each value: the count is off, and the message says why.
    form.setProfileText(Array(24).fill('1,5').join(' '));
    expect(form.error('profile')).toBe(
      'expected 24 or 168 hourly values, got 48: looks like decimal commas ("1,5"); write decimals with a dot (1.5)',
    );
    expect(store.project.current.workload.traffic).toEqual({
      pattern: 'hourly',
      requestsPerSecond: Array(24).fill(0.25),
    });
    // A plain comma-separated list of the wrong length is not mistaken for decimal commas.
    form.setProfileText(Array(23).fill('1').join(','));
    expect(form.error('profile')).toBe('expected 24 or 168 hourly values, got 23');
  });

  it('says which pasted value is wrong, and keeps the previous profile', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    form.setPattern('hourly');
    const before = JSON.stringify(store.project.current.workload.traffic);
    form.setProfileText('1\n2\nx\n4');
    expect(form.error('profile')).toBe('value 3 ("x") is not a number');
    form.setProfileText(Array(23).fill('1').join('\n'));
    expect(form.error('profile')).toBe('expected 24 or 168 hourly values, got 23');
    expect(form.profileText).toBe(Array(23).fill('1').join('\n'));
    expect(JSON.stringify(store.project.current.workload.traffic)).toBe(before);
  });

  it('switches a preset to an hourly profile of the same shape and back to a preset at its peak', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    const requests = form.totals.requestsPerMonth;
    form.setPattern('hourly');
    const t = store.project.current.workload.traffic;
    expect(t.pattern === 'hourly' && t.requestsPerSecond.length).toBe(168); // business hours differ at weekends
    expect(form.totals.requestsPerMonth).toBeCloseTo(requests, 3);
    form.setPattern('steady');
    expect(store.project.current.workload.traffic).toEqual({ pattern: 'steady', requestsPerSecond: 10 });
    form.setBasis('average');
    expect(store.project.current.workload.traffic).toEqual({
      pattern: 'steady',
      requestsPerSecond: 10,
      basis: 'average',
    });
  });

  it('sets the flags, the commitment horizon and the region', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    form.setFlag('needsGpu', true);
    form.setFlag('interruptible', true);
    form.setFlag('datasetAvailableUpfront', true);
    form.setCommitmentYears(3);
    form.setRegion('eu-west-1');
    expect(store.project.current.workload).toMatchObject({
      needsGpu: true,
      interruptible: true,
      datasetAvailableUpfront: true,
      commitmentYears: 3,
    });
    expect(store.project.current.region).toBe('eu-west-1');
  });

  it('forgets what was typed when another project is opened', async () => {
    const { store } = await startedStore();
    store.workloadForm.setNumber('inferenceMs', 'oops');
    store.project.replace({ ...store.project.current, name: 'Other' }, null);
    expect(store.workloadForm.error('inferenceMs')).toBeUndefined();
    expect(store.workloadForm.text('inferenceMs')).toBe('100');
  });
});
