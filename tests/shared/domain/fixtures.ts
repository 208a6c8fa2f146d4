/**
 * A small hand-made price catalog with AWS's published us-east-1 on-demand prices, so expected values in
 * the tests can be worked out by hand. Every entry is labelled as test data.
 */
import type { InstanceSpec, PriceCatalog, PriceCatalogData, PriceEntry } from '@shared/prices/catalog';
import { priceKeys } from '@shared/prices/keys';
import { createPriceCatalog } from '@shared/prices/lookup';
import { newProject } from '@shared/project/defaults';
import type { Design, Project, Workload } from '@shared/project/schema';

const source = { origin: 'snapshot' as const, label: 'test fixture (us-east-1 reference prices)', asOf: '2026-06-01' };
const R = 'us-east-1';

function e(key: string, usd: number, unit: string, extra: Partial<PriceEntry> = {}): PriceEntry {
  return { key, usd, unit, source, ...extra };
}

/**
 * AWS's published on-demand prices in us-east-1 (USD): SageMaker hosting ml.c5.xlarge $0.204/h,
 * ml.m5.xlarge $0.23/h, ml.g5.xlarge $1.408/h; EC2 g5.xlarge $1.006/h; serverless $0.00002 per
 * GB-second; data processed $0.016/GB each way; storage $0.14/GB-month; Lambda $0.20 per million
 * requests and $0.0000166667 per GB-second (x86), with its volume tiers.
 */
export function referenceEntries(region = R): PriceEntry[] {
  return [
    e(priceKeys.sageMakerInstance(region, 'Hosting', 'ml.c5.xlarge'), 0.204, 'hour'),
    e(priceKeys.sageMakerInstance(region, 'Hosting', 'ml.m5.xlarge'), 0.23, 'hour'),
    e(priceKeys.sageMakerInstance(region, 'Hosting', 'ml.m5.large'), 0.115, 'hour'),
    e(priceKeys.sageMakerInstance(region, 'Hosting', 'ml.g5.xlarge'), 1.408, 'hour'),
    e(priceKeys.sageMakerServerlessCompute(region, 1024), 0.00002, 'second'),
    e(priceKeys.sageMakerServerlessCompute(region, 2048), 0.00004, 'second'),
    e(priceKeys.sageMakerServerlessPcCapacity(region, 2048), 0.00001, 'second'),
    e(priceKeys.sageMakerServerlessPcExecution(region, 2048), 0.0000233, 'second'),
    e(priceKeys.sageMakerDataIn(region), 0.016, 'GB'),
    e(priceKeys.sageMakerDataOut(region), 0.016, 'GB'),
    e(priceKeys.sageMakerStorage(region), 0.14, 'GB-month'),
    e(priceKeys.ec2OnDemand(region, 'g5.xlarge'), 1.006, 'hour'),
    e(priceKeys.ec2OnDemand(region, 'c5.xlarge'), 0.17, 'hour'),
    e(priceKeys.eksClusterHour(region), 0.1, 'hour'),
    e(priceKeys.lambdaRequests(region, 'x86_64'), 0.2, '1M requests'),
    e(priceKeys.lambdaDuration(region, 'x86_64'), 0.0000166667, 'GB-second', {
      tiers: [
        { from: 0, to: 6e9, usd: 0.0000166667 },
        { from: 6e9, to: 15e9, usd: 0.000015 },
        { from: 15e9, to: null, usd: 0.0000133334 },
      ],
    }),
    e(priceKeys.lambdaPcCapacity(region, 'x86_64'), 0.0000041667, 'GB-second'),
    e(priceKeys.lambdaPcDuration(region, 'x86_64'), 0.0000097222, 'GB-second'),
    e(priceKeys.bedrockInputTokens(region, 'anthropic.claude-3-haiku'), 0.25, '1M tokens'),
    e(priceKeys.bedrockOutputTokens(region, 'anthropic.claude-3-haiku'), 1.25, '1M tokens'),
  ];
}

