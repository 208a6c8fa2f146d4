/** EC2 self-hosted: instances you run yourself behind an Auto Scaling group; every EC2 way to pay. */
import { selfManaged } from '../hostingLimits';
import { computeSavingsPlan } from '../purchase/computeSavingsPlan';
import { ec2InstanceSavingsPlan } from '../purchase/ec2InstanceSavingsPlan';
import { onDemand } from '../purchase/onDemand';
import { reservedInstance } from '../purchase/reservedInstance';
import { spot } from '../purchase/spot';
import { defineInstanceHosting, instanceSchema } from './instanceBased';
import { rule } from './proposals';

export const ec2 = defineInstanceHosting({
  schema: instanceSchema('ec2'),
  label: 'EC2 self-hosted',
  summaryName: 'EC2',
  ruleKey: 'ec2',
  family: 'self-managed',
  usageName: 'EC2',
  limits: {
    ...selfManaged,
    type: 'ec2',
    label: 'EC2 self-hosted',
    sources: [
      "AWS EC2 and Auto Scaling documentation: EC2 has none of SageMaker's payload, time or container limits; an Auto Scaling group may scale to zero (minimum capacity 0)",
    ],
  },
  purchases: [onDemand, computeSavingsPlan, ec2InstanceSavingsPlan, reservedInstance, spot],
  instances: {
    component: null,
    endpointPerModel: false,
    allModelsInMemory: true,
    loadsModelsOnDemand: false,
    startsFromZero: false,
    clusterFeeKey: null,
  },
  propose: ({ cheapest }) => [
    {
      ...cheapest('EC2 self-hosted, autoscaled'),
      why: [
        rule(
          'rule.ec2',
          'lower instance price than SageMaker and every purchasing option (reserved, Savings Plans, spot)',
        ),
      ],
      against: [rule('rule.ec2.ops', 'you run the serving stack, scaling and monitoring yourself')],
    },
  ],
});
