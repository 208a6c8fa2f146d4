// Refreshing prices from the prices bar: progress from events, cancel, reload on success, offline state.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RefreshReportDto } from '@shared/api/schemas/prices';
import { PricesBar } from '../../../src-renderer/components/prices/PricesBar';
import { StoreContext } from '../../../src-renderer/stores/context';
import { refreshReport } from '../support/refreshReport';
import { catalogHandler, startedStore, testCatalogData } from '../priceFixture';

const report = (status: RefreshReportDto['status']): RefreshReportDto => refreshReport(status);

describe('price refresh', () => {
  it('shows progress while refreshing, then reloads the catalog with the refreshed prices', async () => {
    let finish: (r: RefreshReportDto) => void = () => {};
    let refreshed = false;
    const { store, fake } = await startedStore({
      'prices.refresh': () => new Promise<RefreshReportDto>((resolve) => (finish = resolve)),
      'prices.catalog': (req) =>
        refreshed ? catalogHandler({ ...testCatalogData, origin: 'api' })(req) : catalogHandler()(req),
    });
    render(
      <StoreContext.Provider value={store}>
        <PricesBar />
      </StoreContext.Provider>,
    );
    expect(screen.getByTestId('price-badge').textContent).toContain('built-in prices · as of 2026-10-01 · us-east-1');
    await userEvent.click(screen.getByRole('button', { name: 'Refresh prices' }));
    expect(fake.calls.at(-1)).toEqual({ operation: 'prices.refresh', request: { regions: ['us-east-1'] } });
    act(() =>
      fake.emit('prices.progress', {
        service: 'sagemaker',
        region: 'us-east-1',
        step: 'sagemaker us-east-1 instances',
        pages: 2,
        products: 80,
        requests: 2,
      }),
    );
    act(() =>
      fake.emit('prices.progress', {
        service: 'ec2',
        region: 'us-east-1',
        step: 'ec2 us-east-1',
        pages: 3,
        products: 120,
        requests: 3,
      }),
    );
    const bar = screen.getByRole('progressbar', { name: 'Price refresh progress' }) as HTMLProgressElement;
    expect(bar.value).toBeCloseTo(1 / 5, 6);
    expect(screen.getByText('ec2 us-east-1: 3 pages, 120 products')).toBeTruthy();
    refreshed = true;
    await act(async () => finish(report('ok')));
    await expect.poll(() => screen.getByTestId('price-badge').textContent).toContain('refreshed from AWS');
    expect(screen.getByRole('button', { name: 'Refresh prices' })).toBeTruthy();
  });

  it('cancels, and says the prices in use did not change', async () => {
    let finish: (r: RefreshReportDto) => void = () => {};
    const { store, fake } = await startedStore({
      'prices.refresh': () => new Promise<RefreshReportDto>((resolve) => (finish = resolve)),
      'prices.cancel': () => {
        finish(report('cancelled'));
        return { cancelled: true };
      },
    });
    render(
      <StoreContext.Provider value={store}>
        <PricesBar />
      </StoreContext.Provider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Refresh prices' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await expect.poll(() => screen.queryByText('Refresh cancelled: the prices in use did not change.')).not.toBeNull();
    expect(fake.calls.filter((c) => c.operation === 'prices.catalog')).toHaveLength(1);
    expect(store.prices.originLabel).toBe('built-in prices');
  });

  it('shows when the browser is offline and disables refresh', async () => {
    const { store } = await startedStore();
    render(
      <StoreContext.Provider value={store}>
        <PricesBar />
      </StoreContext.Provider>,
    );
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(screen.getByTestId('offline').textContent).toBe('Offline: using cached prices');
    expect((screen.getByRole('button', { name: 'Refresh prices' }) as HTMLButtonElement).disabled).toBe(true);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
    act(() => void window.dispatchEvent(new Event('online')));
    expect(screen.queryByTestId('offline')).toBeNull();
  });
});
