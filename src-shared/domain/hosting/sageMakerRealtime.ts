/** SageMaker real-time endpoint: a persistent, autoscaled fleet; one endpoint per model. */
import { SAGEMAKER_FAQ, realtimeLike } from '../hostingLimits';
import { onDemand } from '../purchase/onDemand';
import { sageMakerSavingsPlan } from '../purchase/sageMakerSavingsPlan';
import { defineInstanceHosting, instanceSchema } from './instanceBased';
import { highAvailabilityVariant } from './highAvailability';
import { notesRule, rule } from './proposals';

export const sageMakerRealtime = defineInstanceHosting({
  schema: instanceSchema('sagemaker-realtime'),
  label: 'SageMaker real-time endpoint',
  summaryName: 'SageMaker real-time',
  ruleKey: 'realtime',
  family: 'sagemaker',
  usageName: 'SageMaker',
  limits: {
    ...realtimeLike,
    unsupported: [],
    type: 'sagemaker-realtime',
    label: 'real-time endpoint',
    gpu: 'yes',
    sources: [`${SAGEMAKER_FAQ}: 25 MB payload (older docs: 6 MB), 60 s per request; minimum 1 instance`],
  },
  purchases: [onDemand, sageMakerSavingsPlan],
  instances: {
    component: 'Hosting',
    endpointPerModel: true,
    allModelsInMemory: false,
    loadsModelsOnDemand: false,
    startsFromZero: false,
    clusterFeeKey: null,
  },
  propose({ workload, sustained, idleShare, burstiness, cheapest }) {
    const realtime = cheapest('Real-time endpoint, autoscaled');
    const proposals = [
      {
        ...realtime,
        why: [
          ...(sustained
            ? [rule('rule.sustained', 'sustained traffic with a consistent latency target: real-time with autoscaling')]
            : []),
          ...(workload.needsGpu ? [rule('rule.gpu', 'needs a GPU: real-time endpoints support GPU instances')] : []),
          notesRule(
            'rule.autoscaling',
            'good response time and high throughput: autoscaling on invocations per instance',
          ),
        ],
        against: sustained
          ? []
          : [
              rule(
                'rule.idle',
                `traffic idles ${Math.round(idleShare * 100)}% of hours or bursts to ${burstiness.toFixed(1)}× its average: a real-time endpoint keeps at least one instance running`,
              ),
            ],
      },
    ];
    proposals.push(...highAvailabilityVariant(realtime, 'Real-time endpoint, autoscaled', workload));
    if (workload.commitmentYears > 0)
      proposals.push({
        design: {
          ...realtime.design,
          name: `Real-time endpoint + SageMaker Savings Plan (${workload.commitmentYears} yr)`,
          purchase: sageMakerSavingsPlan.defaults(workload),
        },
        why: [
          rule(
            'rule.savingsPlan',
            'steady SageMaker baseline for 1-3 years: a SageMaker Savings Plan sized to the weekly floor, bursts on-demand',
          ),
        ],
        against: [],
      });
    return proposals;
  },
});
