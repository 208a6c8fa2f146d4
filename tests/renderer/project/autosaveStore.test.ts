// Autosave with fake timers: debounced writes, nothing while clean, recovery offered at start.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS } from '../../../src-renderer/stores/project/AutosaveStore';
import { projectNamed, setupStores } from './setupStores';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const edit = (s: ReturnType<typeof setupStores>, name: string) =>
  s.project.edit((p) => {
    p.name = name;
  });

describe('autosave', () => {
  it('writes once, two seconds after the last edit', async () => {
    const s = setupStores({});
    await s.autosave.start();
    edit(s, 'a');
    await vi.advanceTimersByTimeAsync(1500);
    edit(s, 'ab');
    await vi.advanceTimersByTimeAsync(1500);
    expect(s.callsOf('autosave.write')).toEqual([]);
    expect(s.autosave.upToDate).toBe(false);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(s.callsOf('autosave.write').map((c) => c.request)).toEqual([{ project: s.project.current, filePath: null }]);
    expect(s.autosave.upToDate).toBe(true);
    s.autosave.stop();
  });

  it('writes nothing for a clean project or an invalid one', async () => {
    const s = setupStores({});
    await s.autosave.start();
    s.project.replace(projectNamed('Opened'), '/p/o.json', false);
    await vi.advanceTimersByTimeAsync(5000);
    edit(s, '');
    await vi.advanceTimersByTimeAsync(5000);
    expect(s.callsOf('autosave.write')).toEqual([]);
  });

  it('offers recovery at start, restores as unsaved, and does not overwrite it before the answer', async () => {
    const saved = { project: projectNamed('Crashed'), filePath: '/p/c.json', savedAt: '2026-11-27T09:00:00.000Z' };
    const s = setupStores({ 'autosave.read': () => ({ autosave: saved }) });
    await s.autosave.start();
    expect(s.autosave.recovery).toEqual(saved);
    edit(s, 'typed before answering');
    await vi.advanceTimersByTimeAsync(5000);
    expect(s.callsOf('autosave.write')).toEqual([]);
    s.autosave.restore();
    expect(s.project.current.name).toBe('Crashed');
    expect(s.project.filePath).toBe('/p/c.json');
    expect(s.project.dirty).toBe(true);
    expect(s.autosave.recovery).toBeNull();
    expect(s.autosave.upToDate).toBe(true);
  });

  it('discarding the recovery clears the autosave', async () => {
    const saved = { project: projectNamed('Old'), filePath: null, savedAt: '2026-11-27T09:00:00.000Z' };
    const s = setupStores({ 'autosave.read': () => ({ autosave: saved }) });
    await s.autosave.start();
    await s.autosave.discardRecovery();
    expect(s.callsOf('autosave.clear')).toHaveLength(1);
    expect(s.project.current.name).toBe('Untitled project');
  });

  it('shows the warning about a corrupt autosave', async () => {
    const s = setupStores({
      'autosave.read': () => ({ autosave: null, warning: 'autosave.json was unreadable (…)' }),
    });
    await s.autosave.start();
    expect(s.autosave.warning).toBe('Autosaved work could not be used: autosave.json was unreadable (…)');
  });

  it('a save clears the autosave and cancels a pending write', async () => {
    const s = setupStores({ 'projects.saveAs': () => ({ cancelled: false, path: '/p/s.json', savedAt: 'now' }) });
    await s.autosave.start();
    edit(s, 'Saved soon');
    await s.files.save();
    await vi.advanceTimersByTimeAsync(5000);
    expect(s.callsOf('autosave.write')).toEqual([]);
    expect(s.callsOf('autosave.clear')).toHaveLength(1);
  });
});
