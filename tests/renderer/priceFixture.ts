/**
 * A small hand-made price catalog for renderer tests: AWS's published us-east-1 on-demand prices (and a
 * dearer eu-west-1), so expected figures can be worked out by hand. Labelled as test data.
 */
import type { InstanceSpec, PriceCatalogData, PriceEntry } from '@shared/prices/catalog';
import { priceKeys } from '@shared/prices/keys';
import { regionOfKey } from '@shared/prices/keys';
import { RootStore, type RootStoreOptions } from '../../src-renderer/stores/RootStore';
import { createFakeApi, sampleAppInfo, type FakeApi, type FakeHandlers } from './fakeApi';
import { quietProjectFiles } from './projectFakes';

const source = { origin: 'snapshot' as const, label: 'renderer test prices', asOf: '2026-10-01' };

function e(key: string, usd: number, unit: string, extra: Partial<PriceEntry> = {}): PriceEntry {
  return { key, usd, unit, source, ...extra };
}

function regionEntries(region: string, k: number): PriceEntry[] {
  return [
    e(priceKeys.sageMakerInstance(region, 'Hosting', 'ml.c5.xlarge'), 0.204 * k, 'hour'),
    e(priceKeys.sageMakerInstance(region, 'Hosting', 'ml.m5.xlarge'), 0.23 * k, 'hour'),
    e(priceKeys.sageMakerInstance(region, 'Hosting', 'ml.g5.xlarge'), 1.408 * k, 'hour'),
    e(priceKeys.sageMakerInstance(region, 'AsyncInf', 'ml.m5.xlarge'), 0.23 * k, 'hour'),
    e(priceKeys.sageMakerInstance(region, 'BatchTransform', 'ml.m5.xlarge'), 0.23 * k, 'hour'),
    ...[1024, 2048, 3072, 4096, 5120, 6144].map((mb) =>
      e(priceKeys.sageMakerServerlessCompute(region, mb), 0.00002 * (mb / 1024) * k, 'second'),
    ),
    e(priceKeys.sageMakerDataIn(region), 0.016, 'GB'),
    e(priceKeys.sageMakerDataOut(region), 0.016, 'GB'),
    e(priceKeys.sageMakerStorage(region), 0.14, 'GB-month'),
    e(priceKeys.ec2OnDemand(region, 'm5.xlarge'), 0.192 * k, 'hour'),
    e(priceKeys.ec2OnDemand(region, 'c5.xlarge'), 0.17 * k, 'hour'),
    e(priceKeys.eksClusterHour(region), 0.1, 'hour'),
    e(priceKeys.lambdaRequests(region, 'x86_64'), 0.2, '1M requests'),
    e(priceKeys.lambdaDuration(region, 'x86_64'), 0.0000166667, 'GB-second'),
    e(priceKeys.bedrockInputTokens(region, 'anthropic.claude-3-haiku'), 0.25, '1M tokens'),
    e(priceKeys.bedrockOutputTokens(region, 'anthropic.claude-3-haiku'), 1.25, '1M tokens'),
  ];
}

export const TEST_SPECS: InstanceSpec[] = [
  { instanceType: 'c5.xlarge', vcpu: 4, memoryGiB: 8, gpuCount: 0 },
  { instanceType: 'm5.xlarge', vcpu: 4, memoryGiB: 16, gpuCount: 0 },
  { instanceType: 'g5.xlarge', vcpu: 4, memoryGiB: 16, gpuCount: 1, gpuMemoryGiB: 24, gpuModel: 'A10G' },
];

/** The whole test catalog: us-east-1 at reference prices, eu-west-1 10% dearer. */
export const testCatalogData: PriceCatalogData = {
  format: 'infercalc-prices',
  version: 1,
  origin: 'snapshot',
  builtAt: '2026-10-01',
  entries: [...regionEntries('us-east-1', 1), ...regionEntries('eu-west-1', 1.1)],
  instanceSpecs: TEST_SPECS,
  coverage: ['us-east-1', 'eu-west-1'].flatMap((region) =>
    (['sagemaker', 'ec2', 'lambda', 'bedrock'] as const).map((service) => ({
      service,
      region,
      origin: 'snapshot' as const,
      asOf: '2026-10-01',
      count: 5,
    })),
  ),
  missing: ['Savings Plans rates: none in the test data'],
};

/** `prices.catalog` over the test catalog, restricted like the real handler. */
export function catalogHandler(data: PriceCatalogData = testCatalogData): NonNullable<FakeHandlers['prices.catalog']> {
  return ({ regions }) => ({
    data: {
      ...data,
      entries: data.entries.filter((x) => regions.includes(regionOfKey(x.key) ?? '')),
      coverage: data.coverage.filter((c) => regions.includes(c.region)),
    },
    availableRegions: [...new Set(data.coverage.map((c) => c.region))].sort(),
  });
}

/** A started RootStore over the fake API with the test prices (and any extra handlers). */
export async function startedStore(
  extra: FakeHandlers = {},
  options: RootStoreOptions = {},
): Promise<{ store: RootStore; fake: FakeApi }> {
  const fake = createFakeApi({
    ...quietProjectFiles,
    'app.info': () => sampleAppInfo,
    'prices.catalog': catalogHandler(),
    ...extra,
  });
  const store = new RootStore(fake.api, { today: '2026-11-27', ...options });
  await store.start();
  return { store, fake };
}
