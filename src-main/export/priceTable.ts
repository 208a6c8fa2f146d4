/**
 * The rates the designs use, one row each for the Prices sheet. Lines that use the same rate (same
 * catalog key, same rate, same unit) share a row, so changing that one cell moves every line priced
 * by it. A rate that only exists in a purchase (a commitment, a discount) gets a row of its own.
 */
import type { DesignEstimate, LineItem } from '@shared/domain/results';
import type { PriceSource } from '@shared/prices/catalog';

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
  const parts = key.split('/');
  if (parts[0] === 'savings-plans') {
    return {
      service: `savings-plans/${parts[1] ?? ''}`,
      region: parts[2] ?? fallbackRegion,
      usageType: source?.usageType ?? parts.slice(3).join('/'),
    };
  }
  return {
    service: parts[0] ?? key,
    region: parts[1] ?? fallbackRegion,
    usageType: source?.usageType ?? parts.slice(2).join('/'),
  };
}

/** Builds the price rows and the line → row map for a set of estimates. */
export function buildPriceTable(
  estimates: ReadonlyArray<DesignEstimate>,
  upfrontOfKey: (key: string) => number | undefined,
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
        const note =
          line.unavailable ?? (src?.rule ? `${src.rule}${src.derivedFrom ? ` (from ${src.derivedFrom})` : ''}` : '');
        rows.push({
          key: line.priceKey,
          ...describeKey(line.priceKey, src, e.region),
          unit: line.unit,
          rateUsd: line.rateUsd,
          upfrontUsd: line.priceKey !== null && line.upfrontUsd ? (upfrontOfKey(line.priceKey) ?? null) : null,
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
