// File actions with the fake API: open (dialog, cancel, bad file), save/save as, uploads and
// downloads in web mode, and the unsaved-changes question before anything is discarded.
import { describe, expect, it } from 'vitest';
import { serializeProject } from '@shared/project/parseProjectText';
import { projectNamed, settle, setupStores } from './setupStores';

const rename = (s: ReturnType<typeof setupStores>, name: string) =>
  s.project.edit((p) => {
    p.name = name;
  });

describe('opening', () => {
  it('replaces the project with the one chosen in the dialog, saved and with its path', async () => {
    const s = setupStores({
      'projects.open': () => ({ cancelled: false, path: '/p/a.infercalc.json', project: projectNamed('A') }),
    });
    await s.files.open();
    expect(s.project.current.name).toBe('A');
    expect(s.project.filePath).toBe('/p/a.infercalc.json');
    expect(s.project.dirty).toBe(false);
    expect(s.files.status).toBe('Opened /p/a.infercalc.json.');
    expect(s.callsOf('autosave.clear')).toHaveLength(1);
  });

  it('changes nothing when the dialog is cancelled', async () => {
    const s = setupStores({ 'projects.open': () => ({ cancelled: true }) });
    const before = s.project.current;
    await s.files.open();
    expect(s.project.current).toBe(before);
    expect(s.files.error).toBeNull();
  });

  it('keeps the project and shows the message when the file is bad', async () => {
    const message = 'bad.json is not a valid InferCalc project: workload.inferenceMs: expected number';
    const s = setupStores({ 'projects.open': () => ({ ok: false, error: { code: 'bad-request', message } }) });
    rename(s, 'My work');
    const revision = s.project.revision;
    s.files.confirmation.ask = async () => 'discard';
    await s.files.open();
    expect(s.files.error).toBe(message);
    expect(s.project.current.name).toBe('My work');
    expect(s.project.revision).toBe(revision);
    expect(s.project.dirty).toBe(true);
  });

  it('falls back to the file picker when the back end has no dialogs', async () => {
    const s = setupStores({
      'projects.open': () => ({
        ok: false,
        error: { code: 'not-supported', message: 'the open dialog needs the desktop app' },
      }),
    });
    let picked = 0;
    s.files.setUploadPicker(() => picked++);
    await s.files.open();
    expect(picked).toBe(1);
    expect(s.files.error).toBeNull();
  });
});

describe('uploads in web mode', () => {
  it('opens a valid upload with the shared schema', async () => {
    const s = setupStores({}, { web: true });
    let picked = 0;
    s.files.setUploadPicker(() => picked++);
    await s.files.open();
    expect(picked).toBe(1);
    expect(s.callsOf('projects.open')).toEqual([]);
    await s.files.openUploaded('up.infercalc.json', serializeProject(projectNamed('Uploaded')));
    expect(s.project.current.name).toBe('Uploaded');
    expect(s.project.filePath).toBe('up.infercalc.json');
  });

  it('refuses a bad upload naming the field, and keeps the project', async () => {
    const s = setupStores({}, { web: true });
    rename(s, 'Keep me');
    const bad = JSON.stringify({ ...projectNamed('x'), workload: { ...projectNamed('x').workload, colour: 1 } });
    await s.files.openUploaded('bad.json', bad);
    expect(s.files.error).toMatch(/^bad\.json is not a valid InferCalc project: .*unknown field workload\.colour/);
    expect(s.project.current.name).toBe('Keep me');
    await s.files.openUploaded('broken.json', '{\n "name": }');
    expect(s.files.error).toMatch(
      /^broken\.json is not a valid InferCalc project: not valid JSON at line 2, column \d+/,
    );
  });

  it('saves by downloading the project as a file', async () => {
    const s = setupStores({}, { web: true });
    rename(s, 'Fraud scoring');
    expect(await s.files.save()).toBe(true);
    expect(s.downloads).toEqual([
      { fileName: 'Fraud scoring.infercalc.json', text: serializeProject(s.project.current) },
    ]);
    expect(s.project.dirty).toBe(false);
    expect(s.callsOf('projects.save')).toEqual([]);
  });
});

