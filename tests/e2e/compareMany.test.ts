// Compare with many designs, in Chromium at the smallest supported window and a common one, light
// and dark: the page never scrolls sideways, the cheapest feasible design stays in view while the
// table scrolls, labels and names stick, each design keeps one colour everywhere (also when one is
// added), axis ticks are round figures, and axe finds nothing serious on the step.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newProject } from '@shared/project/defaults';
import type { Design, HostingType } from '@shared/project/schema';
import { newDesign } from '../../src-renderer/stores/designDefaults';
import { artifacts, openApp, useWebSession } from './support/session';
import { axeScan, step, uploadProject } from './support/wizardPage';

const session = useWebSession({ acceptDialogs: true });

const TYPES: HostingType[] = ['sagemaker-realtime', 'sagemaker-serverless', 'lambda', 'ec2', 'sagemaker-async'];

/** A project with `count` designs of several hosting types, instance designs with 1, 2, 3… instances. */
function projectWith(count: number) {
  const project = newProject('Many designs');
  const designs: Design[] = [];
  for (let i = 0; i < count; i++) {
    const d = newDesign(
      TYPES[i % TYPES.length]!,
      designs.map((x) => x.name),
    );
    d.name = `Design ${String(i + 1).padStart(2, '0')} ${d.name}`;
    if ('instanceCount' in d.hosting && d.hosting.instanceCount !== undefined)
      d.hosting.instanceCount = 1 + Math.floor(i / TYPES.length);
    designs.push(d);
  }
  return { ...project, designs };
}

/** Where an element is on screen. */
const box = async (page: Page, testId: string) => (await page.getByTestId(testId).first().boundingBox())!;

async function openCompare(page: Page, count: number) {
  await uploadProject(page, `many-${count}.infercalc.json`, projectWith(count));
  await step(page, /Compare/);
  await page.getByTestId('cheapest-badge').waitFor();
}

/** The design colour of each column of the table, by design name. */
async function tableColours(page: Page): Promise<Record<string, string>> {
  const pairs = await page
    .getByTestId('cmp-design')
    .evaluateAll((ths) =>
      ths.map((th) => [
        th.firstChild!.textContent!,
        getComputedStyle(th.querySelector('.design-swatch')!).backgroundColor,
      ]),
    );
  return Object.fromEntries(pairs);
}

describe('Compare with many designs', () => {
  for (const [width, height] of [
    [1024, 700],
    [1280, 800],
  ] as const)
    for (const colorScheme of ['light', 'dark'] as const)
      it(`at ${width}×${height}, ${colorScheme}: 20 designs without sideways page scroll, the cheapest always in view`, async () => {
        const page = await openApp(session);
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme });
        await openCompare(page, 20);
        expect(await page.getByTestId('cmp-design').count()).toBe(20);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

        // The cheapest feasible design is the first column, inside the window.
        const badge = await box(page, 'cheapest-badge');
        expect(badge.x).toBeGreaterThan(0);
        expect(badge.x + badge.width).toBeLessThanOrEqual(width);
        // Scrolled to the far right and down, it stays pinned beside the sticky labels, under the sticky names.
        const scroller = page.getByTestId('comparison-scroll');
        const before = await box(page, 'cheapest-badge');
        await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth, top: 0 }));
        expect((await box(page, 'cheapest-badge')).x).toBeCloseTo(before.x, 0);
        const label = page.getByRole('rowheader', { name: 'Monthly' });
        const labelX = (await label.boundingBox())!.x;
        await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth, top: el.scrollHeight }));
        expect((await label.boundingBox())!.x).toBeCloseTo(labelX, 0);
        const scrollerTop = (await scroller.boundingBox())!.y;
        expect((await box(page, 'cheapest-badge')).y).toBeGreaterThanOrEqual(scrollerTop);
        expect((await box(page, 'cheapest-badge')).y).toBeLessThan(scrollerTop + 150);
        await page.screenshot({ path: join(artifacts, `compare-20-${width}x${height}-${colorScheme}.png`) });
        await scroller.evaluate((el) => el.scrollTo({ left: 0, top: 0 }));

        // Dark mode: grid lines in the theme's border colour, not bright.
        const grid = await page
          .locator('[data-testid="chart-cost-traffic"] .recharts-cartesian-grid line')
          .first()
          .evaluate((l) => getComputedStyle(l).stroke);
        expect(grid).toBe(colorScheme === 'dark' ? 'rgb(52, 58, 71)' : 'rgb(213, 217, 224)');
        expect(await axeScan(page)).toEqual([]);
      });

  it('prints a one-page summary of 20 designs (the print stylesheet, as the desktop app saves it as PDF)', async () => {
    const page = await openApp(session);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openCompare(page, 20);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.screenshot({ path: join(artifacts, 'compare-20-print.png'), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(artifacts, 'compare-20-summary.pdf'), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    // The summary holds every design and the cost chart, not the app's frame.
    expect(await page.getByTestId('cmp-design').count()).toBe(20);
    expect(await page.getByRole('navigation', { name: 'Wizard steps' }).isVisible()).toBe(false);
    expect(await page.getByTestId('chart-cost-traffic').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('keeps each design’s colour when a design is added, and uses it in the charts', async () => {
    const page = await openApp(session);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openCompare(page, 5);
    const before = await tableColours(page);
    expect(new Set(Object.values(before)).size).toBe(5);
    // The cost chart's legend shows each design in the table's colour.
    const legend = await page
      .locator('[data-testid="chart-cost-traffic"] .recharts-legend-item')
      .evaluateAll((items) =>
        items.map((i) => [i.textContent!.trim(), getComputedStyle(i.querySelector('path')!).stroke]),
      );
    for (const [name, colour] of legend) expect(colour).toBe(before[name!]);
    await step(page, /Candidates/);
    await page.getByLabel('New design hosting').selectOption('lambda');
    await page.getByTestId('add-design').click();
    await step(page, /Compare/);
    const after = await tableColours(page);
    expect(Object.keys(after)).toHaveLength(6);
    for (const [name, colour] of Object.entries(before)) expect(after[name]).toBe(colour);
  });

  it('writes round axis ticks (steps of 1, 2, 2.5 or 5 × 10ⁿ)', async () => {
    const page = await openApp(session);
    await openCompare(page, 3);
    for (const chart of ['chart-cost-traffic', 'chart-hourly']) {
      const ticks = await page
        .locator(`[data-testid="${chart}"] .recharts-yAxis-tick-labels`)
        .first()
        .locator('.recharts-cartesian-axis-tick-value')
        .allTextContents();
      const values = ticks.map((t) => {
        const n = Number(t.replace(/[$,]/g, '').replace(/K$/, 'e3').replace(/M$/, 'e6'));
        return n;
      });
      expect(values[0]).toBe(0);
      const step = values[1]! - values[0]!;
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 2.5, 5]).toContainEqual(Number(mantissa.toFixed(6)));
      values.forEach((v, i) => expect(v).toBeCloseTo(i * step, 6));
    }
    expect(session.browser.errors).toEqual([]);
  });
});
