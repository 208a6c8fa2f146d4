/**
 * The number fields of a design as data, per hosting type and per way to pay: label, unit, where
 * the value lives and the rule a typed value must meet. The schema (src-shared/project/schema.ts)
 * has the final word; these rules only give the message a person sees first.
 */
import type { Hosting, HostingType, Purchase, PurchaseType } from '@shared/project/schema';
import type { NumberRule } from './numberInput';

type Rec = Record<string, unknown>;

export interface DesignNumberField {
  /** Unique per part: "instanceCount", "autoscaling.max". */
  id: string;
  part: 'hosting' | 'purchase';
  label: string;
  unit: string;
  rule: NumberRule;
  optional?: boolean;
  /** Shown under the field (why it matters, or that it is user-provided). */
  help?: string;
  get(obj: Rec): number | undefined;
  set(obj: Rec, value: number | undefined): void;
}

function plain(
  part: DesignNumberField['part'],
  id: string,
  label: string,
  unit: string,
  rule: NumberRule,
  extra: Partial<DesignNumberField> = {},
): DesignNumberField {
  return {
    id,
    part,
    label,
    unit,
    rule,
    get: (o) => o[id] as number | undefined,
    set: (o, v) => {
      if (v === undefined) delete o[id];
      else o[id] = v;
    },
    ...extra,
  };
}

function autoscaling(
  id: 'min' | 'max' | 'targetInvocationsPerInstance',
  label: string,
  unit: string,
  rule: NumberRule,
): DesignNumberField {
  return {
    id: `autoscaling.${id}`,
    part: 'hosting',
    label,
    unit,
    rule,
    get: (o) => (o['autoscaling'] as Rec | undefined)?.[id] as number | undefined,
    set: (o, v) => (o['autoscaling'] = { ...(o['autoscaling'] as Rec), [id]: v }),
  };
}

const INSTANCE_COUNT = plain('hosting', 'instanceCount', 'Instances', 'count', 'positive-integer');
const AUTOSCALING = [
  autoscaling('min', 'Minimum instances', 'count', 'non-negative-integer'),
  autoscaling('max', 'Maximum instances', 'count', 'positive-integer'),
  autoscaling('targetInvocationsPerInstance', 'Target invocations per instance', 'per minute', 'positive'),
];
const CONCURRENCY = plain(
  'hosting',
  'concurrencyPerInstance',
  'Concurrent requests per instance',
  'requests',
  'positive-integer',
  {
    optional: true,
    help: 'Empty: the vCPU count for CPU types, 1 per GPU for GPU types.',
  },
);

/** Whether a hosting type runs on instances with a fixed count or autoscaling. */
export function isInstanceHosting(type: HostingType): boolean {
  return [
    'sagemaker-realtime',
    'sagemaker-multi-model',
    'sagemaker-multi-container',
    'sagemaker-async',
    'ec2',
    'eks',
  ].includes(type);
}

/** The hosting number fields that apply to a design's hosting as it is now. */
export function hostingFields(h: Hosting): DesignNumberField[] {
  if (isInstanceHosting(h.type)) {
    const scaled = 'autoscaling' in h && h.autoscaling !== undefined;
    return [...(scaled ? AUTOSCALING : [INSTANCE_COUNT]), CONCURRENCY];
  }
  switch (h.type) {
    case 'sagemaker-batch':
      return [
        INSTANCE_COUNT,
        plain('hosting', 'jobsPerMonth', 'Jobs per month', 'jobs', 'non-negative'),
        plain('hosting', 'hoursPerJob', 'Hours per job', 'hours', 'positive'),
      ];
    case 'sagemaker-serverless':
      return [
        plain('hosting', 'maxConcurrency', 'Maximum concurrency', '1–200', 'positive-integer'),
        plain(
          'hosting',
          'provisionedConcurrency',
          'Provisioned concurrency',
          '0–200, kept warm',
          'non-negative-integer',
          { optional: true },
        ),
      ];
    case 'lambda':
      return [
        plain('hosting', 'memoryMB', 'Memory', 'MB, 128–10,240', 'positive-integer'),
        plain(
          'hosting',
          'provisionedConcurrency',
          'Provisioned concurrency',
          'instances kept warm',
          'non-negative-integer',
          { optional: true },
        ),
      ];
    case 'bedrock':
      return [
        plain('hosting', 'inputTokensPerRequest', 'Input tokens per request', 'tokens', 'non-negative', {
          optional: true,
          help: 'Empty: the workload’s token counts.',
        }),
        plain('hosting', 'outputTokensPerRequest', 'Output tokens per request', 'tokens', 'non-negative', {
          optional: true,
        }),
      ];
    default:
      return [];
  }
}

const USER_DISCOUNT_HELP = 'User-provided: used only where the price data has no rate.';

/** The purchase number fields of a way to pay. */
export function purchaseFields(p: Purchase): DesignNumberField[] {
  switch (p.type) {
    case 'sagemaker-savings-plan':
    case 'compute-savings-plan':
    case 'ec2-instance-savings-plan':
      return [
        plain('purchase', 'commitmentPerHour', 'Commitment', '$ per hour', 'non-negative', {
          optional: true,
          help: 'Empty: sized to the weekly floor of eligible usage.',
        }),
        plain('purchase', 'discountPercent', 'Plan discount (user-provided)', '% off on-demand', 'percent', {
          optional: true,
          help: USER_DISCOUNT_HELP,
        }),
      ];
    case 'reserved-instance':
      return [
        plain('purchase', 'discountPercent', 'Reservation discount (user-provided)', '% off on-demand', 'percent', {
          optional: true,
          help: USER_DISCOUNT_HELP,
        }),
      ];
    case 'spot':
      return [
        plain('purchase', 'discountPercent', 'Spot discount (user-provided)', '% off on-demand', 'percent', {
          optional: true,
          help: USER_DISCOUNT_HELP,
        }),
        plain('purchase', 'pricePerHour', 'Spot price (user-provided)', '$ per hour', 'positive', { optional: true }),
      ];
    case 'provisioned-throughput':
      return [
        plain('purchase', 'modelUnits', 'Model units', 'units', 'positive-integer'),
        plain('purchase', 'ratePerModelUnitHour', 'Rate per model unit (user-provided)', '$ per hour', 'positive', {
          optional: true,
          help: 'No public rates are known.',
        }),
      ];
    default:
      return [];
  }
}

/** Human names of the hosting types. */
export const HOSTING_LABELS: Readonly<Record<HostingType, string>> = {
  'sagemaker-realtime': 'SageMaker real-time endpoint',
  'sagemaker-multi-model': 'SageMaker multi-model endpoint',
  'sagemaker-multi-container': 'SageMaker multi-container endpoint',
  'sagemaker-serverless': 'SageMaker serverless inference',
  'sagemaker-async': 'SageMaker asynchronous inference',
  'sagemaker-batch': 'SageMaker batch transform',
  ec2: 'EC2 self-hosted',
  eks: 'EKS',
  lambda: 'AWS Lambda',
  bedrock: 'Amazon Bedrock',
};

/** Human names of the ways to pay. */
export const PURCHASE_LABELS: Readonly<Record<PurchaseType, string>> = {
  'on-demand': 'On-demand',
  'sagemaker-savings-plan': 'SageMaker Savings Plan',
  'compute-savings-plan': 'Compute Savings Plan',
  'ec2-instance-savings-plan': 'EC2 Instance Savings Plan',
  'reserved-instance': 'Reserved instances',
  spot: 'Spot',
  'provisioned-throughput': 'Bedrock Provisioned Throughput',
};
