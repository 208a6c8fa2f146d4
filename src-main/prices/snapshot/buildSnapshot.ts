/** Builds the whole snapshot catalog from the source texts: pure, so a test can compare it with the committed file. */
import type { PriceCatalogData } from '@shared/prices/catalog';
import { regionOfKey } from '@shared/prices/keys';
import { computeCoverage } from '../coverage';
import { buildEc2Prices, buildInstanceSpecs } from './buildEc2';
import { buildBedrockPrices, buildEksPrices } from './buildFacts';
import { buildLambdaPrices } from './buildLambda';
import { buildSageMakerInstances, buildSageMakerUsEast1Meters } from './buildSageMaker';
import { SOURCE_FILES, type SourceTexts } from './sourceFiles';

/** What the data lacks, said plainly; shown in the app and in `infercalc prices status`. */
export const SNAPSHOT_MISSING: ReadonlyArray<string> = [
  'Savings Plans rates (SageMaker, Compute, EC2 Instance): none in the snapshot. Refresh prices online, or enter a rate or discount by hand (AWS states up to 64% / 66% / 72%).',
  'EC2 spot prices: none in the snapshot, and the AWS Price List API has none either. Enter a spot rate by hand.',
  'EC2 reserved instances: only 1-year standard No Upfront, and only for GPU/accelerator types. Other terms (3-year, convertible, Partial/All Upfront) need a refresh or a hand-entered rate.',
  'SageMaker async inference and batch transform: derived from real-time hosting prices (same $/h) until a refresh brings the real SKUs.',
  'SageMaker serverless compute, provisioned concurrency, data processed and endpoint storage: us-east-1 only; serverless 3-6 GB derived linearly; provisioned concurrency for 2048 MB only.',
  'Bedrock: on-demand token prices for a few models in us-east-1 and us-west-2 only; batch and provisioned throughput must be entered by hand.',
];

/** The snapshot catalog. `builtAt` is the newest source date, so rebuilding unchanged sources gives identical output. */
export function buildSnapshotCatalog(texts: SourceTexts): PriceCatalogData {
  const sageMaker = buildSageMakerInstances(texts);
  const hostingRegions = [...new Set(sageMaker.map((e) => regionOfKey(e.key)!))].sort();
  const entries = [
    ...sageMaker,
    ...buildSageMakerUsEast1Meters(texts),
    ...buildEc2Prices(texts),
    ...buildLambdaPrices(texts),
    ...buildBedrockPrices(),
    ...buildEksPrices(hostingRegions),
  ];
  const builtAt = Object.values(SOURCE_FILES)
    .map((f) => f.asOf)
    .sort()
    .at(-1)!;
  return {
    format: 'infercalc-prices',
    version: 1,
    origin: 'snapshot',
    builtAt,
    entries,
    instanceSpecs: buildInstanceSpecs(texts),
    coverage: computeCoverage(entries),
    missing: [...SNAPSHOT_MISSING],
  };
}
