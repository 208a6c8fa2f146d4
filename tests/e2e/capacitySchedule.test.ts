// Capacity as a schedule on the Ways-to-pay step, in Chromium (issue 13): provisioned concurrency by
// hour over the week chart (the traffic's mean concurrency against what is provisioned) and a count
// for a number of hours a month (a launch day); an autoscaled fleet's minimum by hour; the monthly
// figure follows. The recommender's high-availability variant shows with its reason. Screenshots;
// axe-core light and dark.
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
    const mode = card.getByTestId('provisioned-schedule').getByLabel('Provisioned concurrency is on');

    await mode.selectOption('always');
    await card.getByLabel(/^Concurrent executions/).fill('4');
    await expect.poll(monthly).toMatch(/\$[\d,.]+ a month/);
    const allMonth = await monthly();

    // The bursts are 08:00–10:00 and 17:00–19:00: provisioned for those hours only.
    await mode.selectOption('by-hour');
    const hours = Array.from({ length: 24 }, (_, h) => ((h >= 8 && h < 10) || (h >= 17 && h < 19) ? 4 : 0));
    await card.getByTestId('provisioned-hours').fill(hours.join('\n'));
    await expect.poll(monthly).not.toBe(allMonth);
    expect(await card.getByTestId('provisioned-chart').locator('svg').count()).toBeGreaterThan(0);
    expect(await card.getByTestId('provisioned-chart-caption').textContent()).toMatch(
      /meets the need in \d+ of the 168 hours/,
    );
    // 23 values: the message, and the figure keeps the last valid schedule.
    const byHour = await monthly();
    await card.getByTestId('provisioned-hours').fill(hours.slice(1).join('\n'));
    expect(await card.getByRole('alert').textContent()).toContain('24');
    expect(await monthly()).toBe(byHour);
    await card.getByTestId('provisioned-hours').fill(hours.join('\n'));
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

  it('schedules an autoscaled fleet’s minimum by hour, and the monthly figure follows', async () => {
    const page = await openApp(session);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByLabel('Traffic pattern').selectOption('business-hours');
    await step(page, /Candidates/);
    await page.getByLabel('New design hosting').selectOption('sagemaker-realtime');
    await page.getByTestId('add-design').click();
    await page.getByLabel(/^Scaling/).selectOption('autoscaling');
    await step(page, /Ways to pay/);
    const card = page.getByTestId('pay-card').first();
    const monthly = () => card.getByTestId('pay-monthly').textContent();
    const schedule = card.getByTestId('minimum-schedule');
    await schedule.getByLabel('The minimum is').selectOption('by-hour');
    const before = await monthly();
    // Above the fleet's maximum (2): refused with the schema's words, nothing priced with it.
    await card.getByTestId('minimum-hours').fill(new Array(24).fill(3).join('\n'));
    expect(await card.getByRole('alert').textContent()).toContain('maximum instances');
    expect(await monthly()).toBe(before);
    // Two instances kept from 06:00 to 22:00 every day, one otherwise.
    const hours = Array.from({ length: 24 }, (_, h) => (h >= 6 && h < 22 ? 2 : 1));
    await card.getByTestId('minimum-hours').fill(hours.join('\n'));
    await expect.poll(monthly).not.toBe(before);
    expect(await card.getByTestId('minimum-chart-caption').textContent()).toContain('the scheduled minimum');
    await page.screenshot({ path: join(artifacts, 'schedule-3-minimum.png'), fullPage: true });
    expect(await axeScan(page)).toEqual([]);
  });

  it('shows the high-availability variant of a production endpoint with its reason', async () => {
    const page = await openApp(session);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await step(page, /Candidates/);
    const ha = page
      .getByTestId('recommendation')
      .filter({ hasText: 'high availability (at least 2 instances)' })
      .first();
    await ha.waitFor();
    expect(await ha.textContent()).toContain('AWS recommends at least 2 instances spread over Availability Zones');
    await page.screenshot({ path: join(artifacts, 'schedule-4-high-availability.png'), fullPage: true });
  });
});
