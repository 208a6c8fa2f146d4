/** Compute Savings Plan: a $/hour commitment over EC2 instances (EC2, EKS nodes) and Lambda duration. */
import { savingsPlanSchema, savingsPlanWay } from './savingsPlanWay';
import { savingsPlansOnFoundationModels } from './terms';

export const ComputeSavingsPlanSchema = savingsPlanSchema('compute-savings-plan');

export const computeSavingsPlan = savingsPlanWay({
  schema: ComputeSavingsPlanSchema,
  plan: { kind: 'compute', name: 'Compute Savings Plan' },
  refusal(h) {
    switch (h.family) {
      case 'sagemaker':
        return 'Compute Savings Plans do not apply to SageMaker; use a SageMaker Savings Plan';
      case 'foundation-model':
        return savingsPlansOnFoundationModels(h.usageName);
      case 'self-managed':
      case 'function':
        return `Compute Savings Plans are not modelled for ${h.label}; use on-demand`;
    }
  },
});
