// Axis ticks are round figures, written as exactly as their step.
import { describe, expect, it } from 'vitest';
import { niceTicks, niceTicksFor, tickDigits, usdTick } from '../../../src-renderer/format/niceTicks';

describe('niceTicks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten, from 0 past the largest value', () => {
    expect(niceTicks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(0.9)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(730)).toEqual([0, 200, 400, 600, 800]);
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(12_345)).toEqual([0, 5000, 10000, 15000]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(1, 5, true)).toEqual([0, 1]);
    expect(niceTicks(25, 5, true)).toEqual([0, 10, 20, 30]);
    expect(niceTicksFor([null, 3.2, Number.NaN, 1])).toEqual([0, 1, 2, 3, 4]);
  });

  it('writes each tick as exactly as the step needs', () => {
    const ticks = niceTicks(1);
    expect(ticks.map((t) => usdTick(t, tickDigits(ticks)))).toEqual(['$0.00', '$0.25', '$0.50', '$0.75', '$1.00']);
    expect(usdTick(1250, 0)).toBe('$1.25K');
    expect(usdTick(2_500_000, 0)).toBe('$2.5M');
  });
});
