/**
 * Every field whose text is not a valid value, wherever it is (workload, a design, a way to pay, a
 * rate entered by hand). The project only takes valid values, so the figures use each field's last
 * valid value; this list is what the step list marks and what the banner on the steps that show
 * figures names, with that last valid value, so nothing is priced silently.
 */
import { makeAutoObservable } from 'mobx';
import type { Design } from '@shared/project/schema';
import type { DesignsStore } from './DesignsStore';
import { hostingFields, purchaseFields, type DesignNumberField } from './designFields';
import { numberText } from './numberInput';
import type { PayStore } from './PayStore';
import type { WizardStepId } from './UiStore';
import type { WorkloadFormStore } from './WorkloadFormStore';
import { workloadField, type WorkloadNumberFieldId } from './workloadFields';

/** One invalid field. */
export interface FormIssue {
  /** Matches the field input's `data-field`, to move focus to it. */
  fieldKey: string;
  step: WizardStepId;
  /** The design it belongs to, if any (to select it before focusing the field). */
  design?: Design;
  /** Where it is, in the form's words: "Workload", "Design “API”". */
  where: string;
  label: string;
  /** What is in the field now. */
  text: string;
  message: string;
  /** The value the figures use instead, as the field would show it ("500 ms"); null when none. */
  used: string | null;
}

export class FormIssuesStore {
  constructor(
    private readonly form: WorkloadFormStore,
    private readonly designs: DesignsStore,
    private readonly pay: PayStore,
  ) {
    makeAutoObservable<FormIssuesStore, 'form' | 'designs' | 'pay'>(this, { form: false, designs: false, pay: false });
  }

  get list(): FormIssue[] {
    return [...this.workloadIssues, ...this.designIssues, ...this.rateIssues];
  }

  /** How many invalid fields each step has. */
  countOn(step: WizardStepId): number {
    return this.list.filter((i) => i.step === step).length;
  }

  private get workloadIssues(): FormIssue[] {
    const out: FormIssue[] = [];
    for (const [key, message] of this.form.errors) {
      if (key === 'profile') {
        out.push({
          fieldKey: 'workload:profile',
          step: 'workload',
          where: 'Workload',
          label: 'Hourly profile',
          text: this.form.profileText,
          message,
          used: this.form.lastValidProfileSummary,
        });
        continue;
      }
      const field = workloadField(key as WorkloadNumberFieldId);
      const value = field.get(this.form.workload);
      out.push({
        fieldKey: `workload:${key}`,
        step: 'workload',
        where: 'Workload',
        label: field.label,
        text: this.form.text(field.id),
        message,
        used: value === undefined ? 'none' : `${numberText(value)} ${field.unit}`,
      });
    }
    return out;
  }

  private get designIssues(): FormIssue[] {
    const out: FormIssue[] = [];
    for (const [key, message] of this.designs.errors) {
      const owner = this.designs.parseKey(key);
      if (!owner) continue;
      const { design, field } = owner;
      const number = this.numberFieldOf(design, field);
      const purchase = field.startsWith('purchase.');
      const value = number?.get(design[number.part] as unknown as Record<string, unknown>);
      out.push({
        fieldKey: key,
        step: purchase ? 'pay' : 'candidates',
        design,
        where: `Design “${design.name}”`,
        label: this.designs.errorLabels.get(key) ?? 'Design',
        text: field === 'name' ? this.designs.nameText(design) : (this.designs.drafts.get(key) ?? ''),
        message,
        used:
          field === 'name'
            ? design.name
            : number
              ? value === undefined
                ? 'none'
                : `${numberText(value)} ${number.unit}`
              : null,
      });
    }
    return out;
  }

  private get rateIssues(): FormIssue[] {
    const out: FormIssue[] = [];
    for (const [key, draft] of this.pay.rateDrafts) {
      if (!draft.error) continue;
      const kept = this.pay.userRates.find((r) => r.key === key);
      out.push({
        fieldKey: `rate:${key}`,
        step: 'pay',
        where: 'Ways to pay',
        label: 'Rate entered by hand',
        text: draft.text,
        message: draft.error,
        used: kept ? `$${numberText(kept.usd)} per ${kept.unit}` : 'none (the price stays unavailable)',
      });
    }
    return out;
  }

  private numberFieldOf(design: Design, field: string): DesignNumberField | undefined {
    const all = [...hostingFields(design.hosting), ...purchaseFields(design.purchase)];
    return all.find((f) => `${f.part}.${f.id}` === field);
  }
}
