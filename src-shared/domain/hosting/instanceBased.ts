/**
 * What every instance-based hosting type shares (SageMaker real-time, multi-model, multi-container
 * and asynchronous endpoints, EC2, EKS): a fixed instance count or an autoscaling block, the same
 * sizing and pricing of the fleet (costs/instanceHosting.ts), the same editor fields and words.
 * Each type's file gives only what is its own.
 */
import { z } from 'zod';
import {
  AutoscalingSchema,
  LIMITS,
  nonNegativeUpTo,
  positiveIntUpTo,
  positiveUpTo,
  RegionSchema,
} from '../../project/fields';
import { estimateInstanceHosting } from '../costs/instanceHosting';
import { describeMinimum } from '../capacity/autoscaling';
import type { Autoscaling } from '../model';
import type {
  AnyHosting,
  HostingDefinition,
  InstancePurchaseDefinition,
  InstanceTraits,
  NumberFieldSpec,
  Proposal,
  ProposalInput,
} from '../definitions';

/** Instance-based hosting: a fixed count or an autoscaling block, never both. */
const instanceFields = {
  instanceType: z.string().min(1),
  instanceCount: positiveIntUpTo(LIMITS.instances, 'instances').optional(),
  autoscaling: AutoscalingSchema.optional(),
  /** Requests one instance runs at once (default: its vCPU count for CPU types, 1 per GPU for GPU types). */
  concurrencyPerInstance: positiveIntUpTo(100_000, 'concurrent requests').optional(),
  /** Overrides the derived throughput: requests per second one instance sustains. */
  maxRequestsPerSecondPerInstance: positiveUpTo(LIMITS.requestsPerSecond, 'requests/s').optional(),
  /** Measured output tokens per second one instance sustains; with `outputTokensPerRequest` it sets the rate. */
  maxOutputTokensPerSecondPerInstance: positiveUpTo(100_000_000, 'tokens/s').optional(),
  /** Where the throughput figure comes from; absent = the figure is an estimate and is labelled so. */
  throughputSource: z.string().trim().min(1).max(500).optional(),
  /** Endpoint ML storage volume per instance, GB (default 30 when the price data has the meter). */
  volumeGB: nonNegativeUpTo(16_384, 'GB (16 TiB)').optional(),
  region: RegionSchema.optional(),
};

const oneOfCountOrAutoscaling = (h: { instanceCount?: number; autoscaling?: unknown }) =>
  (h.instanceCount === undefined) !== (h.autoscaling === undefined);
const countOrAutoscalingMessage = { message: 'give either instanceCount or autoscaling, not both and not neither' };

/** The hosting member of an instance-based type. */
export function instanceSchema<T extends string>(type: T) {
  return z
    .strictObject({ type: z.literal(type), ...instanceFields })
    .refine(oneOfCountOrAutoscaling, countOrAutoscalingMessage);
}

type InstanceSchema<T extends string> = ReturnType<typeof instanceSchema<T>>;
export type InstanceHostingOf<T extends string> = z.infer<InstanceSchema<T>>;

/** The instance type of `previous` in this type's naming (SageMaker types carry "ml."), or `fallback`. */
export function carriedInstanceType(previous: AnyHosting | undefined, sageMaker: boolean, fallback: string): string {
  const prev = previous?.instanceType;
  if (!prev) return sageMaker ? `ml.${fallback}` : fallback;
  if (sageMaker) return prev.startsWith('ml.') ? prev : `ml.${prev}`;
  return prev.replace(/^ml\./, '');
}

/** The region of `previous`, to carry into a new hosting. */
export function carriedRegion(previous: AnyHosting | undefined): { region?: string } {
  return previous?.region ? { region: previous.region } : {};
}

/** A general-purpose instance type for new designs and fallbacks; a GPU type when the model needs one. */
export function startingInstanceType(needsGpu: boolean): string {
  return needsGpu ? 'g5.xlarge' : 'm5.xlarge';
}

