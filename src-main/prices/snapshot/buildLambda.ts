/** Lambda prices of the snapshot, per region: requests, tiered duration, provisioned concurrency, ephemeral storage, for x86 and Arm. */
import type { PriceEntry, PriceSource, PriceTier } from '@shared/prices/catalog';
import { priceKeys, type LambdaArchitecture } from '@shared/prices/keys';
import { regionOfLocation } from '../regions';
import { parseLocationPrices } from './parseSources';
import { fileSource, SOURCE_FILES, type SourceTexts } from './sourceFiles';

/** Monthly GB-second tier breaks (PRICE-LIST: x86 at 6 and 15 billion, Arm at 7.5 and 18.75 billion). */
export const LAMBDA_TIER_BREAKS: Record<LambdaArchitecture, [number, number]> = {
  x86_64: [6e9, 15e9],
  arm64: [7.5e9, 18.75e9],
};

const METERS: Record<LambdaArchitecture, { suffix: string }> = { x86_64: { suffix: '' }, arm64: { suffix: '-ARM' } };

/** Meters with one price each: the file's meter name (before the Arm suffix), the key, unit and words. */
const FLAT_METERS: ReadonlyArray<{
  meter: string;
  key: (region: string, arch: LambdaArchitecture) => string;
  unit: string;
  description: string;
}> = [
  { meter: 'Lambda Requests', key: priceKeys.lambdaRequests, unit: 'request', description: 'Lambda requests' },
  {
    meter: 'Lambda Provisioned-Concurrency',
    key: priceKeys.lambdaPcCapacity,
    unit: 'GB-second',
    description: 'Lambda provisioned concurrency',
  },
  {
    meter: 'Lambda Duration-Provisioned',
    key: priceKeys.lambdaPcDuration,
    unit: 'GB-second',
    description: 'Lambda duration while provisioned',
  },
  {
    meter: 'Lambda Storage-Duration',
    key: priceKeys.lambdaEphemeralStorage,
    unit: 'GB-second',
    description: 'Lambda ephemeral storage above 512 MB',
  },
];

/** Every Lambda meter the file has, for every region it can place. A region missing a meter simply lacks that price. */
export function buildLambdaPrices(texts: SourceTexts): PriceEntry[] {
  const file = SOURCE_FILES.lambda;
  const meters = parseLocationPrices(texts.lambda, file.file);
  const src = (description: string): PriceSource => fileSource(file, description);
  const out: PriceEntry[] = [];
  const locations = new Set(Object.values(meters).flatMap((m) => Object.keys(m)));
  for (const location of [...locations].sort()) {
    const region = regionOfLocation(location);
    if (!region) continue;
    for (const arch of ['x86_64', 'arm64'] as const) {
      const sfx = METERS[arch].suffix;
      const at = (meter: string) => meters[meter]?.[location];
      const t1 = at(`Lambda Duration${sfx}`);
      const t2 = at(`Lambda Duration${sfx} Tier2`);
      const t3 = at(`Lambda Duration${sfx} Tier3`);
      if (t1 !== undefined) {
        const [b1, b2] = LAMBDA_TIER_BREAKS[arch];
        // Keep tiers as tiers; a region without the higher tiers keeps one open-ended tier.
        const tiers: PriceTier[] =
          t2 !== undefined && t3 !== undefined
            ? [
                { from: 0, to: b1, usd: t1 },
                { from: b1, to: b2, usd: t2 },
                { from: b2, to: null, usd: t3 },
              ]
            : [{ from: 0, to: null, usd: t1 }];
        out.push({
          key: priceKeys.lambdaDuration(region, arch),
          usd: t1,
          unit: 'GB-second',
          tiers,
          source: src(`Lambda duration (${arch}), tiered by monthly GB-seconds`),
        });
      }
      // The flat meters: one price each, as the file gives it.
      for (const m of FLAT_METERS) {
        const usd = at(`${m.meter}${sfx}`);
        if (usd !== undefined)
          out.push({ key: m.key(region, arch), usd, unit: m.unit, source: src(`${m.description} (${arch})`) });
      }
    }
  }
  return out;
}
