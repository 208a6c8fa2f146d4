/** Plain words for a design's hosting, instance, scaling and way to pay, as the Summary shows them. */
import type { Design, Purchase } from '@shared/project/schema';

export interface DesignWords {
  hosting: string;
  instance: string;
  scaling: string;
  payment: string;
}

const HOSTING_NAMES: Record<Design['hosting']['type'], string> = {
  'sagemaker-realtime': 'SageMaker real-time',
  'sagemaker-multi-model': 'SageMaker multi-model',
  'sagemaker-multi-container': 'SageMaker multi-container',
  'sagemaker-serverless': 'SageMaker serverless',
  'sagemaker-async': 'SageMaker asynchronous',
  'sagemaker-batch': 'SageMaker batch transform',
  ec2: 'EC2',
  eks: 'EKS',
  lambda: 'Lambda',
  bedrock: 'Bedrock',
};

/** Describes a design in four short phrases. */
export function describeDesign(design: Design): DesignWords {
  const h = design.hosting;
  const hosting = HOSTING_NAMES[h.type];
  const payment = describePurchase(design.purchase);
  switch (h.type) {
    case 'sagemaker-serverless':
      return {
        hosting,
        instance: `${h.memoryMB} MB memory`,
        scaling: `max concurrency ${h.maxConcurrency}, provisioned ${h.provisionedConcurrency ?? 0}`,
        payment,
      };
    case 'sagemaker-batch':
      return {
        hosting,
        instance: h.instanceType,
        scaling: `${h.instanceCount} instance(s), ${h.jobsPerMonth} jobs × ${h.hoursPerJob} h a month`,
        payment,
      };
    case 'lambda':
      return {
        hosting,
        instance: `${h.memoryMB} MB, ${h.architecture}`,
        scaling: `on demand, provisioned ${h.provisionedConcurrency ?? 0}`,
        payment,
      };
    case 'bedrock':
      return { hosting, instance: h.model, scaling: 'managed (per token)', payment };
    default: {
      const a = h.autoscaling;
      const scaling = a
        ? `autoscaling ${a.min}-${a.max}, target ${a.targetInvocationsPerInstance}/min per instance`
        : `${h.instanceCount ?? 1} instance(s), fixed`;
      return { hosting, instance: h.instanceType, scaling, payment };
    }
  }
}

/** The way to pay in words, e.g. "SageMaker Savings Plan, 1 yr, no-upfront, $0.15/h". */
export function describePurchase(p: Purchase): string {
  switch (p.type) {
    case 'on-demand':
      return 'On-demand';
    case 'sagemaker-savings-plan':
    case 'compute-savings-plan':
    case 'ec2-instance-savings-plan': {
      const name = {
        'sagemaker-savings-plan': 'SageMaker',
        'compute-savings-plan': 'Compute',
        'ec2-instance-savings-plan': 'EC2 Instance',
      }[p.type];
      const commit =
        p.commitmentPerHour !== undefined ? `, $${p.commitmentPerHour}/h` : ', commitment sized to the floor';
      return `${name} Savings Plan, ${p.termYears} yr, ${p.payment}${commit}`;
    }
    case 'reserved-instance':
      return `Reserved instance, ${p.termYears} yr, ${p.offeringClass}, ${p.payment}`;
    case 'spot':
      return p.pricePerHour !== undefined
        ? `Spot at $${p.pricePerHour}/h`
        : p.discountPercent !== undefined
          ? `Spot, ${p.discountPercent}% off`
          : 'Spot';
    case 'provisioned-throughput':
      return `Provisioned Throughput, ${p.modelUnits} unit(s), term ${p.term}`;
  }
}
