/**
 * The project file (`*.infercalc.json`, SPEC §3.1): one workload and the designs that could serve it.
 * These zod schemas are the single definition of the format; the CLI, the desktop app, the web mode
 * and the renderer all validate with them. Unknown fields are rejected (strict objects) with a message
 * naming the field, so nothing a newer version wrote is ever silently dropped.
 */
import { z } from 'zod';

export const PROJECT_FORMAT = 'infercalc-project';
export const PROJECT_VERSION = 1;

const positive = z.number().finite().positive();
const nonNegative = z.number().finite().nonnegative();
const count = z.number().int().nonnegative();

export const REGION_PATTERN = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
export const RegionSchema = z.string().regex(REGION_PATTERN, 'expected an AWS region code such as us-east-1');

export const TRAFFIC_PRESETS = [
  'steady',
  'business-hours',
  'diurnal',
  'spiky',
  'predictable-bursts',
  'intermittent',
  'nightly-batch',
] as const;
export type TrafficPreset = (typeof TRAFFIC_PRESETS)[number];

/** A preset shape scaled to a rate; `basis` says whether the rate is the peak hour (default) or the weekly average. */
export const PresetTrafficSchema = z.strictObject({
  pattern: z.enum(TRAFFIC_PRESETS),
  // More than 0: a workload with no traffic has nothing to host (and no cost per request).
  requestsPerSecond: z.number().refine((v) => Number.isFinite(v) && v > 0, {
    message: 'the traffic rate must be more than 0 requests/s: a workload with no traffic has nothing to host',
  }),
  basis: z.enum(['peak', 'average']).optional(),
});

/** A typical day (24 values, repeated for 7 days) or a typical week (168 values, Monday 00:00 first). */
export const HourlyTrafficSchema = z.strictObject({
  pattern: z.literal('hourly'),
  requestsPerSecond: z
    .array(nonNegative)
    .refine((v) => v.length === 24 || v.length === 168, { message: 'expected 24 or 168 hourly values' })
    // Like a preset's rate of 0: a week with no traffic in any hour has nothing to host.
    .refine((v) => v.some((r) => r > 0), { message: 'the hourly profile has no traffic in any hour' }),
});

export const TrafficSchema = z.union([PresetTrafficSchema, HourlyTrafficSchema]);

export const WorkloadSchema = z.strictObject({
  traffic: TrafficSchema,
  /** Compute time of one request on one worker, in milliseconds. */
  inferenceMs: positive,
  /** 1 KiB = 1024 bytes. */
  requestKiB: nonNegative,
  responseKiB: nonNegative,
  latencyTargetMs: positive,
  models: z.strictObject({ count: z.number().int().positive(), sizeGB: positive }),
  needsGpu: z.boolean(),
  interruptible: z.boolean(),
  commitmentYears: z.union([z.literal(0), z.literal(1), z.literal(3)]),
  /** Optional: the whole dataset is available up front (batch scoring). */
  datasetAvailableUpfront: z.boolean().optional(),
  /** Optional: per-request token counts, used by Bedrock designs. */
  inputTokensPerRequest: nonNegative.optional(),
  outputTokensPerRequest: nonNegative.optional(),
});

export const AutoscalingSchema = z
  .strictObject({
    min: count,
    max: z.number().int().positive(),
    /** Target of SageMakerVariantInvocationsPerInstance: invocations per minute per instance. */
    targetInvocationsPerInstance: positive,
    /** Minutes before scaling in (default 5, AWS's 300 s cooldown). */
    scaleInCooldownMinutes: nonNegative.optional(),
  })
  .refine((a) => a.max >= a.min, {
    message: 'maximum instances (autoscaling.max) must be at least the minimum instances (autoscaling.min)',
    path: ['max'],
  });

/** SageMaker endpoints that run on instances with a fixed count or autoscaling. */
const SAGEMAKER_INSTANCE_HOSTING_TYPES = [
  'sagemaker-realtime',
  'sagemaker-multi-model',
  'sagemaker-multi-container',
  'sagemaker-async',
] as const;
/** Instances you run yourself (EC2, or EKS nodes). */
const SELF_MANAGED_HOSTING_TYPES = ['ec2', 'eks'] as const;
/** Every hosting type that takes `instanceCount` or an `autoscaling` block. */
export const INSTANCE_HOSTING_TYPES: ReadonlyArray<string> = [
  ...SAGEMAKER_INSTANCE_HOSTING_TYPES,
  ...SELF_MANAGED_HOSTING_TYPES,
];

/** Instance-based hosting: a fixed count or an autoscaling block, never both. */
const instanceFields = {
  instanceType: z.string().min(1),
  instanceCount: z.number().int().positive().optional(),
  autoscaling: AutoscalingSchema.optional(),
  /** Requests one instance runs at once (default: its vCPU count for CPU types, 1 per GPU for GPU types). */
  concurrencyPerInstance: z.number().int().positive().optional(),
  /** Overrides the derived throughput: requests per second one instance sustains. */
  maxRequestsPerSecondPerInstance: positive.optional(),
  /** Endpoint ML storage volume per instance, GB (default 30 when the price data has the meter). */
  volumeGB: nonNegative.optional(),
  region: RegionSchema.optional(),
};

const oneOfCountOrAutoscaling = (h: { instanceCount?: number; autoscaling?: unknown }) =>
  (h.instanceCount === undefined) !== (h.autoscaling === undefined);
const countOrAutoscalingMessage = { message: 'give either instanceCount or autoscaling, not both and not neither' };

export const SageMakerInstanceHostingSchema = z
  .strictObject({
    type: z.enum(SAGEMAKER_INSTANCE_HOSTING_TYPES),
    ...instanceFields,
  })
  .refine(oneOfCountOrAutoscaling, countOrAutoscalingMessage);

