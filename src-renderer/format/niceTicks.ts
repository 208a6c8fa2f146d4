/**
 * "Nice" axis ticks: 0, 0.25, 0.5, … or 0, 1, 2, … or 0, 200, 400, …: steps of 1, 2, 2.5 or 5 times
 * a power of ten, so every tick is a round figure (never 0 / 0.3 / 0.5 / 0.8 / 1).
 */

/**
 * Ticks from 0 up to at least `max`, about `count` of them; [0, 1] when there is nothing to show.
 * `integer`: a count (instances), whose ticks are whole numbers.
 */
export function niceTicks(max: number, count = 5, integer = false): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const rough = Math.max(max / Math.max(1, count - 1), integer ? 1 : 0);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough && (!integer || Number.isInteger(s)))!;
  const ticks: number[] = [];
  // Rounded to the step's precision: 0.1 + 0.2 must read 0.3, not 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  for (let i = 0; ticks.length === 0 || ticks[ticks.length - 1]! < max; i++)
    ticks.push(Number((i * step).toFixed(digits)));
  return ticks;
}

/** The ticks for a set of values (nulls and non-finite values ignored). */
export function niceTicksFor(values: Iterable<number | null | undefined>, count = 5, integer = false): number[] {
  let max = 0;
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v) && v > max) max = v;
  return niceTicks(max, count, integer);
}

/** The decimals the ticks need to read exactly (0.25 → 2, 2.5 → 1, 200 → 0). */
export function tickDigits(ticks: ReadonlyArray<number>): number {
  let digits = 0;
  for (const t of ticks) {
    const text = String(t);
    const dot = text.indexOf('.');
    if (dot >= 0 && !text.includes('e')) digits = Math.max(digits, text.length - dot - 1);
  }
  return digits;
}

/** A dollar tick as exact as its step: "$0.25", "$1.25K", "$2.5M". */
export function usdTick(value: number, digits: number): string {
  const compact = Math.abs(value) >= 1000;
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    ...(compact
      ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 }
      : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  }).format(value);
}

/** A plain number tick with the decimals its step needs. */
export function numberTick(value: number, digits: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
