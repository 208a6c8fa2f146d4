// The one number parser of every field: separators by locale, units refused, sanity limits.
import { describe, expect, it } from 'vitest';
import { parseNumberInput, readNumber } from '../../../src-renderer/stores/numberInput';
import { parseHourlyProfile } from '../../../src-renderer/stores/hourlyProfile';
import { WORKLOAD_LIMITS } from '../../../src-renderer/stores/fieldLimits';
import { startedStore } from '../priceFixture';

const value = (text: string, locale = 'en-US') => {
  const r = readNumber(text, { locale });
  return r.ok ? r.value : r.message;
};

describe('readNumber', () => {
  it('reads decimal points and commas, and thousands grouped by spaces, commas, dots or apostrophes', () => {
    expect(value('1,5')).toBe(1.5);
    expect(value('0,250')).toBe(0.25);
    expect(value('2 000')).toBe(2000);
    expect(value('2\u00a0000\u202f000')).toBe(2_000_000);
    expect(value("12'500")).toBe(12500);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('1,200,000')).toBe(1_200_000);
    expect(value('1e6')).toBe(1_000_000);
    expect(value(' 3 ')).toBe(3);
    expect(value('-2.5')).toBe(-2.5);
  });

  it('reads an ambiguous "1,200" or "1.200" by the locale', () => {
    expect(value('1,200', 'en-US')).toBe(1200);
    expect(value('1.200', 'en-US')).toBe(1.2);
    expect(value('1,200', 'de-DE')).toBe(1.2);
    expect(value('1.200', 'de-DE')).toBe(1200);
  });

  it('refuses a unit typed after the number, and text that is no number', () => {
    expect(readNumber('5req/s', { unit: 'requests/s' })).toEqual({
      ok: false,
      message: 'type the number alone, without "req/s": the field is in requests/s',
    });
    expect(value('40 KiB')).toBe('type the number alone, without "KiB"');
    expect(value('1,2,3')).toBe('"1,2,3" is not a number');
    expect(value('2 00')).toBe('"2 00" is not a number');
    expect(value('abc')).toBe('"abc" is not a number');
  });
});

describe('parseNumberInput', () => {
  it('refuses values no workload has, with the limit', () => {
    const max = WORKLOAD_LIMITS.requestsPerSecond;
    expect(parseNumberInput('1e9', 'non-negative', false, { unit: 'requests/s', max })).toEqual({
      ok: false,
      message: `1,000,000,000 requests/s is more than any real workload has: enter at most ${max.toLocaleString('en-US')}`,
    });
    expect(parseNumberInput(String(max), 'non-negative', false, { max })).toEqual({ ok: true, value: max });
  });
});

describe('hourly profile', () => {
  it('skips a pasted header cell with a note, and reads the same numbers as the fields', () => {
    const column = ['req/s', ...Array(24).fill('2 000')].join('\n');
    expect(parseHourlyProfile(column)).toEqual({
      ok: true,
      values: Array(24).fill(2000),
      note: 'Skipped the header "req/s".',
    });
    const row = ['Requests per second', ...Array(24).fill('1.5')].join('\t');
    expect(parseHourlyProfile(row)).toMatchObject({ ok: true, note: 'Skipped the header "Requests per second".' });
    expect(parseHourlyProfile(Array(24).fill('1e9').join('\n'))).toMatchObject({ ok: false });
  });
});

describe('the workload form with the one parser', () => {
  it('prices "1,5" as 1.5 and "2 000" as 2000, and refuses "5req/s" and 1e9 without changing the project', async () => {
    const { store } = await startedStore();
    const form = store.workloadForm;
    const traffic = () => store.project.current.workload.traffic;
    form.setNumber('requestsPerSecond', '1,5');
    expect(traffic()).toMatchObject({ requestsPerSecond: 1.5 });
    form.setNumber('requestsPerSecond', '2 000');
    expect(traffic()).toMatchObject({ requestsPerSecond: 2000 });
    form.setNumber('requestsPerSecond', '5req/s');
    expect(form.error('requestsPerSecond')).toMatch(/without "req\/s"/);
    form.setNumber('requestsPerSecond', '1e9');
    expect(form.error('requestsPerSecond')).toMatch(/more than any real workload/);
    expect(traffic()).toMatchObject({ requestsPerSecond: 2000 });
    expect(form.trafficNote).toBe(
      'The chart shows the last valid rate, 2000 requests/s: the rate typed is not valid yet.',
    );
  });

  it('lists each invalid field with the value the figures use, per step', async () => {
    const { store } = await startedStore();
    // (An empty latency target now means no target, issue 13: 0 is the invalid value here.)
    store.workloadForm.setNumber('latencyTargetMs', '0');
    store.workloadForm.setNumber('requestsPerSecond', '5req/s');
    const issues = store.issues.list;
    expect(issues.map((i) => [i.label, i.text, i.used])).toEqual([
      ['Latency target', '0', '500 ms'],
      ['Traffic rate', '5req/s', '10 requests/s'],
    ]);
    expect(store.issues.countOn('workload')).toBe(2);
    expect(store.issues.countOn('compare')).toBe(0);
    const design = store.designs.addNew('sagemaker-realtime');
    store.designs.setHostingType(design, 'sagemaker-realtime');
    store.workloadForm.setNumber('latencyTargetMs', '250');
    expect(store.issues.list.map((i) => i.label)).toEqual(['Traffic rate']);
  });
});
