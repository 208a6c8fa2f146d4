// The wizard end to end in web mode, in Chromium: workload → candidates → ways to pay → compare,
// checked against `infercalc estimate --json` for the saved project, saved, reloaded and reopened;
// a screenshot of each step, an axe-core scan of each step, and no console errors.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, useWebSession } from './support/session';
import { axeScan, step } from './support/wizardPage';
import { repoRoot } from './support/webApp';

let savedFile = '';
let savedTotals: Record<string, number> = {};

const session = useWebSession({ acceptDialogs: true });

/** Every design's exact monthly total as the comparison shows it, by name. */
async function comparisonTotals(page: Page): Promise<Record<string, number>> {
  const names = await page.getByTestId('cmp-design').evaluateAll((ths) => ths.map((th) => th.firstChild!.textContent!));
  const values = await page
    .getByTestId('cmp-monthly')
    .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-usd'))));
  return Object.fromEntries(names.map((n, i) => [n, values[i]!]));
}

async function fill(page: Page, label: RegExp, value: string) {
  const field = page.getByLabel(label);
  await field.fill(value);
}

describe('the wizard journey in web mode', () => {
  it('takes a business-hours workload', async () => {
    const { page } = session.browser;
    await page.goto(session.app.url);
    await expect.poll(() => page.getByTestId('price-badge').textContent()).toMatch(/as of \d{4}-\d{2}-\d{2}/);
    await page.getByLabel('Traffic pattern').selectOption('business-hours');
    await fill(page, /^Traffic rate/, '20');
    await fill(page, /Inference time per request/, '80');
    await fill(page, /Latency target/, '400');
    await fill(page, /Model size/, '2');
    await page.getByLabel('Commitment horizon').selectOption('1');
    // An invalid value stays, with its message, and the project keeps the last valid one.
    await fill(page, /Request payload/, '40 KiB');
    expect(await page.getByText('type the number alone, without "KiB": the field is in KiB').isVisible()).toBe(true);
    await fill(page, /Request payload/, '40');
    expect(await page.getByTestId('workload-summary').textContent()).toContain('peak 20 req/s');
    expect(await page.getByTestId('week-chart').locator('svg').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'journey-1-workload.png'), fullPage: true });
    expect(await axeScan(page)).toEqual([]);
  });

  it('takes the recommendations and adds a custom serverless design', async () => {
    const { page } = session.browser;
    await step(page, /Candidates/);
    await page.getByTestId('recommendation').first().waitFor();
    await page.getByTestId('take-best').click();
    const realtime = page.getByTestId('recommendation').filter({ hasText: 'Real-time endpoint, autoscaled' }).first();
    // Take the real-time endpoint too (it may already be among the best three).
    if (await realtime.getByRole('button').isEnabled()) await realtime.getByRole('button').click();
    await page.getByLabel('New design hosting').selectOption('sagemaker-serverless');
    await page.getByTestId('add-design').click();
    await page.getByLabel('Design name').fill('Custom serverless');
    await page.getByLabel('Memory').selectOption('3072');
    await fill(page, /Maximum concurrency/, '20');
    expect(await page.getByTestId('editor-monthly').textContent()).toMatch(/\$[\d,.]+ a month/);
    const names = await page.getByTestId('design-item').locator('strong').allTextContents();
    expect(names).toContain('Custom serverless');
    expect(names).toContain('Real-time endpoint, autoscaled');
    expect(names.length).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: join(artifacts, 'journey-2-candidates.png'), fullPage: true });
    expect(await axeScan(page)).toEqual([]);
  });

  it('puts the real-time design on a 1-year SageMaker Savings Plan', async () => {
    const { page } = session.browser;
    await step(page, /Ways to pay/);
    const card = page
      .getByTestId('pay-card')
      .filter({ has: page.getByRole('heading', { name: 'Real-time endpoint, autoscaled' }) });
    const before = await card.getByTestId('pay-monthly').textContent();
    await card.getByRole('radio', { name: 'SageMaker Savings Plan' }).check();
    expect(await card.getByTestId('purchase-term').inputValue()).toBe('1');
    // The snapshot has no plan rates: a discount entered by hand (user-provided) fills them.
    await card.getByLabel(/Plan discount \(user-provided\)/).fill('35');
    await expect.poll(() => card.getByTestId('pay-monthly').textContent()).not.toBe(before);
    expect(await card.getByTestId('commitment-panel').textContent()).toMatch(/Break-even utilization65%/);
    await page.screenshot({ path: join(artifacts, 'journey-3-pay.png'), fullPage: true });
    expect(await axeScan(page)).toEqual([]);
  });

  it('compares the designs with charts, and matches infercalc estimate for the saved project', async () => {
    const { page } = session.browser;
    await step(page, /Compare/);
    await page.getByTestId('comparison-table').waitFor();
    expect(await page.getByTestId('cheapest-badge').count()).toBe(1);
    for (const chart of ['chart-cost-traffic', 'chart-hourly', 'chart-break-even'])
      expect(await page.getByTestId(chart).locator('svg.recharts-surface').count()).toBeGreaterThan(0);
    const totals = await comparisonTotals(page);
    expect(Object.keys(totals)).toContain('Custom serverless');
    await page.screenshot({ path: join(artifacts, 'journey-4-compare.png'), fullPage: true });
    expect(await axeScan(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save', exact: true }).click(),
    ]);
    savedFile = join(session.app.dataFolder, download.suggestedFilename());
    await download.saveAs(savedFile);
    const cli = JSON.parse(
      execFileSync(process.execPath, [join(repoRoot, 'src-main/bin/infercalc.cjs'), 'estimate', savedFile, '--json'], {
        env: { ...process.env, INFERCALC_DATA_DIR: session.app.dataFolder },
        encoding: 'utf8',
      }),
    ) as { designs: Array<{ name: string; monthlyUsd: number | null }> };
    expect(cli.designs.map((d) => d.name).sort()).toEqual(Object.keys(totals).sort());
    for (const d of cli.designs) expect(totals[d.name]).toBeCloseTo(d.monthlyUsd!, 6);
    savedTotals = totals;
  });

  it('reopens the saved project after a reload and finds everything as it was', async () => {
    const { page } = session.browser;
    await page.reload();
    await expect.poll(() => page.getByTestId('price-badge').textContent()).toMatch(/as of/);
    await page.getByTestId('project-upload').setInputFiles(savedFile);
    await step(page, /Workload/);
    await expect.poll(() => page.getByLabel(/^Traffic rate/).inputValue()).toBe('20');
    expect(await page.getByLabel(/Inference time per request/).inputValue()).toBe('80');
    expect(await page.getByLabel(/Request payload/).inputValue()).toBe('40');
    expect(await page.getByLabel('Commitment horizon').inputValue()).toBe('1');
    await step(page, /Ways to pay/);
    const card = page
      .getByTestId('pay-card')
      .filter({ has: page.getByRole('heading', { name: 'Real-time endpoint, autoscaled' }) });
    expect(await card.getByRole('radio', { name: 'SageMaker Savings Plan' }).isChecked()).toBe(true);
    expect(await card.getByLabel(/Plan discount \(user-provided\)/).inputValue()).toBe('35');
    await step(page, /Compare/);
    await page.getByTestId('comparison-table').waitFor();
    expect(await comparisonTotals(page)).toEqual(savedTotals);
    const saved = JSON.parse(readFileSync(savedFile, 'utf8')) as { designs: Array<{ name: string }> };
    expect(saved.designs.map((d) => d.name)).toContain('Custom serverless');
  });

  it('shows the export step, lays out in a 1024×700 window, and logged no console error', async () => {
    const { page } = session.browser;
    await step(page, /Export/);
    await page.screenshot({ path: join(artifacts, 'journey-5-export.png'), fullPage: true });
    expect(await axeScan(page)).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 700 });
    for (const name of [/Workload/, /Candidates/, /Ways to pay/, /Compare/]) {
      await step(page, name);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    }
    await page.screenshot({ path: join(artifacts, 'journey-1024x700-compare.png') });
    expect(session.browser.errors).toEqual([]);
  });
});
