/**
 * Defaults of the latency, cold-start, scaling and batch models, each with where it comes from.
 * `kind: 'aws'` is a figure AWS documents; `kind: 'estimate'` is a modelling assumption AWS does not
 * publish, shown to the user as an estimate with its rule. Every one can be overridden by the caller.
 */

/** A default value with its provenance, so the UI, CLI and workbook can say where a figure came from. */
export interface NamedDefault {
  value: number;
  unit: string;
  kind: 'aws' | 'estimate';
  /** Where the figure comes from (AWS page) or the rule behind the estimate. */
  source: string;
}

/** The latency percentiles a workload may name (`latencyPercentile`). */
export const LATENCY_PERCENTILES = [50, 90, 95, 99] as const;
export type LatencyPercentile = (typeof LATENCY_PERCENTILES)[number];

/** The percentile used when the workload names none. */
export const DEFAULT_LATENCY_PERCENTILE: LatencyPercentile = 95;

export const LATENCY_DEFAULTS = {
  /** Throttling share a concurrency limit is sized to stay under. */
  throttleShare: {
    value: 0.001,
    unit: 'share of requests',
    kind: 'estimate',
    source: 'sizing rule: at most 0.1% of requests throttled (Erlang B over the hour’s mean load)',
  },
  /** Variability of one request's compute time, for the queue's wait (Allen–Cunneen M/G/c). */
  serviceTimeCv: {
    value: 0.5,
    unit: 'coefficient of variation',
    kind: 'estimate',
    source:
      'model compute times vary little (0 = constant, 1 = exponential); 0.5 is a cautious middle; the wait is the M/M/c wait × (1 + CV²)/2',
  },
  /** How long an idle serverless environment stays warm before a request meets a cold start. */
  idleKeepWarmMinutes: {
    value: 10,
    unit: 'minutes',
    kind: 'estimate',
    source:
      'AWS does not publish how long idle Lambda or SageMaker serverless environments are kept; 10 minutes is a middle value of reported observations (5–15 min)',
  },
  /** Start of a serverless or Lambda execution environment before the model loads. */
  serverlessRuntimeStartSeconds: {
    value: 1,
    unit: 's',
    kind: 'estimate',
    source:
      'AWS Lambda operator guide: cold starts "vary from under 100 ms to over 1 second"; the upper end is taken for an ML runtime',
  },
  /** Throughput of loading model artifacts from S3 into a container. */
  s3LoadGBPerSecond: {
    value: 0.1,
    unit: 'GB/s',
    kind: 'estimate',
    source:
      'about 100 MB/s, a single-stream S3 download to one instance (AWS gives no figure for model loads); load time = model size ÷ this',
  },
  /** Framework start after the artifacts are on disk (deserialize, warm the runtime). */
  frameworkStartSeconds: {
    value: 2,
    unit: 's',
    kind: 'estimate',
    source: 'rule of thumb for loading a model into a Python serving framework once downloaded',
  },
  /** Scale-out alarm of target tracking: consecutive one-minute periods above target. */
  scaleOutAlarmMinutes: {
    value: 3,
    unit: 'one-minute periods',
    kind: 'aws',
    source:
      'Application Auto Scaling target tracking: the high alarm it creates needs 3 datapoints within 3 minutes (Application Auto Scaling User Guide, "How target tracking scaling works")',
  },
  /** Scale-in alarm of target tracking: consecutive one-minute periods below target. */
  scaleInAlarmMinutes: {
    value: 15,
    unit: 'one-minute periods',
    kind: 'aws',
    source:
      'Application Auto Scaling target tracking: the low alarm it creates needs 15 datapoints within 15 minutes (Application Auto Scaling User Guide, "How target tracking scaling works")',
  },
  /** Wait after a scale-in before another scale-in. */
  scaleInCooldownSeconds: {
    value: 300,
    unit: 's',
    kind: 'aws',
    source:
      'Application Auto Scaling default scale-in cooldown for SageMaker variants, 300 s (Application Auto Scaling User Guide, "Define cooldown periods")',
  },
  /** Minutes a new SageMaker instance takes before it serves. */
  sageMakerInstanceStartMinutes: {
    value: 6,
    unit: 'minutes',
    kind: 'estimate',
    source:
      'AWS says new endpoint instances take "minutes" (SageMaker guide, autoscaling best practices); 6 minutes is a typical provisioning-to-InService time for a CPU instance with a small model',
  },
  /** Minutes a new EC2 instance (or EKS node) takes to boot and start the serving container. */
  ec2InstanceStartMinutes: {
    value: 3,
    unit: 'minutes',
    kind: 'estimate',
    source: 'boot plus container pull and model load on a fresh instance; AWS gives no figure',
  },
  /** Minutes an async endpoint at zero needs to notice a backlog before it launches an instance. */
  scaleFromZeroDetectionMinutes: {
    value: 1,
    unit: 'minutes',
    kind: 'estimate',
    source:
      'one one-minute alarm period on HasBacklogWithoutCapacity (SageMaker guide, "Autoscale an asynchronous endpoint", optional scale-from-zero policy)',
  },
  /** Start-up of a batch transform job before records flow (instances launch, container starts). */
  batchJobStartMinutes: {
    value: 6,
    unit: 'minutes',
    kind: 'estimate',
    source: 'instance provisioning and container start of a batch transform job; AWS gives no figure',
  },
} as const satisfies Record<string, NamedDefault>;

/** Lambda's monthly free tier (AWS Lambda pricing page): requests and GB-seconds of duration. */
export const LAMBDA_FREE_TIER = {
  requestsPerMonth: 1_000_000,
  gbSecondsPerMonth: 400_000,
  source:
    'AWS Lambda pricing: the free tier includes 1M free requests and 400,000 GB-seconds of compute time per month; it does not apply to provisioned concurrency',
} as const;

/** Lambda ephemeral storage: the first 512 MB are included; more is billed per GB-second. */
export const LAMBDA_EPHEMERAL_STORAGE = {
  includedMB: 512,
  maxMB: 10_240,
  source: 'AWS Lambda pricing: ephemeral storage from 512 MB to 10,240 MB; you pay for storage configured above 512 MB',
} as const;
