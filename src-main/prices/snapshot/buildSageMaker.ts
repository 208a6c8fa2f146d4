/** SageMaker prices of the snapshot: hosting per region, async/batch derived from hosting, serverless, PC, data, storage. */
import type { PriceEntry, PriceSource } from '@shared/prices/catalog';
import { priceKeys } from '@shared/prices/keys';
import { REGION_PATTERN } from '@shared/project/schema';
import { goldenLine, parseRegionPrices, unitPriceFromGolden } from './parseSources';
import { SOURCE_FILES, sourceLabel, type SourceTexts } from './sourceFiles';

/** Serverless compute is linear in memory at this rate per GB-second (SOURCES: 1 GB $0.00002/s, 2 GB $0.00004/s). */
export const SERVERLESS_USD_PER_GB_SECOND = 0.00002;

function snapshotSource(file: (typeof SOURCE_FILES)[keyof typeof SOURCE_FILES], description?: string): PriceSource {
  return { origin: 'snapshot', label: sourceLabel(file), asOf: file.asOf, ...(description ? { description } : {}) };
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
  out.push({
    key: priceKeys.sageMakerServerlessPcCapacity(region, 2048),
    usd: fromLine('Provisioned concurrency warm'),
    unit: 'second',
    source: snapshotSource(golden, 'Serverless provisioned concurrency kept warm, 2048 MB, per second'),
  });
  out.push({
    key: priceKeys.sageMakerServerlessPcExecution(region, 2048),
    usd: fromLine('Provisioned concurrency execution'),
    unit: 'second',
    source: snapshotSource(golden, 'Serverless inference duration while provisioned, 2048 MB, per second'),
  });
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
