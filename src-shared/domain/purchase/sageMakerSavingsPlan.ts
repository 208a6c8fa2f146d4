/** SageMaker Savings Plan: a $/hour commitment over SageMaker instance usage (real-time, async, batch). */
import { savingsPlanSchema, savingsPlanWay } from './savingsPlanWay';
import { savingsPlansOnFoundationModels } from './terms';

export const SageMakerSavingsPlanSchema = savingsPlanSchema('sagemaker-savings-plan');

export const sageMakerSavingsPlan = savingsPlanWay({
  schema: SageMakerSavingsPlanSchema,
  plan: { kind: 'sagemaker', name: 'SageMaker Savings Plan' },
  refusal(h) {
    switch (h.family) {
      case 'sagemaker':
        return `SageMaker Savings Plans officially cover real-time, batch and asynchronous instance usage; coverage of ${h.label} is only claimed by third parties, so it is not modelled: use on-demand`;
      case 'self-managed':
        return `SageMaker Savings Plans apply only to SageMaker usage; for ${h.usageName} use a Compute or EC2 Instance Savings Plan, or reserved instances`;
      case 'function':
        return `SageMaker Savings Plans apply only to SageMaker usage; for ${h.usageName} use a Compute Savings Plan`;
      case 'foundation-model':
        return savingsPlansOnFoundationModels(h.usageName);
    }
  },
});
