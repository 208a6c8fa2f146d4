/**
 * Price units as the catalog spells them ("hour", "Hrs", "1M tokens", "GB-Mo") converted to the base
 * units the engine counts in, so a quantity is always expressed in the unit its rate is quoted in.
 */

/** The base units the engine counts in. */
export type BaseUnit = 'hours' | 'seconds' | 'GB' | 'GB-months' | 'GB-seconds' | 'requests' | 'tokens';

const ALIASES: Record<string, BaseUnit> = {
  hour: 'hours',
  hours: 'hours',
  hrs: 'hours',
  hr: 'hours',
  h: 'hours',
  second: 'seconds',
  seconds: 'seconds',
  s: 'seconds',
  gb: 'GB',
  'gb-month': 'GB-months',
  'gb-months': 'GB-months',
  'gb-mo': 'GB-months',
  'gb-second': 'GB-seconds',
  'gb-seconds': 'GB-seconds',
  'gb-s': 'GB-seconds',
  'lambda-gb-second': 'GB-seconds',
  request: 'requests',
  requests: 'requests',
  token: 'tokens',
  tokens: 'tokens',
};

const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** How many base units one catalog unit is ("1M tokens" → 1e6 tokens), or null when it is not that base unit. */
export function unitSize(catalogUnit: string, base: BaseUnit): number | null {
  const m = /^\s*(?:(\d+(?:\.\d+)?)\s*([kmb])?\s+)?(.+?)\s*$/i.exec(catalogUnit);
  if (!m) return null;
  const name = ALIASES[m[3]!.toLowerCase()];
  if (name !== base) return null;
  const n = m[1] ? Number(m[1]) : 1;
  const mult = m[2] ? MULTIPLIERS[m[2].toLowerCase()]! : 1;
  return n * mult;
}
