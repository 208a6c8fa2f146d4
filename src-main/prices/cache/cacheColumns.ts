/**
 * The groups of a cache file, checked by hand in one pass. A refreshed catalog of every region holds
 * some 30,000 prices in a few thousand groups; a zod object schema per group costs about ten
 * milliseconds at every start, so this check does what that schema did, as strictly (every field's
 * type, no unknown fields, one value per key in every column, every price a USD amount), and names
 * the bad path the same way, e.g. `groups[3].v[17]: expected a price in USD (a number ≥ 0)`.
 *
 * Text columns are one string with a line per price (the parser then makes one string, not
 * thousands); number columns are plain arrays.
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

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf(LINE); i >= 0; i = text.indexOf(LINE, i + 1)) n++;
  return n;
}

/** True when some line of the text is empty (checked on the whole string, without a split). */
function hasEmptyLine(text: string): boolean {
  return text === '' || text.includes(LINE + LINE) || text.startsWith(LINE) || text.endsWith(LINE);
}

/** Checks one group; `at` is its path, e.g. ['groups', 3]. Adds at most one problem per field. */
function checkGroup(
  g: unknown,
  at: Array<string | number>,
  sourceCount: number,
  version: number,
  out: InputProblem[],
): void {
  const add = (field: string | number | undefined, message: string, index?: number) => {
    const path = field === undefined ? at : index === undefined ? [...at, field] : [...at, field, index];
    out.push({ path: formatPath(path), message });
  };
  if (typeof g !== 'object' || g === null || Array.isArray(g)) return add(undefined, 'expected an object');
  const group = g as Record<string, unknown>;
  for (const key in group)
    if (!FIELDS.has(key) || version < (SINCE_VERSION[key] ?? 0))
      add(undefined, `unknown field ${formatPath([...at, key])}`);
  const { s, u, p, k, v, up, t, rcs, utp } = group;
  if (typeof s !== 'number' || !Number.isInteger(s) || s < 0) add('s', 'expected a whole number ≥ 0');
  else if (s >= sourceCount) add('s', `names source ${s}, but there are ${sourceCount}`);
  if (typeof u !== 'string' || u === '') add('u', 'expected a unit');
  if (typeof p !== 'string' || !KEY_PREFIX.test(p))
    add('p', 'expected a key prefix such as "ec2/us-east-1/on-demand/"');
  if (typeof k !== 'string') return add('k', 'expected a string');
  const n = countLines(k);
  if (hasEmptyLine(k) || k.includes('/')) {
    const bad = k.split(LINE).findIndex((x) => x.length === 0 || x.includes('/'));
    add('k', 'expected a key suffix without "/"', bad);
  }
  const numeric: Array<['v' | 'up' | 't', unknown, (x: unknown) => boolean, string]> = [
    ['v', v, isUsd, USD],
    ['up', up, (x) => x === null || isUsd(x), 'expected a price in USD or null'],
    ['t', t, (x) => x === null || isTiers(x), 'expected a list of tiers {from, to, usd} or null'],
  ];
  for (const [column, values, isItem, expected] of numeric) {
    if (values === undefined && column !== 'v') continue;
    if (!Array.isArray(values)) {
      add(column, 'expected an array');
      continue;
    }
    if (values.length !== n) add(column, `has ${values.length} values for ${n} keys`);
    for (let i = 0; i < values.length; i++) {
      if (!isItem(values[i])) {
        add(column, expected, i);
        break;
      }
    }
  }
  for (const column of TEXT_COLUMNS) {
    const text = group[column];
    if (text === undefined) continue;
    if (typeof text !== 'string') {
      add(column, 'expected a string with a line per price');
      continue;
    }
    const lines = countLines(text);
    if (lines !== n) add(column, `has ${lines} lines for ${n} keys`);
  }
  if (rcs !== undefined) {
    if (typeof rcs !== 'string') add('rcs', 'expected a string');
    else if (group['rc'] !== undefined) add('rcs', 'a group has either rate codes (rc) or a rate-code suffix (rcs)');
    else if (typeof group['sku'] !== 'string' || hasEmptyLine(group['sku']))
      add('rcs', 'a rate-code suffix needs a SKU for every price');
  }
  if (utp !== undefined) {
    if (typeof utp !== 'string' || utp.includes(LINE)) add('utp', 'expected a string without line breaks');
    else if (group['ut'] !== undefined) add('utp', 'a group has either usage types (ut) or a usage-type prefix (utp)');
  }
}

/**
 * Checks every group of a file with `sourceCount` sources, written in format `version` (fields newer
 * than it are unknown); returns the first few problems, none when sound.
 */
export function checkGroups(groups: unknown, sourceCount: number, version: number): InputProblem[] {
  if (!Array.isArray(groups)) return [{ path: 'groups', message: 'expected an array' }];
  const out: InputProblem[] = [];
  for (let i = 0; i < groups.length && out.length < 5; i++)
    checkGroup(groups[i], ['groups', i], sourceCount, version, out);
  return out;
}
