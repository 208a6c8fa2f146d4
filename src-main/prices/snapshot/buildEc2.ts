/**
 * EC2 prices of the snapshot. Three files overlap; the newest wins for each region and type:
 * Karpenter's us-east-1 map (2026-07-20) over the GPU file (2026-01-21) over the by-location file
 * (2025-06-13), which is the base for every region. Reserved: only what the GPU file has.
 */
import type { PriceEntry, PriceSource } from '@shared/prices/catalog';
import { priceKeys } from '@shared/prices/keys';
import { REGION_PATTERN } from '@shared/project/schema';
import { regionOfLocation } from '../regions';
import { parseGoPriceMap, parseGpuInstances, parseLocationPrices } from './parseSources';
import { fileSource, SOURCE_FILES, type SourceFile, type SourceTexts } from './sourceFiles';

const ON_DEMAND = 'EC2 Linux, shared tenancy, on-demand per instance-hour';

function source(file: SourceFile, description: string): PriceSource {
  return fileSource(file, description);
}

/** On-demand for every region and type the files have, and 1-year standard No Upfront reserved for GPU types. */
export function buildEc2Prices(texts: SourceTexts): PriceEntry[] {
  const byKey = new Map<string, PriceEntry>();
  const put = (region: string, type: string, usd: number, src: PriceSource) => {
    if (!REGION_PATTERN.test(region) || !(usd > 0)) return;
    const key = priceKeys.ec2OnDemand(region, type);
    byKey.set(key, { key, usd, unit: 'hour', source: src });
  };

  const locFile = SOURCE_FILES.ec2ByLocation;
  const locSource = source(locFile, ON_DEMAND);
  for (const [meter, byLocation] of Object.entries(parseLocationPrices(texts.ec2ByLocation, locFile.file))) {
    const type = meter.split('-instancetype-')[1];
    if (!type || !meter.startsWith('OnDemand Linux')) continue;
    for (const [location, usd] of Object.entries(byLocation)) {
      const region = regionOfLocation(location);
      if (region) put(region, type, usd, locSource);
    }
  }

  const gpuFile = SOURCE_FILES.ec2Gpu;
  const gpuSource = source(gpuFile, ON_DEMAND);
  const reservedSource = source(
    gpuFile,
    'EC2 Linux reserved instance, 1-year standard No Upfront, effective per instance-hour',
  );
  const gpus = parseGpuInstances(texts.ec2Gpu, gpuFile.file);
  const reserved: PriceEntry[] = [];
  for (const record of gpus) {
    for (const [region, p] of Object.entries(record.pricing)) {
      if (p.onDemand !== undefined) put(region, record.name, p.onDemand, gpuSource);
      if (p.reserved !== undefined && p.reserved > 0 && REGION_PATTERN.test(region)) {
        reserved.push({
          key: priceKeys.ec2Reserved(region, record.name, 1, 'standard', 'no-upfront'),
          usd: p.reserved,
          unit: 'hour',
          upfrontUsd: 0,
          source: reservedSource,
        });
      }
    }
  }

  const goFile = SOURCE_FILES.ec2UsEast1;
  const goSource = source(goFile, ON_DEMAND);
  for (const [region, prices] of Object.entries(parseGoPriceMap(texts.ec2UsEast1, goFile.file))) {
    for (const [type, usd] of Object.entries(prices)) put(region, type, usd, goSource);
  }
  return [...byKey.values(), ...reserved];
}
