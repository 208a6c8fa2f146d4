/**
 * Canonical price keys: one function per meter, so a key is never spelled by hand twice.
 * A key reads left to right from service to the most specific part, e.g.
 * "sagemaker/us-east-1/instance/Hosting/ml.c5.xlarge". User-entered rates use the same keys.
 */
import { PRICE_SERVICE_IDS, type PriceServiceId } from './services';

export type SageMakerComponent = 'Hosting' | 'AsyncInf' | 'BatchTransform';
export type LambdaArchitecture = 'x86_64' | 'arm64';
export type TermYears = 1 | 3;
export type PaymentOption = 'no-upfront' | 'partial-upfront' | 'all-upfront';
export type OfferingClass = 'standard' | 'convertible';
export type SavingsPlanType = 'sagemaker' | 'compute' | 'ec2-instance';
/** Bedrock token meters: on-demand and batch input/output, prompt-cache reads and writes. */
export type BedrockTokenMeter = 'input' | 'output' | 'batch-input' | 'batch-output' | 'cache-read' | 'cache-write';
/** Where a Bedrock request runs: the region's own endpoint, a geographic cross-Region profile, or the global one. */
export type BedrockRoute = 'in-region' | 'geo' | 'global';

export const priceKeys = {
  sageMakerInstance: (region: string, component: SageMakerComponent, instanceType: string) =>
    `sagemaker/${region}/instance/${component}/${instanceType}`,
  sageMakerServerlessCompute: (region: string, memoryMB: number) =>
    `sagemaker/${region}/serverless-compute/${memoryMB}`,
  /** Provisioned concurrency kept warm, per second, by memory size. */
  sageMakerServerlessPcCapacity: (region: string, memoryMB: number) =>
    `sagemaker/${region}/serverless-pc-capacity/${memoryMB}`,
  /** Inference duration while provisioned, per second, by memory size. */
  sageMakerServerlessPcExecution: (region: string, memoryMB: number) =>
    `sagemaker/${region}/serverless-pc-execution/${memoryMB}`,
  sageMakerDataIn: (region: string) => `sagemaker/${region}/data-in`,
  sageMakerDataOut: (region: string) => `sagemaker/${region}/data-out`,
  sageMakerStorage: (region: string) => `sagemaker/${region}/storage`,
  ec2OnDemand: (region: string, instanceType: string) => `ec2/${region}/on-demand/${instanceType}`,
  ec2Reserved: (
    region: string,
    instanceType: string,
    termYears: TermYears,
    offeringClass: OfferingClass,
    payment: PaymentOption,
  ) => `ec2/${region}/reserved/${termYears}yr/${offeringClass}/${payment}/${instanceType}`,
  ec2Spot: (region: string, instanceType: string) => `ec2/${region}/spot/${instanceType}`,
  eksClusterHour: (region: string) => `eks/${region}/cluster-hour`,
  lambdaRequests: (region: string, arch: LambdaArchitecture) => `lambda/${region}/requests/${arch}`,
  /** Tiered by monthly GB-seconds. */
  lambdaDuration: (region: string, arch: LambdaArchitecture) => `lambda/${region}/duration/${arch}`,
  lambdaPcCapacity: (region: string, arch: LambdaArchitecture) => `lambda/${region}/pc-capacity/${arch}`,
  lambdaPcDuration: (region: string, arch: LambdaArchitecture) => `lambda/${region}/pc-duration/${arch}`,
  /** Ephemeral storage configured above the included 512 MB, per GB-second of execution. */
  lambdaEphemeralStorage: (region: string, arch: LambdaArchitecture) => `lambda/${region}/ephemeral-storage/${arch}`,
  bedrockInputTokens: (region: string, model: string) => `bedrock/${region}/input-tokens/${model}`,
  bedrockOutputTokens: (region: string, model: string) => `bedrock/${region}/output-tokens/${model}`,
  /**
   * Any Bedrock token meter on any route, called from `region`: in-region on-demand input is
   * `bedrockInputTokens`; others read e.g. "bedrock/eu-west-1/geo-batch-input-tokens/<model>".
   */
  bedrockTokens: (region: string, route: BedrockRoute, meter: BedrockTokenMeter, model: string) =>
    `bedrock/${region}/${route === 'in-region' ? '' : `${route}-`}${meter}-tokens/${model}`,
  bedrockProvisionedThroughput: (region: string, model: string, term: 'none' | '1-month' | '6-month') =>
    `bedrock/${region}/provisioned-throughput/${term}/${model}`,
  /** Plan rate per hour for one usage (SageMaker: a component's instance; Compute/EC2 Instance: an EC2 instance). */
  savingsPlanRate: (
    plan: SavingsPlanType,
    region: string,
    termYears: TermYears,
    payment: PaymentOption,
    usage: string,
  ) => `savings-plans/${plan}/${region}/${termYears}yr/${payment}/${usage}`,
} as const;

