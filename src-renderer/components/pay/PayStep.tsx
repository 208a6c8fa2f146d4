import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { HOSTING_LABELS } from '../../stores/designFields';
import { formatUsd } from '../../format/money';
import { CostFigure } from '../candidates/CostFigure';
import { CommitmentPanel } from './CommitmentPanel';
import { MissingRates } from './MissingRates';
import { PurchaseChoices } from './PurchaseChoices';
import { PurchaseTerms } from './PurchaseTerms';
import { CapacitySchedules } from './CapacitySchedules';
import { UserRatesList } from './UserRatesList';

/** Step 3: for each design, the ways to pay that apply, commitment sizing, and rates entered by hand. */
export const PayStep = observer(function PayStep() {
  const { designs, estimates, prices, pay } = useStores();
  if (designs.designs.length === 0) return <p className="muted">Add designs in the Candidates step first.</p>;
  return (
    <div className="pay-step">
      {prices.missing.length > 0 && (
        <details className="notice">
          <summary>What the price data lacks ({prices.missing.length})</summary>
          <ul>
            {prices.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </details>
      )}
      {designs.designs.map((d) => {
        const e = estimates.estimateOf(d);
        return (
          <article key={designs.idOf(d)} className="pay-card" data-testid="pay-card" aria-label={d.name}>
            <header>
              <h2>{d.name}</h2>
              <span className="muted">{HOSTING_LABELS[d.hosting.type]}</span>
              <span className="pay-total">
                {e ? (
                  <CostFigure
                    estimate={e}
                    testId="pay-monthly"
                    reasonsShownBelow={pay.missingRates(d).map((m) => m.reason)}
                  >
                    {formatUsd(e.monthlyUsd)} a month
                  </CostFigure>
                ) : (
                  <span className="muted">Loading prices…</span>
                )}
              </span>
            </header>
            <PurchaseChoices design={d} />
            <PurchaseTerms design={d} />
            <CommitmentPanel design={d} />
            <CapacitySchedules design={d} />
            <MissingRates design={d} />
          </article>
        );
      })}
      <UserRatesList />
    </div>
  );
});
