import { observer } from 'mobx-react-lite';
import { PAYMENT_OPTIONS, type Design } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import { purchaseFields } from '../../stores/designFields';
import { NumberField } from '../common/NumberField';
import { SelectField } from '../common/SelectField';

const PAYMENT_LABELS = {
  'no-upfront': 'No upfront',
  'partial-upfront': 'Partial upfront',
  'all-upfront': 'All upfront',
} as const;

/** Term, payment, offering class and the number fields of the chosen way to pay. */
export const PurchaseTerms = observer(function PurchaseTerms({ design }: { design: Design }) {
  const { designs } = useStores();
  const p = design.purchase;
  return (
    <div className="field-grid">
      {'termYears' in p && (
        <SelectField
          label="Term"
          value={String(p.termYears) as '1' | '3'}
          testId="purchase-term"
          options={[
            { value: '1', label: '1 year' },
            { value: '3', label: '3 years' },
          ]}
          onChange={(v) => designs.patchPurchase(design, { termYears: Number(v) })}
        />
      )}
      {'payment' in p && (
        <SelectField
          label="Payment"
          value={p.payment}
          options={PAYMENT_OPTIONS.map((o) => ({ value: o, label: PAYMENT_LABELS[o] }))}
          onChange={(payment) => designs.patchPurchase(design, { payment })}
        />
      )}
      {p.type === 'reserved-instance' && (
        <SelectField
          label="Offering class"
          value={p.offeringClass}
          options={[
            { value: 'standard', label: 'Standard' },
            { value: 'convertible', label: 'Convertible' },
          ]}
          onChange={(offeringClass) => designs.patchPurchase(design, { offeringClass })}
        />
      )}
      {p.type === 'provisioned-throughput' && (
        <SelectField
          label="Commitment term"
          value={p.term}
          options={[
            { value: 'none', label: 'No commitment' },
            { value: '1-month', label: '1 month' },
            { value: '6-month', label: '6 months' },
          ]}
          onChange={(term) => designs.patchPurchase(design, { term })}
        />
      )}
      {purchaseFields(p).map((f) => (
        <NumberField
          key={f.id}
          label={f.label}
          unit={f.unit}
          help={f.help}
          value={designs.numberText(design, f)}
          error={designs.fieldError(design, f)}
          onChange={(v) => designs.setNumber(design, f, v)}
          testId={`purchase-${f.id}`}
        />
      ))}
    </div>
  );
});