export const SageMakerServerlessHostingSchema = z.strictObject({
  type: z.literal('sagemaker-serverless'),
  memoryMB: z.number().int().min(1024).max(6144).multipleOf(1024),
  maxConcurrency: z.number().int().min(1).max(200),
  provisionedConcurrency: z.number().int().min(0).max(200).optional(),
  region: RegionSchema.optional(),
});

export const SageMakerBatchHostingSchema = z.strictObject({
  type: z.literal('sagemaker-batch'),
  instanceType: z.string().min(1),
  instanceCount: z.number().int().positive(),
  jobsPerMonth: nonNegative,
  hoursPerJob: positive,
  region: RegionSchema.optional(),
});

export const Ec2HostingSchema = z
  .strictObject({ type: z.enum(SELF_MANAGED_HOSTING_TYPES), ...instanceFields })
  .refine(oneOfCountOrAutoscaling, countOrAutoscalingMessage);

export const LambdaHostingSchema = z.strictObject({
  type: z.literal('lambda'),
  memoryMB: z.number().int().min(128).max(10240),
  architecture: z.enum(['x86_64', 'arm64']),
  provisionedConcurrency: z.number().int().min(0).optional(),
  region: RegionSchema.optional(),
});

export const BedrockHostingSchema = z.strictObject({
  type: z.literal('bedrock'),
  /** A model id of the price catalog, e.g. "anthropic.claude-3-haiku". */
  model: z.string().min(1),
  inputTokensPerRequest: nonNegative.optional(),
  outputTokensPerRequest: nonNegative.optional(),
  region: RegionSchema.optional(),
});

export const HostingSchema = z.union([
  SageMakerInstanceHostingSchema,
  SageMakerServerlessHostingSchema,
  SageMakerBatchHostingSchema,
  Ec2HostingSchema,
  LambdaHostingSchema,
  BedrockHostingSchema,
]);

export const HOSTING_TYPES = [
  'sagemaker-realtime',
  'sagemaker-multi-model',
  'sagemaker-multi-container',
  'sagemaker-serverless',
  'sagemaker-async',
  'sagemaker-batch',
  'ec2',
  'eks',
  'lambda',
  'bedrock',
] as const;
export type HostingType = (typeof HOSTING_TYPES)[number];

export const PAYMENT_OPTIONS = ['no-upfront', 'partial-upfront', 'all-upfront'] as const;
const termYears = z.union([z.literal(1), z.literal(3)]);

const savingsPlanFields = {
  termYears,
  payment: z.enum(PAYMENT_OPTIONS),
  /** $/hour committed; when absent the engine sizes it to the weekly floor of eligible usage. */
  commitmentPerHour: nonNegative.optional(),
  /** A plan discount entered by hand when the price data has no plan rate (user-provided). */
  discountPercent: z.number().min(0).max(100).optional(),
};

export const PurchaseSchema = z.union([
  z.strictObject({ type: z.literal('on-demand') }),
  z.strictObject({
    type: z.enum(['sagemaker-savings-plan', 'compute-savings-plan', 'ec2-instance-savings-plan']),
    ...savingsPlanFields,
  }),
  z.strictObject({
    type: z.literal('reserved-instance'),
    termYears,
    payment: z.enum(PAYMENT_OPTIONS),
    offeringClass: z.enum(['standard', 'convertible']),
    /** Optional hand-entered discount when the price data has no rate for this term. */
    discountPercent: z.number().min(0).max(100).optional(),
  }),
  z.strictObject({
    type: z.literal('spot'),
    /** Used when no spot price is known (the Price List API carries none). */
    discountPercent: z.number().min(0).max(100).optional(),
    pricePerHour: positive.optional(),
  }),
  z.strictObject({
    type: z.literal('provisioned-throughput'),
    modelUnits: z.number().int().positive(),
    term: z.enum(['none', '1-month', '6-month']),
    /** $/hour per model unit; no public rates are known, so it is user-provided. */
    ratePerModelUnitHour: positive.optional(),
  }),
]);

export const PURCHASE_TYPES = [
  'on-demand',
  'sagemaker-savings-plan',
  'compute-savings-plan',
  'ec2-instance-savings-plan',
  'reserved-instance',
  'spot',
  'provisioned-throughput',
] as const;
export type PurchaseType = (typeof PURCHASE_TYPES)[number];

export const DesignSchema = z.strictObject({
  name: z.string().min(1).max(200),
  hosting: HostingSchema,
  purchase: PurchaseSchema,
  notes: z.string().optional(),
});

/** A price entered by hand (a negotiated rate, a plan rate, a spot price); always labelled user-provided. */
export const UserRateSchema = z.strictObject({
  /** The catalog key it overrides or fills (see src-shared/prices/keys.ts). */
  key: z.string().min(1),
  usd: nonNegative,
  unit: z.string().min(1),
  note: z.string().optional(),
});

export const ProjectSchema = z.strictObject({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  name: z.string().min(1).max(200),
  region: RegionSchema,
  workload: WorkloadSchema,
  designs: z
    .array(DesignSchema)
    .max(200, 'at most 200 designs per project (enough for any real comparison); split the rest into another project'),
  userRates: z.array(UserRateSchema).optional(),
});

export type Workload = z.infer<typeof WorkloadSchema>;
export type Traffic = z.infer<typeof TrafficSchema>;
export type Autoscaling = z.infer<typeof AutoscalingSchema>;
export type Hosting = z.infer<typeof HostingSchema>;
export type Purchase = z.infer<typeof PurchaseSchema>;
export type Design = z.infer<typeof DesignSchema>;
export type UserRate = z.infer<typeof UserRateSchema>;
export type Project = z.infer<typeof ProjectSchema>;
