/**
 * SageMaker Savings Plan: a $/hour commitment over SageMaker instance usage (real-time, async, batch)
 * and, where the plan rates list it, serverless compute (costs/serverlessRate.ts).
 */
import { savingsPlanSchema, savingsPlanWay } from './savingsPlanWay';
import { savingsPlansOnFoundationModels } from './terms';

export const SageMakerSavingsPlanSchema = savingsPlanSchema('sagemaker-savings-plan');

export const sageMakerSavingsPlan = savingsPlanWay({
  schema: SageMakerSavingsPlanSchema,
  plan: { kind: 'sagemaker', name: 'SageMaker Savings Plan' },
  refusal(h) {
    switch (h.family) {
      case 'sagemaker':
        return `SageMaker Savings Plans cover the SageMaker usage their plan rates list (AWS documents instance usage: real-time, asynchronous and batch); ${h.label} is not priced under one here: use on-demand`;
      case 'self-managed':
        return `SageMaker Savings Plans apply only to SageMaker usage; for ${h.usageName} use a Compute or EC2 Instance Savings Plan, or reserved instances`;
      case 'function':
        return `SageMaker Savings Plans apply only to SageMaker usage; for ${h.usageName} use a Compute Savings Plan`;
      case 'foundation-model':
        return savingsPlansOnFoundationModels(h.usageName);
    }
  },
});
