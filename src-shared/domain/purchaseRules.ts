/**
 * Which ways to pay apply to which hosting types (DOMAIN.md §3), as data. A purchase that does not
 * apply is never silently ignored: the estimate carries the reason from this table, naming what to
 * use instead.
 */
import { HOSTING_TYPES, type HostingType, type PurchaseType } from '../project/schema';

/** null = applies; otherwise the reason it does not, with the alternative. */
type Rule = Partial<Record<HostingType, string>>;

const SAGEMAKER_TYPES = HOSTING_TYPES.filter((t) => t.startsWith('sagemaker-'));

function forTypes(types: HostingType[], reason: (t: HostingType) => string): Rule {
  const out: Rule = {};
  for (const t of types) out[t] = reason(t);
  return out;
}

/** For each purchase type, the hosting types it does NOT apply to, with the reason. */
export const PURCHASE_EXCLUSIONS: Readonly<Record<PurchaseType, Rule>> = {
  'on-demand': {},
  'sagemaker-savings-plan': {
    'sagemaker-serverless':
      'SageMaker Savings Plans officially cover real-time, batch and asynchronous instance usage; coverage of serverless inference is only claimed by third parties, so it is not modelled: use on-demand',
    ec2: 'SageMaker Savings Plans apply only to SageMaker usage; for EC2 use a Compute or EC2 Instance Savings Plan, or reserved instances',
    eks: 'SageMaker Savings Plans apply only to SageMaker usage; for EKS nodes use a Compute or EC2 Instance Savings Plan, or reserved instances',
    lambda: 'SageMaker Savings Plans apply only to SageMaker usage; for Lambda use a Compute Savings Plan',
    bedrock: 'Savings Plans do not apply to Bedrock; use Bedrock Provisioned Throughput for a commitment',
  },
  'compute-savings-plan': {
    ...forTypes(SAGEMAKER_TYPES, () => 'Compute Savings Plans do not apply to SageMaker; use a SageMaker Savings Plan'),
    bedrock: 'Savings Plans do not apply to Bedrock; use Bedrock Provisioned Throughput for a commitment',
  },
  'ec2-instance-savings-plan': {
    ...forTypes(
      SAGEMAKER_TYPES,
      () => 'EC2 Instance Savings Plans do not apply to SageMaker; use a SageMaker Savings Plan',
    ),
    lambda: 'EC2 Instance Savings Plans do not apply to Lambda; use a Compute Savings Plan',
    bedrock: 'Savings Plans do not apply to Bedrock; use Bedrock Provisioned Throughput for a commitment',
  },
  'reserved-instance': {
    ...forTypes(SAGEMAKER_TYPES, () => 'reserved instances do not apply to SageMaker; use a SageMaker Savings Plan'),
    lambda: 'reserved instances do not apply to Lambda; use a Compute Savings Plan',
    bedrock: 'reserved instances do not apply to Bedrock; use Bedrock Provisioned Throughput',
  },
  spot: {
    ...forTypes(
      SAGEMAKER_TYPES,
      () =>
        'spot capacity applies to SageMaker training only (managed spot training), never to inference endpoints or batch transform; use on-demand or a SageMaker Savings Plan',
    ),
    lambda: 'spot does not apply to Lambda',
    bedrock: 'spot does not apply to Bedrock',
  },
  'provisioned-throughput': forTypes(
    [...SAGEMAKER_TYPES, 'ec2', 'eks', 'lambda'],
    () => 'Provisioned Throughput applies to Bedrock models only',
  ),
};

/** Why `purchase` does not apply to `hosting`, or null when it does. */
export function purchaseExclusion(purchase: PurchaseType, hosting: HostingType): string | null {
  return PURCHASE_EXCLUSIONS[purchase][hosting] ?? null;
}

/** Every purchase type that applies to a hosting type (for the "ways to pay" step and the optimizer). */
export function applicablePurchaseTypes(hosting: HostingType): PurchaseType[] {
  return (Object.keys(PURCHASE_EXCLUSIONS) as PurchaseType[]).filter((p) => purchaseExclusion(p, hosting) === null);
}
