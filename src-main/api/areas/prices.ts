/** Handlers of `prices.status`, `prices.refresh` and `prices.cancel`; refresh progress goes out as `prices.progress` events. */
import type { EventBus } from '../../runtime/events';
import type { PriceService } from '../../prices/PriceService';
import type { ApiHandlers } from '../handlers';
import { listAwsProfiles } from '../../prices/awsProfiles';

/** The handlers over one price service; `events` carries progress to the window or the web page. */
export function priceHandlers(
  prices: PriceService,
  events: EventBus,
): Pick<ApiHandlers, 'prices.status' | 'prices.refresh' | 'prices.cancel' | 'prices.profiles'> {
  return {
    'prices.status': async () => {
      // Whether credentials are found decides what Refresh offers (the API, or the public price list).
      await Promise.all([prices.load(), prices.detectCredentials()]);
      return prices.status();
    },
    'prices.refresh': async ({ regions, services, profile, source }) =>
      prices.refresh({
        ...(regions ? { regions } : {}),
        ...(services ? { services } : {}),
        ...(profile ? { profile } : {}),
        ...(source ? { source } : {}),
        onProgress: (p) => events.emit('prices.progress', p),
      }),
    'prices.cancel': async () => ({ cancelled: prices.cancel() }),
    'prices.profiles': async () => listAwsProfiles(process.env),
  };
}
