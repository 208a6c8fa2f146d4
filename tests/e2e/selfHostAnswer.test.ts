// Compare answers "self-host, or pay Bedrock per token?" in Chromium: for a chat workload with tokens,
// the traffic above which the measured g5 endpoint is cheaper than Claude 3 Haiku on Bedrock, in
// requests/s and tokens a month, labelled measured; estimated when the design has no load test;
// what it depends on behind a disclosure, in words (no field names, no price keys); the cost chart
// measures traffic in output tokens a month on request. axe finds nothing serious.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Design } from '@shared/project/schema';
import { chatProject } from '../main/cli/loadtestFixtures';
import { artifacts, openApp, useWebSession } from './support/session';
import { axeScan, step, uploadProject } from './support/wizardPage';

const session = useWebSession({ acceptDialogs: true });

const BEDROCK: Design = {
  name: 'Bedrock Claude 3 Haiku',
  hosting: { type: 'bedrock', model: 'anthropic.claude-3-haiku' } as Design['hosting'],
  purchase: { type: 'on-demand' },
};

function g5(measured: boolean): Design {
  return {
    name: 'Real-time g5.2xlarge',
    hosting: {
      type: 'sagemaker-realtime',
      instanceType: 'ml.g5.2xlarge',
      autoscaling: { min: 1, max: 60, targetInvocationsPerInstance: 60 },
      ...(measured
        ? {
            maxOutputTokensPerSecondPerInstance: 330,
            concurrencyPerInstance: 8,
            throughputSource: 'load test results.csv, concurrency 8',
          }
        : { concurrencyPerInstance: 8 }),
    } as Design['hosting'],
    purchase: { type: 'on-demand' },
  };
}

async function openCompare(page: Page, designs: Design[]) {
  const project = chatProject(designs);
  project.workload.traffic = { pattern: 'steady', requestsPerSecond: 0.2 };
  await uploadProject(page, 'chat.infercalc.json', project);
  await step(page, /Compare/);
  await page.getByTestId('selfhost-answer').waitFor();
}

describe('Self-host or Bedrock on Compare', () => {
  it('says at what traffic the measured self-hosted design becomes cheaper, and what that depends on', async () => {
    const page = await openApp(session);
    await page.setViewportSize({ width: 1280, height: 900 });
    await openCompare(page, [BEDROCK, g5(true)]);
    const answer = page.getByTestId('selfhost-crossover');
    await answer.waitFor();
    expect(await answer.getAttribute('data-outcome')).toBe('cheaper-above');
    const text = (await answer.textContent())!;
    expect(text).toMatch(
      /^Real-time g5\.2xlarge becomes cheaper than Bedrock Claude 3 Haiku above [\d.]+ requests\/s on average \(peak [\d.]+ req\/s\): [\d.]+[KMB]? requests, [\d.]+[KMB]? output tokens \([\d.]+[KMB]? tokens in all\) a month, where both cost \$[\d,]+(\.\d\d)? a month\./,
    );
    expect(text).toContain(
      'Throughput used: measured 330 output tokens/s (1.1 requests/s) per instance (from load test results.csv, concurrency 8)',
    );
    // The details stay closed until asked for; then they name the price, the way to pay and the throughput in words.
    const details = answer.locator('details');
    expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await details.locator('summary').click();
    const depends = (await details.textContent())!;
    expect(depends).toContain('Instance-hours (ml.g5.2xlarge, Hosting) at $1.515 per hour');
    expect(depends).toContain('paid on-demand');
    expect(depends).toMatch(/fully loaded, one instance costs \$[\d.]+ per 1M output tokens/);
    expect(await page.getByTestId('selfhost-answer').textContent()).not.toMatch(
      /throughputSource|maxOutputTokens|sagemaker\/us-east-1|bedrock\/us-east-1/,
    );
    expect(await axeScan(page)).toEqual([]);
    await page.getByTestId('selfhost-answer').screenshot({ path: join(artifacts, 'selfhost-answer.png') });

    // The crossover chart in output tokens a month: the same crossing, × 300 tokens per request.
    const chart = page.getByTestId('chart-cost-traffic');
    const before = (await chart.locator('figcaption').textContent())!;
    expect(before).toMatch(/requests a month/);
    await page.getByTestId('traffic-axis-output-tokens').check();
    await expect.poll(() => chart.locator('figcaption').textContent()).toMatch(/output tokens a month/);
    await chart.screenshot({ path: join(artifacts, 'selfhost-chart-tokens.png') });
  });

  it('labels the answer estimated when the design has no measured throughput', async () => {
    const page = await openApp(session);
    await openCompare(page, [BEDROCK, g5(false)]);
    const answer = page.getByTestId('selfhost-crossover');
    await answer.waitFor();
    expect(await answer.textContent()).toContain('Throughput used: estimated');
    expect(await answer.textContent()).toContain('Import a load test on the design for a measured answer.');
  });

  it('without a Bedrock design, says what to add', async () => {
    const page = await openApp(session);
    await openCompare(page, [g5(true)]);
    expect(await page.getByTestId('selfhost-unanswered').textContent()).toBe(
      'Add a Bedrock design (Candidates) to compare self-hosting with it.',
    );
  });
});
