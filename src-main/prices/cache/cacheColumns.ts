/**
 * The groups of a cache file, checked by hand in one pass. A refreshed catalog of every region holds
 * some 30,000 prices in a few thousand groups; a zod object schema per group costs about ten
 * milliseconds at every start, so this check does what that schema did, as strictly (every field's
 * type, no unknown fields, one value per key in every column, every price a USD amount), and names
 * the bad path the same way, e.g. `groups[3].v[17]: expected a price in USD (a number ≥ 0)`.
 *
 * Text columns are one string with a line per price (the parser then makes one string, not
 * thousands); number columns are plain arrays. The check splits text columns to count their lines and
 * hands the lines on, so a start splits each column once (in a builtin, not a loop of ours).
 */
import type { PriceTier } from '@shared/prices/catalog';
import type { InputProblem } from '@shared/validation';
import { formatPath } from '@shared/validation';

/** Separates the values of a text column. Values never contain it: packing turns line breaks into spaces. */
export const LINE = '\n';

/** The text columns (one line per price; an empty line means the price has none). */
export const TEXT_COLUMNS = ['sku', 'rc', 'ut', 'd', 'df'] as const;

/**
 * A key prefix names its service and region (every key the builders make has at least one more
 * segment after the region), so freshness can be counted per group without looking at each key.
 */
export const KEY_PREFIX =
  /^(?:(?:sagemaker|ec2|lambda|bedrock|eks)\/[a-z0-9-]+\/|savings-plans\/[a-z0-9-]+\/[a-z0-9-]+\/)(?:[^/]+\/)*$/;

/** One group: prices sharing a source, a unit and a key prefix, as parallel columns. */
export interface CacheGroup {
  /** Index into `sources`. */
  s: number;
  /** Unit of every price in the group. */
  u: string;
  /** Key prefix including the trailing '/'. */
  p: string;
  /** Key suffixes (the part after the prefix), one per line. */
  k: string;
  /** USD per unit (the first tier for tiered prices). */
  v: number[];
  /** SKUs, rate codes, usage types, descriptions, derivedFrom keys: one line per price. */
  sku?: string;
  rc?: string;
  /**
   * Instead of `rc` when every price has a SKU and its rate code is the SKU followed by this text
   * (`${sku}.${offerTermCode}.${rateCode}` in Price List data, the same term for a whole group).
   */
  rcs?: string;
  ut?: string;
  /**
   * Instead of `ut` when every price's usage type is this text followed by its key suffix (Price
   * List usage types end in the instance type the key ends in, e.g. `USE1-BoxUsage:` + `g5.xlarge`).
   */
  utp?: string;
  d?: string;
  df?: string;
  /** Upfront fees, or null. */
  up?: Array<number | null>;
  /** Tiers, or null. */
  t?: Array<PriceTier[] | null>;
}

const FIELDS = new Set(['s', 'u', 'p', 'k', 'v', 'sku', 'rc', 'rcs', 'ut', 'utp', 'd', 'df', 'up', 't']);
/** The first file version with each field that older versions lack. */
const SINCE_VERSION: Readonly<Record<string, number>> = { rcs: 3, utp: 4 };
const USD = 'expected a price in USD (a number ≥ 0)';

function isUsd(x: unknown): boolean {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

function isTiers(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (const tier of x as unknown[]) {
    if (typeof tier !== 'object' || tier === null || Array.isArray(tier)) return false;
    const { from, to, usd, ...rest } = tier as Record<string, unknown>;
    if (Object.keys(rest).length > 0) return false;
    if (typeof from !== 'number' || !Number.isFinite(from)) return false;
    if (to !== null && (typeof to !== 'number' || !Number.isFinite(to))) return false;
    if (!isUsd(usd)) return false;
  }
  return true;
}

/**
 * A checked group's text columns split into lines (one per price; '' where a price has none). The
 * check splits them anyway to count lines, so unpacking reuses these instead of splitting again.
 */
export type GroupLines = { k: string[] } & Partial<Record<(typeof TEXT_COLUMNS)[number], string[]>>;

/** The index of the first item that fails, or -1 (a plain loop: this runs over every price at start). */
function firstBad(values: unknown[], column: 'v' | 'up' | 't'): number {
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    const ok = column === 'v' ? isUsd(x) : x === null || (column === 'up' ? isUsd(x) : isTiers(x));
    if (!ok) return i;
  }
  return -1;
}

