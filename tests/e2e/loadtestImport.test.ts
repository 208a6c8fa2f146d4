// Importing a load test in the browser (web mode: the page uploads the files' content): for each
// supported format the design's throughput becomes "measured (from …)" and it costs exactly what the
// same figure typed into the project costs; the picker lists the measured points and axe finds
// nothing serious on it.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Design } from '@shared/project/schema';
import { chatProject, FMBENCH_CSV, G5_DESIGN, LLMETER_RUNS, PLAIN_CSV, typedG5 } from '../main/cli/loadtestFixtures';
import { artifacts, openApp, useWebSession } from './support/session';
import { axeScan, step, uploadProject } from './support/wizardPage';

const session = useWebSession({ acceptDialogs: true });

type Upload = { name: string; mimeType: string; buffer: Buffer };
const csv = (name: string, text: string): Upload => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

const FORMATS: Array<[string, Upload[]]> = [
  ['plain CSV', [csv('results.csv', PLAIN_CSV)]],
  ['FMBench', [csv('all_metrics_summary.csv', FMBENCH_CSV)]],
  [
    'LLMeter',
    LLMETER_RUNS.map((r) => ({ name: 'stats.json', mimeType: 'application/json', buffer: Buffer.from(r.text) })),
  ],
];

async function openDesign(page: Page, designs: Design[]): Promise<void> {
  await uploadProject(page, 'chat.infercalc.json', chatProject(designs));
  await step(page, /Candidates/);
  await page.getByTestId('throughput-panel').waitFor();
}

async function monthly(page: Page): Promise<string> {
  const cost = page.getByTestId('editor-monthly');
  await expect.poll(() => cost.textContent()).toMatch(/\$[\d,]+/);
  return (await cost.textContent())!;
}

describe('Import load test on a design', () => {
  for (const [format, files] of FORMATS)
    it(`${format}: the picked point sets the measured throughput, priced as typing it`, async () => {
      const page = await openApp(session);
      await page.setViewportSize({ width: 1280, height: 900 });
      await openDesign(page, [G5_DESIGN]);
      const kind = page.getByTestId('design-throughput-kind');
      await expect.poll(() => kind.textContent()).toBe('estimated');

      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('loadtest-import').click();
      await (await chooser).setFiles(files);
      const picker = page.getByTestId('loadtest-picker');
      await picker.waitFor();
      expect(await page.getByTestId('loadtest-row').count()).toBe(3);
      // The rule's choice, concurrency 8 (within the 10 s target), is preselected.
      expect(await picker.getByRole('radio', { name: /^concurrency 8/ }).isChecked()).toBe(true);
      expect(await picker.textContent()).toContain(
        format === 'LLMeter'
          ? 'stats.json × 3 (LLMeter stats.json): 3 measured points (the file does not name the instance type)'
          : '3 measured points on ml.g5.2xlarge',
      );
      expect(await page.getByTestId('loadtest-row').nth(1).textContent()).toMatch(/within \(the rule's pick\)$/);
      expect(await page.getByTestId('loadtest-row').nth(2).textContent()).toMatch(/over$/);
      if (format === 'plain CSV') {
        expect(await axeScan(page)).toEqual([]);
        await page.screenshot({ path: join(artifacts, 'loadtest-picker.png'), fullPage: true });
      }
      await page.getByTestId('loadtest-apply').click();
      await expect.poll(() => picker.count()).toBe(0);

      await expect.poll(() => kind.textContent()).toMatch(/^measured \(from .+concurrency 8.*\)$/);
      const fileName = files[0]!.name;
      expect(await kind.textContent()).toContain(fileName);
      expect(await page.getByTestId('design-throughput').textContent()).toMatch(
        /^1\.1 req\/s, 330 output tokens\/s, 8 at once/,
      );
      const imported = await monthly(page);
      if (format === 'plain CSV')
        await page.screenshot({ path: join(artifacts, 'loadtest-measured.png'), fullPage: true });

      // The same figures typed into the project file give the same monthly cost.
      const typed = typedG5();
      await openDesign(page, [typed]);
      await expect.poll(() => kind.textContent()).toBe('measured (from typed by hand)');
      expect(await monthly(page)).toBe(imported);
      expect(await page.getByTestId('design-throughput').textContent()).toMatch(
        /^1\.1 req\/s, 330 output tokens\/s, 8 at once/,
      );
    });

  it('a file in no supported format is refused with its name; nothing changes', async () => {
    const page = await openApp(session);
    await openDesign(page, [G5_DESIGN]);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('loadtest-import').click();
    await (await chooser).setFiles([csv('notes.csv', 'name,value\na,1')]);
    const error = page.getByTestId('loadtest-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('notes.csv: not a supported load-test result');
    expect(await page.getByTestId('design-throughput-kind').textContent()).toBe('estimated');
  });
});
