// Issue 14, item 5, on the server: the web mode's recent projects are copies main keeps in the data
// folder, under names it chooses, of the projects the user uploaded or downloaded; the page names a
// copy only by the id main gave it, never a path, and the desktop keeps its list of files.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/api/dispatch';
import { composeBackend } from '../../../src-main/composition/composeBackend';
import { silentLogger } from '../../../src-main/runtime/logger';
import { sampleProject, tempFolder } from '../projects/helpers';

const tab = { transport: 'http' as const, session: 'page-0123456789abcdef' };

function webBackend() {
  const dataFolder = tempFolder();
  const backend = composeBackend({ mode: 'web', logger: silentLogger, dataFolder, env: {} });
  const call = (op: string, req: unknown) => dispatch(backend.handlers, op, req, tab, silentLogger);
  const recent = async () => {
    const reply = await call('projects.recent', {});
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    return (reply.result as { projects: Array<{ path: string; name: string; copy?: string }> }).projects;
  };
  return { call, recent, dataFolder, copies: join(dataFolder, 'recent-copies') };
}

describe('recent projects in web mode', () => {
  it('keeps a copy of each kept project under a name main chose, and reopens it by its id', async () => {
    const { call, recent, copies } = webBackend();
    expect(await recent()).toEqual([]);
    expect(await call('projects.keep', { project: sampleProject('Alpha'), fileName: 'alpha.infercalc.json' })).toEqual({
      ok: true,
      result: {},
    });
    await call('projects.keep', { project: sampleProject('Beta'), fileName: 'beta.infercalc.json' });
    const list = await recent();
    expect(list.map((p) => [p.name, p.path])).toEqual([
      ['Beta', 'beta.infercalc.json'],
      ['Alpha', 'alpha.infercalc.json'],
    ]);
    // Only names main chose: random ids, never the file names the page sent.
    const files = readdirSync(copies).filter((f) => f !== 'index.json');
    expect(files.sort()).toEqual(list.map((p) => `${p.copy}.json`).sort());
    for (const file of files) {
      expect(file).toMatch(/^[0-9a-f]{32}\.json$/);
      expect(statSync(join(copies, file)).mode & 0o777).toBe(0o600);
    }

    const reopened = await call('projects.open', { copy: list[1]!.copy });
    expect(reopened).toMatchObject({
      ok: true,
      result: { cancelled: false, path: 'alpha.infercalc.json', project: { name: 'Alpha' } },
    });
    expect((await recent()).map((p) => p.name)).toEqual(['Alpha', 'Beta']);
  });

  it('replaces the copy of a file kept again under the same name, and keeps the ten most recent', async () => {
    const { call, recent, copies } = webBackend();
    await call('projects.keep', { project: sampleProject('First'), fileName: 'same.infercalc.json' });
    await call('projects.keep', { project: sampleProject('Second'), fileName: 'same.infercalc.json' });
    expect((await recent()).map((p) => p.name)).toEqual(['Second']);
    for (let i = 0; i < 12; i++)
      await call('projects.keep', { project: sampleProject(`P${i}`), fileName: `p${i}.infercalc.json` });
    const list = await recent();
    expect(list).toHaveLength(10);
    expect(list[0]!.name).toBe('P11');
    // The copies that dropped off the list are gone from the data folder too.
    expect(readdirSync(copies).filter((f) => f !== 'index.json')).toHaveLength(10);
  });

  it('refuses a path where a file name belongs, and any copy id main did not give', async () => {
    const { call, dataFolder } = webBackend();
    for (const fileName of ['../escape.json', '/etc/passwd', 'a\\b.json', '..', 'bell\u0007.json']) {
      const reply = await call('projects.keep', { project: sampleProject(), fileName });
      expect(reply, fileName).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    const outside = join(tempFolder(), 'outside.json');
    writeFileSync(outside, JSON.stringify(sampleProject('Outside')));
    for (const copy of [outside, '../../outside', 'A'.repeat(32)])
      expect(await call('projects.open', { copy }), copy).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await call('projects.open', { copy: 'f'.repeat(32) })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/no longer kept/) },
    });
    expect(await call('projects.open', { path: outside })).toMatchObject({
      ok: false,
      error: { code: 'not-supported' },
    });
    expect(readdirSync(dataFolder)).not.toContain('escape.json');
  });

  it('leaves out a copy that is gone, and reports a damaged one without quoting it', async () => {
    const { call, recent, copies } = webBackend();
    await call('projects.keep', { project: sampleProject('Kept'), fileName: 'kept.infercalc.json' });
    await call('projects.keep', { project: sampleProject('Damaged'), fileName: 'damaged.infercalc.json' });
    const [damaged, kept] = await recent();
    writeFileSync(join(copies, `${damaged!.copy}.json`), '{"secret": "do not echo"');
    const reply = await call('projects.open', { copy: damaged!.copy });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-project' } });
    expect(JSON.stringify(reply)).not.toMatch(/do not echo/);
    rmSync(join(copies, `${kept!.copy}.json`));
    expect((await recent()).map((p) => p.name)).toEqual(['Damaged']);
    expect(JSON.parse(readFileSync(join(copies, 'index.json'), 'utf8')).copies).toHaveLength(2);
  });

  it('is web mode only: the desktop answers not-supported and keeps its list of files', async () => {
    const dataFolder = tempFolder();
    const backend = composeBackend({ mode: 'desktop', logger: silentLogger, dataFolder, env: {} });
    const reply = await dispatch(
      backend.handlers,
      'projects.keep',
      { project: sampleProject(), fileName: 'p.infercalc.json' },
      { transport: 'ipc', session: 'desktop-window' },
      silentLogger,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-supported' } });
    expect(readdirSync(dataFolder)).not.toContain('recent-copies');
  });
});
