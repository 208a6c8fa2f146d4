/** SageMaker multi-container endpoint: up to 15 containers (models, possibly different frameworks) on every instance. */
import { SAGEMAKER_FAQ, realtimeLike } from '../hostingLimits';
import { onDemand } from '../purchase/onDemand';
import { sageMakerSavingsPlan } from '../purchase/sageMakerSavingsPlan';
import { defineInstanceHosting, instanceSchema } from './instanceBased';
import { multiModelEndpoint } from './highAvailability';
import { notesRule } from './proposals';

export const sageMakerMultiContainer = defineInstanceHosting({
  schema: instanceSchema('sagemaker-multi-container'),
  label: 'SageMaker multi-container endpoint',
  summaryName: 'SageMaker multi-container',
  ruleKey: 'multi-container',
  family: 'sagemaker',
  usageName: 'SageMaker',
  limits: {
    ...realtimeLike,
    unsupported: [],
    type: 'sagemaker-multi-container',
    label: 'multi-container endpoint',
    maxContainers: 15,
    gpu: 'yes',
    sources: [`${SAGEMAKER_FAQ}; "Multi-container endpoints": up to 15 containers, all in memory`],
  },
  purchases: [onDemand, sageMakerSavingsPlan],
  instances: {
    component: 'Hosting',
    endpointPerModel: false,
    allModelsInMemory: true,
    loadsModelsOnDemand: false,
    startsFromZero: false,
    clusterFeeKey: null,
  },
  propose: ({ workload, cheapest }) =>
    multiModelEndpoint(
      workload,
      cheapest,
      'Multi-container endpoint',
      notesRule(
        'rule.multiContainer',
        'a few models that must stay in memory, possibly on different frameworks: multi-container, each model in its own container',
      ),
    ),
});
