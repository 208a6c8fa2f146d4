// Issue 10, failure 6, in Chromium: two tabs of the web mode shared one autosave slot, so the second
// tab offered the first tab's live work as crash recovery. Now a running tab's work is never offered
// to another, and a closed tab's work is offered to the next one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, useWebSession } from './support/session';
import { sampleProject } from '../main/projects/helpers';

const project = sampleProject('Uploaded');

/** Uploads a valid project into the tab and renames it (an unsaved edit, so it is autosaved). */
async function editIn(page: Page, name: string): Promise<void> {
  await page.getByTestId('project-upload').setInputFiles({
    name: 'p.infercalc.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(project)),
  });
  const field = page.getByRole('textbox', { name: 'Project name' });
  await expect.poll(() => field.inputValue()).toBe('Uploaded');
  await field.fill(name);
}

const session = useWebSession({ acceptDialogs: true });

const autosaved = () => {
  const slots = join(session.app.dataFolder, 'autosave');
  return existsSync(slots)
    ? readdirSync(slots)
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(readFileSync(join(slots, f), 'utf8')).project.name as string)
    : [];
};

describe('autosave with two tabs', () => {
  it('does not offer a running tab’s work to a second tab, and offers it once the first tab is closed', async () => {
    const first = await openApp(session);
    await editIn(first, 'First tab work');
    await expect.poll(autosaved, { timeout: 10_000 }).toEqual(['First tab work']);

    const second = await session.browser.context.newPage();
    await second.goto(session.app.url);
    await expect.poll(() => second.getByTestId('app-version').textContent()).toMatch(/^v\d/);
    await second.waitForTimeout(500); // time enough for the recovery check to answer
    expect(await second.getByRole('region', { name: 'Recover unsaved work?' }).count()).toBe(0);
    await editIn(second, 'Second tab work');
    await expect.poll(() => autosaved().sort(), { timeout: 10_000 }).toEqual(['First tab work', 'Second tab work']);

    await first.close(); // the first tab's session ends
    const third = await session.browser.context.newPage();
    await third.goto(session.app.url);
    const banner = third.getByRole('region', { name: 'Recover unsaved work?' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('“First tab work”');
    expect(await second.getByRole('textbox', { name: 'Project name' }).inputValue()).toBe('Second tab work');
    await third.close();
    await second.close();
  });
});
