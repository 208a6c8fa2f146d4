// Start-up while the cached prices still load: the first answer is the built-in prices, said so,
// then the cached ones replace them; app.info is asked again once they are in.
import { describe, expect, it } from 'vitest';
import { priceKeys } from '@shared/prices/keys';
import type { ResponseOf } from '@shared/api/contract';
import type { PriceCatalogData } from '@shared/prices/catalog';
import { RootStore } from '../../../src-renderer/stores/RootStore';
import { createFakeApi, sampleAppInfo } from '../fakeApi';
import { catalogHandler, testCatalogData } from '../priceFixture';
import { quietProjectFiles } from '../projectFakes';

const c5 = priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge');
/** The cached (refreshed) prices: the test prices with ml.c5.xlarge at $0.25 from the API. */
const cached: PriceCatalogData = {
  ...testCatalogData,
  origin: 'api',
  entries: testCatalogData.entries.map((e) =>
    e.key === c5 ? { ...e, usd: 0.25, source: { origin: 'api', label: 'AWS Price List API', asOf: '2026-11-20' } } : e,
  ),
};

describe('prices at start-up while the cache loads', () => {
  it('shows the built-in prices as such at once, then the cached ones', async () => {
    let release!: () => void;
    const cacheIn = new Promise<void>((r) => (release = r));
    let cacheLoaded = false;
    const builtIn = catalogHandler();
    const fromCache = catalogHandler(cached);
    const fake = createFakeApi({
      ...quietProjectFiles,
      'app.info': () => ({
        ...sampleAppInfo,
        prices: { ...sampleAppInfo.prices, ...(cacheLoaded ? {} : { loading: true }) },
      }),
      'prices.catalog': async (request) => {
        if (request.whileLoading === 'built-in' && !cacheLoaded)
          return { ...(builtIn(request) as ResponseOf<'prices.catalog'>), cacheLoading: true };
        await cacheIn;
        return fromCache(request) as ResponseOf<'prices.catalog'>;
      },
      // Like the real one, the status waits for the cache; this test needs no status, so it then answers an error.
      'prices.status': async () => {
        await cacheIn;
        return { ok: false, error: { code: 'internal', message: 'not needed here' } } as never;
      },
    });
    const store = new RootStore(fake.api, { today: '2026-11-27' });
    const started = store.start();

    await expect.poll(() => store.prices.data !== null).toBe(true);
    expect(store.prices.cacheLoading).toBe(true);
    expect(store.prices.originLabel).toBe('built-in prices (the refreshed prices are still loading)');
    const early = store.prices.catalog!.lookup(c5);
    expect(early.ok && early.price.usd).toBe(0.204);

    cacheLoaded = true;
    release();
    await started;
    expect(store.prices.cacheLoading).toBe(false);
    expect(store.prices.originLabel).toBe('refreshed from AWS');
    const late = store.prices.catalog!.lookup(c5);
    expect(late.ok && late.price.usd).toBe(0.25);
    expect(fake.calls.filter((c) => c.operation === 'prices.catalog').map((c) => c.request)).toEqual([
      { regions: ['us-east-1'], whileLoading: 'built-in' },
      { regions: ['us-east-1'], whileLoading: 'wait' },
    ]);
    // The first app.info said the cache was loading; it was asked again and no longer says so.
    expect(fake.calls.filter((c) => c.operation === 'app.info')).toHaveLength(2);
    expect(store.app.info?.prices.loading).toBeUndefined();
  });
});
