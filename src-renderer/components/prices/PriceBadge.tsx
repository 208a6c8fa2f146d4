import { observer } from 'mobx-react-lite';
import { STALE_AFTER_DAYS } from '@shared/prices/freshness';
import { useStores } from '../../stores/context';

/**
 * Which prices are in use: their source and as-of date (the shared freshness rule), an offer to
 * refresh while built-in prices are in use, and a warning when fetched prices have gone stale.
 */
export const PriceBadge = observer(function PriceBadge() {
  const { prices } = useStores();
  const f = prices.freshness;
  const asOf = prices.oldestAsOf;
  const regions = prices.loadedRegions.join(', ');
  return (
    <div className={`price-badge${prices.stale ? ' stale' : ''}`} data-testid="price-badge" title={f.text}>
      <span>
        Prices: {prices.originLabel}
        {asOf && <> · as of {asOf}</>}
        {regions && <> · {regions}</>}
      </span>
      {prices.data && f.builtInCount > 0 && (
        <span className="small" data-testid="builtin-note">
          public AWS data shipped with the app; refresh for current prices
        </span>
      )}
      {prices.stale && (
        <span
          className="badge warn"
          data-testid="stale-warning"
          title={`${f.staleCount} price set(s) were fetched more than ${STALE_AFTER_DAYS} days ago; refresh them when online.`}
        >
          stale
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