/** The services a key can start with. */
const KEY_SERVICES: ReadonlySet<string> = new Set(PRICE_SERVICE_IDS);

/** A key split into its parts: service, region (and plan for Savings Plans keys), then the rest. */
export interface ParsedKey {
  service: PriceServiceId;
  region: string;
  /** Savings Plans keys only: the plan type between the service and the region. */
  plan?: string;
  /** The segments after the region, e.g. ["instance", "Hosting", "ml.c5.xlarge"]. */
  rest: string[];
}

/**
 * Splits a key made by `priceKeys` ("sagemaker/us-east-1/instance/Hosting/ml.c5.xlarge",
 * "savings-plans/compute/us-east-1/1yr/no-upfront/m5.xlarge"). The one place that knows the key
 * layout; undefined for a key of an unknown service or without a region.
 */
export function parseKey(key: string): ParsedKey | undefined {
  const parts = key.split('/');
  const service = parts[0]!;
  if (!KEY_SERVICES.has(service)) return undefined;
  const plans = service === 'savings-plans';
  const region = parts[plans ? 2 : 1];
  if (!region) return undefined;
  const parsed: ParsedKey = { service: service as PriceServiceId, region, rest: parts.slice(plans ? 3 : 2) };
  if (plans) parsed.plan = parts[1]!;
  return parsed;
}

/**
 * The region part of any key ("sagemaker/us-east-1/..." → "us-east-1"), as `parseKey` reads it but
 * without splitting the whole key: it runs over every price when a catalog is cut to some regions.
 */
export function regionOfKey(key: string): string | undefined {
  const first = key.indexOf('/');
  if (first < 0 || !KEY_SERVICES.has(key.slice(0, first))) return undefined;
  // Savings Plans keys carry the plan before the region.
  const from = key.startsWith('savings-plans/') ? key.indexOf('/', first + 1) + 1 : first + 1;
  if (from === 0) return undefined;
  const end = key.indexOf('/', from);
  const region = end < 0 ? key.slice(from) : key.slice(from, end);
  return region || undefined;
}

/**
 * The `usage` part of a `priceKeys.savingsPlanRate` key: SageMaker plans are rated per component and
 * instance ("Hosting/ml.c5.xlarge"), Compute and EC2 Instance plans per EC2 instance type, and Compute
 * plans on Lambda per architecture's duration ("lambda-duration/x86_64").
 */
export const savingsPlanUsage = {
  sageMaker: (component: SageMakerComponent, instanceType: string) => `${component}/${instanceType}`,
  /** SageMaker serverless inference compute, by memory size (when the plan rates list it). */
  sageMakerServerless: (memoryMB: number) => `ServerlessInf/${memoryMB}`,
  ec2: (instanceType: string) => instanceType,
  lambdaDuration: (arch: LambdaArchitecture) => `lambda-duration/${arch}`,
} as const;
