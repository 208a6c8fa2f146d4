// The Export step in web mode, in Chromium: upload a project, download the workbook, and check its
// Summary against what `infercalc estimate --json` prints for the same project and data folder.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { newProject } from '@shared/project/defaults';
import type { Design, Project } from '@shared/project/schema';
import { openApp, useWebSession } from './support/session';
import { repoRoot } from './support/webApp';

const run = promisify(execFile);

const designs: Design[] = [
  {
    name: 'Real-time, 2 x ml.c5.xlarge',
    hosting: {
      type: 'sagemaker-realtime',
      instanceType: 'ml.c5.xlarge',
      instanceCount: 2,
      maxRequestsPerSecondPerInstance: 20,
    },
    purchase: { type: 'on-demand' },
  },
  {
    name: 'Serverless 2 GB',
    hosting: { type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 20 },
    purchase: { type: 'on-demand' },
  },
  {
    name: 'Lambda arm64',
    hosting: { type: 'lambda', memoryMB: 3072, architecture: 'arm64' },
    purchase: { type: 'on-demand' },
  },
  {
    name: 'EC2 c5.xlarge: a long name with [odd] characters / and more',
    hosting: { type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 2, maxRequestsPerSecondPerInstance: 20 },
    purchase: { type: 'on-demand' },
  },
];
const project: Project = { ...newProject('Export in the browser'), designs };

interface CliEstimate {
  designs: Array<{
    name: string;
    monthlyUsd: number | null;
    yearlyUsd: number | null;
    upfrontUsd: number;
    costPer1kRequestsUsd: number | null;
  }>;
}

/** `infercalc estimate <file> --json` over the web app's data folder (so both use the same prices). */
async function cliEstimate(file: string): Promise<CliEstimate> {
  const { stdout } = await run(process.execPath, ['src-main/bin/infercalc.cjs', 'estimate', file, '--json'], {
    cwd: repoRoot,
    env: { ...process.env, INFERCALC_DATA_DIR: session.app.dataFolder },
    timeout: 60_000,
  });
  return JSON.parse(stdout) as CliEstimate;
}

const session = useWebSession();

describe('the Export step in web mode', () => {
  it('downloads a workbook whose Summary matches the CLI estimate, with no console errors', async () => {
    const page = await openApp(session);
    await page.getByTestId('project-upload').setInputFiles({
      name: 'export.infercalc.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(project)),
    });
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Project name' }).inputValue())
      .toBe('Export in the browser');

    await page
      .getByRole('navigation', { name: 'Wizard steps' })
      .getByRole('button', { name: /Export/ })
      .click();
    await page.getByRole('heading', { name: 'Comparison workbook' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download workbook (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Export in the browser.xlsx');
    await expect
      .poll(() => page.getByRole('status').last().textContent())
      .toBe('Downloaded Export in the browser.xlsx');

    // Reading back our own output.
    const book = XLSX.read(readFileSync(await download.path()));
    expect(book.SheetNames.slice(0, 3)).toEqual(['Summary', 'Assumptions', 'Prices']);
    expect(book.SheetNames.slice(-2)).toEqual(['Traffic', 'Cost vs traffic']);
    expect(book.SheetNames).toHaveLength(5 + designs.length);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Summary']!, { header: 1, blankrows: true });
    const start = rows.findIndex((r) => r[0] === 'Rank') + 1;

    const folder = mkdtempSync(join(tmpdir(), 'infercalc-e2e-export-'));
    writeFileSync(join(folder, 'p.infercalc.json'), JSON.stringify(project));
    const cli = await cliEstimate(join(folder, 'p.infercalc.json')).finally(() =>
      rmSync(folder, { recursive: true, force: true }),
    );
    expect(cli.designs.map((d) => d.name)).toEqual(designs.map((d) => d.name));
    cli.designs.forEach((d, i) => {
      const row = rows[start + i]!;
      expect(row[1]).toBe(d.name);
      expect(book.SheetNames).toContain(row[2]);
      expect(d.monthlyUsd).not.toBeNull();
      expect(row[8]).toBeCloseTo(d.monthlyUsd!, 6);
      expect(row[9]).toBeCloseTo(d.yearlyUsd!, 6);
      expect(row[10]).toBeCloseTo(d.costPer1kRequestsUsd!, 9);
      expect(row[11]).toBeCloseTo(d.upfrontUsd, 6);
    });
    expect(session.browser.errors).toEqual([]);
  });
});
