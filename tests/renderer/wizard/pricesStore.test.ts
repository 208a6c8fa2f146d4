// PricesStore: the catalog the renderer estimates with, per region, with user rates on top.
import { describe, expect, it } from 'vitest';
import { priceKeys } from '@shared/prices/keys';
import { startedStore, testCatalogData } from '../priceFixture';

describe('PricesStore', () => {
  it('loads the project region’s prices through prices.catalog', async () => {
    const { store, fake } = await startedStore();
    expect(fake.calls.filter((c) => c.operation === 'prices.catalog')).toEqual([
      { operation: 'prices.catalog', request: { regions: ['us-east-1'], whileLoading: 'built-in' } },
    ]);
    expect(store.prices.availableRegions).toEqual(['eu-west-1', 'us-east-1']);
    const c5 = store.prices.catalog!.lookup(priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge'));
    expect(c5.ok && c5.price.usd).toBe(0.204);
    expect(store.prices.catalog!.lookup(priceKeys.sageMakerInstance('eu-west-1', 'Hosting', 'ml.c5.xlarge')).ok).toBe(
      false,
    );
  });

  it('fetches another region as soon as a design needs it', async () => {
    const { store, fake } = await startedStore();
    const d = store.designs.addNew('sagemaker-realtime');
    store.designs.patchHosting(d, { region: 'eu-west-1' });
    await expect.poll(() => store.prices.loadedRegions).toEqual(['eu-west-1', 'us-east-1']);
    expect(fake.calls.at(-1)).toEqual({
      operation: 'prices.catalog',
      request: { regions: ['eu-west-1', 'us-east-1'] },
    });
    const e = store.estimates.estimateOf(store.designs.designs[0]!)!;
    expect(e.region).toBe('eu-west-1');
    expect(e.lineItems[0]!.rateUsd).toBeCloseTo(0.23 * 1.1, 6); // ml.m5.xlarge, eu-west-1 is 10% dearer in the test data
  });

  it('lays the project’s hand-entered rates over the price data, labelled user-provided', async () => {
    const { store } = await startedStore();
    const key = priceKeys.ec2Spot('us-east-1', 'm5.xlarge');
    store.pay.setUserRate(key, 'hour', '0.07');
    const hit = store.prices.catalog!.lookup(key);
    expect(hit.ok && hit.price.usd).toBe(0.07);
    expect(hit.ok && hit.price.source.origin).toBe('user');
    expect(hit.ok && hit.price.source.label).toContain('user-provided');
    expect(store.project.current.userRates).toEqual([{ key, usd: 0.07, unit: 'hour', note: 'entered by hand' }]);
  });

  it('dates built-in prices and offers a refresh instead of calling them stale; says where they come from', async () => {
    // The shared freshness rule: only fetched prices go stale; built-in ones are dated, a refresh offered.
    const { store } = await startedStore({}, { today: '2027-06-01' });
    expect(store.prices.oldestAsOf).toBe('2026-10-01');
    expect(store.prices.stale).toBe(false);
    expect(store.prices.freshness.refreshSuggested).toBe(true);
    expect(store.prices.freshness.text).toBe('Built-in prices, public AWS data from 2026-10-01');
    expect(store.prices.originLabel).toBe('built-in prices');
  });

  it('keeps the last good prices and reports the error when a load fails', async () => {
    let fail = false;
    const { store } = await startedStore({
      'prices.catalog': ({ regions }) =>
        fail
          ? { ok: false, error: { code: 'internal', message: 'prices broke' } }
          : { data: { ...testCatalogData }, availableRegions: regions },
    });
    fail = true;
    await store.prices.ensureLoaded(true);
    expect(store.prices.loadError).toBe('prices broke');
    expect(store.prices.catalog).not.toBeNull();
  });
});
