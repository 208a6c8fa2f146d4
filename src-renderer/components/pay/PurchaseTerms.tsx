import { observer } from 'mobx-react-lite';
import type { Design } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import { purchaseFields } from '../../stores/designFields';
import { ChoiceField } from '../common/ChoiceField';
import { DesignNumberFields } from '../common/DesignNumberFields';

const PAYMENT_LABELS = {
  'no-upfront': 'No upfront',
  'partial-upfront': 'Partial upfront',
  'all-upfront': 'All upfront',
} as const;
const TERM_LABELS = { '1': '1 year', '3': '3 years' } as const;
const OFFERING_LABELS = { standard: 'Standard', convertible: 'Convertible' } as const;
const PT_TERM_LABELS = { none: 'No commitment', '1-month': '1 month', '6-month': '6 months' } as const;

/** Term, payment, offering class and the number fields of the chosen way to pay. */
export const PurchaseTerms = observer(function PurchaseTerms({ design }: { design: Design }) {
  const { designs } = useStores();
  const p = design.purchase;
  return (
    <div className="field-grid">
      {'termYears' in p && (
        <ChoiceField
          label="Term"
          value={String(p.termYears) as '1' | '3'}
          labels={TERM_LABELS}
          testId="purchase-term"
          onChange={(v) => designs.patchPurchase(design, { termYears: Number(v) })}
        />
      )}
      {'payment' in p && (
        <ChoiceField
          label="Payment"
          value={p.payment}
          labels={PAYMENT_LABELS}
          onChange={(payment) => designs.patchPurchase(design, { payment })}
        />
      )}
      {'offeringClass' in p && (
        <ChoiceField
          label="Offering class"
          value={p.offeringClass}
          labels={OFFERING_LABELS}
          onChange={(offeringClass) => designs.patchPurchase(design, { offeringClass })}
        />
      )}
      {'term' in p && (
        <ChoiceField
          label="Commitment term"
          value={p.term}
          labels={PT_TERM_LABELS}
          onChange={(term) => designs.patchPurchase(design, { term })}
        />
      )}
      <DesignNumberFields design={design} fields={purchaseFields(p)} testIdPrefix="purchase" />
    </div>
  );
});
