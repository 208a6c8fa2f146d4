// Issue 10, the small ones about files: every atomic write created 0644 (a 0600 project became
// world-readable after one save); temporary files of killed writes stayed for ever; permission
// denied on a folder was reported as "does not exist".
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { STALE_TEMPORARY_MS, sweepStaleTemporaryFiles } from '../../../src-main/files/staleTemporaryFiles';
import { writeFileAtomic } from '../../../src-main/files/atomicWrite';
import { composeBackend } from '../../../src-main/composition/composeBackend';
import { silentLogger } from '../../../src-main/runtime/logger';
import { projectFiles, sampleProject, tempFolder } from '../projects/helpers';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('file modes', () => {
  it('a 0600 project stays 0600 after a save; a new project is 0644', async () => {
    const folder = tempFolder();
    const files = projectFiles(tempFolder());
    const privateProject = join(folder, 'private.infercalc.json');
    writeFileSync(privateProject, '{}', { mode: 0o600 });
    chmodSync(privateProject, 0o600);
    await files.save(privateProject, sampleProject(), 'dialog');
    expect(modeOf(privateProject)).toBe(0o600);
    const shared = join(folder, 'shared.infercalc.json');
    writeFileSync(shared, '{}');
    chmodSync(shared, 0o664);
    await files.save(shared, sampleProject(), 'dialog');
    expect(modeOf(shared)).toBe(0o664); // exactly kept, whatever the umask
    const fresh = join(folder, 'new.infercalc.json');
    await files.save(fresh, sampleProject(), 'dialog');
    expect(modeOf(fresh)).toBe(0o644);
  });

  it('files in the data folder are private to the user (0600)', async () => {
    const dataFolder = tempFolder();
    const files = projectFiles(dataFolder);
    await files.save(join(tempFolder(), 'p.infercalc.json'), sampleProject(), 'dialog'); // writes the recent list
    await files.autosave.write('desktop-window', sampleProject(), null);
    const written = [
      join(dataFolder, 'recent-projects.json'),
      ...readdirSync(join(dataFolder, 'autosave')).map((f) => join(dataFolder, 'autosave', f)),
    ];
    expect(written).toHaveLength(3);
    for (const path of written) expect(modeOf(path)).toBe(0o600);
  });
});

describe('temporary files of killed writes', () => {
  let n = 0;
  const leftover = (folder: string, target: string, pid: number, ageMs: number) => {
    const path = join(folder, `.${target}.${pid}.${(0x0123abc0 + n++).toString(16).padStart(8, '0')}.tmp`);
    writeFileSync(path, 'half a write');
    const when = (Date.now() - ageMs) / 1000;
    utimesSync(path, when, when);
    return path;
  };
  const deadPid = 2 ** 22 + 4321;

  it('are swept when old and their process is gone, never a running process’s', async () => {
    const folder = tempFolder();
    const dead = leftover(folder, 'p.json', deadPid, STALE_TEMPORARY_MS + 60_000);
    const recent = leftover(folder, 'p.json', deadPid, 1000);
    const live = leftover(folder, 'p.json', process.ppid, STALE_TEMPORARY_MS + 60_000);
    const mine = leftover(folder, 'p.json', process.pid, STALE_TEMPORARY_MS + 60_000);
    writeFileSync(join(folder, 'unrelated.tmp'), 'not ours');
    expect(await sweepStaleTemporaryFiles(nodeFileSystem, folder)).toEqual([dead.slice(folder.length + 1)]);
    expect([dead, recent, live, mine].map(existsSync)).toEqual([false, true, true, true]);
    expect(existsSync(join(folder, 'unrelated.tmp'))).toBe(true);
  });

  it('are swept from the data folder on start and next to a file when it is written again', async () => {
    const dataFolder = tempFolder();
    const inData = leftover(dataFolder, 'recent-projects.json', deadPid, STALE_TEMPORARY_MS + 60_000);
    composeBackend({ mode: 'web', logger: silentLogger, dataFolder, env: {} });
    await expect.poll(() => existsSync(inData)).toBe(false);
    const folder = tempFolder();
    const beside = leftover(folder, 'book.xlsx', deadPid, STALE_TEMPORARY_MS + 60_000);
    await writeFileAtomic(nodeFileSystem, join(folder, 'book.xlsx'), 'new');
    expect(readdirSync(folder)).toEqual(['book.xlsx']);
    expect(existsSync(beside)).toBe(false);
  });
});

describe('permission denied on a folder', () => {
  it('is reported as permission denied, not as a folder that does not exist', () => {
    const root = tempFolder();
    chmodSync(root, 0o755);
    const locked = join(root, 'locked');
    mkdirSync(join(locked, 'inner'), { recursive: true });
    writeFileSync(join(locked, 'inner', 'p.json'), JSON.stringify(sampleProject()));
    chmodSync(locked, 0o000);
    // Root passes every permission check, so the probe runs as an unprivileged user there.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const script = `
      const load = async (path) => { const m = await import(path); return m.default ?? m; };
      const { writeExportFile } = await load(${JSON.stringify(join(repoRoot, 'src-main/export/writeExportFile.ts'))});
      const { readProjectFile } = await load(${JSON.stringify(join(repoRoot, 'src-main/projects/readProjectFile.ts'))});
      const out = [];
      for (const run of [
        () => writeExportFile(${JSON.stringify(join(locked, 'inner', 'book.xlsx'))}, new Uint8Array([1])),
        () => writeExportFile(${JSON.stringify(join(locked, 'book.xlsx'))}, new Uint8Array([1])),
        () => readProjectFile(${JSON.stringify(join(locked, 'inner', 'p.json'))}),
      ]) out.push(await run().then(() => 'no error', (e) => e.message));
      console.log(JSON.stringify(out));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, TSX_TSCONFIG_PATH: join(repoRoot, 'tsconfig.json') },
      ...asUser,
    });
    chmodSync(locked, 0o700);
    expect(child.stderr).toBe('');
    const messages = JSON.parse(child.stdout) as string[];
    expect(messages).toHaveLength(3);
    for (const message of messages) {
      expect(message).toMatch(/permission denied/);
      expect(message).not.toMatch(/does not exist/);
    }
  });
});
