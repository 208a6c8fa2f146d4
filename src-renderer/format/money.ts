/**
 * Numbers as people read them: currency with a precision that suits the size (a $0.0000166667
 * per-GB-second rate needs more decimals than a $12,345 monthly total), counts and percentages.
 * One Intl.NumberFormat per precision, built once: formatting runs for every cell on every change.
 */

const LOCALE = 'en-US';
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, options);
    formatters.set(key, f);
  }
  return f;
}

/** Up to 4 significant digits, at least 2 ("$0.003325", "$0.50"): amounts below what cents show. */
function formatSignificant(value: number): string {
  return formatter('usdSig4', {
    style: 'currency',
    currency: 'USD',
    minimumSignificantDigits: 2,
    maximumSignificantDigits: 4,
  }).format(value);
}

/**
 * A total in US dollars: cents below $1,000, whole dollars above ("$12,345"); an amount under a
 * cent keeps 4 significant digits ("$0.003325") rather than showing as $0.00.
 */
export function formatUsd(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value !== 0 && Math.abs(value) < 0.01) return formatSignificant(value);
  const big = Math.abs(value) >= 1000;
  return formatter(big ? 'usd0' : 'usd2', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: big ? 0 : 2,
    maximumFractionDigits: big ? 0 : 2,
  }).format(value);
}

/**
 * A small computed amount (cost per 1,000 requests, cost per hour): 4 significant digits below $1
 * ("$0.003325", "$0.05441"), so designs can be told apart, and a total's precision from $1 up.
 * Unlike `formatRate`, it does not echo every digit of a price list entry: it is a result, not a price.
 */
export function formatUnitCost(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value !== 0 && Math.abs(value) < 1) return formatSignificant(value);
  return formatUsd(value);
}

/**
 * A unit rate in US dollars with enough significant digits to be exact to the price list:
 * $0.204, $0.0000166667, $1,408.00.
 */
export function formatRate(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0) return '$0';
  if (Math.abs(value) >= 1)
    return formatter('rate2', {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: 2,
      maximumFractionDigits: 4,
    }).format(value);
  return formatter('rateSig', { style: 'currency', currency: 'USD', maximumSignificantDigits: 6 }).format(value);
}

/** A quantity with thousands separators and at most `digits` decimals. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatter(`n${digits}`, { maximumFractionDigits: digits }).format(value);
}

/** A large count in short form: 1.2M, 35K. */
export function formatCompact(value: number): string {
  return formatter('compact', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A share (0..1) as a percentage: 0.125 → "12.5%". */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return formatter(`p${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(share);
}
