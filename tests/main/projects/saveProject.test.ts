// Saving is atomic: a failure at any step leaves the previous file intact and no temporary file.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { envelopeCodeOf } from '../../../src-main/api/errorCodes';
import { serializeProject } from '@shared/project/parseProjectText';
import { writeFileAtomic } from '../../../src-main/files/atomicWrite';
import { nodeFileSystem, type FileSystem } from '../../../src-main/files/fileSystem';
import { filesIn, fixedNow, projectFiles, sampleProject, tempFolder } from './helpers';

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** The real file system, except that one step fails the way a full disk or a bad drive would. */
function failingAt(step: 'write' | 'sync' | 'rename', code = 'ENOSPC'): FileSystem {
  return {
    ...nodeFileSystem,
    async createExclusive(path) {
      const file = await nodeFileSystem.createExclusive(path);
      return {
        // Half the text reaches the disk before the failure, as it would when a disk fills up.
        write: async (data) => {
          if (step !== 'write') return file.write(data);
          await file.write(data.slice(0, data.length / 2));
          throw errno(code);
        },
        sync: async () => {
          if (step === 'sync') throw errno(code);
          return file.sync();
        },
        close: () => file.close(),
      };
    },
    rename: async (from, to) => {
      if (step === 'rename') throw errno(code);
      return nodeFileSystem.rename(from, to);
    },
  };
}

describe('saving a project', () => {
  it('writes the project as indented JSON and adds it to the recent list', async () => {
    const dataFolder = tempFolder();
    const files = projectFiles(dataFolder);
    const folder = tempFolder();
    const path = join(folder, 'a.infercalc.json');
    expect(await files.save(path, sampleProject(), 'dialog')).toBe(fixedNow().toISOString());
    expect(readFileSync(path, 'utf8')).toBe(serializeProject(sampleProject()));
    expect(filesIn(folder)).toEqual(['a.infercalc.json']);
    expect((await files.recent.list()).map((r) => r.path)).toEqual([path]);
    // Saving again to the same path from the page is allowed: the user chose it.
    await files.save(path, sampleProject('Renamed'), 'page');
    expect(JSON.parse(readFileSync(path, 'utf8')).name).toBe('Renamed');
  });

  for (const step of ['write', 'sync', 'rename'] as const) {
    it(`keeps the old file intact and leaves no temporary file when ${step} fails`, async () => {
      const folder = tempFolder();
      const path = join(folder, 'p.infercalc.json');
      writeFileSync(path, 'the previous version');
      const files = projectFiles(tempFolder(), { fs: failingAt(step) });
      const error = await files.save(path, sampleProject(), 'dialog').catch((e: unknown) => e);
      expect(envelopeCodeOf(error)).toBe('file-error');
      expect((error as Error).message).toMatch(/disk is full; the previous file is unchanged/);
      expect(readFileSync(path, 'utf8')).toBe('the previous version');
      expect(filesIn(folder)).toEqual(['p.infercalc.json']);
      expect(await files.recent.entries()).toEqual([]);
    });
  }

  it('gives an unwritable or missing target a clear file-error', async () => {
    const folder = tempFolder();
    const denied = projectFiles(tempFolder(), {
      fs: { ...nodeFileSystem, createExclusive: async () => Promise.reject(errno('EACCES')) },
    });
    const error = (await denied
      .save(join(folder, 'p.json'), sampleProject(), 'dialog')
      .catch((e: unknown) => e)) as Error;
    expect([envelopeCodeOf(error), error.message]).toEqual([
      'file-error',
      'cannot save p.json: permission denied; choose another folder',
    ]);
    const real = projectFiles(tempFolder());
    const missing = (await real
      .save(join(folder, 'no', 'such', 'p.json'), sampleProject(), 'dialog')
      .catch((e: unknown) => e)) as Error;
    expect([envelopeCodeOf(missing), missing.message]).toEqual([
      'file-error',
      'cannot save p.json: its folder does not exist',
    ]);
  });

  it('refuses to save from the page to a path the user never chose', async () => {
    const files = projectFiles(tempFolder());
    const folder = tempFolder();
    const error = (await files.save(join(folder, 'x.json'), sampleProject(), 'page').catch((e: unknown) => e)) as Error;
    expect(envelopeCodeOf(error)).toBe('forbidden');
    expect(filesIn(folder)).toEqual([]);
  });

  it('writeFileAtomic replaces the content in one step', async () => {
    const folder = tempFolder();
    const path = join(folder, 'f.json');
    await writeFileAtomic(nodeFileSystem, path, 'one');
    await writeFileAtomic(nodeFileSystem, path, 'two');
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(filesIn(folder)).toEqual(['f.json']);
  });
});
