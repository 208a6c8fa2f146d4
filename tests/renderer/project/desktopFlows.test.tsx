// Desktop mode (the preload API with native dialogs): open, Save As and export either change the
// project's title, file and dirty state as the dialog answered, or, when cancelled, nothing at all.
import { render } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DocumentTitle } from '../../../src-renderer/components/project/DocumentTitle';
import { ExportStore } from '../../../src-renderer/stores/ExportStore';
import { StoreContext } from '../../../src-renderer/stores/context';
import type { RootStore } from '../../../src-renderer/stores/RootStore';
import { windowTitle } from '../../../src-renderer/stores/project/windowTitle';
import type { FakeHandlers } from '../fakeApi';
import { projectNamed, setupStores } from './setupStores';

function desktop(handlers: FakeHandlers) {
  const s = setupStores(handlers, { web: false });
  const download = vi.fn();
  const exports = new ExportStore(s.fake.api, s.project, { isWeb: () => false, download });
  const state = () => ({
    title: windowTitle(s.project),
    filePath: s.project.filePath,
    dirty: s.project.dirty,
    name: s.project.current.name,
  });
  return { ...s, exports, download, state };
}

const edited = (s: ReturnType<typeof desktop>) =>
  s.project.edit((p) => {
    p.name = 'Fraud scoring';
  });

describe('desktop file flows', () => {
  it('a cancelled open, Save As or export changes nothing', async () => {
    const s = desktop({
      'projects.open': () => ({ cancelled: true }),
      'projects.saveAs': () => ({ cancelled: true }),
      'export.saveAs': () => ({ cancelled: true }),
    });
    edited(s);
    const before = s.state();
    expect(before).toEqual({
      title: '• Fraud scoring — InferCalc',
      filePath: null,
      dirty: true,
      name: 'Fraud scoring',
    });
    s.files.confirmation.ask = async () => 'discard';
    await s.files.open();
    expect(s.state()).toEqual(before);
    expect(await s.files.saveAs()).toBe(false);
    expect(s.state()).toEqual(before);
    expect(await s.files.save()).toBe(false);
    expect(s.callsOf('projects.saveAs')).toHaveLength(2);
    await s.exports.exportWorkbook();
    expect(s.state()).toEqual(before);
    expect(s.exports.status).toEqual({ kind: 'idle' });
    expect(s.files.error).toBeNull();
    expect(s.download).not.toHaveBeenCalled();
  });

  it('Save As records the chosen file: title with the file name, saved; open replaces it all', async () => {
    const s = desktop({
      'projects.saveAs': () => ({ cancelled: false, path: 'C:\\work\\fraud.infercalc.json', savedAt: 'now' }),
      'projects.open': () => ({ cancelled: false, path: '/p/churn.infercalc.json', project: projectNamed('Churn') }),
    });
    edited(s);
    expect(await s.files.saveAs()).toBe(true);
    expect(s.state()).toEqual({
      title: 'Fraud scoring (fraud.infercalc.json) — InferCalc',
      filePath: 'C:\\work\\fraud.infercalc.json',
      dirty: false,
      name: 'Fraud scoring',
    });
    await s.files.open();
    expect(s.state()).toEqual({
      title: 'Churn (churn.infercalc.json) — InferCalc',
      filePath: '/p/churn.infercalc.json',
      dirty: false,
      name: 'Churn',
    });
  });

  it('an export saved through the dialog leaves the project’s file and unsaved state alone', async () => {
    const s = desktop({
      'export.saveAs': () => ({
        cancelled: false,
        path: '/p/Fraud scoring.xlsx',
        fileName: 'Fraud scoring.xlsx',
        bytes: 9,
      }),
    });
    edited(s);
    const before = s.state();
    await s.exports.exportWorkbook();
    expect(s.exports.status).toEqual({ kind: 'done', message: 'Saved /p/Fraud scoring.xlsx' });
    expect(s.state()).toEqual(before);
    expect(s.download).not.toHaveBeenCalled();
  });

  it('the page title follows the project as it is edited, saved and opened', async () => {
    const s = desktop({
      'projects.saveAs': () => ({ cancelled: false, path: '/p/fraud.infercalc.json', savedAt: 'now' }),
    });
    const root = { project: s.project } as unknown as RootStore;
    render(
      <StoreContext.Provider value={root}>
        <DocumentTitle />
      </StoreContext.Provider>,
    );
    expect(document.title).toBe('Untitled project — InferCalc');
    act(() => edited(s));
    expect(document.title).toBe('• Fraud scoring — InferCalc');
    await act(() => s.files.saveAs());
    expect(document.title).toBe('Fraud scoring (fraud.infercalc.json) — InferCalc');
  });
});
