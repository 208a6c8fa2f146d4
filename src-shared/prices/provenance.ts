/**
 * Where a price comes from, in words a user trusts ("AWS Price List API, fetched 2026-12-01"), with
 * the technical detail (file, commit, SKU, rate code, rule) kept apart for a tooltip, a details row
 * or the workbook's Prices sheet. One function, so the UI, the CLI and the workbook say the same.
 */
import type { PriceSource } from './catalog';
import { asOfDate } from './freshness';

/** A source in words, and its detail. */
export interface SourceInWords {
  /** One short line: who published the price and when. */
  text: string;
  /** Everything else that traces it (file and commit, SKU, rate code, usage type, rule), "; "-separated. */
  detail: string;
}

/** The publisher part of a label: what precedes a ", fetched"/"(…)" tail, unchanged otherwise. */
function publisher(label: string): string {
  return label.replace(/\s*\(.*\)\s*$/, '').trim();
}

/** The main words for a source's origin, without any derivation. */
function originWords(s: PriceSource): string {
  const date = asOfDate(s);
  if (s.origin === 'user') return `${publisher(s.label) || 'user-provided'}, entered ${s.asOf}`;
  if (s.origin === 'api' || s.fetchedAt) {
    // Public price list files state their own publication date; API answers are dated by the fetch.
    if (/public price list/i.test(s.label)) return `${publisher(s.label)}, published ${s.asOf}`;
    return `${publisher(s.label)}, fetched ${date}`;
  }
  // Built-in labels already say "built-in prices: public AWS data collected <date> by <project>".
  return /^built-in prices/i.test(s.label) ? s.label : `built-in prices: ${s.label}, as of ${s.asOf}`;
}

/** The source of a price in words, with its detail (see the file comment). */
export function sourceInWords(s: PriceSource): SourceInWords {
  let text = originWords(s);
  if (s.origin === 'derived' && s.rule) text = `${text}; derived: ${s.rule}`;
  if (s.notInLatestRefresh) text = `${text}; not in the latest refresh (${s.notInLatestRefresh.slice(0, 10)})`;
  const detail: string[] = [];
  if (s.detail) detail.push(s.detail);
  if (s.description) detail.push(s.description);
  if (s.sku) detail.push(`SKU ${s.sku}`);
  if (s.rateCode) detail.push(`rate code ${s.rateCode}`);
  if (s.usageType) detail.push(`usage type ${s.usageType}`);
  if (s.derivedFrom) detail.push(`derived from ${s.derivedFrom}`);
  if (s.fetchedAt && s.origin !== 'user') detail.push(`effective ${s.asOf}, fetched ${s.fetchedAt}`);
  return { text, detail: detail.join('; ') };
}
