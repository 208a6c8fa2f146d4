/**
 * EC2 DescribeSpotPriceHistory records → `ec2/<region>/spot/<type>` prices. The API answers per
 * Availability Zone; a design is priced per region, so a type's price is the mean of the latest price
 * in each zone, and the description gives the zone count and range (a fleet in the cheapest zone pays
 * less, one spread over zones about the mean). Only Linux/UNIX records of the region count; a record
 * of unknown shape is skipped and reported, never guessed.
 */
import type { PriceEntry } from '@shared/prices/catalog';
import { priceKeys } from '@shared/prices/keys';
import type { NormalizeOutcome } from './outcome';

/** The fields of the SDK's `SpotPrice` that are read (all optional, as in the SDK). */
export interface SpotPriceRecord {
  AvailabilityZone?: string;
  InstanceType?: string;
  ProductDescription?: string;
  SpotPrice?: string;
  Timestamp?: Date;
}

const INSTANCE_TYPE = /^[a-z0-9-]+\.[a-z0-9]+$/;
const money = (usd: number) => `$${Number(usd.toPrecision(6))}`;

/** The region's spot prices from its history records (`fetchedAt` dates them: spot prices move hourly). */
export function normalizeSpotHistory(
  region: string,
  records: ReadonlyArray<SpotPriceRecord>,
  fetchedAt: string,
): NormalizeOutcome {
  const latest = new Map<string, { type: string; usd: number; at: number }>();
  const outcome: NormalizeOutcome = { entries: [], skipped: [], ignored: 0 };
  for (const r of records) {
    const type = r.InstanceType ?? '';
    const zone = r.AvailabilityZone ?? '';
    const usd = Number(r.SpotPrice);
    const at = r.Timestamp instanceof Date ? r.Timestamp.getTime() : NaN;
    if (r.ProductDescription !== 'Linux/UNIX' || !zone.startsWith(region)) {
      outcome.ignored += 1;
      continue;
    }
    if (!INSTANCE_TYPE.test(type) || !Number.isFinite(usd) || usd <= 0 || !Number.isFinite(at)) {
      outcome.skipped.push({
        reason: `spot price record of unknown shape (${type || '?'}, ${zone}, ${String(r.SpotPrice)})`,
      });
      continue;
    }
    const id = `${type} ${zone}`;
    const held = latest.get(id);
    if (!held || at > held.at) latest.set(id, { type, usd, at });
  }
  const byType = new Map<string, number[]>();
  for (const { type, usd } of latest.values()) byType.set(type, [...(byType.get(type) ?? []), usd]);
  for (const [type, prices] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const mean = prices.reduce((s, p) => s + p, 0) / prices.length;
    const low = Math.min(...prices);
    const high = Math.max(...prices);
    const entry: PriceEntry = {
      key: priceKeys.ec2Spot(region, type),
      usd: Number(mean.toPrecision(12)),
      unit: 'hour',
      source: {
        origin: 'api',
        label: 'AWS EC2 API (DescribeSpotPriceHistory)',
        asOf: fetchedAt.slice(0, 10),
        fetchedAt,
        description:
          prices.length === 1
            ? `Linux/UNIX spot price of ${type} in ${region} when fetched (one Availability Zone; spot prices change hourly)`
            : `Linux/UNIX spot price of ${type} in ${region} when fetched: mean of ${prices.length} Availability Zones, ${money(low)} to ${money(high)} per hour (spot prices change hourly)`,
      },
    };
    outcome.entries.push(entry);
  }
  return outcome;
}
