// Opening project files: good files load; bad ones are refused with a message naming the problem
// and change nothing (no recent entry, nothing written).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readProjectFile } from '../../../src-main/projects/readProjectFile';
import { filesIn, fixedNow, projectFiles, refusal, sampleProject, tempFolder, writeJson } from './helpers';

function service() {
  const dataFolder = tempFolder();
  return { dataFolder, files: projectFiles(dataFolder) };
}

describe('opening a project file', () => {
  it('reads a valid file and adds it to the recent list', async () => {
    const { files } = service();
    const path = writeJson(join(tempFolder(), 'good.infercalc.json'), sampleProject());
    expect(await files.open(path, 'dialog')).toEqual(sampleProject());
    expect(await files.recent.list()).toEqual([{ path, name: 'Fraud scoring', openedAt: fixedNow().toISOString() }]);
  });

  const badFiles: Array<[string, unknown, RegExp]> = [
    ['bad JSON', '{\n  "format": "infercalc-project",\n  "version": 1,,\n}', /not valid JSON at line 3, column \d+/],
    [
      'a wrong format field',
      { ...sampleProject(), format: 'excel' },
      /^bad\.json is not a valid InferCalc project: format: /,
    ],
    [
      'an unknown field',
      { ...sampleProject(), workload: { ...sampleProject().workload, colour: 'red' } },
      /unknown field workload\.colour/,
    ],
    [
      'a wrong type',
      { ...sampleProject(), workload: { ...sampleProject().workload, inferenceMs: 'fast' } },
      /workload\.inferenceMs: .*number/i,
    ],
    [
      'a bad design',
      { ...sampleProject(), designs: [{ name: 'x', hosting: { type: 'gpu-farm' }, purchase: { type: 'on-demand' } }] },
      /designs\[0\]\.hosting/,
    ],
    ['an array', [1, 2], /expected object/i],
  ];
  for (const [what, content, message] of badFiles) {
    it(`refuses a file with ${what}, naming the problem, and changes nothing`, async () => {
      const { files, dataFolder } = service();
      const path = writeJson(join(tempFolder(), 'bad.json'), content);
      const error = await refusal(files.open(path, 'dialog'));
      expect(error.code).toBe('invalid-project');
      expect(error.message).toMatch(message);
      expect(await files.recent.entries()).toEqual([]);
      expect(filesIn(dataFolder)).toEqual([]);
    });
  }

  it('says a missing file is missing, and refuses a file that is too large', async () => {
    const folder = tempFolder();
    const missing = await refusal(readProjectFile(join(folder, 'gone.json')));
    expect(missing.code).toBe('not-found');
    expect(missing.message).toContain('gone.json does not exist');
    const huge = writeJson(join(folder, 'huge.json'), `{"name": "${'x'.repeat(6 * 1024 * 1024)}"}`);
    expect((await refusal(readProjectFile(huge))).message).toMatch(/too large/);
    expect((await refusal(readProjectFile(folder))).message).toMatch(/not a file/);
  });

  it('accepts a byte-order mark at the start of the file', async () => {
    const path = writeJson(join(tempFolder(), 'bom.json'), `\uFEFF${JSON.stringify(sampleProject())}`);
    expect((await readProjectFile(path)).name).toBe('Fraud scoring');
  });

  it('opens a path from the page only when the user chose it or it is a recent project', async () => {
    const { files, dataFolder } = service();
    const path = writeJson(join(tempFolder(), 'p.infercalc.json'), sampleProject());
    const refused = await refusal(files.open(path, 'page'));
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toMatch(/^path: /);
    await files.open(path, 'dialog');
    const again = projectFiles(dataFolder);
    // A new session (a restart) may open it from the recent list.
    expect((await again.open(path, 'page')).name).toBe('Fraud scoring');
    expect((await refusal(files.open('relative/p.json', 'dialog'))).code).toBe('bad-request');
  });
});
