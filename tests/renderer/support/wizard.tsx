/** Rendering the whole app over a started store with test prices, and moving between wizard steps. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src-renderer/components/App';
import type { RootStore } from '../../../src-renderer/stores/RootStore';
import { StoreContext } from '../../../src-renderer/stores/context';
import { startedStore } from '../priceFixture';

/** The app rendered over a RootStore that has loaded the test prices. */
export async function renderWizard(): Promise<RootStore> {
  const { store } = await startedStore();
  render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
  return store;
}

/** Clicks the wizard step whose button matches `name`. */
export function goTo(name: RegExp) {
  return userEvent.click(
    within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('button', { name }),
  );
}
