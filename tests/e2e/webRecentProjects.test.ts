// Issue 14, item 5, in Chromium: recent projects in web mode. The projects the user uploaded or
// downloaded are listed under Recent (from copies the server keeps in its data folder, under names
// it chooses) and reopen from the list, also after a reload.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleProject } from '../main/projects/helpers';
import { artifacts, openApp, useWebSession } from './support/session';
import { axeScan } from './support/wizardPage';

const session = useWebSession({ acceptDialogs: true });

const upload = (page: Page, fileName: string, name: string) =>
  page.getByTestId('project-upload').setInputFiles({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(sampleProject(name))),
  });

const nameField = (page: Page) => page.getByRole('textbox', { name: 'Project name' });

/** Opens the Recent list and gives the names it shows, top first. */
async function recentNames(page: Page): Promise<string[]> {
  const toggle = page.getByRole('button', { name: 'Recent' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const list = page.getByRole('list', { name: 'Recent projects' });
  await list.waitFor();
  return list.locator('.recent-name').allTextContents();
}

describe('recent projects in web mode', () => {
  it('lists uploaded and downloaded projects and reopens them from the list, after a reload too', async () => {
    const page = await openApp(session);
    await upload(page, 'alpha.infercalc.json', 'Alpha');
    await expect.poll(() => nameField(page).inputValue()).toBe('Alpha');
    await upload(page, 'beta.infercalc.json', 'Beta');
    await expect.poll(() => nameField(page).inputValue()).toBe('Beta');
    await expect.poll(() => recentNames(page)).toEqual(['Beta', 'Alpha']);
    await page.keyboard.press('Escape');

    // A download (Save in web mode) is kept too, under its file name, with the edited name.
    await nameField(page).fill('Beta v2');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
    await expect.poll(() => recentNames(page)).toEqual(['Beta v2', 'Alpha']);

    await page.reload();
    await expect.poll(() => page.getByTestId('app-version').textContent()).toMatch(/^v\d/);
    await expect.poll(() => recentNames(page)).toEqual(['Beta v2', 'Alpha']);
    expect(await axeScan(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'web-recent-projects.png') });
    await page.getByRole('button', { name: /Alpha/ }).click();
    await expect.poll(() => nameField(page).inputValue()).toBe('Alpha');
    expect(await page.getByRole('status').textContent()).toBe('Opened alpha.infercalc.json.');
    await expect.poll(() => recentNames(page)).toEqual(['Alpha', 'Beta v2']);

    // The server kept copies under names it chose, in its data folder.
    const kept = readdirSync(join(session.app.dataFolder, 'recent-copies')).filter((f) => f !== 'index.json');
    expect(kept).toHaveLength(2);
    for (const file of kept) expect(file).toMatch(/^[0-9a-f]{32}\.json$/);
    expect(session.browser.errors).toEqual([]);
  });
});
