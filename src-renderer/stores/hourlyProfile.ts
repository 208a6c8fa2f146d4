/**
 * The hourly traffic profile as typed or pasted: a column copied from a spreadsheet (one value per
 * line), a row (tab separated), or a comma/semicolon/space separated list. 24 values describe a
 * typical day, 168 a typical week starting Monday 00:00, as the project file stores them.
 */

import { WORKLOAD_LIMITS } from './fieldLimits';
import { readNumber } from './numberInput';

/** A parsed profile; `note` says what was left out (a header cell). */
export type ParsedProfile = { ok: true; values: number[]; note?: string } | { ok: false; message: string };

/** A cell with letters and no digit ("req/s", "Requests per second"): a column's header, not a value. */
const HEADER = /^[^\d]*\p{L}[^\d]*$/u;

/** The text without a header (the first line of a column, or the first cell of a row), and the header. */
function withoutHeader(text: string): { text: string; header: string | null } {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { text, header: null };
  const line = lines[first]!.trim();
  if (HEADER.test(line)) return { text: lines.slice(first + 1).join('\n'), header: line };
  const cell = line.split('\t')[0]!.trim();
  if (line.includes('\t') && HEADER.test(cell)) {
    lines[first] = line.slice(line.indexOf('\t') + 1);
    return { text: lines.join('\n'), header: cell };
  }
  return { text, header: null };
}

/** The largest hourly rate taken: the same limit as the preset's traffic rate. */
const MAX_HOURLY_RPS = WORKLOAD_LIMITS.requestsPerSecond;

/** A number written with a decimal comma ("1,5", "-0,25"): no dot, one comma, digits on both sides. */
const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;
/** Could be a thousands separator as well ("1,200"): the column is ambiguous. */
const THOUSANDS_LIKE = /^[-+]?\d{1,3},\d{3}$/;

/**
 * The cells of a pasted profile. A column or row from a spreadsheet in a decimal-comma locale
 * ("1,5" on each line) is read with the commas as decimal points when the values are separated by
 * newlines or tabs; split on every comma it would double the count and the message would not say why.
 */
function profileCells(text: string): { cells: string[] } | { message: string } {
  const byLineOrTab = text
    .split(/[\r\n\t]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (byLineOrTab.length > 1 && byLineOrTab.some((c) => c.includes(','))) {
    const commaOrInteger = byLineOrTab.every((c) => DECIMAL_COMMA.test(c) || /^[-+]?\d+$/.test(c));
    if (commaOrInteger) {
      const withComma = byLineOrTab.filter((c) => c.includes(','));
      if (withComma.every((c) => THOUSANDS_LIKE.test(c)))
        return {
          message: `"${withComma[0]}" could be a thousands separator or a decimal comma: write decimals with a dot (1.5) and no thousands separators`,
        };
      return { cells: byLineOrTab.map((c) => c.replace(',', '.')) };
    }
  }
  // One number per line or tab cell, written as a field would take it ("2 000", "1e3").
  if (byLineOrTab.length > 1 && byLineOrTab.every((c) => readNumber(c, { locale: 'en-US' }).ok))
    return { cells: byLineOrTab };
  return {
    cells: text
      .split(/[\s,;]+/)
      .map((c) => c.trim())
      .filter((c) => c !== ''),
  };
}

/** Parses a pasted or typed profile; the message says which value is wrong and why. */
export function parseHourlyProfile(typed: string): ParsedProfile {
  const { text, header } = withoutHeader(typed);
  const split = profileCells(text);
  if ('message' in split) return { ok: false, message: split.message };
  const { cells } = split;
  if (cells.length === 0) return { ok: false, message: 'enter 24 or 168 hourly values (requests per second)' };
  const values: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const read = readNumber(cell, { locale: 'en-US' });
    if (!read.ok) return { ok: false, message: `value ${i + 1} ("${cell}") is not a number` };
    const v = read.value;
    if (v > MAX_HOURLY_RPS)
      return {
        ok: false,
        message: `value ${i + 1} (${cell}) is more than any real workload has: at most ${MAX_HOURLY_RPS.toLocaleString('en-US')} requests/s`,
      };
    if (v < 0) return { ok: false, message: `value ${i + 1} (${cell}) is negative` };
    values.push(v);
  }
  if (values.length !== 24 && values.length !== 168) {
    // "1,5 2,5 ..." typed on one line: the commas split each value in two (a plain "1,2,3" list is not this).
    const hint =
      /\d,\d/.test(text) && /[\s;]/.test(text.trim())
        ? ': looks like decimal commas ("1,5"); write decimals with a dot (1.5)'
        : '';
    return { ok: false, message: `expected 24 or 168 hourly values, got ${values.length}${hint}` };
  }
  if (values.every((v) => v === 0)) return { ok: false, message: 'the profile has no traffic in any hour' };
  return header === null ? { ok: true, values } : { ok: true, values, note: `Skipped the header "${header}".` };
}

/** The profile as the text box shows it: one value per line, like a spreadsheet column. */
export function profileText(values: ReadonlyArray<number>): string {
  return values.map((v) => String(Number(v.toPrecision(6)))).join('\n');
}
