// Provisioned concurrency as a schedule on the Ways-to-pay step, in Chromium (issue 13): by hour over
// the week chart (the traffic's mean concurrency against what is provisioned), and a count for a
// number of hours a month (a launch day); the monthly figure follows. Screenshots; axe light and dark.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifacts, openApp, useWebSession } from './support/session';
import { axeScan, step } from './support/wizardPage';

const session = useWebSession({ acceptDialogs: true });

describe('provisioned concurrency schedule', () => {
  it('is edited by hour over the week chart and for some hours a month, and the monthly figure follows', async () => {
    const page = await openApp(session);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByLabel('Traffic pattern').selectOption('predictable-bursts');
    await page.getByLabel(/^Traffic rate/).fill('40');
    await step(page, /Candidates/);
    await page.getByLabel('New design hosting').selectOption('sagemaker-serverless');
    await page.getByTestId('add-design').click();
    await step(page, /Ways to pay/);
    const card = page.getByTestId('pay-card').first();
    const monthly = () => card.getByTestId('pay-monthly').textContent();
    const mode = card.getByTestId('pc-schedule').getByLabel('Provisioned concurrency is on');

    await mode.selectOption('always');
    await card.getByLabel(/^Concurrent executions/).fill('4');
    await expect.poll(monthly).toMatch(/\$[\d,.]+ a month/);
    const allMonth = await monthly();

    // The bursts are 08:00–10:00 and 17:00–19:00: provisioned for those hours only.
    await mode.selectOption('by-hour');
    const hours = Array.from({ length: 24 }, (_, h) => ((h >= 8 && h < 10) || (h >= 17 && h < 19) ? 4 : 0));
    await card.getByTestId('pc-hours').fill(hours.join('\n'));
    await expect.poll(monthly).not.toBe(allMonth);
    expect(await card.getByTestId('pc-chart').locator('svg').count()).toBeGreaterThan(0);
    expect(await card.getByTestId('pc-chart-caption').textContent()).toMatch(/covers the mean in \d+ of the 168 hours/);
    // 23 values: the message, and the figure keeps the last valid schedule.
    const byHour = await monthly();
    await card.getByTestId('pc-hours').fill(hours.slice(1).join('\n'));
    expect(await card.getByRole('alert').textContent()).toContain('24');
    expect(await monthly()).toBe(byHour);
    await card.getByTestId('pc-hours').fill(hours.join('\n'));
    await page.screenshot({ path: join(artifacts, 'schedule-1-by-hour.png'), fullPage: true });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeScan(page), scheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // A launch day: 4 concurrent executions for 8 hours a month.
    await mode.selectOption('hours-a-month');
    await card.getByLabel(/^Hours a month/).fill('8');
    await expect.poll(monthly).not.toBe(byHour);
    await page.screenshot({ path: join(artifacts, 'schedule-2-launch-day.png'), fullPage: true });
    await step(page, /Compare/);
    expect(await page.getByTestId('cmp-monthly').first().textContent()).toMatch(/\$/);
  });
});
