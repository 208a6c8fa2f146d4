/** SageMaker asynchronous inference: a queue in front of an autoscaled fleet that may scale to zero. */
import { noServiceLimits } from '../hostingLimits';
import { onDemand } from '../purchase/onDemand';
import { sageMakerSavingsPlan } from '../purchase/sageMakerSavingsPlan';
import { BYTES_PER_MB } from '../units';
import { defineInstanceHosting, instanceSchema } from './instanceBased';
import { rule } from './proposals';

export const sageMakerAsync = defineInstanceHosting({
  schema: instanceSchema('sagemaker-async'),
  label: 'SageMaker asynchronous inference',
  summaryName: 'SageMaker asynchronous',
  ruleKey: 'async',
  family: 'sagemaker',
  usageName: 'SageMaker',
  limits: {
    ...noServiceLimits,
    type: 'sagemaker-async',
    label: 'asynchronous inference',
    maxRequestBytes: 1024 * BYTES_PER_MB,
    maxRequestSeconds: 3600,
    gpu: 'yes',
    scaleToZero: true,
    minInstances: 0,
    persistentEndpoint: true,
    queued: true,
    unsupported: [],
    sources: ['AWS SageMaker developer guide, "Asynchronous inference": 1 GB input via S3, up to 1 h, MinCapacity 0'],
  },
  purchases: [onDemand, sageMakerSavingsPlan],
  instances: {
    component: 'AsyncInf',
    endpointPerModel: true,
    allModelsInMemory: false,
    loadsModelsOnDemand: false,
    startsFromZero: true,
    clusterFeeKey: null,
  },
  propose: ({ cheapest }) => [
    {
      ...cheapest('Asynchronous inference, scale to zero'),
      why: [
        rule(
          'rule.async',
          'large payloads (up to 1 GB) or long processing (up to 1 h) when near-real-time is acceptable; scales to zero when the queue is empty',
        ),
      ],
      against: [],
    },
  ],
});