const EXPECTED = {
  v: USD,
  up: 'expected a price in USD or null',
  t: 'expected a list of tiers {from, to, usd} or null',
} as const;

/**
 * Checks one group; `at` is its path, e.g. ['groups', 3]. Adds at most one problem per field.
 * Returns its text columns as lines when it has keys to count them by.
 */
function checkGroup(
  g: unknown,
  at: Array<string | number>,
  sourceCount: number,
  version: number,
  out: InputProblem[],
): GroupLines | undefined {
  const add = (field: string | number | undefined, message: string, index?: number) => {
    const path = field === undefined ? at : index === undefined ? [...at, field] : [...at, field, index];
    out.push({ path: formatPath(path), message });
  };
  if (typeof g !== 'object' || g === null || Array.isArray(g)) {
    add(undefined, 'expected an object');
    return undefined;
  }
  const group = g as Record<string, unknown>;
  for (const key in group)
    if (!FIELDS.has(key) || version < (SINCE_VERSION[key] ?? 0))
      add(undefined, `unknown field ${formatPath([...at, key])}`);
  const { s, u, p, k, rcs, utp } = group;
  if (typeof s !== 'number' || !Number.isInteger(s) || s < 0) add('s', 'expected a whole number ≥ 0');
  else if (s >= sourceCount) add('s', `names source ${s}, but there are ${sourceCount}`);
  if (typeof u !== 'string' || u === '') add('u', 'expected a unit');
  if (typeof p !== 'string' || !KEY_PREFIX.test(p))
    add('p', 'expected a key prefix such as "ec2/us-east-1/on-demand/"');
  if (typeof k !== 'string') {
    add('k', 'expected a string');
    return undefined;
  }
  const keys = k.split(LINE);
  const n = keys.length;
  // Array includes is a builtin scan; a price with no key suffix is an empty line.
  if (keys.includes('') || k.includes('/')) {
    const bad = keys.findIndex((x) => x.length === 0 || x.includes('/'));
    add('k', 'expected a key suffix without "/"', bad);
  }
  for (const column of ['v', 'up', 't'] as const) {
    const values = group[column];
    if (values === undefined && column !== 'v') continue;
    if (!Array.isArray(values)) {
      add(column, 'expected an array');
      continue;
    }
    if (values.length !== n) add(column, `has ${values.length} values for ${n} keys`);
    const bad = firstBad(values, column);
    if (bad >= 0) add(column, EXPECTED[column], bad);
  }
  const lines: GroupLines = { k: keys };
  for (const column of TEXT_COLUMNS) {
    const text = group[column];
    if (text === undefined) continue;
    if (typeof text !== 'string') {
      add(column, 'expected a string with a line per price');
      continue;
    }
    const split = text.split(LINE);
    if (split.length !== n) add(column, `has ${split.length} lines for ${n} keys`);
    lines[column] = split;
  }
  if (rcs !== undefined) {
    if (typeof rcs !== 'string') add('rcs', 'expected a string');
    else if (group['rc'] !== undefined) add('rcs', 'a group has either rate codes (rc) or a rate-code suffix (rcs)');
    else if (lines.sku === undefined || lines.sku.includes(''))
      add('rcs', 'a rate-code suffix needs a SKU for every price');
  }
  if (utp !== undefined) {
    if (typeof utp !== 'string' || utp.includes(LINE)) add('utp', 'expected a string without line breaks');
    else if (group['ut'] !== undefined) add('utp', 'a group has either usage types (ut) or a usage-type prefix (utp)');
  }
  return lines;
}

/** What the check of a file's groups found: problems (none when sound) and, when sound, every group's lines. */
export interface GroupsCheck {
  problems: InputProblem[];
  lines: GroupLines[];
}

/**
 * Checks every group of a file with `sourceCount` sources, written in format `version` (fields newer
 * than it are unknown); stops after the first few problems.
 */
export function checkGroups(groups: unknown, sourceCount: number, version: number): GroupsCheck {
  if (!Array.isArray(groups)) return { problems: [{ path: 'groups', message: 'expected an array' }], lines: [] };
  const problems: InputProblem[] = [];
  const lines: GroupLines[] = [];
  for (let i = 0; i < groups.length && problems.length < 5; i++) {
    const checked = checkGroup(groups[i], ['groups', i], sourceCount, version, problems);
    if (checked) lines.push(checked);
  }
  return { problems, lines };
}
