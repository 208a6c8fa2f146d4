/** New designs and ways to pay: sensible starting values per type, and names that stay unique. */
import type { Design, Hosting, HostingType, Purchase, PurchaseType, Workload } from '@shared/project/schema';
import { HOSTING_LABELS } from './designFields';

/** A starting hosting of a type, carrying over the instance type and region of `previous` where they fit. */
export function defaultHosting(type: HostingType, previous?: Hosting): Hosting {
  const region = previous?.region ? { region: previous.region } : {};
  const prevType = previous && 'instanceType' in previous ? previous.instanceType : undefined;
  const sageMaker = type.startsWith('sagemaker-');
  // SageMaker types carry the "ml." prefix; EC2/EKS types do not.
  const instanceType = prevType
    ? sageMaker
      ? prevType.startsWith('ml.')
        ? prevType
        : `ml.${prevType}`
      : prevType.replace(/^ml\./, '')
    : sageMaker
      ? 'ml.m5.xlarge'
      : 'm5.xlarge';
  switch (type) {
    case 'sagemaker-serverless':
      return { type, memoryMB: 2048, maxConcurrency: 10, ...region };
    case 'sagemaker-batch':
      return { type, instanceType, instanceCount: 1, jobsPerMonth: 30, hoursPerJob: 1, ...region };
    case 'lambda':
      return { type, memoryMB: 2048, architecture: 'x86_64', ...region };
    case 'bedrock':
      return { type, model: 'anthropic.claude-3-haiku', ...region };
    case 'sagemaker-async':
      return { type, instanceType, autoscaling: { min: 0, max: 2, targetInvocationsPerInstance: 70 }, ...region };
    default:
      return { type, instanceType, instanceCount: 1, ...region };
  }
}

/** A starting purchase of a type; commitment terms follow the workload's commitment horizon. */
export function defaultPurchase(type: PurchaseType, workload: Workload): Purchase {
  const termYears = workload.commitmentYears === 3 ? 3 : 1;
  switch (type) {
    case 'on-demand':
      return { type };
    case 'reserved-instance':
      return { type, termYears, payment: 'no-upfront', offeringClass: 'standard' };
    case 'spot':
      return { type };
    case 'provisioned-throughput':
      return { type, modelUnits: 1, term: '1-month' };
    default:
      return { type, termYears, payment: 'no-upfront' };
  }
}

/** `base`, or "base (2)", "base (3)"... whichever is not taken. */
export function uniqueName(base: string, taken: ReadonlyArray<string>): string {
  const set = new Set(taken);
  if (!set.has(base)) return base;
  const stem = base.replace(/ \(\d+\)$/, '');
  for (let i = 2; ; i++) if (!set.has(`${stem} (${i})`)) return `${stem} (${i})`;
}

/** A new design of a hosting type, on-demand, with a unique name. */
export function newDesign(type: HostingType, taken: ReadonlyArray<string>): Design {
  return {
    name: uniqueName(HOSTING_LABELS[type], taken),
    hosting: defaultHosting(type),
    purchase: { type: 'on-demand' },
  };
}
