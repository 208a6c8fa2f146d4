/**
 * The hourly traffic profile as typed or pasted: a column copied from a spreadsheet (one value per
 * line), a row (tab separated), or a comma/semicolon/space separated list. 24 values describe a
 * typical day, 168 a typical week starting Monday 00:00 (SPEC §3.1).
 */

export type ParsedProfile = { ok: true; values: number[] } | { ok: false; message: string };

/** Parses a pasted or typed profile; the message says which value is wrong and why. */
export function parseHourlyProfile(text: string): ParsedProfile {
  const cells = text
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (cells.length === 0) return { ok: false, message: 'enter 24 or 168 hourly values (requests per second)' };
  const values: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const v = Number(cell);
    if (!Number.isFinite(v) || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cell))
      return { ok: false, message: `value ${i + 1} ("${cell}") is not a number` };
    if (v < 0) return { ok: false, message: `value ${i + 1} (${cell}) is negative` };
    values.push(v);
  }
  if (values.length !== 24 && values.length !== 168)
    return { ok: false, message: `expected 24 or 168 hourly values, got ${values.length}` };
  if (values.every((v) => v === 0)) return { ok: false, message: 'the profile has no traffic in any hour' };
  return { ok: true, values };
}

/** The profile as the text box shows it: one value per line, like a spreadsheet column. */
export function profileText(values: ReadonlyArray<number>): string {
  return values.map((v) => String(Number(v.toPrecision(6)))).join('\n');
}
