/**
 * Worksheet names that Excel and LibreOffice accept for any design name: at most 31 characters, none
 * of `[ ] : * ? / \`, not starting or ending with an apostrophe, not "History" (Excel reserves it),
 * and unique ignoring case, also against the workbook's fixed sheets.
 */

export const MAX_SHEET_NAME = 31;

/** The sheets every export has, in order. Design sheets come after Prices. */
export const FIXED_SHEETS = {
  summary: 'Summary',
  assumptions: 'Assumptions',
  prices: 'Prices',
  traffic: 'Traffic',
  costCurve: 'Cost vs traffic',
} as const;

// Excel refuses a sheet called History (it keeps it for change tracking).
const RESERVED = ['history'];

/** One name made valid on its own (not yet unique): forbidden characters become spaces, runs collapse. */
export function cleanSheetName(raw: string, fallback: string): string {
  let name = raw
    .replace(/[[\]:*?/\\]/g, ' ')
    // Control characters are not allowed either (and would not survive XML).
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be removed
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  name = name.replace(/^'+/, '').replace(/'+$/, '').trim();
  name = truncate(name, MAX_SHEET_NAME);
  if (name === '' || RESERVED.includes(name.toLowerCase())) return fallback;
  return name;
}

/** Cuts to `max` characters without splitting a surrogate pair, and without ending on an apostrophe or space. */
function truncate(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  return chars
    .slice(0, max)
    .join('')
    .replace(/['\s]+$/, '');
}

/**
 * Names for the design sheets, in order: each valid and unique (case-insensitively) among themselves
 * and against `taken` (the fixed sheets). A clash gets " (2)", " (3)"… with the base cut to fit.
 */
export function designSheetNames(
  designNames: ReadonlyArray<string>,
  taken: ReadonlyArray<string> = Object.values(FIXED_SHEETS),
): string[] {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  return designNames.map((raw, i) => {
    const base = cleanSheetName(raw, `Design ${i + 1}`);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = truncate(base, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** A sheet name as a formula reference prefix: always quoted, apostrophes doubled ('It''s'!A1). */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}
