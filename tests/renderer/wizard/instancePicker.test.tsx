// The instance picker: types priced in the design's region, with hardware and $/h, searchable.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InstancePicker } from '../../../src-renderer/components/candidates/InstancePicker';
import { StoreContext } from '../../../src-renderer/stores/context';
import { startedStore } from '../priceFixture';

describe('InstancePicker', () => {
  it('lists the region’s priced types with vCPU, memory, GPU and $/h, filtered by the search', async () => {
    const { store } = await startedStore();
    const chosen: string[] = [];
    render(
      <StoreContext.Provider value={store}>
        <InstancePicker
          type="sagemaker-realtime"
          region="us-east-1"
          value="ml.m5.xlarge"
          onChange={(t) => chosen.push(t)}
        />
      </StoreContext.Provider>,
    );
    const list = screen.getByLabelText(/Instance type/);
    const options = () =>
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(options()).toEqual([
      'ml.c5.xlarge — 4 vCPU · 8 GiB · $0.204/h',
      'ml.m5.xlarge — 4 vCPU · 16 GiB · $0.23/h',
      'ml.g5.xlarge — 4 vCPU · 16 GiB · 1 GPU A10G · $1.408/h',
    ]);
    await userEvent.type(screen.getByLabelText('Search instance types'), 'gpu');
    // The current choice stays listed so the selection never silently changes.
    expect(options()).toEqual([
      'ml.m5.xlarge — 4 vCPU · 16 GiB · $0.23/h',
      'ml.g5.xlarge — 4 vCPU · 16 GiB · 1 GPU A10G · $1.408/h',
    ]);
    await userEvent.selectOptions(list, 'ml.g5.xlarge');
    expect(chosen).toEqual(['ml.g5.xlarge']);
  });
});
