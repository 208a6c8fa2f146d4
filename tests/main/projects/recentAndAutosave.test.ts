// The recent projects list and the autosave, both in the data folder and validated on load.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectFiles } from '../../../src-main/projects/projectFiles';
import { SessionRegistry } from '../../../src-main/runtime/sessions';
import { filesIn, fixedNow, recordingLogger, sampleProject, tempFolder, writeJson } from './helpers';

const TAB = 'page-tab-one';

function setup() {
  const dataFolder = tempFolder();
  const logger = recordingLogger();
  let clock = Date.parse('2026-11-27T10:00:00.000Z');
  // Each call a second later, so the order of the recent list is visible in the timestamps.
  const now = () => new Date((clock += 1000));
  const sessions = new SessionRegistry(() => now().getTime());
  return { dataFolder, logger, files: new ProjectFiles({ dataFolder, now, logger, sessions, pathsFromPage: true }) };
}

describe('recent projects', () => {
  it('lists the most recent first, at most 10, moving a reopened file to the top', async () => {
    const { files } = setup();
    const folder = tempFolder();
    const paths = Array.from({ length: 12 }, (_, i) => writeJson(join(folder, `p${i}.json`), sampleProject(`P${i}`)));
    for (const path of paths) await files.open(path, 'dialog');
    await files.open(paths[5]!, 'page');
    const list = await files.recent.list();
    expect(list).toHaveLength(10);
    expect(list.map((r) => r.name)).toEqual(['P5', 'P11', 'P10', 'P9', 'P8', 'P7', 'P6', 'P4', 'P3', 'P2']);
    expect(list[0]!.openedAt > list[1]!.openedAt).toBe(true);
  });

  it('leaves out files that are gone', async () => {
    const { files } = setup();
    const folder = tempFolder();
    const kept = writeJson(join(folder, 'kept.json'), sampleProject('Kept'));
    const gone = writeJson(join(folder, 'gone.json'), sampleProject('Gone'));
    await files.open(kept, 'dialog');
    await files.open(gone, 'dialog');
    rmSync(gone);
    expect((await files.recent.list()).map((r) => r.name)).toEqual(['Kept']);
  });

  it('ignores a corrupt list with a warning, sets it aside, and starts a new one', async () => {
    const { files, dataFolder, logger } = setup();
    writeFileSync(join(dataFolder, 'recent-projects.json'), '{"version": 1, "projects": [{"path": 3}]}');
    expect(await files.recent.list()).toEqual([]);
    expect(logger.warnings.join('\n')).toMatch(
      /recent projects: recent-projects\.json was unreadable \(projects\[0\]\.path/,
    );
    expect(filesIn(dataFolder).some((f) => f.startsWith('recent-projects.unreadable-'))).toBe(true);
  });
});

describe('autosave', () => {
  it('writes, reads back and clears the unsaved project with its file path', async () => {
    const { files, dataFolder } = setup();
    expect(await files.autosave.claimRecovery(TAB)).toEqual({ autosave: null });
    await files.autosave.write(TAB, sampleProject('Unsaved'), '/projects/unsaved.infercalc.json');
    expect(filesIn(join(dataFolder, 'autosave'))).toEqual([
      expect.stringMatching(/^[0-9a-f]{32}\.json$/),
      expect.stringMatching(/^[0-9a-f]{32}\.lease$/),
    ]);
    const read = await files.autosave.claimRecovery(TAB);
    expect(read.autosave).toEqual({
      project: sampleProject('Unsaved'),
      filePath: '/projects/unsaved.infercalc.json',
      savedAt: expect.stringMatching(/^2026-11-27T10:00:0\dZ|^2026-11-27T10:00:0\d\.000Z$/),
    });
    await files.autosave.clear(TAB);
    expect(await files.autosave.claimRecovery(TAB)).toEqual({ autosave: null });
    await files.autosave.clear(TAB); // clearing twice is fine
  });

  it('ignores a corrupt autosave with a warning and keeps it aside instead of deleting it', async () => {
    const { files, dataFolder, logger } = setup();
    const path = join(dataFolder, 'autosave.json'); // the one slot of earlier versions
    writeFileSync(path, '{"version": 1, "project": {"format": "infercalc-project"');
    const read = await files.autosave.claimRecovery(TAB);
    expect(read.autosave).toBeNull();
    expect(read.warning).toMatch(/autosave\.json was unreadable \(not valid JSON at line 1, column \d+/);
    expect(logger.warnings).toHaveLength(1);
    expect(existsSync(path)).toBe(false);
    const aside = filesIn(dataFolder).find((f) => f.startsWith('autosave.unreadable-'))!;
    expect(readFileSync(join(dataFolder, aside), 'utf8')).toContain('infercalc-project');
  });

  it('refuses an autosave whose project fails validation, naming the field', async () => {
    const { files, dataFolder } = setup();
    writeJson(join(dataFolder, 'autosave.json'), {
      version: 1,
      project: { ...sampleProject(), region: 'moon-1' },
      filePath: null,
      savedAt: fixedNow().toISOString(),
    });
    expect((await files.autosave.claimRecovery(TAB)).warning).toMatch(/project\.region: expected an AWS region code/);
  });

  it('clears synchronously for the window close', async () => {
    const { files, dataFolder } = setup();
    await files.autosave.write('desktop-window', sampleProject(), null);
    files.autosave.clearSync();
    expect(filesIn(join(dataFolder, 'autosave'))).toEqual([]);
    files.autosave.clearSync();
  });
});
