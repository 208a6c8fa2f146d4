/**
 * Reading numbers typed by a person: the one parser every number field uses (workload, designs,
 * ways to pay, hand-entered rates, the hourly profile's cells), what it accepts, and the message
 * next to the field when it does not.
 */

export type NumberRule = 'positive' | 'non-negative' | 'positive-integer' | 'non-negative-integer' | 'percent';

/** What every number field of a form declares: its label, unit and rule, and how it reads and writes the value on T. */
export interface NumberField<T> {
  label: string;
  unit: string;
  rule: NumberRule;
  optional?: boolean;
  /** The largest value no real workload exceeds (a sanity limit); see fieldLimits.ts. */
  max?: number;
  /** Shown under the field (why it matters, or that it is user-provided). */
  help?: string;
  get(obj: T): number | undefined;
  set(obj: T, value: number | undefined): void;
}

export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false; message: string };

/** What a field tells the parser beyond its rule: the unit (for messages) and its sanity limit. */
export interface NumberOptions {
  unit?: string;
  max?: number;
  /** The user's locale (decides "1,200" versus "1.200"); the browser's by default. */
  locale?: string;
}

const separators = new Map<string | undefined, '.' | ','>();

/** The decimal separator of a locale: "." (en) or "," (de, fr, …); looked up once per locale (per keystroke otherwise). */
export function decimalSeparator(locale?: string): '.' | ',' {
  let sep = separators.get(locale);
  if (sep === undefined) {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    sep = part?.value === ',' ? ',' : '.';
    separators.set(locale, sep);
  }
  return sep;
}

/** Spaces and apostrophes people group thousands with: "2 000", "2 000" (no-break), "2'000". */
const GROUP_SPACE = /[ \u00a0\u202f\u2009'’]/;
const SCIENTIFIC = /^(\d+\.?\d*|\.\d+)e[-+]?\d+$/i;

export type ReadNumber = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads one typed number (no unit, not empty): digits with an optional decimal point or comma,
 * thousands grouped by spaces, apostrophes, commas or dots ("2 000", "1,200", "1.234,5"), an
 * optional sign, or scientific notation ("1e6"). "1,200" is ambiguous: it follows the locale (1200
 * in English, 1.2 in German); "1,5" and "0,250" can only be decimals. Text after the number (a unit,
 * as in "5req/s") is refused with a message saying to type the number alone.
 */
export function readNumber(text: string, options: NumberOptions = {}): ReadNumber {
  const shown = text.trim();
  const sign = /^[-+\u2212]/.test(shown) ? (shown[0] === '+' ? 1 : -1) : 1;
  let body = shown.replace(/^[-+\u2212]\s*/, '');
  const notNumber: ReadNumber = { ok: false, message: `"${shown}" is not a number` };
  // A number, then something that starts like a unit: a letter or a unit sign ("5req/s", "40 KiB", "$3", "5%").
  const unitMatch = /^[\d\s.,'’\u00a0\u202f\u2009]*\d[.,]?\s*([\p{L}/%$€£µ].*)$/u.exec(body);
  if (unitMatch && !SCIENTIFIC.test(body)) {
    const typed = unitMatch[1]!.trim();
    return {
      ok: false,
      message: `type the number alone, without "${typed}"${options.unit ? `: the field is in ${options.unit}` : ''}`,
    };
  }
  if (SCIENTIFIC.test(body)) return { ok: true, value: sign * Number(body) };
  // Thousands grouped by spaces or apostrophes: each group after the first has three digits.
  if (GROUP_SPACE.test(body)) {
    if (!/^\d{1,3}([ \u00a0\u202f\u2009'’]\d{3})+([.,]\d+)?$/.test(body)) return notNumber;
    body = body.replace(new RegExp(GROUP_SPACE.source, 'g'), '');
  }
  const value = readSeparators(body, decimalSeparator(options.locale));
  return value === null ? notNumber : { ok: true, value: sign * value };
}

/** Digits with dots and commas as the text uses them; null when they cannot be a number. */
function readSeparators(body: string, decimal: '.' | ','): number | null {
  if (/^\d+$/.test(body)) return Number(body);
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  const plain = (s: string) => Number(s);
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal separator, the other groups thousands ("1,234.5", "1.234,5").
    const dec = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const group = dec === '.' ? ',' : '.';
    const [whole, fraction, extra] = body.split(dec);
    if (extra !== undefined || !/^\d+$/.test(fraction ?? '') || !groupedThousands(whole!, group)) return null;
    return plain(`${whole!.split(group).join('')}.${fraction}`);
  }
  const sep = dots > 0 ? '.' : ',';
  const count = dots + commas;
  if (count > 1) return groupedThousands(body, sep) ? plain(body.split(sep).join('')) : null;
  const [whole, fraction] = body.split(sep) as [string, string];
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || whole + fraction === '') return null;
  // "1,200" or "1.200": a thousands group or a decimal; the locale decides. "0,250" is a decimal.
  const couldGroup = /^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3;
  if (couldGroup && sep !== decimal) return plain(whole + fraction);
  return plain(`${whole || '0'}.${fraction || '0'}`);
}

/** "1,234,567": groups of three after a first group of one to three digits. */
function groupedThousands(text: string, sep: string): boolean {
  const groups = text.split(sep);
  return /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** A limit as a message writes it: "1,000,000". */
function limitText(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/**
 * Reads a typed field by its rule: "1200", "1,200", "2 000", "0,5", " 3 ". An empty field is
 * `undefined` (allowed only when optional). Messages say what is wrong and what to type instead.
 */
export function parseNumberInput(
  text: string,
  rule: NumberRule,
  optional = false,
  options: NumberOptions = {},
): ParsedNumber {
  if (text.trim() === '')
    return optional ? { ok: true, value: undefined } : { ok: false, message: 'required: enter a number' };
  const read = readNumber(text, options);
  if (!read.ok) return read;
  const { value } = read;
  const integer = rule === 'positive-integer' || rule === 'non-negative-integer';
  if (integer && !Number.isInteger(value)) return { ok: false, message: 'must be a whole number' };
  if ((rule === 'positive' || rule === 'positive-integer') && value <= 0)
    return { ok: false, message: 'must be more than 0' };
  if (value < 0) return { ok: false, message: 'must not be negative' };
  if (rule === 'percent' && value > 100) return { ok: false, message: 'must be at most 100%' };
  if (options.max !== undefined && value > options.max)
    return {
      ok: false,
      message: `${limitText(value)}${options.unit ? ` ${options.unit}` : ''} is more than any real workload has: enter at most ${limitText(options.max)}`,
    };
  return { ok: true, value };
}

/** A number as a field shows it: no exponent, no float noise ("0.30000000000000004" → "0.3"). */
export function numberText(value: number | undefined): string {
  if (value === undefined) return '';
  return String(Number(value.toPrecision(12)));
}

/** Reads a field's text by the field's own rule, unit and limit (the one call every form store makes). */
export function parseField<T>(field: NumberField<T>, text: string): ParsedNumber {
  return parseNumberInput(text, field.rule, field.optional, { unit: field.unit, max: field.max });
}
