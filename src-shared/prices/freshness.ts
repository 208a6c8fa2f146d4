/**
 * The one freshness rule, used by main (status, CLI), the renderer (header, prices bar, line items)
 * and the workbook, so every screen shows the same as-of date and the same verdict.
 *
 * - The as-of date of a price is the day it was last known true: the fetch day for prices fetched
 *   from AWS, else the date its source states (a built-in file's collection date, the day a rate was
 *   entered by hand).
 * - Fetched prices are stale when their as-of date is more than STALE_AFTER_DAYS before today: a
 *   refresh brings them back.
 * - Built-in prices are never called stale one by one: they are as old as the app's data, which is
 *   said once with their date, with a refresh offered.
 */
import type { PriceOrigin } from './catalog';

/** Fetched prices older than this many days are stale (AWS changes list prices a few times a year). */
export const STALE_AFTER_DAYS = 30;

const DAY_MS = 86_400_000;

/** What freshness reads from a price source or a coverage row. */
export interface Dated {
  origin: PriceOrigin;
  asOf: string;
  fetchedAt?: string | undefined;
}

/** The verdict for one price or one service/region set of prices. */
export interface Freshness {
  /** ISO yyyy-mm-dd: the day the price was last known true. */
  asOf: string;
  /** Whole days from `asOf` to today (0 when in the future or undated). */
  ageDays: number;
  /** 'fetched' from AWS, 'built-in' (shipped with the app), or 'entered' by hand. */
  kind: 'fetched' | 'built-in' | 'entered';
  /** True only for fetched prices older than STALE_AFTER_DAYS. */
  stale: boolean;
}

/** The as-of date of a price or a row: the fetch day when fetched, else the stated as-of. */
export function asOfDate(d: Dated): string {
  return (d.fetchedAt ?? d.asOf).slice(0, 10);
}

/** Whole days from the ISO date `from` to `today`; null when either is not a date. */
export function daysBetween(from: string, today: string): number | null {
  const a = Date.parse(from.slice(0, 10));
  const b = Date.parse(today.slice(0, 10));
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.floor((b - a) / DAY_MS);
}

/** Freshness of one price or row as of `today` (ISO date or timestamp), by the rule above. */
export function freshnessOf(d: Dated, today: string, staleAfterDays: number = STALE_AFTER_DAYS): Freshness {
  const asOf = asOfDate(d);
  const ageDays = Math.max(0, daysBetween(asOf, today) ?? 0);
  const kind = d.origin === 'api' || d.fetchedAt ? 'fetched' : d.origin === 'user' ? 'entered' : 'built-in';
  return { asOf, ageDays, kind, stale: kind === 'fetched' && ageDays > staleAfterDays };
}

/** The oldest as-of date among rows (what a set of prices is "as of"), or undefined for none. */
export function oldestAsOf(rows: ReadonlyArray<Dated>): string | undefined {
  let oldest: string | undefined;
  for (const r of rows) {
    const d = asOfDate(r);
    if (oldest === undefined || d < oldest) oldest = d;
  }
  return oldest;
}

/** The newest as-of date among rows, or undefined for none. */
export function newestAsOf(rows: ReadonlyArray<Dated>): string | undefined {
  let newest: string | undefined;
  for (const r of rows) {
    const d = asOfDate(r);
    if (newest === undefined || d > newest) newest = d;
  }
  return newest;
}

/** The summary of a set of rows, in words, the same in the header, the prices bar, the CLI and the workbook. */
export interface FreshnessSummary {
  /** e.g. "Built-in prices, public AWS data from 2025-06-13 to 2026-08-17" or "AWS prices fetched 2026-12-01". */
  text: string;
  asOf: string | undefined;
  /** Rows fetched from AWS whose age passed the limit. */
  staleCount: number;
  /** Rows still on built-in prices (never fetched). */
  builtInCount: number;
  /** True when a refresh would bring newer prices (built-in rows, or stale fetched rows). */
  refreshSuggested: boolean;
}

/** Summarises rows (for example every service/region a project uses) with the rule above. */
export function summarizeFreshness(
  rows: ReadonlyArray<Dated>,
  today: string,
  staleAfterDays: number = STALE_AFTER_DAYS,
): FreshnessSummary {
  const verdicts = rows.map((r) => freshnessOf(r, today, staleAfterDays));
  const builtIn = rows.filter((_, i) => verdicts[i]!.kind === 'built-in');
  const fetched = rows.filter((_, i) => verdicts[i]!.kind === 'fetched');
  const staleCount = verdicts.filter((v) => v.stale).length;
  const asOf = oldestAsOf(rows);
  const parts: string[] = [];
  if (fetched.length > 0) {
    const from = oldestAsOf(fetched)!;
    const to = newestAsOf(fetched)!;
    parts.push(`AWS prices fetched ${from === to ? from : `${from} to ${to}`}`);
  }
  if (builtIn.length > 0) {
    const from = oldestAsOf(builtIn)!;
    const to = newestAsOf(builtIn)!;
    parts.push(`built-in prices, public AWS data from ${from === to ? from : `${from} to ${to}`}`);
  }
  const text = parts.length > 0 ? parts.join('; ') : 'no prices loaded';
  return {
    text: text.charAt(0).toUpperCase() + text.slice(1),
    asOf,
    staleCount,
    builtInCount: builtIn.length,
    refreshSuggested: builtIn.length > 0 || staleCount > 0,
  };
}