describe('saving', () => {
  it('saves to the current path, or asks where (Save As) for a new project', async () => {
    const s = setupStores({
      'projects.saveAs': (r) => ({ cancelled: false, path: `/p/${r.suggestedName}`, savedAt: 'now' }),
      'projects.save': (r) => ({ cancelled: false, path: r.path, savedAt: 'now' }),
    });
    rename(s, 'First');
    expect(await s.files.save()).toBe(true);
    expect(s.callsOf('projects.saveAs')).toEqual([
      { operation: 'projects.saveAs', request: { project: s.project.current, suggestedName: 'First.infercalc.json' } },
    ]);
    expect(s.project.filePath).toBe('/p/First.infercalc.json');
    rename(s, 'Second');
    await s.files.save();
    expect(s.callsOf('projects.save')).toHaveLength(1);
    expect(s.project.dirty).toBe(false);
  });

  it('refuses to save an invalid project, naming the field, without calling the back end', async () => {
    const s = setupStores({});
    rename(s, '');
    expect(await s.files.saveAs()).toBe(false);
    expect(s.files.error).toMatch(/^Cannot save: name: /);
    expect(s.callsOf('projects.saveAs')).toEqual([]);
  });

  it('keeps the project dirty when it was edited while the save was in flight', async () => {
    let finish: () => void = () => {};
    const s = setupStores({
      'projects.save': (r) =>
        new Promise((resolve) => {
          finish = () => resolve({ cancelled: false, path: r.path, savedAt: 'now' });
        }),
    });
    s.project.replace(projectNamed('A'), '/p/a.json', false);
    rename(s, 'B');
    const saving = s.files.save();
    await settle();
    rename(s, 'C');
    finish();
    await saving;
    expect(s.project.dirty).toBe(true);
  });
});

describe('the unsaved-changes question', () => {
  it('is not asked when there is nothing to lose', async () => {
    const s = setupStores({});
    await s.files.newProject();
    expect(s.files.confirmation.question).toBeNull();
  });

  it('cancel keeps everything; discard replaces; save saves first', async () => {
    const s = setupStores({
      'projects.saveAs': () => ({ cancelled: false, path: '/p/w.json', savedAt: 'now' }),
    });
    rename(s, 'Work');
    const cancelled = s.files.newProject();
    expect(s.files.confirmation.question).toEqual({ projectName: 'Work', action: 'start a new project' });
    s.files.confirmation.answer('cancel');
    await cancelled;
    expect(s.project.current.name).toBe('Work');

    const discarded = s.files.newProject();
    s.files.confirmation.answer('discard');
    await discarded;
    expect(s.project.current.name).toBe('Untitled project');
    expect(s.project.dirty).toBe(false);

    rename(s, 'Again');
    const saved = s.files.newProject();
    s.files.confirmation.answer('save');
    await saved;
    expect(s.callsOf('projects.saveAs')).toHaveLength(1);
    expect(s.project.current.name).toBe('Untitled project');
  });

  it('stops when saving was cancelled in the dialog', async () => {
    const s = setupStores({ 'projects.saveAs': () => ({ cancelled: true }) });
    rename(s, 'Work');
    const pending = s.files.openRecent({ path: '/p/other.json', name: 'Other', openedAt: '2026-11-27T10:00:00.000Z' });
    s.files.confirmation.answer('save');
    await pending;
    expect(s.project.current.name).toBe('Work');
    expect(s.callsOf('projects.open')).toEqual([]);
  });
});

describe('dirty state and recent projects', () => {
  it('reports unsaved changes to the back end, and loads the recent list', async () => {
    const recent = [{ path: '/p/a.json', name: 'A', openedAt: '2026-11-27T10:00:00.000Z' }];
    const s = setupStores({ 'projects.recent': () => ({ projects: recent }) });
    s.files.start();
    rename(s, 'Edited');
    await settle();
    expect(s.callsOf('projects.setDirty').map((c) => c.request)).toEqual([
      { dirty: false, name: 'Untitled project' },
      { dirty: true, name: 'Edited' },
    ]);
    expect(s.files.recent).toEqual(recent);
    s.files.stop();
  });
});
