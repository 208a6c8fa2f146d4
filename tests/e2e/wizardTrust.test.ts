// The wizard as a demanding user meets it, in Chromium: what is priced is what is shown (invalid and
// empty fields named in a banner with the value used, one number parser, sanity limits), the user's
// words on every step (no field names or price keys), undo/redo with focus after removal, and the
// small traps (New goes to Workload, one save-state indicator, a pasted header skipped, the chart
// saying when it shows the last valid profile). axe-core on every step, light and dark.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newProject } from '@shared/project/defaults';
import { artifacts, openApp, useWebSession } from './support/session';
import { axeScan, step, uploadProject } from './support/wizardPage';

const session = useWebSession({ acceptDialogs: true });

const field = (page: Page, label: RegExp) => page.getByLabel(label);
const banner = (page: Page) => page.getByTestId('issues-banner');

/** Internal names that must never be on the page: field names, price keys, type ids. */
const INTERNAL =
  /\b(?:discountPercent|datasetAvailableUpfront|requestsPerSecond|concurrencyPerInstance|maxRequestsPerSecondPerInstance|ratePerModelUnitHour|pricePerHour|commitmentPerHour|volumeGB|maxConcurrency|inferenceMs|latencyTargetMs|sagemaker-savings-plan|reserved-instance|sagemaker-serverless|(?:sagemaker|ec2|lambda|bedrock|eks|savings-plans)\/[a-z]{2}-[a-z]+-\d\/\S+)|\((?:[a-z]+[A-Z]\w*|notes)\)/;

async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => `${document.body.innerText}\n${document.body.textContent}`);
}

describe('what is priced is what is shown', () => {
  it('reads "1,5" and "2 000" as numbers, refuses a unit and 1e9 with messages, and names invalid fields', async () => {
    const page = await openApp(session);
    const rate = field(page, /^Traffic rate/);
    await rate.fill('1,5');
    await expect.poll(() => page.getByTestId('workload-summary').textContent()).toContain('peak 1.5 req/s');
    await rate.fill('2 000');
    await expect.poll(() => page.getByTestId('workload-summary').textContent()).toContain('peak 2,000 req/s');
    await rate.fill('1e9');
    expect(await page.getByText(/is more than any real workload has: enter at most 1,000,000/).isVisible()).toBe(true);
    await rate.fill('5req/s');
    expect(await page.getByText('type the number alone, without "req/s": the field is in requests/s').isVisible()).toBe(
      true,
    );
    expect(await page.getByTestId('week-chart-note').textContent()).toContain('last valid rate, 2000 requests/s');
    // An empty latency target means no target (issue 13): 0 is the invalid value here.
    await field(page, /Latency target/).fill('0');
    expect(await page.getByTestId('step-issues-workload').textContent()).toBe('2 fields to fix');
    await page.screenshot({ path: join(artifacts, 'trust-1-invalid-workload.png'), fullPage: true });

    // A design, so Compare has figures: the banner names both fields and the values priced.
    await step(page, /Candidates/);
    await page.getByTestId('add-design').click();
    await step(page, /Compare/);
    const items = await banner(page).getByTestId('issue').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(
      /^Workload › Traffic rate “5req\/s”: type the number alone.*Priced with 2000 requests\/s\./,
    );
    expect(items[1]).toMatch(/^Workload › Latency target “0”: .*Priced with 500 ms\./);
    await page.screenshot({ path: join(artifacts, 'trust-2-compare-banner.png'), fullPage: true });
    await step(page, /Export/);
    expect(await banner(page).getByRole('heading').textContent()).toContain('the workbook uses the last valid value');

    // Fix goes to the field, focused.
    await banner(page).getByRole('button', { name: 'Fix in Workload' }).last().click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe(
      'workload:latencyTargetMs',
    );
    await field(page, /Latency target/).fill('400');
    await rate.fill('20');
    expect(await page.getByTestId('step-issues-workload').count()).toBe(0);
    await step(page, /Compare/);
    expect(await banner(page).count()).toBe(0);
  });
});

