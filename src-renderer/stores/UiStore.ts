/** Where the user is in the wizard, and other view state that is not part of the project. */
import { makeAutoObservable } from 'mobx';

export const WIZARD_STEPS = [
  { id: 'workload', title: 'Workload', hint: 'Traffic, model and latency' },
  { id: 'candidates', title: 'Candidates', hint: 'Designs that could serve it' },
  { id: 'pay', title: 'Ways to pay', hint: 'On-demand, plans, reservations' },
  { id: 'compare', title: 'Compare', hint: 'Costs side by side' },
  { id: 'export', title: 'Export', hint: 'Workbook for finance' },
] as const;
export type WizardStepId = (typeof WIZARD_STEPS)[number]['id'];

export class UiStore {
  step: WizardStepId = 'workload';
  /** The `data-field` of the input to focus once its step is shown (set by "Fix" in the invalid-fields banner). */
  pendingFocus: string | null = null;

  constructor() {
    makeAutoObservable(this);
  }

  get stepIndex(): number {
    return WIZARD_STEPS.findIndex((s) => s.id === this.step);
  }

  goTo(step: WizardStepId): void {
    this.step = step;
  }

  /** Shows a field's step and asks for the field to be focused there. */
  goToField(step: WizardStepId, fieldKey: string): void {
    this.step = step;
    this.pendingFocus = fieldKey;
  }

  /** The field was focused (or is gone). */
  focusDone(): void {
    this.pendingFocus = null;
  }

  next(): void {
    const next = WIZARD_STEPS[this.stepIndex + 1];
    if (next) this.step = next.id;
  }

  previous(): void {
    const previous = WIZARD_STEPS[this.stepIndex - 1];
    if (previous) this.step = previous.id;
  }
}
