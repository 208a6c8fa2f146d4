/**
 * The number fields of a design as data, per hosting type and per way to pay: label, unit, where
 * the value lives and the rule a typed value must meet. The schema (src-shared/project/schema.ts)
 * has the final word; these rules only give the message a person sees first.
 */
import {
  INSTANCE_HOSTING_TYPES,
  type Hosting,
  type HostingType,
  type Purchase,
  type PurchaseType,
} from '@shared/project/schema';
import type { NumberField, NumberRule } from './numberInput';

type Rec = Record<string, unknown>;

/** A design number field: the common field data plus which part of the design it belongs to. */
export interface DesignNumberField extends NumberField<Rec> {
  /** Unique per part: "instanceCount", "autoscaling.max". */
  id: string;
  part: 'hosting' | 'purchase';
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

/** A plain field a person may leave empty (then the domain's default or the price data applies). */
function optional(
  part: DesignNumberField['part'],
  id: string,
  label: string,
  unit: string,
  rule: NumberRule,
  help?: string,
): DesignNumberField {
  return plain(part, id, label, unit, rule, help === undefined ? { optional: true } : { optional: true, help });
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
  return INSTANCE_HOSTING_TYPES.includes(type);
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
        optional(
          'hosting',
          'provisionedConcurrency',
          'Provisioned concurrency',
          '0–200, kept warm',
          'non-negative-integer',
        ),
      ];
    case 'lambda':
      return [
        plain('hosting', 'memoryMB', 'Memory', 'MB, 128–10,240', 'positive-integer'),
        optional(
          'hosting',
          'provisionedConcurrency',
          'Provisioned concurrency',
          'instances kept warm',
          'non-negative-integer',
        ),
      ];
    case 'bedrock':
      return [
        optional(
          'hosting',
          'inputTokensPerRequest',
          'Input tokens per request',
          'tokens',
          'non-negative',
          'Empty: the workload’s token counts.',
        ),
        optional('hosting', 'outputTokensPerRequest', 'Output tokens per request', 'tokens', 'non-negative'),
      ];
    default:
      return [];
  }
}

/** The discount a person may give where the price data has no rate; only the label differs per way to pay. */
const userDiscount = (label: string): DesignNumberField =>
  optional(
    'purchase',
    'discountPercent',
    label,
    '% off on-demand',
    'percent',
    'User-provided: used only where the price data has no rate.',
  );

/** The purchase number fields of a way to pay. */
export function purchaseFields(p: Purchase): DesignNumberField[] {
  switch (p.type) {
    case 'sagemaker-savings-plan':
    case 'compute-savings-plan':
    case 'ec2-instance-savings-plan':
      return [
        optional(
          'purchase',
          'commitmentPerHour',
          'Commitment',
          '$ per hour',
          'non-negative',
          'Empty: sized to the weekly floor of eligible usage.',
        ),
        userDiscount('Plan discount (user-provided)'),
      ];
    case 'reserved-instance':
      return [userDiscount('Reservation discount (user-provided)')];
    case 'spot':
      return [
        userDiscount('Spot discount (user-provided)'),
        optional('purchase', 'pricePerHour', 'Spot price (user-provided)', '$ per hour', 'positive'),
      ];
    case 'provisioned-throughput':
      return [
        plain('purchase', 'modelUnits', 'Model units', 'units', 'positive-integer'),
        optional(
          'purchase',
          'ratePerModelUnitHour',
          'Rate per model unit (user-provided)',
          '$ per hour',
          'positive',
          'No public rates are known.',
        ),
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
