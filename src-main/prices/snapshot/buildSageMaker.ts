/** SageMaker prices of the snapshot: hosting per region, async/batch derived from hosting, serverless, PC, data, storage. */
import type { PriceEntry, PriceSource } from '@shared/prices/catalog';
import { parseKey, priceKeys, regionOfKey } from '@shared/prices/keys';
import { REGION_PATTERN } from '@shared/project/schema';
import { goldenLine, parseRegionPrices, unitPriceFromGolden } from './parseSources';
import { fileSource, SOURCE_FILES, type SourceTexts } from './sourceFiles';

/** Serverless compute is linear in memory at this rate per GB-second (SOURCES: 1 GB $0.00002/s, 2 GB $0.00004/s). */
export const SERVERLESS_USD_PER_GB_SECOND = 0.00002;

function snapshotSource(file: (typeof SOURCE_FILES)[keyof typeof SOURCE_FILES], description?: string): PriceSource {
  return fileSource(file, description);
}

/** Real-time hosting for every region in the file, plus AsyncInf and BatchTransform derived from it. */
export function buildSageMakerInstances(texts: SourceTexts): PriceEntry[] {
  const src = SOURCE_FILES.sageMakerHosting;
  const byRegion = parseRegionPrices(texts.sageMakerHosting, src.file);
  const hosting = snapshotSource(src, 'SageMaker real-time hosting, on-demand per instance-hour');
  const out: PriceEntry[] = [];
  for (const [region, prices] of Object.entries(byRegion)) {
    // Local-zone pseudo-regions (us-east-1-atl-1) are not places a SageMaker endpoint is chosen.
    if (!REGION_PATTERN.test(region)) continue;
    for (const [type, usd] of Object.entries(prices)) {
      const hostingKey = priceKeys.sageMakerInstance(region, 'Hosting', type);
      out.push({ key: hostingKey, usd, unit: 'hour', source: hosting });
      for (const component of ['AsyncInf', 'BatchTransform'] as const) {
        out.push({
          key: priceKeys.sageMakerInstance(region, component, type),
          usd,
          unit: 'hour',
          source: {
            ...hosting,
            origin: 'derived',
            derivedFrom: hostingKey,
            rule: `${component} instances are priced like real-time hosting (same $/h for the same type and region) until a refresh brings the real SKU`,
          },
        });
      }
    }
  }
  return out;
}

/** us-east-1 serverless compute (1-6 GB), provisioned concurrency (2 GB), data processed and endpoint storage. */
export function buildSageMakerUsEast1Meters(texts: SourceTexts): PriceEntry[] {
  const region = 'us-east-1';
  const golden = SOURCE_FILES.sageMakerGolden;
  const g = texts.sageMakerGolden;
  const fromLine = (label: string) => {
    const { quantity, costUsd } = goldenLine(g, label, golden.file);
    return unitPriceFromGolden(quantity, costUsd);
  };
  const out: PriceEntry[] = [];
  const mem2048Key = priceKeys.sageMakerServerlessCompute(region, 2048);
  out.push({
    key: mem2048Key,
    usd: fromLine('Compute duration (2048 MB)'),
    unit: 'second',
    source: snapshotSource(golden, 'Serverless inference compute, 2048 MB, per second'),
  });
  out.push({
    key: priceKeys.sageMakerServerlessCompute(region, 1024),
    usd: fromLine('Compute duration (1024 MB)'),
    unit: 'second',
    source: snapshotSource(golden, 'Serverless inference compute, 1024 MB, per second'),
  });
  for (const gb of [3, 4, 5, 6]) {
    out.push({
      key: priceKeys.sageMakerServerlessCompute(region, gb * 1024),
      usd: Number((SERVERLESS_USD_PER_GB_SECOND * gb).toPrecision(6)),
      unit: 'second',
      source: {
        ...snapshotSource(golden, `Serverless inference compute, ${gb * 1024} MB, per second`),
        origin: 'derived',
        derivedFrom: mem2048Key,
        rule: 'serverless compute is linear in memory: $0.00002 per GB-second',
      },
    });
  }
  // PR 3567 corrected the meters PR 3502 had swapped: warm capacity is the cheaper meter, as in Lambda.
  const pcMeters = [
    ['capacity', 'Provisioned concurrency warm', 'kept warm'],
    ['execution', 'Provisioned concurrency execution', 'inference duration while provisioned'],
  ] as const;
  for (const [meter, line, words] of pcMeters) {
    const keyOf = (mb: number) =>
      meter === 'capacity'
        ? priceKeys.sageMakerServerlessPcCapacity(region, mb)
        : priceKeys.sageMakerServerlessPcExecution(region, mb);
    const usd2048 = fromLine(line);
    out.push({
      key: keyOf(2048),
      usd: usd2048,
      unit: 'second',
      source: snapshotSource(golden, `Serverless provisioned concurrency, ${words}, 2048 MB, per second`),
    });
    for (const gb of [1, 3, 4, 5, 6]) {
      out.push({
        key: keyOf(gb * 1024),
        usd: Number(((usd2048 / 2) * gb).toPrecision(6)),
        unit: 'second',
        source: {
          ...snapshotSource(golden, `Serverless provisioned concurrency, ${words}, ${gb * 1024} MB, per second`),
          origin: 'derived',
          derivedFrom: keyOf(2048),
          rule: 'provisioned concurrency is linear in memory, like serverless compute: the 2048 MB rate ÷ 2 per GB',
        },
      });
    }
  }
  out.push({
    key: priceKeys.sageMakerDataIn(region),
    usd: fromLine('Data processed IN'),
    unit: 'GB',
    source: snapshotSource(golden, 'Data processed IN by an endpoint, per GB'),
  });
  out.push({
    key: priceKeys.sageMakerDataOut(region),
    usd: fromLine('Data processed OUT'),
    unit: 'GB',
    source: snapshotSource(golden, 'Data processed OUT by an endpoint, per GB'),
  });
  out.push({
    key: priceKeys.sageMakerStorage(region),
    usd: fromLine('General purpose storage'),
    unit: 'GB-month',
    source: snapshotSource(golden, 'Endpoint ML storage (General Purpose SSD), per GB-month'),
  });
  return out;
}

