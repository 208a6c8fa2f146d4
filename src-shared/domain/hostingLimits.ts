/**
 * Hosting options as data: the limits AWS publishes for each `hosting.type` (DOMAIN.md §1), each with
 * its source. Feasibility checks read this table rather than constants in code, because AWS changes
 * these limits; update a row here and every check and message follows.
 */
import type { HostingType } from '../project/schema';
import { BYTES_PER_MB } from './units';

/** Which GPUs a hosting type can use. */
export type GpuSupport = 'yes' | 'no' | 'single-gpu-types';

export interface HostingLimits {
  type: HostingType;
  /** Short name used in messages ("serverless", "real-time endpoint"). */
  label: string;
  /** Largest request payload, bytes; null = no limit of the service. */
  maxRequestBytes: number | null;
  /** Largest response payload, bytes; null = no limit of the service. */
  maxResponseBytes: number | null;
  /** Longest processing time of one request, seconds; null = no limit. */
  maxRequestSeconds: number | null;
  /** Memory size range for memory-sized options (serverless, Lambda), MB. */
  memoryMB: { min: number; max: number } | null;
  /** Largest concurrency one endpoint/function can be configured to. */
  maxConcurrencyPerEndpoint: number | null;
  /** Default account concurrency quota per region (can be raised on request, or be lower). */
  accountConcurrencyQuota: number | null;
  /** Largest number of endpoints per region (serverless). */
  maxEndpointsPerRegion: number | null;
  /** Containers per endpoint (multi-container). */
  maxContainers: number | null;
  gpu: GpuSupport;
  /** Can the option run with no capacity (and no cost) when idle? */
  scaleToZero: boolean;
  /** Smallest instance count of an autoscaled fleet (null = not instance based). */
  minInstances: number | null;
  /** Has a persistent endpoint answering requests (false for batch). */
  persistentEndpoint: boolean;
  /** Requests are queued (results delivered later), so latency is near-real-time at best. */
  queued: boolean;
  /** Features the option does not support, in words. */
  unsupported: string[];
  /** Where the limits come from. */
  sources: string[];
}

const SAGEMAKER_FAQ = 'AWS SageMaker developer guide, "Hosting FAQs" and "Inference options"';

/** The limits a row does not name: none of the service's (null = no such limit). */
const noServiceLimits = {
  maxRequestBytes: null,
  maxResponseBytes: null,
  maxRequestSeconds: null,
  memoryMB: null,
  maxConcurrencyPerEndpoint: null,
  accountConcurrencyQuota: null,
  maxEndpointsPerRegion: null,
  maxContainers: null,
} as const;

const realtimeLike = {
  ...noServiceLimits,
  maxRequestBytes: 25 * BYTES_PER_MB,
  maxResponseBytes: 25 * BYTES_PER_MB,
  maxRequestSeconds: 60,
  scaleToZero: false,
  minInstances: 1,
  persistentEndpoint: true,
  queued: false,
  unsupported: [],
} as const;

/** Instances you run yourself (EC2, EKS): none of SageMaker's limits, may scale to zero. */
const selfManaged = {
  ...noServiceLimits,
  gpu: 'yes',
  scaleToZero: true,
  minInstances: 0,
  persistentEndpoint: true,
  queued: false,
  unsupported: ['managed serving stack (you run it)'],
} satisfies Partial<HostingLimits>;

