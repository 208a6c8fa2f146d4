// Issue 10, failure 6: two tabs shared one autosave slot, so the second tab offered the first
// tab's live work as crash recovery, and Discard or any edit destroyed it. Now each session has its
// own slot, and recovery offers only work whose session has ended.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SessionRegistry } from '../../../src-main/runtime/sessions';
import { LEASE_TTL_MS } from '../../../src-main/projects/autosaveSlots';
import { projectFiles, sampleProject, tempFolder } from '../projects/helpers';

const A = 'page-tab-a-0001';
const B = 'page-tab-b-0002';
const C = 'page-tab-c-0003';

function webProcess(dataFolder = tempFolder(), now = () => Date.parse('2026-11-27T10:00:00Z')) {
  const sessions = new SessionRegistry(now);
  const files = projectFiles(dataFolder, { sessions, pathsFromPage: false });
  return { dataFolder, sessions, files };
}

// A process that is running for sure (a child that sleeps), for leases held by "another process".
const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
afterAll(() => void sleeper.kill());

describe('one autosave slot per tab', () => {
  it('never offers a running tab its neighbour’s work, and one tab’s discard or edit leaves the other’s alone', async () => {
    const { files, sessions } = webProcess();
    sessions.streamOpened(A);
    sessions.streamOpened(B);
    await files.writeAutosave(A, sampleProject('Tab A work'), null);
    expect(await files.recoverAutosave(B)).toEqual({ autosave: null });
    await files.writeAutosave(B, sampleProject('Tab B work'), null);
    await files.autosave.clear(B); // B discards or saves
    expect((await files.recoverAutosave(A)).autosave?.project.name).toBe('Tab A work'); // A's own slot, untouched
  });

  it('offers a closed tab’s work to the next tab once, and to no one after it was taken', async () => {
    const { files, sessions } = webProcess();
    sessions.streamOpened(A);
    await files.writeAutosave(A, sampleProject('Left behind'), 'fraud.infercalc.json');
    sessions.streamClosed(A); // the tab was closed or reloaded
    sessions.streamOpened(B);
    sessions.streamOpened(C);
    expect(await files.recoverAutosave(B)).toMatchObject({
      autosave: { project: { name: 'Left behind' }, filePath: 'fraud.infercalc.json' },
    });
    expect(await files.recoverAutosave(C)).toEqual({ autosave: null });
    // B now holds it: it is not offered again while B runs, and B's discard removes it.
    await files.autosave.clear(B);
    expect(await files.recoverAutosave(C)).toEqual({ autosave: null });
  });

  it('a tab that stopped calling without closing its stream cleanly ends when its lease runs out', async () => {
    let clock = Date.parse('2026-11-27T10:00:00Z');
    const { files, sessions } = webProcess(tempFolder(), () => clock);
    sessions.seen(A);
    await files.writeAutosave(A, sampleProject('Idle'), null);
    sessions.seen(B);
    expect(await files.recoverAutosave(B)).toEqual({ autosave: null });
    clock += LEASE_TTL_MS + 1;
    await files.autosave.refreshLeases();
    sessions.seen(C);
    expect((await files.recoverAutosave(C)).autosave?.project.name).toBe('Idle');
  });
});

describe('autosave leases across processes sharing the data folder', () => {
  it('leaves a slot alone while another running process confirms its lease, and offers it once the lease is stale or its process gone', async () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    const dataFolder = tempFolder();
    // Another process's tab wrote its slot; its lease is then rewritten as that process would.
    const other = webProcess(dataFolder);
    other.sessions.streamOpened(A);
    await other.files.writeAutosave(A, sampleProject('Other process'), null);
    const slot = other.files.autosave.slotOf(A);
    const leasePath = join(dataFolder, 'autosave', `${slot}.lease`);
    const writeLease = (pid: number, heartbeatAt: number) =>
      writeFileSync(leasePath, JSON.stringify({ version: 1, pid, process: 'another-process', heartbeatAt }));

    const here = webProcess(dataFolder, () => now);
    here.sessions.streamOpened(B);
    writeLease(sleeper.pid!, now - 1000);
    expect(await here.files.recoverAutosave(B)).toEqual({ autosave: null });
    writeLease(sleeper.pid!, now - LEASE_TTL_MS - 1);
    expect((await here.files.recoverAutosave(B)).autosave?.project.name).toBe('Other process');
    expect(existsSync(leasePath)).toBe(false);

    // A process that died (kill -9) leaves a fresh-looking lease: its pid no longer runs.
    await here.files.autosave.clear(B);
    const third = webProcess(dataFolder);
    third.sessions.streamOpened(C);
    await third.files.writeAutosave(C, sampleProject('Crashed'), null);
    writeFileSync(
      join(dataFolder, 'autosave', `${third.files.autosave.slotOf(C)}.lease`),
      JSON.stringify({ version: 1, pid: 2 ** 22 + 12345, process: 'dead', heartbeatAt: now }),
    );
    expect((await here.files.recoverAutosave(B)).autosave?.project.name).toBe('Crashed');
  });

  it('the heartbeat keeps a live tab’s lease and gives it up when the tab’s stream closes', async () => {
    const { files, sessions, dataFolder } = webProcess();
    sessions.streamOpened(A);
    await files.writeAutosave(A, sampleProject(), null);
    const lease = join(dataFolder, 'autosave', `${files.autosave.slotOf(A)}.lease`);
    await files.autosave.refreshLeases();
    expect(existsSync(lease)).toBe(true);
    sessions.streamClosed(A);
    await new Promise((r) => setTimeout(r, 20)); // the release is asynchronous
    expect(existsSync(lease)).toBe(false);
    expect(readdirSync(join(dataFolder, 'autosave'))).toEqual([`${files.autosave.slotOf(A)}.json`]);
  });
});
