// The project bar as a user meets it: name field, file buttons, the unsaved-changes dialog (focus,
// Tab, Escape), the recovery banner, menu actions and web-mode shortcuts, and an accessibility scan.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { ProjectBar } from '../../../src-renderer/components/project/ProjectBar';
import { RootStore } from '../../../src-renderer/stores/RootStore';
import { StoreContext } from '../../../src-renderer/stores/context';
import { createFakeApi, sampleAppInfo, type FakeHandlers } from '../fakeApi';
import { quietProjectFiles } from '../projectFakes';
import { projectNamed } from './setupStores';

async function renderBar(handlers: FakeHandlers = {}, mode: 'web' | 'desktop' = 'desktop') {
  const fake = createFakeApi({ ...quietProjectFiles, 'app.info': () => ({ ...sampleAppInfo, mode }), ...handlers });
  const store = new RootStore(fake.api);
  const view = render(
    <StoreContext.Provider value={store}>
      <ProjectBar />
    </StoreContext.Provider>,
  );
  await act(async () => {
    await store.start();
    await store.projectFilesStarted;
  });
  return { fake, store, view };
}

const nameField = () => screen.getByRole('textbox', { name: 'Project name' });

describe('file toolbar', () => {
  it('edits the project name through the store and shows the unsaved state', async () => {
    const { store } = await renderBar();
    expect(screen.getByTestId('save-state').textContent).toBe('Not saved yet');
    await userEvent.clear(nameField());
    await userEvent.type(nameField(), 'Fraud scoring');
    expect(store.project.current.name).toBe('Fraud scoring');
    expect(store.project.dirty).toBe(true);
    expect(screen.getByTestId('save-state').textContent).toBe('Unsaved changes');
  });

  it('saves with Save As the first time and shows where', async () => {
    const { fake } = await renderBar({
      'projects.saveAs': () => ({ cancelled: false, path: '/p/x.infercalc.json', savedAt: 'now' }),
    });
    await userEvent.type(nameField(), '!');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(fake.calls.filter((c) => c.operation === 'projects.saveAs')).toHaveLength(1);
    // One indicator says it (with the full path as its title); no second "Saved" message.
    expect(screen.getByTestId('save-state').textContent).toBe('Saved: x.infercalc.json');
    expect(screen.getByTestId('save-state').title).toBe('/p/x.infercalc.json');
    expect(screen.getByTestId('file-status').textContent).toBe('');
  });

  it('shows an error alert for a bad file and keeps the project', async () => {
    const message = 'bad.json is not a valid InferCalc project: format: Invalid input';
    await renderBar({ 'projects.open': () => ({ ok: false, error: { code: 'bad-request', message } }) });
    await userEvent.click(screen.getByRole('button', { name: 'Open…' }));
    // A plain sentence; the schema's wording (with the field's path) only once "details" is opened.
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'bad.json is not a valid InferCalc project: The file is not an InferCalc project (its format is not “infercalc-project”).',
    );
    expect(alert.textContent).not.toContain('format: Invalid input');
    const details = alert.querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    expect((await within(alert).findByText(message)).tagName).toBe('CODE');
    expect((nameField() as HTMLInputElement).value).toBe('Untitled project');
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists recent projects in the desktop app and opens one', async () => {
    const { fake } = await renderBar({
      'projects.recent': () => ({ projects: [{ path: '/p/a.json', name: 'Alpha', openedAt: '2026-11-27T10:00:00Z' }] }),
      'projects.open': (r) => ({ cancelled: false, path: r.path ?? '', project: projectNamed('Alpha') }),
    });
    const toggle = screen.getByRole('button', { name: 'Recent' });
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(await screen.findByRole('button', { name: /Alpha/ }));
    expect(fake.calls.filter((c) => c.operation === 'projects.open').map((c) => c.request)).toEqual([
      { path: '/p/a.json' },
    ]);
    expect((nameField() as HTMLInputElement).value).toBe('Alpha');
  });

  it('lists the copies the server keeps in web mode and reopens one by its id, never a path', async () => {
    const copy = 'a'.repeat(32);
    const { fake } = await renderBar(
      {
        'projects.recent': () => ({
          projects: [{ path: 'beta.infercalc.json', name: 'Beta', openedAt: '2026-11-27T10:00:00Z', copy }],
        }),
        'projects.open': () => ({ cancelled: false, path: 'beta.infercalc.json', project: projectNamed('Beta') }),
      },
      'web',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Recent' }));
    await userEvent.click(await screen.findByRole('button', { name: /Beta/ }));
    expect(fake.calls.filter((c) => c.operation === 'projects.open').map((c) => c.request)).toEqual([{ copy }]);
    expect((nameField() as HTMLInputElement).value).toBe('Beta');
  });
});

