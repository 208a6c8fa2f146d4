/** Dates of price data: how old an as-of date is, and when prices count as stale. */

/** Prices older than this many days get a stale warning: AWS changes prices a few times a year. */
export const STALE_AFTER_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from the ISO date `asOf` to `today` (ISO yyyy-mm-dd); null when either is not a date. */
export function daysBetween(asOf: string, today: string): number | null {
  const a = Date.parse(asOf.slice(0, 10));
  const b = Date.parse(today.slice(0, 10));
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.floor((b - a) / DAY_MS);
}

/** True when the as-of date is more than STALE_AFTER_DAYS before today. */
export function isStale(asOf: string, today: string): boolean {
  const days = daysBetween(asOf, today);
  return days !== null && days > STALE_AFTER_DAYS;
}

/** Today's date, ISO yyyy-mm-dd, in UTC (price data dates are UTC). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
