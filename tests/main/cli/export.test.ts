import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src-main/cli/commands';
import { runCli } from '../../../src-main/cli/run';
import { everyHostingDesigns, projectWith } from '../export/fixtures';
import { priceKeys } from '@shared/prices/keys';
import { writeCacheFile } from '../../../src-main/prices/cache/cacheFile';
import { mergeIntoCache } from '../../../src-main/prices/cache/mergeCatalog';
import { cliContext } from './cliContext';

function cli(cwd: string) {
  const { ctx, out, err } = cliContext(cwd);
  return { run: (argv: string[]) => runCli(argv, commands, ctx), out, err };
}

function folderWithProject(project: unknown = projectWith(everyHostingDesigns())): string {
  const dir = mkdtempSync(join(tmpdir(), 'infercalc-cli-export-'));
  writeFileSync(join(dir, 'p.infercalc.json'), JSON.stringify(project));
  return dir;
}

describe('infercalc export', () => {
  it('writes a readable workbook and exits 0', async () => {
    const dir = folderWithProject();
    const c = cli(dir);
    expect(await c.run(['export', 'p.infercalc.json', '--out', 'book.xlsx', '--json'])).toBe(0);
    const report = JSON.parse(c.out()) as { path: string; bytes: number; designs: number };
    expect(report).toMatchObject({ path: join(dir, 'book.xlsx'), designs: everyHostingDesigns().length });
    const book = XLSX.read(readFileSync(join(dir, 'book.xlsx')));
    expect(book.SheetNames).toContain('Lambda');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 1 naming the bad field of a bad project, writing nothing', async () => {
    const bad = projectWith(everyHostingDesigns()) as unknown as { workload: { inferenceMs: unknown } };
    bad.workload.inferenceMs = 'fast';
    const dir = folderWithProject(bad);
    const c = cli(dir);
    expect(await c.run(['export', 'p.infercalc.json', '--out', 'book.xlsx'])).toBe(1);
    expect(c.err()).toContain('workload.inferenceMs');
    expect(existsSync(join(dir, 'book.xlsx'))).toBe(false);
  });

  it('exits 1 with a clear message when --out cannot be written, leaving nothing at the target', async () => {
    const dir = folderWithProject();
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const c = cli(dir);
    const code = await c.run(['export', 'p.infercalc.json', '--out', join(locked, 'book.xlsx')]);
    chmodSync(locked, 0o700);
    // Root ignores folder permissions; the missing-folder case below covers it there.
    if (process.getuid?.() !== 0) {
      expect(code).toBe(1);
      expect(c.err()).toMatch(/cannot write .*book\.xlsx: permission denied/);
      expect(readdirSync(locked)).toEqual([]);
    }
    const missing = cli(dir);
    expect(await missing.run(['export', 'p.infercalc.json', '--out', join(dir, 'nowhere', 'book.xlsx')])).toBe(1);
    expect(missing.err()).toMatch(/the folder .*nowhere does not exist/);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  // Neither case depends on permissions, so these hold for root too (no skip).
  it('exits 1 when a file sits where a folder should be (ENOTDIR), leaving nothing behind', async () => {
    const dir = folderWithProject();
    writeFileSync(join(dir, 'plain'), 'not a folder');
    for (const out of [join(dir, 'plain', 'book.xlsx'), join(dir, 'plain', 'deeper', 'book.xlsx')]) {
      const c = cli(dir);
      expect(await c.run(['export', 'p.infercalc.json', '--out', out])).toBe(1);
      expect(c.err()).toContain(`cannot write ${out}: `);
      expect(c.err()).toMatch(/is a file, not a folder/);
      expect(c.out()).toBe('');
    }
    expect(readFileSync(join(dir, 'plain'), 'utf8')).toBe('not a folder');
    expect(readdirSync(dir).sort()).toEqual(['p.infercalc.json', 'plain']);
  });

  it('exits 1 when --out is an existing folder (EISDIR), leaving the folder as it was', async () => {
    const dir = folderWithProject();
    const target = join(dir, 'book.xlsx');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'keep');
    const c = cli(dir);
    expect(await c.run(['export', 'p.infercalc.json', '--out', 'book.xlsx'])).toBe(1);
    expect(c.err()).toContain(`cannot write ${target}: it is a folder`);
    expect(readdirSync(target)).toEqual(['inside.txt']);
    expect(readdirSync(dir).sort()).toEqual(['book.xlsx', 'p.infercalc.json']);
  });

  it('exits 1 without --out, and for a missing project file', async () => {
    const dir = folderWithProject();
    const c = cli(dir);
    expect(await c.run(['export', 'p.infercalc.json'])).toBe(1);
    expect(c.err()).toContain('--out');
    const m = cli(dir);
    expect(await m.run(['export', 'gone.json', '--out', 'b.xlsx'])).toBe(1);
    expect(m.err()).toContain('gone.json does not exist');
  });
});

describe('infercalc export prices', () => {
  it('uses the refreshed price cache in the data folder, like estimate', async () => {
    const dir = folderWithProject(
      projectWith([
        {
          name: 'Real-time',
          hosting: { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 },
          purchase: { type: 'on-demand' },
        },
      ]),
    );
    // A refreshed cache that prices ml.c5.xlarge hosting in us-east-1 at $0.5/h instead of the snapshot's $0.204.
    const key = priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge');
    const fetchedAt = '2026-11-26T00:00:00Z';
    const source = { origin: 'api' as const, label: 'AWS Price List API', asOf: '2026-11-25', fetchedAt };
    await writeCacheFile(
      join(dir, 'data'),
      mergeIntoCache(
        undefined,
        [{ key, usd: 0.5, unit: 'hour', source }],
        [{ service: 'sagemaker', region: 'us-east-1', fetchedAt, count: 1 }],
        fetchedAt,
      ),
    );
    const c = cli(dir);
    expect(await c.run(['export', 'p.infercalc.json', '--out', 'book.xlsx'])).toBe(0);
    const prices = XLSX.utils.sheet_to_json<unknown[]>(
      XLSX.read(readFileSync(join(dir, 'book.xlsx'))).Sheets['Prices']!,
      {
        header: 1,
      },
    );
    const row = prices.find((r) => r.some((cell) => typeof cell === 'string' && cell.includes('ml.c5.xlarge')));
    expect(row).toBeDefined();
    expect(row).toContain(0.5);
    expect(row).not.toContain(0.204);
  });
});
