/**
 * Hosting limits as data: the shape of the limits AWS publishes for a hosting type, each with its
 * source, and the parts several types share. Each type's own row is in its definition
 * (hosting/<type>.ts); feasibility checks read the row rather than constants in code, because AWS
 * changes these limits: update a row and every check and message follows.
 */
import { BYTES_PER_MB } from './units';

/**
 * Which GPUs a hosting type can use. 'managed': the service runs the model on its own accelerators,
 * so a model that needs a GPU never rules it out (Bedrock).
 */
export type GpuSupport = 'yes' | 'no' | 'single-gpu-types' | 'managed';

export interface HostingLimits {
  /** The hosting type the row is for. */
  type: string;
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

export const SAGEMAKER_FAQ = 'AWS SageMaker developer guide, "Hosting FAQs" and "Inference options"';

/** The limits a row does not name: none of the service's (null = no such limit). */
export const noServiceLimits = {
  maxRequestBytes: null,
  maxResponseBytes: null,
  maxRequestSeconds: null,
  memoryMB: null,
  maxConcurrencyPerEndpoint: null,
  accountConcurrencyQuota: null,
  maxEndpointsPerRegion: null,
  maxContainers: null,
} as const;

export const realtimeLike = {
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
export const selfManaged = {
  ...noServiceLimits,
  gpu: 'yes',
  scaleToZero: true,
  minInstances: 0,
  persistentEndpoint: true,
  queued: false,
  unsupported: ['managed serving stack (you run it)'],
} satisfies Partial<HostingLimits>;

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
