/**
 * The Prices sheet: every rate any design uses, with where it comes from. Design sheets refer to the
 * Rate column, so a negotiated rate typed here reprices every line that uses it. An unavailable
 * price has an empty rate: typing one in fills the lines that need it.
 */
import type XLSX from 'xlsx';
import type { PriceTable } from '../priceTable';
import { FIXED_SHEETS, sheetRef } from '../sheetNames';
import { address, FORMATS, num, SheetWriter } from '../sheetWriter';

/** Column of the rate, the one design sheets refer to. */
export const RATE_COLUMN = 5;
const HEADERS = [
  'Ref',
  'Price key',
  'Service',
  'Region',
  'Usage type',
  'Rate (USD per unit)',
  'Unit',
  'Upfront (USD)',
  'Source',
  'Origin',
  'As of',
  'User-entered',
  'Note',
  'Used by',
];

/** Builds the sheet; returns the absolute reference of each row's rate cell. */
export function pricesSheet(table: PriceTable, exportedOn: string): { sheet: XLSX.WorkSheet; rateRefs: string[] } {
  const s = new SheetWriter('Prices', [
    `Every rate the designs use, exported ${exportedOn}. Edit a rate in column F to reprice the designs that use it.`,
    'An empty rate is a price InferCalc could not find: enter one to complete the totals.',
  ]);
  const header = s.header(HEADERS);
  const rateRefs = table.rows.map((p, i) => {
    const src = p.source;
    const r = s.row([
      `P${i + 1}`,
      p.key ?? '(set by the purchase)',
      p.service,
      p.region,
      p.usageType,
      p.rateUsd === null ? null : num(p.rateUsd, FORMATS.rate),
      p.unit,
      p.upfrontUsd === null ? null : num(p.upfrontUsd, FORMATS.usd),
      src?.label ?? 'unavailable',
      src?.origin ?? '',
      src?.asOf ?? '',
      src?.origin === 'user' ? 'yes' : 'no',
      p.note,
      p.usedBy.join(', '),
    ]);
    return `${sheetRef(FIXED_SHEETS.prices)}${address(r, RATE_COLUMN, true)}`;
  });
  s.finishTable(header, HEADERS.length);
  return { sheet: s.build(), rateRefs };
}
