/** EKS: a Kubernetes cluster (hourly fee) whose autoscaled EC2 nodes serve the model; every EC2 way to pay. */
import { priceKeys } from '../../prices/keys';
import { selfManaged } from '../hostingLimits';
import { computeSavingsPlan } from '../purchase/computeSavingsPlan';
import { ec2InstanceSavingsPlan } from '../purchase/ec2InstanceSavingsPlan';
import { onDemand } from '../purchase/onDemand';
import { reservedInstance } from '../purchase/reservedInstance';
import { spot } from '../purchase/spot';
import { defineInstanceHosting, instanceSchema } from './instanceBased';
import { rule } from './proposals';

export const eks = defineInstanceHosting({
  schema: instanceSchema('eks'),
  label: 'EKS',
  summaryName: 'EKS',
  ruleKey: 'eks',
  family: 'self-managed',
  usageName: 'EKS nodes',
  limits: {
    ...selfManaged,
    type: 'eks',
    label: 'EKS',
    sources: ['AWS EKS pricing: $0.10 per cluster-hour plus nodes; cluster autoscaling'],
  },
  purchases: [onDemand, computeSavingsPlan, ec2InstanceSavingsPlan, reservedInstance, spot],
  instances: {
    component: null,
    endpointPerModel: false,
    allModelsInMemory: true,
    loadsModelsOnDemand: false,
    startsFromZero: false,
    clusterFeeKey: priceKeys.eksClusterHour,
  },
  propose: ({ cheapest }) => [
    {
      ...cheapest('EKS, autoscaled nodes'),
      why: [rule('rule.eks', 'generative AI at large scale with full control of orchestration (notes)')],
      against: [rule('rule.eks.ops', 'a cluster fee and a Kubernetes platform to run')],
    },
  ],
});
