/** SageMaker multi-model endpoint: many models share the fleet's instances, loaded on demand and cached. */
import { SAGEMAKER_FAQ, realtimeLike } from '../hostingLimits';
import { onDemand } from '../purchase/onDemand';
import { sageMakerSavingsPlan } from '../purchase/sageMakerSavingsPlan';
import { defineInstanceHosting, instanceSchema } from './instanceBased';
import { multiModelEndpoint } from './highAvailability';
import { notesRule } from './proposals';

export const sageMakerMultiModel = defineInstanceHosting({
  schema: instanceSchema('sagemaker-multi-model'),
  label: 'SageMaker multi-model endpoint',
  summaryName: 'SageMaker multi-model',
  ruleKey: 'multi-model',
  family: 'sagemaker',
  usageName: 'SageMaker',
  limits: {
    ...realtimeLike,
    unsupported: ['several frameworks in one endpoint (models must share one container)'],
    type: 'sagemaker-multi-model',
    label: 'multi-model endpoint',
    gpu: 'single-gpu-types',
    sources: [`${SAGEMAKER_FAQ}; "Multi-model endpoints": GPU only on single-GPU types via Triton`],
  },
  purchases: [onDemand, sageMakerSavingsPlan],
  instances: {
    component: 'Hosting',
    endpointPerModel: false,
    allModelsInMemory: false,
    loadsModelsOnDemand: true,
    startsFromZero: false,
    clusterFeeKey: null,
  },
  propose: ({ workload, cheapest }) =>
    multiModelEndpoint(
      workload,
      cheapest,
      'Multi-model endpoint',
      notesRule(
        'rule.multiModel',
        'many similar models: a multi-model endpoint shares instances and loads models on demand',
      ),
    ),
});
