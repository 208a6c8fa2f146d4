// The workload's traffic in Chromium: a preset with both its peak and its average ("peak 50, average
// 5", issue 14) priced as shown, and a scheduled batch job described in the form (records per run,
// runs a month, window and start, issue 13) whose estimate says in words how long a run takes and
// whether it fits its window. Screenshots under test-results/e2e/; axe-core light and dark.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifacts, openApp, useWebSession } from './support/session';
import { axeScan, step } from './support/wizardPage';

const session = useWebSession({ acceptDialogs: true });

describe('traffic in the workload form', () => {
  it('takes a peak and an average for a preset, and Compare prices the average', async () => {
    const page = await openApp(session);
    await page.getByLabel('Traffic pattern').selectOption('intermittent');
    await page.getByLabel(/^Traffic rate/).fill('50');
    await page.getByLabel('The rate is the').selectOption('peak-and-average');
    const average = page.getByLabel(/^Average rate/);
    // An average the pattern cannot have is refused with what to do, and nothing is priced with it.
    await average.fill('60');
    expect(await page.getByText('the average (60 requests/s) cannot be more than the peak (50)').isVisible()).toBe(
      true,
    );
    await average.fill('5');
    const summary = page.getByTestId('workload-summary');
    await expect.poll(() => summary.textContent()).toContain('peak 50 req/s · average 5 req/s');
    await page.screenshot({ path: join(artifacts, 'traffic-1-peak-and-average.png'), fullPage: true });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeScan(page), scheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await step(page, /Candidates/);
    await page.getByLabel('New design hosting').selectOption('sagemaker-serverless');
    await page.getByTestId('add-design').click();
    await step(page, /Compare/);
    // 5 requests/s on average: 5 × 3600 × 730 = 13,140,000 requests a month, as the summary said.
    const requests = await page.evaluate(() => document.body.innerText.match(/13[.,]1\d?M|13,140,000/)?.[0] ?? null);
    expect(requests).not.toBeNull();
    await page.screenshot({ path: join(artifacts, 'traffic-2-peak-and-average-compare.png'), fullPage: true });
  });

  it('describes a nightly batch job and says whether a run finishes inside its window', async () => {
    const page = await openApp(session);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByLabel('Traffic pattern').selectOption('batch');
    const fields = page.getByTestId('batch-job-fields');
    await fields.getByLabel(/^Records per run/).fill('10,000,000');
    await fields.getByLabel(/^Runs per month/).fill('30');
    await fields.getByLabel(/^Window length/).fill('4');
    await fields.getByLabel(/^Window opens at/).fill('25');
    expect(await page.getByTestId('week-chart-note').textContent()).toContain('last valid batch job');
    await fields.getByLabel(/^Window opens at/).fill('1');
    await page.getByLabel(/Latency target/).fill('');
    await page.screenshot({ path: join(artifacts, 'traffic-3-batch-job.png'), fullPage: true });
    expect(await axeScan(page)).toEqual([]);

    await step(page, /Candidates/);
    await page.getByLabel('New design hosting').selectOption('sagemaker-batch');
    await page.getByTestId('add-design').click();
    const run = page.getByTestId('batch-run').first();
    // One default instance cannot do 10 million records in 4 h; the words say so.
    await expect
      .poll(() => run.textContent())
      .toMatch(/^Each run takes [\d.,]+ h: it does not finish inside its window$/);
    await step(page, /Compare/);
    expect(await page.getByTestId('cmp-batch-run').first().textContent()).toMatch(/^Each run takes [\d.,]+ h/);
    await page.screenshot({ path: join(artifacts, 'traffic-4-batch-compare.png'), fullPage: true });
  });
});
