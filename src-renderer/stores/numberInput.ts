/** Reading numbers typed by a person: what is accepted, and the message next to the field when not. */

export type NumberRule = 'positive' | 'non-negative' | 'positive-integer' | 'non-negative-integer' | 'percent';

/** What every number field of a form declares: its label, unit and rule, and how it reads and writes the value on T. */
export interface NumberField<T> {
  label: string;
  unit: string;
  rule: NumberRule;
  optional?: boolean;
  /** Shown under the field (why it matters, or that it is user-provided). */
  help?: string;
  get(obj: T): number | undefined;
  set(obj: T, value: number | undefined): void;
}

export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false; message: string };

/** Accepts "1200", "1,200", "0.5", " 3 "; an empty field is `undefined` (allowed only when optional). */
export function parseNumberInput(text: string, rule: NumberRule, optional = false): ParsedNumber {
  const trimmed = text.trim().replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (trimmed === '')
    return optional ? { ok: true, value: undefined } : { ok: false, message: 'required: enter a number' };
  const value = Number(trimmed);
  if (!Number.isFinite(value) || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed))
    return { ok: false, message: `"${text.trim()}" is not a number` };
  const integer = rule === 'positive-integer' || rule === 'non-negative-integer';
  if (integer && !Number.isInteger(value)) return { ok: false, message: 'must be a whole number' };
  if ((rule === 'positive' || rule === 'positive-integer') && value <= 0)
    return { ok: false, message: 'must be more than 0' };
  if (value < 0) return { ok: false, message: 'must not be negative' };
  if (rule === 'percent' && value > 100) return { ok: false, message: 'must be at most 100%' };
  return { ok: true, value };
}

/** A number as a field shows it: no exponent, no float noise ("0.30000000000000004" → "0.3"). */
export function numberText(value: number | undefined): string {
  if (value === undefined) return '';
  return String(Number(value.toPrecision(12)));
}
