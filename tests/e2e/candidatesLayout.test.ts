// The Candidates step's layout at the smallest supported window and a common one, light and dark:
// measured in the browser, since layout is what jsdom cannot show.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, openApp, useWebSession } from './support/session';

// Each test reloads the app with the previous test's edits unsaved: accept the leave prompt.
const session = useWebSession({ acceptDialogs: true });
const LONG_NAME = 'EC2 self-hosted, autoscaled (c6g.large) + plan';

async function openCandidates(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /Candidates/ })
    .first()
    .click();
  await page.getByTestId('take-best').click();
  // A new EC2 design opens in the editor: a name box, an instance picker and the Scaling field.
  await page.getByLabel('New design hosting').selectOption('ec2');
  await page.getByTestId('add-design').click();
  await page.getByTestId('design-name').fill(LONG_NAME);
}

describe('Candidates step layout', () => {
  for (const [width, height] of [
    [1024, 700],
    [1280, 800],
  ] as const)
    for (const colorScheme of ['light', 'dark'] as const)
      it(`at ${width}×${height}, ${colorScheme}: names fit, nothing touches, card headers line up`, async () => {
        const page = await openApp(session);
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme });
        await openCandidates(page);

        // The design name box shows the whole name.
        const name = page.getByTestId('design-name');
        const fits = await name.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth);
        expect(fits).toBe(true);

        // "N of M types shown" keeps a gap above the next field (Scaling).
        const count = page.locator('.instance-picker .help');
        const scaling = page.getByLabel('Scaling', { exact: true });
        const countBox = (await count.boundingBox())!;
        const scalingLabel = (await page.locator('label', { hasText: /^Scaling$/ }).boundingBox())!;
        expect(await scaling.count()).toBe(1);
        expect(scalingLabel.y - (countBox.y + countBox.height)).toBeGreaterThanOrEqual(8);

        // Every recommendation card: the Add button on the name's first line, costs right-aligned in one column.
        const heads = page.locator('[data-testid=recommendation] .rec-head');
        const n = await heads.count();
        expect(n).toBeGreaterThan(3);
        const costRights: number[] = [];
        for (let i = 0; i < n; i++) {
          const head = heads.nth(i);
          const title = (await head.locator('.rec-name').boundingBox())!;
          const button = (await head.locator('.rec-take').boundingBox())!;
          expect(Math.abs(button.y - title.y)).toBeLessThan(8);
          const cost = head.locator('.rec-cost:not(.rec-cost-unavailable)');
          if ((await cost.count()) === 1)
            costRights.push(Math.round((await cost.boundingBox())!.x + (await cost.boundingBox())!.width));
        }
        expect(costRights.length).toBeGreaterThan(2);
        expect(Math.max(...costRights) - Math.min(...costRights)).toBeLessThanOrEqual(1);

        // "Your designs": Duplicate and Remove keep a button's height, not the row's (a long name wraps).
        const rows = page.getByTestId('design-item');
        expect(await rows.count()).toBeGreaterThan(2);
        for (let i = 0; i < (await rows.count()); i++) {
          const row = rows.nth(i);
          const pick = (await row.locator('.design-pick').boundingBox())!;
          for (const label of [/^Duplicate /, /^Remove /]) {
            const button = (await row.getByRole('button', { name: label }).boundingBox())!;
            expect(button.height).toBeLessThan(pick.height / 2);
            expect(Math.abs(button.y - pick.y)).toBeLessThan(2);
          }
        }

        await page.screenshot({ path: join(artifacts, `candidates-${width}-${colorScheme}.png`), fullPage: true });
        expect(session.browser.errors).toEqual([]);
      });
});
