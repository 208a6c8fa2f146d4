/** Dates of price data. Freshness itself (as-of, staleness) is decided once, in src-shared/prices/freshness.ts. */
export { daysBetween } from '@shared/prices/freshness';

/** Today's date, ISO yyyy-mm-dd, in UTC (price data dates are UTC). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
