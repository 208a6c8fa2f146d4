import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { formatPercent } from '../../format/money';
import { InternalNames } from '../common/PlainText';
import { RefreshHelp } from './RefreshHelp';

/** Refresh prices from AWS, with a progress bar and cancel while it runs, and the outcome after. */
export const RefreshControl = observer(function RefreshControl() {
  const { priceRefresh: r, prices } = useStores();
  return (
    <div className="refresh-control">
      {!r.refreshing ? (
        <button
          type="button"
          onClick={() => void r.refresh()}
          disabled={!prices.online}
          title={
            prices.online
              ? `Fetch current prices for ${prices.neededRegions.join(', ')}`
              : 'Offline: refresh when back online'
          }
        >
          Refresh prices
        </button>
      ) : (
        <>
          <progress value={r.fraction} max={1} aria-label="Price refresh progress" data-testid="refresh-progress">
            {formatPercent(r.fraction, 0)}
          </progress>
          <span className="small" aria-live="polite">
            {r.progress
              ? `${r.progress.step}: ${r.progress.pages} pages, ${r.progress.products} products`
              : 'starting…'}
          </span>
          <button type="button" onClick={() => void r.cancel()}>
            Cancel
          </button>
        </>
      )}
      {r.error && (
        <div className="refresh-error" role="status" data-testid="refresh-error">
          <span className="bad">{r.error.text}</span>
          {r.error.detail && <InternalNames names={[r.error.detail]} />}
          {r.error.kind === 'credentials' && <RefreshHelp />}
        </div>
      )}
    </div>
  );
});
