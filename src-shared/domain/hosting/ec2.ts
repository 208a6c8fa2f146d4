/** EC2 self-hosted: instances you run yourself behind an Auto Scaling group; every EC2 way to pay. */
import { selfManaged } from '../hostingLimits';
import { computeSavingsPlan } from '../purchase/computeSavingsPlan';
import { ec2InstanceSavingsPlan } from '../purchase/ec2InstanceSavingsPlan';
import { onDemand } from '../purchase/onDemand';
import { reservedInstance } from '../purchase/reservedInstance';
import { spot } from '../purchase/spot';
import { defineInstanceHosting, instanceSchema } from './instanceBased';
import type { Proposal } from '../definitions';
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
  propose: ({ workload, cheapest }) => {
    const sized = cheapest('EC2 self-hosted, autoscaled');
    const proposals: Proposal[] = [
      {
        ...sized,
        why: [
          rule(
            'rule.ec2',
            'lower instance price than SageMaker and every purchasing option (reserved, Savings Plans, spot)',
          ),
        ],
        against: [rule('rule.ec2.ops', 'you run the serving stack, scaling and monitoring yourself')],
      },
    ];
    // A scheduled job on spare capacity, beside batch transform and async scaled to zero: the same
    // fleet from zero, on spot (ruled out with the reason when the workload is not interruptible).
    if (workload.traffic.pattern === 'batch')
      proposals.push({
        design: { ...sized.design, name: 'EC2 spot, scale to zero between runs', purchase: { type: 'spot' } },
        why: [
          rule(
            'rule.batchSpot',
            'a scheduled batch job can restart interrupted records: EC2 spot instances run only while the job runs, at the spot rate',
          ),
        ],
        against: [rule('rule.ec2.ops', 'you run the job runner, retries and scaling yourself')],
      });
    return proposals;
  },
});
