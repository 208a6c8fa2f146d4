// Project files in web mode, in Chromium: upload, edit, download; autosave recovery after a reload;
// a bad upload named field by field with the project unchanged.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newProject } from '@shared/project/defaults';
import { openApp, useWebSession } from './support/session';

const project = {
  ...newProject('Fraud scoring'),
  designs: [
    {
      name: 'Real-time, 2 x ml.c5.xlarge',
      hosting: { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2 },
      purchase: { type: 'on-demand' },
    },
  ],
};
const upload = (name: string, content: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
});

const session = useWebSession({ acceptDialogs: true });

describe('projects in web mode', () => {
  it('uploads a project, edits its name, and downloads it', async () => {
    const page = await openApp(session);
    await page.getByTestId('project-upload').setInputFiles(upload('fraud.infercalc.json', project));
    const name = page.getByRole('textbox', { name: 'Project name' });
    await expect.poll(() => name.inputValue()).toBe('Fraud scoring');
    expect(await page.getByRole('status').textContent()).toBe('Opened fraud.infercalc.json.');

    await name.fill('Fraud scoring v2');
    expect(await page.getByTestId('save-state').textContent()).toBe('Unsaved changes');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('fraud.infercalc.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(saved).toEqual({ ...project, name: 'Fraud scoring v2' });
    expect(await page.getByTestId('save-state').textContent()).toBe('Saved: fraud.infercalc.json (downloaded)');
    expect(session.browser.errors).toEqual([]);
  });

  it('recovers autosaved work after a reload', async () => {
    const { page } = session.browser;
    await page.getByRole('textbox', { name: 'Project name' }).fill('Work in progress');
    // One slot per tab, in the data folder's autosave folder, under a name the server chose.
    const slots = join(session.app.dataFolder, 'autosave');
    const autosaved = () =>
      existsSync(slots)
        ? readdirSync(slots)
            .filter((f) => f.endsWith('.json'))
            .map((f) => JSON.parse(readFileSync(join(slots, f), 'utf8')).project.name)
        : [];
    await expect.poll(autosaved, { timeout: 10_000 }).toEqual(['Work in progress']);
    await page.reload();
    const banner = page.getByRole('region', { name: 'Recover unsaved work?' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('“Work in progress”');
    await banner.getByRole('button', { name: 'Recover' }).click();
    expect(await page.getByRole('textbox', { name: 'Project name' }).inputValue()).toBe('Work in progress');
    expect(await page.getByTestId('save-state').textContent()).toBe('Unsaved changes');
    expect(session.browser.errors).toEqual([]);
  });

  it('refuses a bad upload with a message naming the field, and keeps the project', async () => {
    const { page } = session.browser;
    const bad = { ...project, workload: { ...project.workload, inferenceMs: 'fast' } };
    await page.getByTestId('project-upload').setInputFiles(upload('bad.infercalc.json', bad));
    const alert = page.getByTestId('file-error');
    await alert.waitFor();
    // The form's words name the field (the file's path for it is under "details").
    expect(await alert.textContent()).toContain(
      'bad.infercalc.json is not a valid InferCalc project: Inference time per request (Workload) must be a number, not text.',
    );
    expect(await page.getByRole('textbox', { name: 'Project name' }).inputValue()).toBe('Work in progress');
    await page.getByTestId('project-upload').setInputFiles(upload('broken.json', '{\n  "format": }'));
    await expect.poll(() => alert.textContent()).toMatch(/broken\.json .*not valid JSON at line 2, column 13/);
  });

  it('asks before discarding unsaved changes (Ctrl+O), and Escape keeps them', async () => {
    const { page } = session.browser;
    // Focus in a text field: the shortcut works while typing, too.
    await page.getByRole('textbox', { name: 'Project name' }).focus();
    await page.keyboard.press('Control+o');
    const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('textbox', { name: 'Project name' }).inputValue()).toBe('Work in progress');
  });
});