describe('the user’s words', () => {
  it('shows no field name, price key or type id on any step, light and dark, and axe finds nothing serious', async () => {
    const page = await openApp(session);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await step(page, /Candidates/);
    await page.getByTestId('take-best').click();
    for (const type of ['sagemaker-serverless', 'sagemaker-batch', 'bedrock', 'ec2']) {
      await page.getByLabel('New design hosting').selectOption(type);
      await page.getByTestId('add-design').click();
    }
    // Serverless at 4 GB has a derived rate; a Savings Plan without a rate asks for a discount.
    await step(page, /Ways to pay/);
    const card = page.getByTestId('pay-card').first();
    const plan = card.getByRole('radio', { name: /Savings Plan/ }).first();
    if (await plan.count()) await plan.check();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const name of [/Workload/, /Candidates/, /Ways to pay/, /Compare/, /Export/]) {
        await step(page, name);
        const text = await pageText(page);
        expect(text.match(INTERNAL)?.[0] ?? null, `${name} (${scheme})`).toBeNull();
        expect(await axeScan(page), `${name} (${scheme})`).toEqual([]);
      }
      await page.screenshot({ path: join(artifacts, `trust-3-export-${scheme}.png`), fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('says what is wrong with a project file in plain sentences, the schema’s wording under details', async () => {
    const page = await openApp(session);
    const bad = newProject('Bad');
    bad.workload.inferenceMs = 0;
    await uploadProject(page, 'bad.infercalc.json', bad);
    const alert = page.getByTestId('file-error');
    expect(await alert.textContent()).toContain(
      'bad.infercalc.json is not a valid InferCalc project: Inference time per request (Workload) must be more than 0.',
    );
    expect(await alert.textContent()).not.toContain('Too small');
    await alert.locator('summary').click();
    expect(await alert.locator('code').textContent()).toContain(
      'workload.inferenceMs: Too small: expected number to be >0',
    );
    await uploadProject(page, 'future.infercalc.json', { ...newProject('Future'), version: 2 });
    expect(await alert.textContent()).toContain('a format version this InferCalc does not read (it reads version 1)');
    await page.screenshot({ path: join(artifacts, 'trust-4-file-error.png') });
  });
});

describe('undo and redo', () => {
  it('removes a design without a question, focuses the next one, and Ctrl+Z / Ctrl+Shift+Z undo and redo', async () => {
    const page = await openApp(session);
    await step(page, /Candidates/);
    await page.getByTestId('take-best').click();
    await page.getByTestId('design-item').nth(2).waitFor();
    const names = await page.getByTestId('design-item').locator('strong').allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: `Remove ${names[1]}`, exact: true }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(names[2]);
    expect(await page.getByTestId('design-item').count()).toBe(names.length - 1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('design-item').locator('strong').allTextContents()).toEqual(names);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.getByTestId('design-item').count()).toBe(names.length - 1);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('design-item').count()).toBe(names.length);

    // Typing in a field is one step: undo brings the whole previous value back.
    await step(page, /Workload/);
    const ms = field(page, /Inference time per request/);
    const before = await ms.inputValue();
    await ms.fill('');
    await ms.pressSequentially('250');
    await page.keyboard.press('Control+z');
    await expect.poll(() => ms.inputValue()).toBe(before);
    await page.screenshot({ path: join(artifacts, 'trust-5-undo.png') });
  });
});

describe('the small traps', () => {
  it('New goes to the Workload step; one save-state indicator; a pasted header is skipped; the chart says when it is stale', async () => {
    const page = await openApp(session);
    await step(page, /Compare/);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    const dialog = page.getByRole('dialog');
    if (await dialog.count()) await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Wizard steps' }).locator('[aria-current="step"]').textContent())
      .toMatch(/^1Workload/);
    expect(await page.getByTestId('save-state').textContent()).toBe('Not saved yet');
    expect(await page.getByText(/^Saved/).count()).toBe(0);

    await page.getByLabel('Traffic pattern').selectOption('hourly');
    const profile = page.getByTestId('hourly-profile');
    await profile.fill(['req/s', ...Array.from({ length: 24 }, (_, h) => String(h < 8 ? 1 : 10))].join('\n'));
    expect(await page.getByTestId('profile-note').textContent()).toBe('Skipped the header "req/s".');
    expect(await page.getByTestId('workload-summary').textContent()).toContain('peak 10 req/s');
    await profile.fill(Array(23).fill('5').join('\n'));
    expect(await page.getByText('expected 24 or 168 hourly values, got 23').isVisible()).toBe(true);
    expect(await page.getByTestId('week-chart-note').textContent()).toContain(
      'The chart shows the last valid profile (24 values, peak 10 requests/s)',
    );
    await page.screenshot({ path: join(artifacts, 'trust-6-profile.png'), fullPage: true });
    expect(session.browser.errors).toEqual([]);
  });
});
