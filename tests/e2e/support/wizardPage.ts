/**
 * What the browser tests do on the wizard's page: go to a step, scan it with axe-core, and open a
 * project file through the page's own upload (as a user does in web mode).
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** Clicks a step in the wizard's step list. */
export async function step(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name }).click();
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function axeScan(page: Page): Promise<string[]> {
  // page.evaluate runs through the DevTools protocol, which the page's CSP does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

/** Opens a project as web mode does: the file chosen in the page's upload input. */
export async function uploadProject(page: Page, fileName: string, project: unknown): Promise<void> {
  await page.getByTestId('project-upload').setInputFiles({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(project)),
  });
}
