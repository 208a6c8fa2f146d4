import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { priceKeys } from '@shared/prices/keys';
import { createPriceCatalog } from '@shared/prices/lookup';
import { computeCoverage } from '../../../src-main/prices/coverage';
import { buildSnapshotCatalog } from '../../../src-main/prices/snapshot/buildSnapshot';
import { renderSnapshotFile } from '../../../src-main/prices/snapshot/build';
import { compactSnapshot, expandSnapshot } from '../../../src-main/prices/snapshot/compactFormat';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';
import { unitPriceFromGolden } from '../../../src-main/prices/snapshot/parseSources';
import {
  defaultSourcesDir,
  findRepoRoot,
  readSourceTexts,
  SNAPSHOT_RELATIVE_PATH,
} from '../../../src-main/prices/snapshot/sourcePaths';

const root = findRepoRoot(__dirname);
const sourcesDir = defaultSourcesDir(root);
const built = buildSnapshotCatalog(readSourceTexts(sourcesDir));
const catalog = createPriceCatalog(built);

function usd(key: string): number {
  const r = catalog.lookup(key);
  if (!r.ok) throw new Error(r.reason);
  return r.price.usd;
}

describe('snapshot builder, against the source files', () => {
  it('has the hand-checked SageMaker prices', () => {
    expect(usd(priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge'))).toBe(0.204);
    expect(usd(priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.g5.xlarge'))).toBe(1.408);
    expect(usd(priceKeys.sageMakerInstance('af-south-1', 'Hosting', 'ml.c5.xlarge'))).toBe(0.274);
    expect(usd(priceKeys.sageMakerServerlessCompute('us-east-1', 2048))).toBe(0.00004);
    expect(usd(priceKeys.sageMakerServerlessCompute('us-east-1', 1024))).toBe(0.00002);
    expect(usd(priceKeys.sageMakerDataIn('us-east-1'))).toBe(0.016);
    expect(usd(priceKeys.sageMakerDataOut('us-east-1'))).toBe(0.016);
    expect(usd(priceKeys.sageMakerStorage('us-east-1'))).toBe(0.14);
    expect(usd(priceKeys.sageMakerServerlessPcCapacity('us-east-1', 2048))).toBe(0.00001);
    expect(usd(priceKeys.sageMakerServerlessPcExecution('us-east-1', 2048))).toBe(0.0000233);
  });

  it('marks async and batch prices as derived from hosting, with the rule', () => {
    const r = catalog.lookup(priceKeys.sageMakerInstance('eu-west-1', 'AsyncInf', 'ml.g5.xlarge'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.price.source.origin).toBe('derived');
    expect(r.price.source.derivedFrom).toBe(priceKeys.sageMakerInstance('eu-west-1', 'Hosting', 'ml.g5.xlarge'));
    expect(r.price.source.rule).toMatch(/priced like real-time hosting/);
    expect(r.price.usd).toBe(usd(priceKeys.sageMakerInstance('eu-west-1', 'Hosting', 'ml.g5.xlarge')));
  });

  it('derives serverless 3-6 GB linearly and says so', () => {
    const r = catalog.lookup(priceKeys.sageMakerServerlessCompute('us-east-1', 6144));
    expect(r.ok && r.price.usd).toBe(0.00012);
    expect(r.ok && r.price.source.origin).toBe('derived');
    expect(usd(priceKeys.sageMakerServerlessCompute('us-east-1', 3072))).toBe(0.00006);
  });

  it('has EC2 on-demand from the newest file per region and reserved from the GPU file', () => {
    expect(usd(priceKeys.ec2OnDemand('us-east-1', 'g5.xlarge'))).toBe(1.006);
    const inIreland = catalog.lookup(priceKeys.ec2OnDemand('eu-west-1', 'g5.xlarge'));
    expect(inIreland.ok && inIreland.price.usd).toBe(1.123);
    expect(inIreland.ok && inIreland.price.source.label).toBe(
      'built-in prices: public AWS data collected 2026-01-21 by tsaol/aws-gpu',
    );
    expect(inIreland.ok && inIreland.price.source.detail).toMatch(
      /^file ec2-gpu-ondemand-and-1yr-ri-by-region\.js\.txt, from tsaol\/aws-gpu /,
    );
    const ri = catalog.lookup(priceKeys.ec2Reserved('us-east-1', 'g5.xlarge', 1, 'standard', 'no-upfront'));
    expect(ri.ok && ri.price.usd).toBe(0.63378);
    expect(ri.ok && ri.price.upfrontUsd).toBe(0);
    // Location names map to region codes; Local Zones are left out.
    expect(catalog.regions()).toContain('eu-central-1');
    expect(catalog.regions().some((r) => r.includes('atl'))).toBe(false);
  });

  it('has Lambda with tiers, Bedrock facts and EKS, each labelled', () => {
    expect(usd(priceKeys.lambdaRequests('us-east-1', 'x86_64')) * 1e6).toBeCloseTo(0.2, 10);
    const d = catalog.lookup(priceKeys.lambdaDuration('us-east-1', 'arm64'));
    expect(d.ok && d.price.tiers).toEqual([
      { from: 0, to: 7.5e9, usd: 0.0000133334 },
      { from: 7.5e9, to: 18.75e9, usd: 0.0000120001 },
      { from: 18.75e9, to: null, usd: 0.0000106667 },
    ]);
    const b = catalog.lookup(priceKeys.bedrockOutputTokens('us-west-2', 'anthropic.claude-3-haiku'));
    expect(b.ok && b.price.usd).toBe(1.25);
    expect(b.ok && b.price.unit).toBe('1M tokens');
    expect(b.ok && b.price.source.label).toMatch(/^built-in prices: AWS Bedrock pricing page as cited by public 2026/);
    const eks = catalog.lookup(priceKeys.eksClusterHour('us-east-1'));
    expect(eks.ok && eks.price.source.label).toMatch(/^built-in prices: AWS EKS pricing page/);
  });

  it('has Bedrock models with their kind, batch, cache, geo and global routes; AWS page first, community data labelled', () => {
    expect(catalog.bedrockModel('amazon.titan-embed-text-v2')?.kind).toBe('embedding');
    expect(catalog.bedrockModel('anthropic.claude-3-haiku')).toMatchObject({
      kind: 'text-generation',
      name: 'Claude 3 Haiku',
    });
    // bedrock-pricing-page-us-east-1-2025-07-20.md: $0.000125 / $0.000625 per 1,000 batch tokens.
    expect(usd(priceKeys.bedrockTokens('us-east-1', 'in-region', 'batch-input', 'anthropic.claude-3-haiku'))).toBe(
      0.125,
    );
    expect(usd(priceKeys.bedrockTokens('us-east-1', 'in-region', 'batch-output', 'anthropic.claude-3-haiku'))).toBe(
      0.625,
    );
    expect(usd(priceKeys.bedrockTokens('us-east-1', 'in-region', 'cache-write', 'anthropic.claude-sonnet-4'))).toBe(
      3.75,
    );
    expect(usd(priceKeys.bedrockTokens('us-east-1', 'in-region', 'cache-read', 'anthropic.claude-sonnet-4'))).toBe(0.3);
    // Disagreement: the page's Llama 3.1 70B ($0.72) wins over LiteLLM's $0.99.
    const llama = catalog.lookup(priceKeys.bedrockInputTokens('us-east-1', 'meta.llama3-1-70b-instruct'));
    expect(llama.ok && llama.price.usd).toBe(0.72);
    expect(llama.ok && llama.price.source.label).toMatch(/by convo-lang\/convo-lang$/);
    // Claude Sonnet 4.5: global 3.00, EU geographic profile +10%, community data.
    const global = catalog.lookup(
      priceKeys.bedrockTokens('eu-west-1', 'global', 'input', 'anthropic.claude-sonnet-4-5'),
    );
    expect(global.ok && global.price.usd).toBe(3);
    expect(global.ok && global.price.source.label).toMatch(/^built-in prices: community data on AWS prices/);
    expect(usd(priceKeys.bedrockTokens('eu-west-1', 'geo', 'input', 'anthropic.claude-sonnet-4-5'))).toBe(3.3);
  });

  it('has spot estimates from the Spot Advisor, labelled with their band, and no spot price presented as real', () => {
    const spot = catalog.lookup(priceKeys.ec2Spot('eu-central-1', 'c5.xlarge'));
    // $0.194 on-demand × (1 − 58%)
    expect(spot.ok && spot.price.usd).toBeCloseTo(0.194 * 0.42, 6);
    expect(spot.ok && spot.price.source).toMatchObject({
      origin: 'derived',
      derivedFrom: priceKeys.ec2OnDemand('eu-central-1', 'c5.xlarge'),
    });
    expect(spot.ok && spot.price.source.rule).toMatch(/^spot estimate, not a price: .*interruption frequency >20%/);
    const spotEntries = built.entries.filter((e) => e.key.includes('/spot/'));
    expect(spotEntries.length).toBeGreaterThan(0); // count guard: the loop below checks something
    for (const e of spotEntries) expect(e.source.origin).toBe('derived');
  });

  it('derives the us-east-1-only SageMaker meters in every hosting region, each with its rule and origin', () => {
    const hostingRegions = catalog
      .regions()
      .filter((r) => catalog.keysWithPrefix(`sagemaker/${r}/instance/Hosting/`).length > 0);
    expect(hostingRegions.length).toBeGreaterThan(30);
    for (const region of hostingRegions) {
      for (const key of [
        priceKeys.sageMakerServerlessCompute(region, 4096),
        priceKeys.sageMakerServerlessPcCapacity(region, 1024),
        priceKeys.sageMakerServerlessPcExecution(region, 6144),
        priceKeys.sageMakerDataIn(region),
        priceKeys.sageMakerStorage(region),
      ])
        expect({ key, ok: catalog.lookup(key).ok }).toEqual({ key, ok: true });
    }
    const storage = catalog.lookup(priceKeys.sageMakerStorage('sa-east-1'));
    expect(storage.ok && storage.price.source).toMatchObject({
      origin: 'derived',
      derivedFrom: priceKeys.sageMakerStorage('us-east-1'),
    });
    expect(storage.ok && storage.price.source.rule).toMatch(/hosting price level/);
    expect(usd(priceKeys.sageMakerServerlessCompute('eu-west-1', 2048))).toBe(0.00004);
  });

  it('has Lambda in every region of the data (35 locations, commercial and GovCloud)', () => {
    const lambdaRegions = built.coverage.filter((c) => c.service === 'lambda').map((c) => c.region);
    expect(lambdaRegions.length).toBe(35);
    expect(lambdaRegions).toContain('us-gov-west-1');
  });

  it('gives every price a source and an ISO as-of date, and lists what is missing', () => {
    for (const e of built.entries) {
      expect(e.source.label.length).toBeGreaterThan(0);
      expect(e.source.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.usd).toBeGreaterThan(0);
    }
    expect(built.missing.join('\n')).toMatch(/Savings Plans/);
    expect(built.missing.join('\n')).toMatch(/spot/);
  });

  it('has instance specs from the EC2 API, GPU memory as per-GPU MiB × count', () => {
    // EC2 API: A10G 22,888 MiB per GPU (marketing says 24 GB); ml.<type> has the hardware of <type>.
    expect(catalog.instanceSpec('ml.g5.xlarge')).toMatchObject({
      vcpu: 4,
      memoryGiB: 16,
      gpuCount: 1,
      gpuMemoryGiB: 22.352,
      accelerator: { kind: 'gpu', model: 'NVIDIA A10G', count: 1, memoryMiBEach: 22888, totalMemoryMiB: 22888 },
    });
    expect(catalog.instanceSpec('g5.12xlarge')?.accelerator).toMatchObject({ count: 4, totalMemoryMiB: 4 * 22888 });
    expect(catalog.instanceSpec('c5.xlarge')).toMatchObject({ vcpu: 4, memoryGiB: 8, gpuCount: 0 });
    expect(catalog.instanceSpec('c5.xlarge')?.accelerator).toBeUndefined();
  });

  it('describes Inferentia and Trainium devices with the rule behind their memory, and leaves unknowns unknown', () => {
    const inf2 = catalog.instanceSpec('ml.inf2.48xlarge')!;
    expect(inf2.gpuCount).toBe(0);
    expect(inf2.accelerator).toMatchObject({
      kind: 'inferentia',
      model: 'AWS Inferentia2',
      count: 12,
      memoryMiBEach: 32768,
    });
    expect(inf2.accelerator?.memoryRule).toMatch(/every size of inf2.*per device/);
    expect(catalog.instanceSpec('trn1.32xlarge')?.accelerator).toMatchObject({ kind: 'trainium', count: 16 });
    // trn1n has one size and the file says "Unknown": no memory is guessed.
    expect(catalog.instanceSpec('trn1n.32xlarge')?.accelerator?.memoryMiBEach).toBeUndefined();
    // ml.p3 is not in the EC2 extract: GPU memory from AWS's SageMaker GPU table.
    expect(catalog.instanceSpec('ml.p3.8xlarge')?.accelerator).toMatchObject({ count: 4, totalMemoryMiB: 65536 });
    expect(catalog.instanceSpec('ml.eia1.medium')).toBeUndefined();
    expect(built.missing.join('\n')).toMatch(/Hardware facts .* unknown for \d+ priced instance types/);
  });

  it('recovers list prices from cent-rounded golden costs', () => {
    expect(unitPriceFromGolden(6.6666, 0.93)).toBe(0.14);
    expect(unitPriceFromGolden(400000, 9.32)).toBe(0.0000233);
  });
});

describe('the committed snapshot file', () => {
  it('equals what the builder produces now', () => {
    const committed = readFileSync(join(root, SNAPSHOT_RELATIVE_PATH), 'utf8');
    expect(committed === renderSnapshotFile(sourcesDir)).toBe(true);
  });

  it('round-trips: expanding the compact form gives back every entry', () => {
    const back = expandSnapshot(JSON.parse(JSON.stringify(compactSnapshot(built))));
    const byKey = new Map(built.entries.map((e) => [e.key, e]));
    expect(back.entries).toHaveLength(built.entries.length);
    for (const e of back.entries) expect(e).toEqual(byKey.get(e.key));
    // Coverage is assembled group by group on load; it equals coverage computed from every price.
    expect(back.coverage).toEqual(computeCoverage(back.entries));
    expect(back.bedrockModels).toEqual(built.bedrockModels);
  });

  it('loads through the JSON import used by the bundle', () => {
    const data = loadEmbeddedSnapshot();
    expect(data.origin).toBe('snapshot');
    expect(data.entries.length).toBe(built.entries.length);
    expect(createPriceCatalog(data).lookup(priceKeys.ec2OnDemand('us-east-1', 'g5.xlarge')).ok).toBe(true);
  });
});
