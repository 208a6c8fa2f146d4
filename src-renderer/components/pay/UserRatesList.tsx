import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { formatRate } from '../../format/money';
import { describePriceKey } from '../../format/plainWords';
import { InternalNames } from '../common/PlainText';

/** Rates entered by hand in this project, with a way to remove each. */
export const UserRatesList = observer(function UserRatesList() {
  const { pay } = useStores();
  if (pay.userRates.length === 0) return null;
  return (
    <section className="user-rates" aria-labelledby="user-rates-title">
      <h2 id="user-rates-title">Rates entered by hand (user-provided)</h2>
      <ul>
        {pay.userRates.map((r) => (
          <li key={r.key}>
            {describePriceKey(r.key)}: {formatRate(r.usd)} per {r.unit} <InternalNames names={[r.key]} />{' '}
            <button
              type="button"
              onClick={() => pay.removeUserRate(r.key)}
              aria-label={`Remove the rate for ${describePriceKey(r.key)}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
