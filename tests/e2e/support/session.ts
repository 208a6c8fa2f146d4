/**
 * The start-up every browser test file shares: one web app (its own data folder) and one Chromium
 * session per file, started before the file's tests and closed after them, plus opening the app.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { openBrowser, repoRoot, startWebApp, type BrowserSession, type WebApp } from './webApp';

/** Where screenshots go (ignored by git). */
export const artifacts = join(repoRoot, 'test-results', 'e2e');

/** The file's web app and browser; reading either before the file's tests start throws. */
export interface WebSession {
  readonly app: WebApp;
  readonly browser: BrowserSession;
}

/**
 * Registers the hooks that start and stop the web app and browser for the calling test file.
 * `acceptDialogs`: answer every dialog (the leave-with-unsaved-edits prompt) with OK, for files
 * that reload on purpose.
 */
export function useWebSession(options: { acceptDialogs?: boolean } = {}): WebSession {
  let app: WebApp | undefined;
  let browser: BrowserSession | undefined;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    app = await startWebApp();
    browser = await openBrowser();
    if (options.acceptDialogs) browser.page.on('dialog', (dialog) => void dialog.accept());
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is started in beforeAll; use it inside a test`);
    return value;
  };
  return {
    get app() {
      return started(app, 'web app');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}

/** Opens the app's page and waits until app.info has answered (the header shows the version). */
export async function openApp(session: WebSession, version: RegExp = /^v\d/): Promise<Page> {
  const { page } = session.browser;
  await page.goto(session.app.url);
  await expect.poll(() => page.getByTestId('app-version').textContent()).toMatch(version);
  return page;
}
