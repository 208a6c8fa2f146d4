// The one freshness rule on screen: built-in prices dated with a refresh offered (never "stale"), the
// same as-of in the header and the prices bar, fetched prices stale past the limit, kept prices listed,
// and totals that include derived rates marked.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PriceStatusDto } from '@shared/api/schemas/prices';
import type { DesignEstimate } from '@shared/domain';
import { CostFigure } from '../../../src-renderer/components/candidates/CostFigure';
import { Header } from '../../../src-renderer/components/Header';
import { PricesBar } from '../../../src-renderer/components/prices/PricesBar';
import { StoreContext } from '../../../src-renderer/stores/context';
import { catalogHandler, startedStore, testCatalogData } from '../priceFixture';

const status = (over: Partial<PriceStatusDto>): PriceStatusDto => ({
  kind: 'cache',
  label: 'AWS prices',
  asOf: '2026-10-01',
  summary: 'AWS prices fetched 2026-11-27',
  refreshSuggested: false,
  snapshotBuiltAt: '2026-10-01',
  prices: 10,
  coverage: [],
  derived: [],
  notInLatestRefresh: [],
  notInLatestRefreshCount: 0,
  missing: [],
  warnings: [],
  staleAfterDays: 30,
  refreshing: false,
  ...over,
});

describe('prices freshness on screen', () => {
  it('dates built-in prices, offers a refresh, and shows the same as-of in the header and the bar', async () => {
    const { store } = await startedStore({}, { today: '2028-01-01' });
    await store.app.load();
    render(
      <StoreContext.Provider value={store}>
        <Header />
        <PricesBar />
      </StoreContext.Provider>,
    );
    expect(screen.getByTestId('price-badge').textContent).toContain('built-in prices · as of 2026-10-01');
    expect(screen.getByTestId('builtin-note').textContent).toMatch(/refresh for current prices/);
    expect(screen.queryByTestId('stale-warning')).toBeNull();
    expect(screen.getByRole('button', { name: 'Refresh prices' })).toBeTruthy();
    expect(screen.getByTestId('price-source').textContent).toBe(
      'Built-in prices, public AWS data from 2026-10-01 · as of 2026-10-01',
    );
  });

  it('calls fetched prices stale only past the limit', async () => {
    const fetched = {
      ...testCatalogData,
      origin: 'api' as const,
      coverage: testCatalogData.coverage.map((c) => ({
        ...c,
        origin: 'api' as const,
        fetchedAt: '2026-09-01T00:00:00Z',
      })),
    };
    const old = await startedStore({ 'prices.catalog': catalogHandler(fetched) }, { today: '2026-11-27' });
    expect(old.store.prices.stale).toBe(true);
    const recent = await startedStore({ 'prices.catalog': catalogHandler(fetched) }, { today: '2026-09-20' });
    expect(recent.store.prices.stale).toBe(false);
    expect(recent.store.prices.oldestAsOf).toBe('2026-09-01');
  });

  it('lists prices kept from before a refresh that lacked them', async () => {
    const { store } = await startedStore({
      'prices.status': () =>
        status({
          notInLatestRefreshCount: 2,
          notInLatestRefresh: [
            {
              key: 'sagemaker/us-east-1/serverless-compute/4096',
              usd: 0.00008,
              unit: 'second',
              asOf: '2026-06-01',
              refreshedAt: '2026-11-27T10:00:00Z',
            },
            {
              key: 'sagemaker/us-east-1/storage',
              usd: 0.14,
              unit: 'GB-month',
              asOf: '2026-06-01',
              refreshedAt: '2026-11-27T10:00:00Z',
            },
          ],
        }),
    });
    await store.priceRefresh.loadStatus();
    render(
      <StoreContext.Provider value={store}>
        <PricesBar />
      </StoreContext.Provider>,
    );
    const kept = screen.getByTestId('kept-prices');
    expect(kept.textContent).toMatch(/^2 prices not in the latest refresh/);
    expect(kept.getAttribute('title')).toContain('sagemaker/us-east-1/storage (as of 2026-06-01)');
  });

  it('marks a total that includes derived rates, with the rules in its tooltip', () => {
    const estimate = {
      monthlyUsd: 10,
      feasible: true,
      reasons: [],
      includesDerivedRates: true,
      lineItems: [
        {
          label: 'Endpoint ML storage',
          quantity: 60,
          unit: 'GB-month',
          rateUsd: 0.1561,
          monthlyUsd: 9.366,
          priceKey: 'sagemaker/eu-west-1/storage',
          priceSource: {
            origin: 'derived',
            label: 'built-in prices',
            asOf: '2026-06-01',
            rule: 'the us-east-1 rate × 1.115',
          },
          formula: '',
        },
      ],
    } as unknown as DesignEstimate;
    render(
      <CostFigure estimate={estimate} testId="fig">
        $10.00
      </CostFigure>,
    );
    expect(screen.getByTestId('fig').textContent).toBe('$10.00');
    const marker = screen.getByTestId('derived-rates');
    expect(marker.textContent).toBe(' includes derived rates');
    expect(marker.getAttribute('title')).toBe('Endpoint ML storage: the us-east-1 rate × 1.115');
  });
});