/** The table: one row per hosting type. */
export const HOSTING_LIMITS: Readonly<Record<HostingType, HostingLimits>> = {
  'sagemaker-realtime': {
    ...realtimeLike,
    unsupported: [],
    type: 'sagemaker-realtime',
    label: 'real-time endpoint',
    gpu: 'yes',
    sources: [`${SAGEMAKER_FAQ}: 25 MB payload (older docs: 6 MB), 60 s per request; minimum 1 instance`],
  },
  'sagemaker-multi-model': {
    ...realtimeLike,
    unsupported: ['several frameworks in one endpoint (models must share one container)'],
    type: 'sagemaker-multi-model',
    label: 'multi-model endpoint',
    gpu: 'single-gpu-types',
    sources: [`${SAGEMAKER_FAQ}; "Multi-model endpoints": GPU only on single-GPU types via Triton`],
  },
  'sagemaker-multi-container': {
    ...realtimeLike,
    unsupported: [],
    type: 'sagemaker-multi-container',
    label: 'multi-container endpoint',
    maxContainers: 15,
    gpu: 'yes',
    sources: [`${SAGEMAKER_FAQ}; "Multi-container endpoints": up to 15 containers, all in memory`],
  },
  'sagemaker-serverless': {
    ...noServiceLimits,
    type: 'sagemaker-serverless',
    label: 'serverless inference',
    maxRequestBytes: 4 * BYTES_PER_MB,
    maxResponseBytes: 4 * BYTES_PER_MB,
    maxRequestSeconds: 60,
    memoryMB: { min: 1024, max: 6144 },
    maxConcurrencyPerEndpoint: 200,
    accountConcurrencyQuota: 1000,
    maxEndpointsPerRegion: 50,
    gpu: 'no',
    scaleToZero: true,
    minInstances: null,
    persistentEndpoint: true,
    queued: false,
    unsupported: [
      'GPU',
      'VPC configuration',
      'network isolation',
      'multi-model',
      'production variants',
      'Model Monitor',
    ],
    sources: [
      'AWS SageMaker developer guide, "Serverless inference": 4 MB payload, 60 s, 1-6 GB memory, MaxConcurrency 200, account 1000 (or 500), 50 endpoints',
    ],
  },
  'sagemaker-async': {
    ...noServiceLimits,
    type: 'sagemaker-async',
    label: 'asynchronous inference',
    maxRequestBytes: 1024 * BYTES_PER_MB,
    maxRequestSeconds: 3600,
    gpu: 'yes',
    scaleToZero: true,
    minInstances: 0,
    persistentEndpoint: true,
    queued: true,
    unsupported: [],
    sources: ['AWS SageMaker developer guide, "Asynchronous inference": 1 GB input via S3, up to 1 h, MinCapacity 0'],
  },
  'sagemaker-batch': {
    ...noServiceLimits,
    type: 'sagemaker-batch',
    label: 'batch transform',
    maxRequestBytes: 100 * BYTES_PER_MB,
    maxRequestSeconds: 3600,
    gpu: 'yes',
    scaleToZero: true,
    minInstances: 1,
    persistentEndpoint: false,
    queued: true,
    unsupported: ['online requests (no persistent endpoint)'],
    sources: ['AWS SageMaker developer guide, "Batch transform": mini-batch up to 100 MB, 1 h per invocation'],
  },
  ec2: {
    ...selfManaged,
    type: 'ec2',
    label: 'EC2 self-hosted',
    sources: ["DOMAIN.md §1: EC2 has none of SageMaker's limits; Auto Scaling groups may scale to zero"],
  },
  eks: {
    ...selfManaged,
    type: 'eks',
    label: 'EKS',
    sources: ['AWS EKS pricing: $0.10 per cluster-hour plus nodes; cluster autoscaling'],
  },
  lambda: {
    ...noServiceLimits,
    type: 'lambda',
    label: 'Lambda',
    maxRequestBytes: 6 * BYTES_PER_MB,
    maxResponseBytes: 6 * BYTES_PER_MB,
    maxRequestSeconds: 900,
    memoryMB: { min: 128, max: 10240 },
    accountConcurrencyQuota: 1000,
    gpu: 'no',
    scaleToZero: true,
    minInstances: null,
    persistentEndpoint: true,
    queued: false,
    unsupported: ['GPU'],
    sources: [
      'AWS Lambda quotas: 6 MB synchronous payload (256 KB async), 15 min, 128-10,240 MB, 1,000 concurrent executions',
    ],
  },
  bedrock: {
    ...noServiceLimits,
    type: 'bedrock',
    label: 'Bedrock',
    gpu: 'no',
    scaleToZero: true,
    minInstances: null,
    persistentEndpoint: true,
    queued: false,
    unsupported: ['your own model weights (except custom models on Provisioned Throughput)'],
    sources: ['AWS Bedrock pricing and "Provisioned Throughput": limits are per model'],
  },
};

/**
 * Single-GPU instance families a multi-model endpoint can use (Triton). p3.2xlarge is the only
 * single-GPU p3 size. Source: SageMaker "Multi-model endpoints" supported instances.
 */
export const MME_GPU_FAMILIES: ReadonlyArray<string> = ['g4dn', 'g5', 'p3.2xlarge'];

/** Default ML storage volume per endpoint instance when the design gives none (GB). */
export const DEFAULT_ENDPOINT_VOLUME_GB = 30;

/**
 * Share of an instance's memory available to models after the OS and the serving container.
 * A modelling assumption (not an AWS figure): 80% keeps headroom for the runtime and request buffers.
 */
export const USABLE_MEMORY_SHARE = 0.8;
