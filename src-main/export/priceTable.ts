/**
 * The rates the designs use, one row each for the Prices sheet. Lines that use the same rate (same
 * catalog key, same rate, same unit) share a row, so changing that one cell moves every line priced
 * by it. A rate that only exists in a purchase (a commitment, a discount) gets a row of its own.
 */
import type { DesignEstimate, LineItem } from '@shared/domain';
import type { PriceSource } from '@shared/prices/catalog';
import { parseKey } from '@shared/prices/keys';

export interface PriceRow {
  /** The catalog key, or null for a rate from the purchase itself. */
  key: string | null;
  service: string;
  region: string;
  usageType: string;
  unit: string;
  /** null when the price is unavailable. */
  rateUsd: number | null;
  /** Upfront fee of a reservation, per unit reserved, from the catalog. */
  upfrontUsd: number | null;
  /**
   * For a reservation with an upfront fee: the hourly fee and the hours of the term, so the sheet can
   * show the rate as `hourly + upfront / term hours` and an edited upfront reprices the lines too.
   */
  amortized: { hourlyUsd: number; termHours: number } | null;
  source: PriceSource | null;
  /** Why the price is unavailable, or the rule a derived rate follows. */
  note: string;
  /** Names of the designs that use it. */
  usedBy: string[];
}

export interface PriceTable {
  rows: PriceRow[];
  /** For each design, for each line item: the index of its row in `rows`. */
  rowOfLine: number[][];
}

function identity(line: LineItem, design: string): string {
  const key = line.priceKey ?? `purchase:${design}:${line.label}`;
  return `${key}|${line.rateUsd ?? 'unavailable'}|${line.unit}`;
}

/** Splits a catalog key into service, region and usage ("sagemaker/us-east-1/instance/Hosting/ml.c5.xlarge"). */
export function describeKey(
  key: string | null,
  source: PriceSource | null,
  fallbackRegion: string,
): Pick<PriceRow, 'service' | 'region' | 'usageType'> {
  if (key === null)
    return { service: 'purchase', region: fallbackRegion, usageType: source?.usageType ?? 'rate set by the purchase' };
  const parsed = parseKey(key);
  if (!parsed) return { service: key, region: fallbackRegion, usageType: source?.usageType ?? key };
  return {
    service: parsed.plan !== undefined ? `${parsed.service}/${parsed.plan}` : parsed.service,
    region: parsed.region,
    usageType: source?.usageType ?? parsed.rest.join('/'),
  };
}

/** Builds the price rows and the line → row map for a set of estimates. */
export function buildPriceTable(
  estimates: ReadonlyArray<DesignEstimate>,
  priceOfKey: (key: string) => { usd: number; upfrontUsd?: number | undefined } | undefined,
): PriceTable {
  const rows: PriceRow[] = [];
  const index = new Map<string, number>();
  const rowOfLine = estimates.map((e) =>
    e.lineItems.map((line) => {
      const id = identity(line, e.name);
      let i = index.get(id);
      if (i === undefined) {
        i = rows.length;
        index.set(id, i);
        const src = line.priceSource;
        const derived = src?.rule ? `${src.rule}${src.derivedFrom ? ` (from ${src.derivedFrom})` : ''}` : '';
        const kept = src?.notInLatestRefresh
          ? `not in the latest refresh (${src.notInLatestRefresh.slice(0, 10)}): the earlier price, kept with its own date`
          : '';
        const note = line.unavailable ?? [derived, kept].filter(Boolean).join('; ');
        rows.push({
          key: line.priceKey,
          ...describeKey(line.priceKey, src, e.region),
          unit: line.unit,
          rateUsd: line.rateUsd,
          ...reservation(line, priceOfKey),
          source: src,
          note,
          usedBy: [],
        });
      }
      const row = rows[i]!;
      if (!row.usedBy.includes(e.name)) row.usedBy.push(e.name);
      return i;
    }),
  );
  return { rows, rowOfLine };
}

/** Hours in a year of reservation term (AWS: 365 days). */
const HOURS_PER_TERM_YEAR = 8760;

/**
 * The upfront fee (per unit reserved) of a reserved-instance line and how its amortized rate is made,
 * when the rate really is the catalog's hourly fee + upfront / term hours (the engine's rule).
 */
function reservation(
  line: LineItem,
  priceOfKey: (key: string) => { usd: number; upfrontUsd?: number | undefined } | undefined,
): Pick<PriceRow, 'upfrontUsd' | 'amortized'> {
  const none = { upfrontUsd: null, amortized: null };
  if (line.priceKey === null || !line.upfrontUsd || line.rateUsd === null) return none;
  const price = priceOfKey(line.priceKey);
  if (!price?.upfrontUsd) return none;
  const years = /\/reserved\/(\d+)yr\//.exec(line.priceKey);
  if (!years) return { upfrontUsd: price.upfrontUsd, amortized: null };
  const termHours = Number(years[1]) * HOURS_PER_TERM_YEAR;
  const rebuilt = price.usd + price.upfrontUsd / termHours;
  // Only write the rule as a formula when it reproduces the engine's rate (to well under a cent a month).
  const writable = !/e/i.test(String(price.usd)); // a formula cannot hold "1e-7"
  const amortized = writable && Math.abs(rebuilt - line.rateUsd) < 1e-9 ? { hourlyUsd: price.usd, termHours } : null;
  return { upfrontUsd: price.upfrontUsd, amortized };
}
