import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { daysBetween } from '../../format/dates';

/** Which prices are in use: their source and oldest as-of date, with a warning when they are stale. */
export const PriceBadge = observer(function PriceBadge() {
  const { prices } = useStores();
  const asOf = prices.oldestAsOf;
  const age = asOf ? daysBetween(asOf, prices.today) : null;
  const regions = prices.loadedRegions.join(', ');
  return (
    <div className={`price-badge${prices.stale ? ' stale' : ''}`} data-testid="price-badge">
      <span>
        Prices: {prices.originLabel}
        {asOf && <> · as of {asOf}</>}
        {regions && <> · {regions}</>}
      </span>
      {prices.stale && (
        <span
          className="badge warn"
          data-testid="stale-warning"
          title={`The oldest prices in use are ${age} days old; refresh them when online.`}
        >
          stale ({age} days)
        </span>
      )}
      {prices.loadError && (
        <span className="badge bad" role="status">
          {prices.loadError}
        </span>
      )}
    </div>
  );
});
