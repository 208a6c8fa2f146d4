/**
 * The public spot price feed behind AWS's EC2 Spot pricing page (`spot.json`):
 * `{ vers, config: { rate: 'perhr', valueColumns: ['linux', 'mswin'], currencies: ['USD'], regions:
 * [{ region: 'us-east-1', instanceTypes: [{ type, sizes: [{ size: 'm6i.xlarge', valueColumns:
 * [{ name: 'linux', prices: { USD: '0.0323' } }, ...] }] }] }] } }`. Linux prices of the regions
 * asked for become `ec2/<region>/spot/<type>` prices, current as of the fetch (the feed carries no
 * date, and spot prices move hourly: the label says so). "N/A" and other non-numbers are skipped.
 */
import type { PriceEntry } from '@shared/prices/catalog';
import { priceKeys } from '@shared/prices/keys';
import type { SkippedItem } from '../../normalize/outcome';
import { SelectiveReader } from './selectiveReader';

export const DEFAULT_SPOT_FEED_URL = 'https://website.spot.ec2.aws.a2z.com/spot.json';

interface SpotRegion {
  region?: unknown;
  instanceTypes?: Array<{ sizes?: Array<{ size?: unknown; valueColumns?: unknown }> }>;
}

/** Collects the spot prices of some regions from the feed's tokens. */
export class SpotFeedCollector {
  readonly entries: PriceEntry[] = [];
  readonly skipped: SkippedItem[] = [];
  readonly regionsSeen = new Set<string>();
  readonly reader: SelectiveReader;

  constructor(
    private readonly regions: ReadonlySet<string>,
    private readonly fetchedAt: string,
  ) {
    this.reader = new SelectiveReader(
      (p) =>
        p.length === 0 || (p.length === 1 && p[0] === 'config') || (p.length === 2 && p[1] === 'regions')
          ? 'descend'
          : p.length === 3 && p[1] === 'regions'
            ? 'assemble'
            : 'skip',
      (_p, value) => this.addRegion(value as SpotRegion),
    );
  }

  private addRegion(r: SpotRegion): void {
    const region = typeof r?.region === 'string' ? r.region : '';
    this.regionsSeen.add(region);
    if (!this.regions.has(region)) return;
    for (const group of Array.isArray(r.instanceTypes) ? r.instanceTypes : []) {
      for (const s of Array.isArray(group?.sizes) ? group.sizes : []) {
        const type = typeof s?.size === 'string' ? s.size : '';
        const columns = Array.isArray(s?.valueColumns) ? (s.valueColumns as unknown[]) : [];
        const linux = columns.find((c) => (c as { name?: unknown })?.name === 'linux') as
          { prices?: { USD?: unknown } } | undefined;
        const text = linux?.prices?.USD;
        const usd = typeof text === 'string' ? Number(text) : NaN;
        if (!/^[a-z0-9-]+\.[a-z0-9]+$/.test(type)) {
          this.skipped.push({ reason: `spot feed entry without an instance type in ${region}` });
          continue;
        }
        if (!Number.isFinite(usd) || usd <= 0) continue; // "N/A*": not offered as spot there
        this.entries.push({
          key: priceKeys.ec2Spot(region, type),
          usd,
          unit: 'hour',
          source: {
            origin: 'api',
            label: 'AWS EC2 Spot pricing feed',
            asOf: this.fetchedAt.slice(0, 10),
            fetchedAt: this.fetchedAt,
            description: `Linux spot price of ${type} in ${region} when fetched (spot prices change hourly)`,
          },
        });
      }
    }
  }
}