/** The median of the hosting price ratios region / us-east-1 over the instance types both have. */
export function hostingPriceRatio(hosting: ReadonlyArray<PriceEntry>, region: string): number | undefined {
  const base = new Map<string, number>();
  const here = new Map<string, number>();
  for (const e of hosting) {
    const k = parseKey(e.key);
    const [, component, type] = k?.rest ?? [];
    const r = k?.region;
    if (component !== 'Hosting' || !type) continue;
    if (r === 'us-east-1') base.set(type, e.usd);
    else if (r === region) here.set(type, e.usd);
  }
  const ratios = [...here].filter(([t]) => base.has(t)).map(([t, usd]) => usd / base.get(t)!);
  if (ratios.length === 0) return undefined;
  ratios.sort((a, b) => a - b);
  const mid = ratios.length >> 1;
  return ratios.length % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
}

/**
 * The us-east-1-only meters in every other hosting region, derived by a stated rule (SOURCES has them
 * for us-east-1 only):
 * - serverless compute and provisioned concurrency: the us-east-1 rate, unchanged. AWS's own example
 *   prices 6 GB serverless in eu-west-1 at $0.00012/s, the us-east-1 rate;
 * - data processed and endpoint storage: the us-east-1 rate × the region's hosting price level (the
 *   median ratio of its real-time hosting prices to us-east-1's over the instance types both have),
 *   because these follow the region's cost level like its instance prices.
 */
export function buildSageMakerRegionalMeters(
  instances: ReadonlyArray<PriceEntry>,
  usEast1Meters: ReadonlyArray<PriceEntry>,
): PriceEntry[] {
  const regions = [...new Set(instances.map((e) => regionOfKey(e.key)!))].filter((r) => r !== 'us-east-1').sort();
  const out: PriceEntry[] = [];
  for (const region of regions) {
    const ratio = hostingPriceRatio(instances, region);
    for (const base of usEast1Meters) {
      const meter = parseKey(base.key)?.rest[0] ?? '';
      const scaled = meter === 'data-in' || meter === 'data-out' || meter === 'storage';
      if (scaled && ratio === undefined) continue;
      const usd = scaled ? Number((base.usd * ratio!).toPrecision(4)) : base.usd;
      const rule = scaled
        ? `not in the data for ${region}: the us-east-1 rate × ${ratio!.toFixed(3)}, ${region}'s real-time hosting price level (median ratio to us-east-1 over the instance types both have)`
        : `not in the data for ${region}: the us-east-1 rate (AWS's own eu-west-1 example prices serverless at the us-east-1 rate)`;
      out.push({
        key: base.key.replace('/us-east-1/', `/${region}/`),
        usd,
        unit: base.unit,
        source: {
          ...base.source,
          origin: 'derived',
          derivedFrom: base.key,
          rule: base.source.rule ? `${rule}; in us-east-1 ${base.source.rule}` : rule,
        },
      });
    }
  }
  return out;
}
