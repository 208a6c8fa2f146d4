/**
 * The per-price columns of a cache group, checked in one pass. A refreshed catalog of every region
 * holds some 30,000 prices; a zod schema per element, or a JSON string per SKU and description,
 * costs tens of milliseconds at every start. So text columns are stored as one string with a line
 * per price (the parser then makes one string, not thousands) and number columns as plain arrays,
 * and one zod refinement per group checks every element just as strictly, reporting the first bad
 * one with its index, e.g. `groups[3].v[17]: expected a price in USD`.
 */
import { z } from 'zod';

/** Separates the values of a text column. Values never contain it: packing turns line breaks into spaces. */
export const LINE = '\n';

/** The text columns (one line per price; an empty line means the price has none). */
export const TEXT_COLUMNS = ['sku', 'rc', 'ut', 'd', 'df'] as const;

const isUsd = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const TiersSchema = z.array(
  z.strictObject({ from: z.number(), to: z.number().nullable(), usd: z.number().finite().nonnegative() }),
);

/** A group's columns as stored; the schema around it has checked each is a string or an array. */
interface GroupColumns {
  k: string;
  v: unknown[];
  up?: unknown[] | undefined;
  t?: unknown[] | undefined;
  sku?: string | undefined;
  rc?: string | undefined;
  ut?: string | undefined;
  d?: string | undefined;
  df?: string | undefined;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf(LINE); i >= 0; i = text.indexOf(LINE, i + 1)) n++;
  return n;
}

function firstBad(values: unknown[], isItem: (x: unknown) => boolean): number {
  for (let i = 0; i < values.length; i++) if (!isItem(values[i])) return i;
  return -1;
}

/** Adds an issue for every column that is malformed or does not have one value per key. */
export function checkColumns(g: GroupColumns, ctx: z.RefinementCtx): void {
  const n = countLines(g.k);
  // Checked on the whole string (no split when it is sound); the bad line's index only on failure.
  if (g.k === '' || g.k.includes('/') || g.k.includes(LINE + LINE) || g.k.startsWith(LINE) || g.k.endsWith(LINE)) {
    const bad = g.k.split(LINE).findIndex((s) => s.length === 0 || s.includes('/'));
    ctx.addIssue({ code: 'custom', path: ['k', bad], message: 'expected a key suffix without "/"' });
  }
  const numeric: Array<['v' | 'up' | 't', unknown[] | undefined, (x: unknown) => boolean, string]> = [
    ['v', g.v, isUsd, 'expected a price in USD (a number ≥ 0)'],
    ['up', g.up, (x) => x === null || isUsd(x), 'expected a price in USD or null'],
    [
      't',
      g.t,
      (x) => x === null || TiersSchema.safeParse(x).success,
      'expected a list of tiers {from, to, usd} or null',
    ],
  ];
  for (const [column, values, isItem, expected] of numeric) {
    if (values === undefined) continue;
    if (values.length !== n)
      ctx.addIssue({ code: 'custom', path: [column], message: `has ${values.length} values for ${n} keys` });
    const bad = firstBad(values, isItem);
    if (bad >= 0) ctx.addIssue({ code: 'custom', path: [column, bad], message: expected });
  }
  for (const column of TEXT_COLUMNS) {
    const text = g[column];
    if (text === undefined) continue;
    const lines = countLines(text);
    if (lines !== n) ctx.addIssue({ code: 'custom', path: [column], message: `has ${lines} lines for ${n} keys` });
  }
}
