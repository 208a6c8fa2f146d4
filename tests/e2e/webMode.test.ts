// The web mode for real: `npm run web` serving the built renderer to Debian's Chromium.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifacts, openApp, useWebSession } from './support/session';

const session = useWebSession();

describe('web mode in Chromium', () => {
  it('loads the app with app.info shown and no console errors', async () => {
    const page = await openApp(session, /^v\d+\.\d+\.\d+/);
    expect(await page.getByTestId('data-folder').textContent()).toBe(session.app.dataFolder);
    expect(await page.getByTestId('price-source').textContent()).toMatch(/^(Built-in prices|AWS prices fetched)/);
    // The secret left the address bar for the tab's own storage; no cookie holds it.
    expect(page.url()).toBe(`${session.app.origin}/`);
    expect(await session.browser.context.cookies()).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'app-frame.png') });
    expect(session.browser.errors).toEqual([]);
  });

  it('keeps working after a reload (the tab keeps the secret)', async () => {
    const { page } = session.browser;
    await page.reload();
    await expect.poll(() => page.getByTestId('app-version').textContent()).toMatch(/^v\d/);
    expect(session.browser.errors).toEqual([]);
  });

  it('refuses a request without the secret; a tab opened without it says to open the printed address', async () => {
    const tab = await session.browser.context.newPage();
    await tab.goto(`${session.app.origin}/`);
    await expect.poll(() => tab.getByRole('alert').first().textContent()).toMatch(/address that `npm run web` printed/);
    expect(await tab.getByTestId('app-version').count()).toBe(0);
    await tab.close();
    const api = await fetch(`${session.app.origin}/api/app.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(api.status).toBe(403);
  });

  it('refuses an API call from a page of another origin in the same browser', async () => {
    const other = await session.browser.context.newPage();
    await other.goto('about:blank');
    const status = await other.evaluate(async (origin) => {
      try {
        const r = await fetch(`${origin}/api/app.info`, { method: 'POST', body: '{}', credentials: 'include' });
        return r.status;
      } catch {
        return -1; // blocked before reaching the server also counts as refused
      }
    }, session.app.origin);
    expect([403, -1]).toContain(status);
    await other.close();
  });
});
