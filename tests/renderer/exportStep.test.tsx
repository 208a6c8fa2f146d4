import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { newProject } from '@shared/project/defaults';
import { ExportStep } from '../../src-renderer/components/export/ExportStep';
import { ExportStore, XLSX_MIME } from '../../src-renderer/stores/ExportStore';
import { ProjectStore } from '../../src-renderer/stores/ProjectStore';
import { RootStore } from '../../src-renderer/stores/RootStore';
import { StoreContext } from '../../src-renderer/stores/context';
import { createFakeApi, type FakeHandlers } from './fakeApi';

function projectStore(): ProjectStore {
  const projects = new ProjectStore();
  projects.replace(
    {
      ...newProject('Fraud scoring'),
      designs: [
        {
          name: 'Real-time',
          hosting: { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2 },
          purchase: { type: 'on-demand' },
        },
      ],
    },
    null,
  );
  return projects;
}

function exportStore(handlers: FakeHandlers, web: boolean) {
  const fake = createFakeApi(handlers);
  const download = vi.fn();
  const store = new ExportStore(fake.api, projectStore(), { isWeb: () => web, download });
  return { fake, store, download };
}

describe('ExportStore', () => {
  it('downloads the workbook in web mode, decoding the base64 bytes', async () => {
    const { fake, store, download } = exportStore(
      { 'export.workbook': () => ({ fileName: 'Fraud scoring.xlsx', base64: btoa('PK\u0003\u0004'), bytes: 4 }) },
      true,
    );
    expect(store.actionLabel).toMatch(/Download/);
    await store.exportWorkbook();
    expect(fake.calls).toEqual([
      { operation: 'export.workbook', request: { project: expect.objectContaining({ name: 'Fraud scoring' }) } },
    ]);
    expect(download).toHaveBeenCalledWith('Fraud scoring.xlsx', new Uint8Array([0x50, 0x4b, 3, 4]), XLSX_MIME);
    expect(store.status).toEqual({ kind: 'done', message: 'Downloaded Fraud scoring.xlsx' });
  });

  it('saves through the dialog on the desktop, and a cancel is no error', async () => {
    const saved = exportStore(
      {
        'export.saveAs': () => ({
          cancelled: false,
          path: '/home/a/Fraud scoring.xlsx',
          fileName: 'Fraud scoring.xlsx',
          bytes: 10,
        }),
      },
      false,
    );
    expect(saved.store.actionLabel).toMatch(/Save/);
    await saved.store.exportWorkbook();
    expect(saved.store.status).toEqual({ kind: 'done', message: 'Saved /home/a/Fraud scoring.xlsx' });
    expect(saved.download).not.toHaveBeenCalled();
    const cancelled = exportStore({ 'export.saveAs': () => ({ cancelled: true }) }, false);
    await cancelled.store.exportWorkbook();
    expect(cancelled.store.status).toEqual({ kind: 'idle' });
  });

  it('shows the back end’s message when the export fails', async () => {
    const { store } = exportStore(
      {
        'export.saveAs': () => ({
          ok: false,
          error: { code: 'bad-request', message: 'cannot write x.xlsx: permission denied in /x' },
        }),
      },
      false,
    );
    await store.exportWorkbook();
    expect(store.status).toEqual({
      kind: 'error',
      message: 'Export failed: cannot write x.xlsx: permission denied in /x',
    });
  });

  it('lists what the workbook will hold, one design sheet per design', () => {
    const { store } = exportStore({}, true);
    expect(store.contents.some((l) => l.includes('Design sheet "Real-time"'))).toBe(true);
    expect(store.contents[0]).toContain('1 design side by side');
  });
});

describe('ExportStep', () => {
  it('exports from the button and announces the result, with no serious accessibility violations', async () => {
    const fake = createFakeApi({
      'export.saveAs': () => ({ ok: false, error: { code: 'file-error', message: 'the disk is full' } }),
    });
    const root = new RootStore(fake.api);
    root.project.replace(projectStore().current, null);
    const { container } = render(
      <StoreContext.Provider value={root}>
        <ExportStep />
      </StoreContext.Provider>,
    );
    await userEvent.click(screen.getByRole('button', { name: /Save workbook as/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Export failed: the disk is full');
    const results = await axe.run(container);
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('runs the same export from the File menu action', async () => {
    const fake = createFakeApi({
      'export.saveAs': () => ({ cancelled: false, path: '/tmp/a.xlsx', fileName: 'a.xlsx', bytes: 1 }),
    });
    const root = new RootStore(fake.api);
    root.exportAction?.();
    await vi.waitFor(() => expect(root.exporter.status).toEqual({ kind: 'done', message: 'Saved /tmp/a.xlsx' }));
  });
});
