/** EKS: a Kubernetes cluster (hourly fee) whose autoscaled EC2 nodes serve the model; every EC2 way to pay. */
import { priceKeys } from '../../prices/keys';
import { selfManaged } from '../hostingLimits';
import { ec2 } from './ec2';
import { defineInstanceHosting, instanceSchema } from './instanceBased';
import { notesRule, rule } from './proposals';

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
  // The nodes are EC2 instances: they run and are paid for like EC2, plus the cluster's hourly fee.
  purchases: ec2.purchases,
  instances: { ...ec2.instances, clusterFeeKey: priceKeys.eksClusterHour },
  propose: ({ cheapest }) => [
    {
      ...cheapest('EKS, autoscaled nodes'),
      why: [notesRule('rule.eks', 'generative AI at large scale with full control of orchestration')],
      against: [rule('rule.eks.ops', 'a cluster fee and a Kubernetes platform to run')],
    },
  ],
});
