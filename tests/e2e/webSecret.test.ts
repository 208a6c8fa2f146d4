// Issue 10, failure 2: the web secret travelled in a cookie, and cookies are not isolated by port,
// so every other server on 127.0.0.1 received it. Here a second server on another loopback port
// records everything the same browser sends it, after the app has been opened and used, and
// shows it receives nothing usable: no cookie, no header, no URL carrying the secret.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, useWebSession } from './support/session';

const session = useWebSession();
let other: Server;
const seen: Array<{ url: string; headers: IncomingMessage['headers'] }> = [];

beforeAll(async () => {
  other = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>another local server</title><img src="/pixel.png"><script src="/x.js"></script>');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', () => resolve()));
});
afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

describe('the web secret and other local servers', () => {
  it('sends another loopback server nothing that carries the secret', async () => {
    const page = await openApp(session);
    const secret = new URL(session.app.url).searchParams.get('secret')!;
    expect(secret.length).toBeGreaterThan(20);
    // Use the app a little (API calls, the event stream), then visit the other server in the same browser.
    await page.getByRole('textbox', { name: 'Project name' }).fill('Visited elsewhere');
    const port = (other.address() as AddressInfo).port;
    const visitor = await session.browser.context.newPage();
    await visitor.goto(`http://127.0.0.1:${port}/`);
    await visitor.waitForLoadState('networkidle');
    await visitor.goto(`http://localhost:${port}/again`);
    await visitor.close();
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const request of seen) {
      expect(JSON.stringify(request)).not.toContain(secret);
      expect(request.headers.cookie).toBeUndefined();
    }
    // The app itself still works: its calls carry the secret as a header.
    expect(await page.getByTestId('app-version').textContent()).toMatch(/^v\d/);
    expect(await session.browser.context.cookies()).toEqual([]);
  });
});
