// Latency in the unit that suits it: a batch job's hours are not shown as millions of milliseconds.
import { describe, expect, it } from 'vitest';
import { formatDurationMs } from '../../../src-renderer/format/duration';

describe('durations', () => {
  it('milliseconds below a second, then seconds, minutes and hours', () => {
    expect(formatDurationMs(80)).toBe('80 ms');
    expect(formatDurationMs(999.4)).toBe('999 ms');
    expect(formatDurationMs(1500)).toBe('1.5 s');
    expect(formatDurationMs(90_000)).toBe('1.5 min');
    expect(formatDurationMs(5_400_000)).toBe('1.5 h');
    expect(formatDurationMs(10_800_000)).toBe('3 h');
    expect(formatDurationMs(null)).toBe('—');
  });
});