describe('unsaved-changes dialog', () => {
  it('is a modal that takes focus, keeps Tab inside, and cancels on Escape', async () => {
    const { store } = await renderBar();
    await userEvent.type(nameField(), ' edited');
    const newButton = screen.getByRole('button', { name: 'New' });
    await userEvent.click(newButton);
    const dialog = screen.getByRole('dialog', { name: 'Unsaved changes' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(within(dialog).getByText(/Untitled project edited/)).toBeTruthy();
    const save = within(dialog).getByRole('button', { name: 'Save' });
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(save);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(cancel);
    await userEvent.tab();
    expect(document.activeElement).toBe(save);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.project.current.name).toBe('Untitled project edited');
    expect(document.activeElement).toBe(newButton);
  });

  it('discards and starts a new project', async () => {
    const { store } = await renderBar();
    await userEvent.type(nameField(), ' edited');
    await userEvent.click(screen.getByRole('button', { name: 'New' }));
    await userEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.project.current.name).toBe('Untitled project');
    expect(store.project.dirty).toBe(false);
  });
});

describe('recovery banner', () => {
  it('offers autosaved work and restores it as unsaved', async () => {
    const { store } = await renderBar({
      'autosave.read': () => ({
        autosave: { project: projectNamed('Crashed work'), filePath: null, savedAt: '2026-11-27T09:00:00.000Z' },
      }),
    });
    const banner = screen.getByRole('region', { name: 'Recover unsaved work?' });
    expect(banner.textContent).toContain('“Crashed work”');
    await userEvent.click(within(banner).getByRole('button', { name: 'Recover' }));
    expect((nameField() as HTMLInputElement).value).toBe('Crashed work');
    expect(store.project.dirty).toBe(true);
    expect(screen.queryByRole('region', { name: 'Recover unsaved work?' })).toBeNull();
  });
});

describe('menu actions and shortcuts', () => {
  it('runs menu actions from the desktop menu, and routes export to the registered handler', async () => {
    const { fake, store } = await renderBar();
    const exportAction = vi.fn();
    store.exportAction = exportAction;
    await userEvent.type(nameField(), '!');
    act(() => fake.emit('menu.action', { action: 'new' }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
    act(() => fake.emit('menu.action', { action: 'export' }));
    expect(exportAction).toHaveBeenCalledTimes(1);
  });

  it('handles Ctrl+N in web mode only (the desktop menu sends it there)', async () => {
    const desktop = await renderBar();
    await userEvent.type(nameField(), '!');
    fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    expect(screen.queryByRole('dialog')).toBeNull();
    desktop.view.unmount();

    await renderBar({}, 'web');
    await userEvent.type(nameField(), '!');
    const event = new KeyboardEvent('keydown', { key: 'n', ctrlKey: true, cancelable: true });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });
});

describe('accessibility', () => {
  it('has no serious or critical axe violations, with the dialog and banner open', async () => {
    const { view } = await renderBar({
      'autosave.read': () => ({
        autosave: { project: projectNamed('Old'), filePath: null, savedAt: '2026-11-27T09:00:00.000Z' },
      }),
    });
    await userEvent.type(nameField(), '!');
    await userEvent.click(screen.getByRole('button', { name: 'New' }));
    const results = await axe.run(view.container, { rules: { region: { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
