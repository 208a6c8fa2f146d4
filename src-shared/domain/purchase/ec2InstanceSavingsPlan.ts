/** EC2 Instance Savings Plan: a $/hour commitment over one EC2 instance family in a region (EC2, EKS nodes). */
import { savingsPlanSchema, savingsPlanWay } from './savingsPlanWay';
import { savingsPlansOnFoundationModels } from './terms';

export const Ec2InstanceSavingsPlanSchema = savingsPlanSchema('ec2-instance-savings-plan');

export const ec2InstanceSavingsPlan = savingsPlanWay({
  schema: Ec2InstanceSavingsPlanSchema,
  plan: { kind: 'ec2-instance', name: 'EC2 Instance Savings Plan' },
  refusal(h) {
    switch (h.family) {
      case 'sagemaker':
        return 'EC2 Instance Savings Plans do not apply to SageMaker; use a SageMaker Savings Plan';
      case 'function':
        return `EC2 Instance Savings Plans do not apply to ${h.usageName}; use a Compute Savings Plan`;
      case 'foundation-model':
        return savingsPlansOnFoundationModels(h.usageName);
      case 'self-managed':
        return `EC2 Instance Savings Plans are not modelled for ${h.label}; use on-demand`;
    }
  },
});
