// A chart's surface is a keyboard stop (recharts' accessibility layer): it needs an accessible name.
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BreakEvenChart } from '../../../src-renderer/components/compare/BreakEvenChart';
import { WeekChart } from '../../../src-renderer/components/workload/WeekChart';
import { StoreContext } from '../../../src-renderer/stores/context';
import { startedStore } from '../priceFixture';

describe('charts in the Tab order', () => {
  it('the week chart is focusable and named', () => {
    const { container } = render(<WeekChart rps={Array.from({ length: 168 }, (_, h) => (h % 24) + 1)} />);
    const focusable = Array.from(container.querySelectorAll('svg[tabindex="0"]'));
    expect(focusable.length).toBe(1);
    const title = focusable[0]!.querySelector(':scope > title')?.textContent ?? '';
    expect(title).toBe('Traffic by hour of the week (arrow keys move through the hours)');
  });
});

describe('break-even charts', () => {
  it('each committed design gets its own chart, named after the design', async () => {
    const { store } = await startedStore();
    act(() => {
      for (const [name, type] of [
        ['Plan A', 'sagemaker-realtime'],
        ['Plan B', 'ec2'],
      ] as const) {
        const d = store.designs.addNew(type);
        store.designs.rename(d, name);
        store.designs.setPurchaseType(d, type === 'ec2' ? 'compute-savings-plan' : 'sagemaker-savings-plan');
        store.designs.patchPurchase(d, { discountPercent: 30 });
      }
    });
    const { container } = render(
      <StoreContext.Provider value={store}>
        <BreakEvenChart />
      </StoreContext.Provider>,
    );
    const titles = Array.from(container.querySelectorAll('svg[tabindex="0"] > title')).map((t) => t.textContent);
    expect(titles).toEqual([
      'Cumulative cost of “Plan A” by month, committed against on-demand (arrow keys move through the months)',
      'Cumulative cost of “Plan B” by month, committed against on-demand (arrow keys move through the months)',
    ]);
  });
});
