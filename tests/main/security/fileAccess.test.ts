// Issue 10, failure 1: the page could write any file on disk (autosave.write with any filePath,
// then autosave.read granted it, then projects.save wrote there) and read the start of any file
// (projects.open echoed it in its error). Now only files the user chose can be touched, and no
// message quotes a file's contents.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/api/dispatch';
import { silentLogger } from '../../../src-main/runtime/logger';
import { composeBackend } from '../../../src-main/composition/composeBackend';
import type { FileDialogs } from '../../../src-main/composition/fileDialogs';
import { sampleProject, tempFolder } from '../projects/helpers';

const window = { transport: 'ipc' as const, session: 'desktop-window' };
const tab = { transport: 'http' as const, session: 'page-0123456789abcdef' };

function backendOf(mode: 'desktop' | 'web', dialogs?: FileDialogs) {
  const dataFolder = tempFolder();
  const backend = composeBackend({ mode, logger: silentLogger, dataFolder, env: {}, ...(dialogs ? { dialogs } : {}) });
  const context = mode === 'desktop' ? window : tab;
  const call = (op: string, req: unknown) => dispatch(backend.handlers, op, req, context, silentLogger);
  return { backend, call, dataFolder };
}

describe('file access from the page (desktop)', () => {
  it('cannot make a path writable through the autosave, and nothing is written there', async () => {
    const { call, backend } = backendOf('desktop');
    const victim = join(tempFolder(), 'victim.txt');
    writeFileSync(victim, 'original contents', { mode: 0o600 });
    const write = await call('autosave.write', { project: sampleProject(), filePath: victim });
    expect(write).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const read = await call('autosave.read', {});
    expect(read).toMatchObject({ ok: true });
    const save = await call('projects.save', { path: victim, project: sampleProject() });
    expect(save).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(readFileSync(victim, 'utf8')).toBe('original contents');
    expect(statSync(victim).mode & 0o777).toBe(0o600);
    expect(await backend.services.projects.recent.entries()).toEqual([]);
  });

  it('cannot open a file the user did not choose, and learns nothing of its contents', async () => {
    const { call } = backendOf('desktop');
    const secret = join(tempFolder(), 'id_rsa');
    writeFileSync(secret, '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n');
    const reply = await call('projects.open', { path: secret });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(JSON.stringify(reply)).not.toMatch(/OPENSSH|b3BlbnNz/);
  });

  it('opening a chosen file that is not JSON names the place, never the contents', async () => {
    const chosen = join(tempFolder(), 'notes.json');
    writeFileSync(chosen, `"${'password=hunter2 '.repeat(30)}`);
    const { call } = backendOf('desktop', { chooseFileToOpen: async () => chosen, chooseFileToSave: async () => null });
    const reply = await call('projects.open', {});
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-project', message: expect.stringMatching(/not valid JSON at line 1, column \d+/) },
    });
    expect(JSON.stringify(reply)).not.toMatch(/hunter2|password/);
  });

  it('keeps the autosave in the data folder under a name main chose, whatever the page sends', async () => {
    const chosen = join(tempFolder(), 'p.infercalc.json');
    const { call, dataFolder } = backendOf('desktop', {
      chooseFileToOpen: async () => null,
      chooseFileToSave: async () => chosen,
    });
    expect((await call('projects.saveAs', { project: sampleProject() })).ok).toBe(true);
    expect(await call('autosave.write', { project: sampleProject(), filePath: chosen })).toEqual({
      ok: true,
      result: {},
    });
    const slots = readdirSync(join(dataFolder, 'autosave'));
    expect(slots.filter((n) => n.endsWith('.json'))).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.json$/)]);
  });
});

describe('file access from the page (web mode)', () => {
  it('never takes a path from the page: open, save and autosave paths are refused', async () => {
    const { call, dataFolder } = backendOf('web');
    const target = join(tempFolder(), 'planted.json');
    for (const [op, req] of [
      ['projects.open', { path: target }],
      ['projects.save', { path: target, project: sampleProject() }],
    ] as const) {
      expect(await call(op, req)).toMatchObject({ ok: false, error: { code: 'not-supported' } });
    }
    expect(await call('autosave.write', { project: sampleProject(), filePath: target })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(existsSync(target)).toBe(false);
    // The name of a downloaded file is kept as a label only.
    expect((await call('autosave.write', { project: sampleProject(), filePath: 'fraud.infercalc.json' })).ok).toBe(
      true,
    );
    expect(await call('autosave.read', {})).toMatchObject({
      ok: true,
      result: { autosave: { filePath: 'fraud.infercalc.json' } },
    });
    expect(await call('projects.recent', {})).toEqual({ ok: true, result: { projects: [] } });
    expect(readdirSync(dataFolder).sort()).toEqual(['autosave']);
  });
});
