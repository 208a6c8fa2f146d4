// Recent projects in web mode, in the store: an upload and a download ask the server to keep a copy
// under the file's name (then the list is reloaded), and a recent entry reopens by its copy id.
import { describe, expect, it } from 'vitest';
import { serializeProject } from '@shared/project/parseProjectText';
import { projectNamed, settle, setupStores } from './setupStores';

const copy = 'c'.repeat(32);
const kept = [{ path: 'up.infercalc.json', name: 'Uploaded', openedAt: '2026-11-27T10:00:00.000Z', copy }];

describe('recent projects in web mode', () => {
  it('keeps an upload and a download, and reloads the list after each', async () => {
    const s = setupStores(
      { 'projects.keep': () => ({}), 'projects.recent': () => ({ projects: kept }) },
      { web: true },
    );
    await s.files.openUploaded('up.infercalc.json', serializeProject(projectNamed('Uploaded')));
    expect(s.callsOf('projects.keep').map((c) => c.request)).toEqual([
      { fileName: 'up.infercalc.json', project: projectNamed('Uploaded') },
    ]);
    expect(s.files.recent).toEqual(kept);

    s.project.edit((p) => (p.name = 'Renamed'));
    expect(await s.files.save()).toBe(true);
    await settle();
    await settle();
    expect(s.callsOf('projects.keep').map((c) => c.request)).toEqual([
      { fileName: 'up.infercalc.json', project: projectNamed('Uploaded') },
      { fileName: 'up.infercalc.json', project: { ...projectNamed('Uploaded'), name: 'Renamed' } },
    ]);
  });

  it('reopens a recent entry by its copy id, never by its file name', async () => {
    const s = setupStores(
      {
        'projects.open': () => ({ cancelled: false, path: 'up.infercalc.json', project: projectNamed('Uploaded') }),
        'projects.recent': () => ({ projects: kept }),
      },
      { web: true },
    );
    await s.files.openRecent(kept[0]!);
    expect(s.callsOf('projects.open').map((c) => c.request)).toEqual([{ copy }]);
    expect(s.project.current.name).toBe('Uploaded');
    expect(s.project.filePath).toBe('up.infercalc.json');
  });

  it('opens an upload even when the server cannot keep the copy', async () => {
    const s = setupStores(
      { 'projects.keep': () => ({ ok: false, error: { code: 'file-error', message: 'disk full' } }) },
      { web: true },
    );
    await s.files.openUploaded('up.infercalc.json', serializeProject(projectNamed('Uploaded')));
    expect(s.project.current.name).toBe('Uploaded');
    expect(s.files.error).toBeNull();
  });
});