const INSTANCE_COUNT: NumberFieldSpec = {
  id: 'instanceCount',
  label: 'Instances',
  unit: 'count',
  rule: 'positive-integer',
};
const AUTOSCALING: ReadonlyArray<NumberFieldSpec> = [
  { id: 'autoscaling.min', label: 'Minimum instances', unit: 'count', rule: 'non-negative-integer' },
  { id: 'autoscaling.max', label: 'Maximum instances', unit: 'count', rule: 'positive-integer' },
  {
    id: 'autoscaling.targetInvocationsPerInstance',
    label: 'Target invocations per instance',
    unit: 'per minute',
    rule: 'positive',
  },
  {
    id: 'autoscaling.scaleOutAlarmMinutes',
    label: 'Scale-out alarm',
    unit: 'one-minute periods',
    rule: 'positive-integer',
    optional: true,
    help: 'Empty: 3, AWS default (target tracking high alarm).',
  },
  {
    id: 'autoscaling.scaleInAlarmMinutes',
    label: 'Scale-in alarm',
    unit: 'one-minute periods',
    rule: 'positive-integer',
    optional: true,
    help: 'Empty: 15, AWS default (target tracking low alarm).',
  },
  {
    id: 'autoscaling.scaleInCooldownMinutes',
    label: 'Scale-in cooldown',
    unit: 'minutes',
    rule: 'non-negative',
    optional: true,
    help: 'Empty: 5 minutes (300 s), AWS default.',
  },
  {
    id: 'autoscaling.startUpMinutes',
    label: 'Instance start-up',
    unit: 'minutes',
    rule: 'non-negative',
    optional: true,
    help: 'Empty: an estimate (SageMaker 6 min, EC2 3 min); the fleet in service carries the load meanwhile.',
  },
];
/** The autoscaling fields to edit as numbers: a scheduled minimum (hourly values) is not one number. */
function autoscalingFields(a: Autoscaling): ReadonlyArray<NumberFieldSpec> {
  return typeof a.min === 'number' ? AUTOSCALING : AUTOSCALING.filter((f) => f.id !== 'autoscaling.min');
}

const CONCURRENCY: NumberFieldSpec = {
  id: 'concurrencyPerInstance',
  label: 'Concurrent requests per instance',
  unit: 'requests',
  rule: 'positive-integer',
  optional: true,
  help: 'Empty: the vCPU count for CPU types, 1 per GPU for GPU types.',
};

/** The new autoscaling block of a type: from zero for a type that starts from zero, else from one. */
export function startingAutoscaling(traits: Pick<InstanceTraits, 'startsFromZero'>, count = 1) {
  const min = traits.startsFromZero ? 0 : 1;
  return { min, max: Math.max(count, min, 1) * 2, targetInvocationsPerInstance: 70 };
}

/** An instance-based hosting definition: what is the type's own, the rest shared. */
export function defineInstanceHosting<T extends string>(
  own: Pick<HostingDefinition, 'label' | 'summaryName' | 'ruleKey' | 'family' | 'usageName' | 'limits'> & {
    schema: InstanceSchema<T>;
    purchases: ReadonlyArray<InstancePurchaseDefinition>;
    instances: InstanceTraits;
    propose(input: ProposalInput): Proposal[];
  },
): HostingDefinition<InstanceHostingOf<T>, InstancePurchaseDefinition> & { instances: InstanceTraits } {
  const type = own.schema.shape.type.value;
  const { instances } = own;
  const sageMaker = instances.component !== null;
  const def: HostingDefinition<InstanceHostingOf<T>, InstancePurchaseDefinition> & { instances: InstanceTraits } = {
    ...own,
    type,
    instances,
    instancePicker: { component: instances.component },
    estimate: (ctx, h) => estimateInstanceHosting(ctx, h, def),
    defaults(previous) {
      const instanceType = carriedInstanceType(previous, sageMaker, 'm5.xlarge');
      const scaling = instances.startsFromZero ? { autoscaling: startingAutoscaling(instances) } : { instanceCount: 1 };
      return { type, instanceType, ...scaling, ...carriedRegion(previous) };
    },
    numberFields: (h) => [
      ...(h.autoscaling !== undefined ? autoscalingFields(h.autoscaling) : [INSTANCE_COUNT]),
      CONCURRENCY,
    ],
    choiceFields: () => [],
    describe(h) {
      const a = h.autoscaling;
      const scaling = a
        ? `autoscaling ${describeMinimum(a)}-${a.max}, target ${a.targetInvocationsPerInstance}/min per instance`
        : `${h.instanceCount ?? 1} instance(s), fixed`;
      return { instance: h.instanceType, scaling };
    },
  };
  return def;
}
