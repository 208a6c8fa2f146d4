/**
 * Spot estimates from the AWS Spot Instance Advisor feed. The feed has typical savings below
 * on-demand and an interruption-frequency band per region and type, not prices: an estimate is
 * on-demand × (1 − savings), labelled an estimate with its band, and derived from the on-demand key.
 */
import type { PriceEntry } from '@shared/prices/catalog';
import { priceKeys } from '@shared/prices/keys';
import { fileSource, SOURCE_FILES, type SourceTexts } from './sourceFiles';

interface SpotAdvisorFeed {
  ranges: Array<{ index: number; label: string }>;
  spot_advisor: Record<string, Record<string, Record<string, { s: number; r: number }>>>;
}

function parseFeed(text: string): SpotAdvisorFeed {
  const feed = JSON.parse(text) as SpotAdvisorFeed;
  if (!Array.isArray(feed.ranges) || typeof feed.spot_advisor !== 'object')
    throw new Error(`price source ${SOURCE_FILES.spotAdvisor.file}: expected ranges and spot_advisor`);
  return feed;
}

/** Spot estimates for every Linux type and region where both the feed and an on-demand price exist. */
export function buildSpotEstimates(texts: SourceTexts, onDemand: ReadonlyArray<PriceEntry>): PriceEntry[] {
  const feed = parseFeed(texts.spotAdvisor);
  const bands = new Map(feed.ranges.map((r) => [r.index, r.label]));
  const byKey = new Map(onDemand.map((e) => [e.key, e]));
  const out: PriceEntry[] = [];
  for (const region of Object.keys(feed.spot_advisor).sort()) {
    const linux = feed.spot_advisor[region]!['Linux'] ?? {};
    for (const type of Object.keys(linux).sort()) {
      const { s, r } = linux[type]!;
      const base = byKey.get(priceKeys.ec2OnDemand(region, type));
      const band = bands.get(r);
      if (!base || !band || !(s >= 0 && s < 100)) continue;
      out.push({
        key: priceKeys.ec2Spot(region, type),
        usd: Number((base.usd * (1 - s / 100)).toPrecision(6)),
        unit: 'hour',
        source: {
          // Shared words per band (the saving is usd ÷ on-demand): per-type text would store a source per price.
          ...fileSource(SOURCE_FILES.spotAdvisor, 'EC2 spot estimate, Linux, per instance-hour'),
          origin: 'derived',
          derivedFrom: base.key,
          rule: `spot estimate, not a price: on-demand × (1 − the Spot Instance Advisor's typical saving for this type and region); interruption frequency ${band}; real spot prices vary by hour and zone`,
        },
      });
    }
  }
  return out;
}
