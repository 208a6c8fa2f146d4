/** Handlers of the `app.*` operations. */
import type { PriceSourceSummary } from '@shared/api/schemas/appInfo';
import type { ApiHandlers } from '../handlers';
import type { Services } from '../../composition/services';

/** How long a price summary is reused while the prices in use stay the same (staleness moves slowly). */
const SUMMARY_REUSE_MS = 60_000;

export function appHandlers(services: Services): Pick<ApiHandlers, 'app.info'> {
  // The summary walks every price (tens of ms); app.info is asked often and must answer at once, so
  // it is worked out again only when the price data in use changes, or a minute later.
  let last: { data: unknown; at: number; summary: PriceSourceSummary } | null = null;
  const now = () => (services.inputs.now ?? (() => new Date()))().getTime();
  const summary = (): PriceSourceSummary => {
    const data = services.prices.catalogData();
    if (last && last.data === data && now() - last.at < SUMMARY_REUSE_MS) return last.summary;
    last = { data, at: now(), summary: services.prices.sourceSummary() };
    return last.summary;
  };
  return {
    'app.info': async () => {
      // Never waits for the cache to decode: while it does, the summary says the built-in prices are
      // in use. After the one load (at start), the data in use changes only by a refresh.
      await services.prices.firstAnswer();
      return {
        name: 'InferCalc',
        version: services.version,
        dataFolder: services.inputs.dataFolder,
        mode: services.inputs.mode === 'desktop' ? 'desktop' : 'web',
        prices: summary(),
      };
    },
  };
}
