import { observer } from 'mobx-react-lite';
import { useEffect } from 'react';
import { useStores } from '../../stores/context';

/** Follows the browser's online state; offline, the app keeps working on the cache or the snapshot. */
export const OfflineIndicator = observer(function OfflineIndicator() {
  const { prices } = useStores();
  useEffect(() => {
    const update = () => prices.setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [prices]);
  if (prices.online) return null;
  return (
    <span className="badge warn" role="status" data-testid="offline">
      Offline: using cached prices
    </span>
  );
});
