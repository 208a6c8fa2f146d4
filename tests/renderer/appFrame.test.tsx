import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/components/App';
import { RootStore } from '../../src-renderer/stores/RootStore';
import { StoreContext } from '../../src-renderer/stores/context';
import { createFakeApi, sampleAppInfo } from './fakeApi';
import { quietProjectFiles } from './projectFakes';

function renderApp(store: RootStore) {
  return render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
}

describe('app frame', () => {
  it('shows the version, data folder and price source from app.info', async () => {
    const fake = createFakeApi({ ...quietProjectFiles, 'app.info': () => sampleAppInfo });
    const store = new RootStore(fake.api);
    renderApp(store);
    await store.start();
    expect(await screen.findByTestId('app-version')).toHaveProperty('textContent', 'v9.8.7');
    expect(screen.getByTestId('data-folder').textContent).toBe('/home/someone/.config/InferCalc');
    expect(screen.getByTestId('price-source').textContent).toContain('as of 2026-07-20');
    expect(fake.calls.filter((c) => c.operation === 'app.info')).toEqual([{ operation: 'app.info', request: {} }]);
  });

  it('shows the back end’s message when app.info fails', async () => {
    const fake = createFakeApi({
      ...quietProjectFiles,
      'app.info': () => ({ ok: false, error: { code: 'network', message: 'server went away' } }),
    });
    const store = new RootStore(fake.api);
    renderApp(store);
    await store.start();
    expect((await screen.findByRole('alert')).textContent).toBe('server went away');
  });

  it('navigates the wizard steps, marking the current one', async () => {
    const store = new RootStore(createFakeApi({ 'app.info': () => sampleAppInfo }).api);
    renderApp(store);
    const nav = screen.getByRole('navigation', { name: 'Wizard steps' });
    expect(within(nav).getByRole('button', { current: 'step' }).textContent).toContain('Workload');
    await userEvent.click(within(nav).getByRole('button', { name: /Compare/ }));
    expect(within(nav).getByRole('button', { current: 'step' }).textContent).toContain('Compare');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Compare');
    expect(store.ui.step).toBe('compare');
  });

  it('moves focus (and so the view) to the new step’s heading, not left at the old step’s footer', async () => {
    const store = new RootStore(createFakeApi({ ...quietProjectFiles, 'app.info': () => sampleAppInfo }).api);
    renderApp(store);
    // On start nothing is taken from the user: focus stays where the browser put it.
    expect(document.activeElement).toBe(document.body);
    await userEvent.click(screen.getByRole('button', { name: 'Candidates →' }));
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Candidates');
    expect(document.activeElement).toBe(heading);
    // Tab then goes on into the step, from its top.
    expect(heading.tabIndex).toBe(-1);
  });
});
