// Issue 10, failure 7: `export --out` renamed over whatever was there: a device node became a
// regular file, and --out equal to the input project destroyed the project without a word. Now
// such targets are refused with a clear message, and a replaced file keeps its mode.
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { commands } from '../../../src-main/cli/commands';
import { runCli } from '../../../src-main/cli/run';
import { everyHostingDesigns, projectWith } from '../export/fixtures';
import { cliContext } from '../cli/cliContext';
import { tempFolder } from '../projects/helpers';

function setup() {
  const dir = tempFolder('infercalc-export-target-');
  const projectText = JSON.stringify(projectWith(everyHostingDesigns().slice(0, 2)));
  writeFileSync(join(dir, 'p.infercalc.json'), projectText);
  const { ctx, err, out } = cliContext(dir);
  return { dir, projectText, err, out, run: (argv: string[]) => runCli(argv, commands, ctx) };
}

describe('export targets', () => {
  it('refuses a device node and leaves it a device', async () => {
    const c = setup();
    // As root, a device of our own (a twin of /dev/null), so that a regression cannot replace the system's.
    const device = process.getuid?.() === 0 ? join(c.dir, 'null') : '/dev/null';
    if (device !== '/dev/null') execFileSync('mknod', [device, 'c', '1', '3']);
    expect(await c.run(['export', 'p.infercalc.json', '--out', device])).toBe(1);
    expect(c.err()).toContain(`cannot write ${device}: it is a device, not a file`);
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it('refuses a named pipe (nothing waits on it, nothing is written)', async () => {
    const c = setup();
    const fifo = join(c.dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    expect(await c.run(['export', 'p.infercalc.json', '--out', fifo])).toBe(1);
    expect(c.err()).toMatch(/pipe\.xlsx: it is a named pipe \(FIFO\), not a file/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses the input project itself, by any spelling or link, and keeps it intact', async () => {
    const c = setup();
    symlinkSync(join(c.dir, 'p.infercalc.json'), join(c.dir, 'link.xlsx'));
    for (const out of ['p.infercalc.json', './sub/../p.infercalc.json', join(c.dir, 'p.infercalc.json'), 'link.xlsx']) {
      expect(await c.run(['export', 'p.infercalc.json', '--out', out])).toBe(1);
    }
    expect(c.err()).toMatch(/it is the project being exported; choose another file name/);
    expect(readFileSync(join(c.dir, 'p.infercalc.json'), 'utf8')).toBe(c.projectText);
    expect(readlinkSync(join(c.dir, 'link.xlsx'))).toBe(join(c.dir, 'p.infercalc.json'));
  });

  it('keeps the mode of a workbook it replaces, and gives a new one 0644', async () => {
    const c = setup();
    const book = join(c.dir, 'book.xlsx');
    writeFileSync(book, 'old');
    chmodSync(book, 0o600);
    expect(await c.run(['export', 'p.infercalc.json', '--out', 'book.xlsx'])).toBe(0);
    expect(statSync(book).mode & 0o777).toBe(0o600);
    expect(XLSX.read(readFileSync(book)).SheetNames[0]).toBe('Summary');
    expect(await c.run(['export', 'p.infercalc.json', '--out', 'fresh.xlsx'])).toBe(0);
    expect(statSync(join(c.dir, 'fresh.xlsx')).mode & 0o777).toBe(0o644 & ~process.umask());
  });

  it('writes through a link to a workbook, keeping the link', async () => {
    const c = setup();
    writeFileSync(join(c.dir, 'real.xlsx'), 'old');
    symlinkSync('real.xlsx', join(c.dir, 'alias.xlsx'));
    expect(await c.run(['export', 'p.infercalc.json', '--out', 'alias.xlsx'])).toBe(0);
    expect(lstatSync(join(c.dir, 'alias.xlsx')).isSymbolicLink()).toBe(true);
    expect(XLSX.read(readFileSync(join(c.dir, 'real.xlsx'))).SheetNames[0]).toBe('Summary');
  });
});
