// Money as people read it: small amounts keep a few significant digits, never a long tail or $0.00.
import { describe, expect, it } from 'vitest';
import { formatRate, formatUnitCost, formatUsd } from '../../../src-renderer/format/money';

describe('money formats', () => {
  it('cost per 1,000 requests and per hour: 4 significant digits below $1', () => {
    expect(formatUnitCost(0.00332501)).toBe('$0.003325');
    expect(formatUnitCost(0.0544123)).toBe('$0.05441');
    expect(formatUnitCost(0.5)).toBe('$0.50');
    expect(formatUnitCost(0.2)).toBe('$0.20');
    expect(formatUnitCost(12.3456)).toBe('$12.35');
    expect(formatUnitCost(12345.6)).toBe('$12,346');
    expect(formatUnitCost(0)).toBe('$0.00');
    expect(formatUnitCost(null)).toBe('—');
  });

  it('totals: cents, whole dollars from $1,000, and sub-cent amounts not shown as $0.00', () => {
    expect(formatUsd(218.084)).toBe('$218.08');
    expect(formatUsd(14600)).toBe('$14,600');
    expect(formatUsd(0.0034)).toBe('$0.0034');
    expect(formatUsd(0.000012345)).toBe('$0.00001235');
    expect(formatUsd(0)).toBe('$0.00');
  });

  it('price-list rates keep their digits', () => {
    expect(formatRate(0.0000166667)).toBe('$0.0000166667');
    expect(formatRate(0.204)).toBe('$0.204');
  });
});
