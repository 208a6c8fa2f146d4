import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { OfflineIndicator } from './OfflineIndicator';
import { PriceBadge } from './PriceBadge';
import { RefreshControl } from './RefreshControl';

/** Always visible: the prices in use and their freshness, refresh with progress and cancel, offline state. */
export const PricesBar = observer(function PricesBar() {
  const { priceRefresh } = useStores();
  return (
    <section className="prices-bar" aria-label="Prices in use">
      <PriceBadge />
      <OfflineIndicator />
      <RefreshControl />
      {(priceRefresh.status?.notInLatestRefreshCount ?? 0) > 0 && (
        <span
          className="badge warn small"
          data-testid="kept-prices"
          title={priceRefresh.status!.notInLatestRefresh.map((k) => `${k.key} (as of ${k.asOf})`).join('\n')}
        >
          {priceRefresh.status!.notInLatestRefreshCount} prices not in the latest refresh: earlier prices kept with
          their own dates
        </span>
      )}
      {priceRefresh.warnings.map((w) => (
        <span key={w} className="badge warn small">
          {w}
        </span>
      ))}
    </section>
  );
});
