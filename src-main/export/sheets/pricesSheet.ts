/**
 * The Prices sheet: every rate any design uses, with where it comes from. Design sheets refer to the
 * Rate column, so a negotiated rate typed here reprices every line that uses it. An unavailable
 * price has an empty rate: typing one in fills the lines that need it.
 */
import type XLSX from 'xlsx';
import { asOfDate } from '@shared/prices/freshness';
import { sourceInWords } from '@shared/prices/provenance';
import type { PriceRow, PriceTable } from '../priceTable';
import { FIXED_SHEETS, sheetRef } from '../sheetNames';
import { address, formula, FORMATS, num, SheetWriter, type CellInput } from '../sheetWriter';

/** Column of the rate, the one design sheets refer to. */
export const RATE_COLUMN = 5;
/** Column of a reservation's upfront fee per unit reserved, which design sheets' upfront amounts refer to. */
export const UPFRONT_COLUMN = 7;
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
  'Source detail',
];

/** Where the design sheets find a row's figures (absolute references with the sheet name). */
export interface PriceRefs {
  /** The rate cell of each row. */
  rateRefs: string[];
  /** The upfront fee cell of each row that has one (null otherwise). */
  upfrontRefs: Array<string | null>;
}

/** Builds the sheet; returns where each row's rate and upfront fee are. */
export function pricesSheet(table: PriceTable, exportedOn: string): PriceRefs & { sheet: XLSX.WorkSheet } {
  const s = new SheetWriter('Prices', [
    `Every rate the designs use, exported ${exportedOn}. Edit a rate in column F to reprice the designs that use it.`,
    'An empty rate is a price InferCalc could not find: enter one to complete the totals.',
    'A reservation’s upfront fee (column H, per instance) feeds its upfront totals and its amortized hourly rate.',
  ]);
  const header = s.header(HEADERS);
  const at = (r: number, c: number) => `${sheetRef(FIXED_SHEETS.prices)}${address(r, c, true)}`;
  const upfrontRefs: Array<string | null> = [];
  const rateRefs = table.rows.map((p, i) => {
    const src = p.source;
    const words = src ? sourceInWords(src) : null;
    const r = s.next;
    s.row([
      `P${i + 1}`,
      p.key ?? '(set by the purchase)',
      p.service,
      p.region,
      p.usageType,
      rateCell(p, address(r, UPFRONT_COLUMN)),
      p.unit,
      p.upfrontUsd === null ? null : num(p.upfrontUsd, FORMATS.usd),
      words?.text ?? 'unavailable',
      src?.origin ?? '',
      src ? asOfDate(src) : '',
      src?.origin === 'user' ? 'yes' : 'no',
      p.note,
      p.usedBy.join(', '),
      words?.detail ?? '',
    ]);
    upfrontRefs.push(p.upfrontUsd === null ? null : at(r, UPFRONT_COLUMN));
    return at(r, RATE_COLUMN);
  });
  s.finishTable(header, HEADERS.length);
  return { sheet: s.build(), rateRefs, upfrontRefs };
}

/** The rate: a number, or for a reservation with an upfront fee `hourly + upfront / term hours` over column H. */
function rateCell(p: PriceRow, upfront: string): CellInput {
  if (p.rateUsd === null) return null;
  if (!p.amortized) return num(p.rateUsd, FORMATS.rate);
  return formula(`${p.amortized.hourlyUsd}+${upfront}/${p.amortized.termHours}`, p.rateUsd, FORMATS.rate);
}