export const SPECS: InstanceSpec[] = [
  { instanceType: 'c5.xlarge', vcpu: 4, memoryGiB: 8, gpuCount: 0 },
  { instanceType: 'm5.xlarge', vcpu: 4, memoryGiB: 16, gpuCount: 0 },
  { instanceType: 'm5.large', vcpu: 2, memoryGiB: 8, gpuCount: 0 },
  { instanceType: 'g5.xlarge', vcpu: 4, memoryGiB: 16, gpuCount: 1, gpuMemoryGiB: 24, gpuModel: 'A10G' },
];

/** Catalog data over the reference entries plus `extra` (extra entries win on equal keys). */
export function catalogData(extra: PriceEntry[] = [], regions: string[] = [R]): PriceCatalogData {
  const byKey = new Map<string, PriceEntry>();
  for (const r of regions) for (const x of referenceEntries(r)) byKey.set(x.key, x);
  for (const x of extra) byKey.set(x.key, x);
  return {
    format: 'infercalc-prices',
    version: 1,
    origin: 'snapshot',
    builtAt: '2026-06-01T00:00:00Z',
    entries: [...byKey.values()],
    instanceSpecs: SPECS,
    coverage: regions.map((region) => ({
      service: 'sagemaker' as const,
      region,
      origin: 'snapshot' as const,
      asOf: '2026-06-01',
      count: 1,
    })),
    missing: ['Savings Plans rates: none in the test data'],
  };
}

/** A catalog over the reference prices plus `extra`. */
export function testCatalog(extra: PriceEntry[] = [], regions?: string[]): PriceCatalog {
  return createPriceCatalog(catalogData(extra, regions));
}

/** A price entry for tests (labelled as the fixture). */
export function entry(key: string, usd: number, unit: string, extra: Partial<PriceEntry> = {}): PriceEntry {
  return e(key, usd, unit, extra);
}

/**
 * The example workload: steady 10 req/s, 100 ms, 50/5 KiB, one 1.5 GB model — a new
 * project's workload with steady traffic.
 */
export function workload(over: Partial<Workload> = {}): Workload {
  return { ...newProject().workload, traffic: { pattern: 'steady', requestsPerSecond: 10 }, ...over };
}

/** A design with on-demand purchase unless given. */
export function design(
  hosting: Design['hosting'],
  purchase: Design['purchase'] = { type: 'on-demand' },
  name = 'test design',
): Design {
  return { name, hosting, purchase };
}

/**
 * One design per instance-priced hosting type (SageMaker real-time, multi-model, async, batch
 * transform, EC2, EKS) on the given EC2 type, `ml.`-prefixed for SageMaker; the batch design runs
 * 30 one-hour jobs a month.
 */
export function everyInstanceDesign(instanceType: string): Design[] {
  return [
    design({ type: 'sagemaker-realtime', instanceType: `ml.${instanceType}`, instanceCount: 1 }),
    design({ type: 'sagemaker-multi-model', instanceType: `ml.${instanceType}`, instanceCount: 1 }),
    design({ type: 'sagemaker-async', instanceType: `ml.${instanceType}`, instanceCount: 1 }),
    design({
      type: 'sagemaker-batch',
      instanceType: `ml.${instanceType}`,
      instanceCount: 1,
      jobsPerMonth: 30,
      hoursPerJob: 1,
    }),
    design({ type: 'ec2', instanceType, instanceCount: 1 }),
    design({ type: 'eks', instanceType, instanceCount: 1 }),
  ];
}

/** A project around a workload and designs. */
export function project(w: Workload, designs: Design[]): Project {
  return { format: 'infercalc-project', version: 1, name: 'Test', region: R, workload: w, designs };
}

/** The line whose label starts with `prefix` (fails the test when missing). */
export function line<T extends { label: string }>(lines: T[], prefix: string): T {
  const found = lines.find((l) => l.label.startsWith(prefix));
  if (!found) throw new Error(`no line starting with "${prefix}" in: ${lines.map((l) => l.label).join(' | ')}`);
  return found;
}
