/** Builds the whole snapshot catalog from the source texts: pure, so a test can compare it with the committed file. */
import type { InstanceSpec, PriceCatalogData, PriceEntry } from '@shared/prices/catalog';
import { parseKey, regionOfKey } from '@shared/prices/keys';
import { computeCoverage } from '../coverage';
import { buildEc2Prices } from './buildEc2';
import { buildInstanceSpecs, typesWithoutFacts } from './buildHardware';
import { buildBedrock } from './buildBedrock';
import { buildEksPrices } from './buildFacts';
import { buildLambdaPrices } from './buildLambda';
import { buildSpotEstimates } from './buildSpot';
import { buildSageMakerInstances, buildSageMakerRegionalMeters, buildSageMakerUsEast1Meters } from './buildSageMaker';
import { SOURCE_FILES, type SourceTexts } from './sourceFiles';

/** What the data lacks, said plainly; shown in the app and in `infercalc prices status`. */
export const SNAPSHOT_MISSING: ReadonlyArray<string> = [
  'Savings Plans rates (SageMaker, Compute, EC2 Instance): none in the snapshot. Refresh prices online, or enter a rate or discount by hand (AWS states up to 64% / 66% / 72%).',
  'EC2 spot prices: none in the snapshot (the AWS Price List API has none either); the built-in spot rates are estimates from the Spot Instance Advisor typical savings, labelled with their interruption band. Enter a spot price or discount by hand for a real figure.',
  'EC2 reserved instances: only 1-year standard No Upfront, and only for GPU/accelerator types. Other terms (3-year, convertible, Partial/All Upfront) need a refresh or a hand-entered rate.',
  'SageMaker async inference and batch transform: derived from real-time hosting prices (same $/h) until a refresh brings the real SKUs.',
  'SageMaker serverless compute, provisioned concurrency, data processed and endpoint storage: in the data for us-east-1 only (serverless 1 and 2 GB, provisioned concurrency 2 GB); other sizes and every other region are derived by a stated rule, listed under derived rates.',
  'Bedrock: token prices from the AWS pricing page (us-east-1, 2025-07-20), the SOURCES facts and community data (LiteLLM) for other models, routes and regions; Provisioned Throughput only for legacy models: enter a rate per model unit for others.',
];

/** The priced instance types no file describes, said plainly (their hardware stays unknown, never guessed). */
function hardwareMissing(specs: ReadonlyArray<InstanceSpec>, entries: ReadonlyArray<PriceEntry>): string[] {
  const priced = new Set<string>();
  for (const e of entries) {
    const k = parseKey(e.key);
    if (k?.service === 'ec2' && k.rest[0] === 'on-demand' && k.rest[1]) priced.add(k.rest[1]);
    if (k?.service === 'sagemaker' && k.rest[0] === 'instance' && k.rest[2]) priced.add(k.rest[2]);
  }
  const unknown = typesWithoutFacts(specs, priced);
  if (unknown.length === 0) return [];
  return [
    `Hardware facts (vCPU, memory, accelerators): unknown for ${unknown.length} priced instance types no source file describes (${unknown.slice(0, 12).join(', ')}${unknown.length > 12 ? ', …' : ''}); they are not guessed.`,
  ];
}

/** The snapshot catalog. `builtAt` is the newest source date, so rebuilding unchanged sources gives identical output. */
export function buildSnapshotCatalog(texts: SourceTexts): PriceCatalogData {
  const sageMaker = buildSageMakerInstances(texts);
  const hostingRegions = [...new Set(sageMaker.map((e) => regionOfKey(e.key)!))].sort();
  const usEast1Meters = buildSageMakerUsEast1Meters(texts);
  const ec2 = buildEc2Prices(texts);
  const bedrock = buildBedrock(texts);
  const entries = [
    ...sageMaker,
    ...usEast1Meters,
    ...buildSageMakerRegionalMeters(sageMaker, usEast1Meters),
    ...ec2,
    ...buildSpotEstimates(texts, ec2),
    ...buildLambdaPrices(texts),
    ...bedrock.entries,
    ...buildEksPrices(hostingRegions),
  ];
  const instanceSpecs = buildInstanceSpecs(texts);
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
    instanceSpecs,
    bedrockModels: bedrock.models,
    coverage: computeCoverage(entries),
    missing: [...SNAPSHOT_MISSING, ...hardwareMissing(instanceSpecs, entries)],
  };
}
