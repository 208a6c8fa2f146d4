// The projects.* and autosave.* operations through dispatch: desktop (fake native dialogs) and web
// mode (no dialogs: the dialog operations answer 'not-supported').
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../../src-main/api/dispatch';
import { withProjectExtension } from '../../../src-main/api/areas/projects';
import { silentLogger } from '../../../src-main/runtime/logger';
import { planClose, closePrompt } from '../../../src-main/projects/closeGuard';
import { composeBackend } from '../../../src-main/composition/composeBackend';
import type { FileDialogs } from '../../../src-main/composition/fileDialogs';
import { sampleProject, tempFolder, writeJson } from './helpers';

const ctx = { transport: 'ipc' as const, session: 'desktop-window' };
const page = { transport: 'http' as const, session: 'page-0123456789abcdef' };

function desktop(answers: { open?: string | null; save?: string | null }) {
  const asked: string[] = [];
  const dialogs: FileDialogs = {
    chooseFileToOpen: async ({ title }) => (asked.push(title), answers.open ?? null),
    chooseFileToSave: async ({ title, defaultPath }) => (asked.push(`${title}: ${defaultPath}`), answers.save ?? null),
  };
  const backend = composeBackend({ mode: 'desktop', logger: silentLogger, dataFolder: tempFolder(), env: {}, dialogs });
  const call = (op: string, req: unknown) => dispatch(backend.handlers, op, req, ctx, silentLogger);
  return { backend, call, asked };
}

describe('projects operations', () => {
  it('opens through the native dialog, and reports a cancelled dialog', async () => {
    const path = writeJson(join(tempFolder(), 'p.infercalc.json'), sampleProject());
    const chosen = desktop({ open: path });
    expect(await chosen.call('projects.open', {})).toEqual({
      ok: true,
      result: { cancelled: false, path, project: sampleProject() },
    });
    expect(chosen.asked).toEqual(['Open project']);
    expect(await desktop({ open: null }).call('projects.open', {})).toEqual({ ok: true, result: { cancelled: true } });
  });

  it('saves as the suggested name, adding the extension when the dialog did not', async () => {
    const folder = tempFolder();
    const { call, asked } = desktop({ save: join(folder, 'mine') });
    const reply = await call('projects.saveAs', { project: sampleProject() });
    expect(reply).toMatchObject({ ok: true, result: { cancelled: false, path: join(folder, 'mine.infercalc.json') } });
    expect(asked).toEqual(['Save project as: Fraud scoring.infercalc.json']);
    expect(JSON.parse(readFileSync(join(folder, 'mine.infercalc.json'), 'utf8'))).toEqual(sampleProject());
    expect(withProjectExtension('/a/b.JSON')).toBe('/a/b.JSON');
  });

  it('refuses a project with a bad field before anything is written, naming the field', async () => {
    const { call, asked } = desktop({ save: join(tempFolder(), 'x.json') });
    const reply = await call('projects.saveAs', { project: { ...sampleProject(), name: '' } });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'bad-request', message: expect.stringMatching(/project\.name/) },
    });
    expect(asked).toEqual([]);
  });

  it('answers not-supported for dialogs in web mode but still serves recent, autosave and dirty state', async () => {
    const backend = composeBackend({ mode: 'web', logger: silentLogger, dataFolder: tempFolder(), env: {} });
    const call = (op: string, req: unknown) => dispatch(backend.handlers, op, req, page, silentLogger);
    for (const [op, req] of [
      ['projects.open', {}],
      ['projects.saveAs', { project: sampleProject() }],
    ] as const) {
      const reply = await call(op, req);
      expect(reply).toEqual({
        ok: false,
        error: { code: 'not-supported', message: expect.stringMatching(/desktop app/) },
      });
    }
    expect(await call('projects.recent', {})).toEqual({ ok: true, result: { projects: [] } });
    expect(await call('autosave.write', { project: sampleProject(), filePath: null })).toEqual({
      ok: true,
      result: {},
    });
    expect(await call('autosave.read', {})).toMatchObject({ ok: true, result: { autosave: { filePath: null } } });
    expect(await call('autosave.clear', {})).toEqual({ ok: true, result: {} });
    expect(await call('autosave.read', {})).toEqual({ ok: true, result: { autosave: null } });
    expect(await call('projects.setDirty', { dirty: true, name: 'X' })).toEqual({ ok: true, result: {} });
    expect(backend.services.projects.unsaved).toEqual({ dirty: true, name: 'X' });
  });

  it('after a crash, lets the page save back to the file a recovered autosave belongs to', async () => {
    const folder = tempFolder();
    const path = join(folder, 'recovered.infercalc.json');
    const dataFolder = tempFolder();
    const dialogs: FileDialogs = { chooseFileToOpen: async () => null, chooseFileToSave: async () => path };
    const first = composeBackend({ mode: 'desktop', logger: silentLogger, dataFolder, env: {}, dialogs });
    const call1 = (op: string, req: unknown) => dispatch(first.handlers, op, req, ctx, silentLogger);
    expect((await call1('projects.saveAs', { project: sampleProject() })).ok).toBe(true);
    expect((await call1('autosave.write', { project: sampleProject('Edited'), filePath: path })).ok).toBe(true);
    // The process dies without clearing; the next start recovers the work and may save it back.
    const second = composeBackend({ mode: 'desktop', logger: silentLogger, dataFolder, env: {} });
    const call2 = (op: string, req: unknown) => dispatch(second.handlers, op, req, ctx, silentLogger);
    expect(await call2('autosave.read', {})).toMatchObject({
      ok: true,
      result: { autosave: { filePath: path, project: { name: 'Edited' } } },
    });
    expect(await call2('projects.save', { path, project: sampleProject('Edited') })).toMatchObject({ ok: true });
  });
});

describe('closing the desktop window', () => {
  const never = () => {
    throw new Error('should not ask');
  };
  it('closes without asking when everything is saved', () => {
    expect(planClose({ dirty: false, name: 'A' }, never)).toEqual({ action: 'close', clearAutosave: false });
  });

  it('asks when there are unsaved changes, and follows the answer', () => {
    const state = { dirty: true, name: 'Fraud scoring' };
    expect(closePrompt(state).message).toBe('Save the changes to “Fraud scoring” before closing?');
    expect(planClose(state, () => 0)).toEqual({ action: 'save' });
    expect(planClose(state, () => 1)).toEqual({ action: 'close', clearAutosave: true });
    expect(planClose(state, () => 2)).toEqual({ action: 'stay' });
    expect(planClose(state, (p) => p.cancelId)).toEqual({ action: 'stay' });
    expect(closePrompt({ dirty: true, name: ' ' }).message).toContain('Untitled project');
  });
});
