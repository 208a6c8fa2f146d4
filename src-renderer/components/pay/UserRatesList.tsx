import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { formatRate } from '../../format/money';

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
            <code>{r.key}</code>: {formatRate(r.usd)} per {r.unit}{' '}
            <button type="button" onClick={() => pay.removeUserRate(r.key)} aria-label={`Remove the rate for ${r.key}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
