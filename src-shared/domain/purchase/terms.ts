/** Commitment terms shared by the ways to pay that commit (Savings Plans, reserved instances). */
import type { Workload } from '../../project/workload';
import { PAYMENT_OPTIONS } from '../../project/fields';
import type { TermYears } from '../../prices/keys';

/** The commitment terms a workload allows: none for 0 years, 1-year for 1, 1- and 3-year for 3. */
export function allowedTerms(workload: Workload): TermYears[] {
  return workload.commitmentYears === 0 ? [] : workload.commitmentYears === 1 ? [1] : [1, 3];
}

/** The term a new commitment starts with: the workload's horizon (1 year when it has none). */
export function defaultTerm(workload: Workload): TermYears {
  return workload.commitmentYears === 3 ? 3 : 1;
}

/** Every term × payment option the workload allows, in the optimizer's order. */
export function termVariants(
  workload: Workload,
): Array<{ termYears: TermYears; payment: (typeof PAYMENT_OPTIONS)[number] }> {
  return allowedTerms(workload).flatMap((termYears) => PAYMENT_OPTIONS.map((payment) => ({ termYears, payment })));
}

/** The discount a person may give where the price data has no rate; only the label differs per way to pay. */
export function userDiscountField(label: string) {
  return {
    id: 'discountPercent',
    label,
    unit: '% off on-demand',
    rule: 'percent',
    optional: true,
    help: 'User-provided: used only where the price data has no rate.',
  } as const;
}

/** Refusal shared by every Savings Plan on Bedrock. */
export function savingsPlansOnFoundationModels(usageName: string): string {
  return `Savings Plans do not apply to ${usageName}; use ${usageName} Provisioned Throughput for a commitment`;
}
