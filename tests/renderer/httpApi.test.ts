import { describe, expect, it } from 'vitest';
import { createHttpApi, codeOfStatus } from '../../src-renderer/api/httpApi';
import { parseEventStream } from '../../src-renderer/api/eventStream';
import { takeWebSecret } from '../../src-renderer/api/webSecret';

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });

describe('web-mode API client', () => {
  it('posts each operation as JSON to /api/<operation> with the secret and session headers, never cookies', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const api = createHttpApi({
      secret: 's3cret',
      session: 'abcdef0123456789',
      fetch: (async (url: string, init: RequestInit) => {
        seen.push({ url, init });
        return json({ ok: true, result: { answer: 42 } });
      }) as typeof fetch,
    });
    const reply = await api.appInfo({});
    expect(reply).toEqual({ ok: true, result: { answer: 42 } });
    expect(seen[0]!.url).toBe('/api/app.info');
    expect(seen[0]!.init).toMatchObject({
      method: 'POST',
      body: '{}',
      credentials: 'omit',
      headers: { 'x-infercalc-secret': 's3cret', 'x-infercalc-session': 'abcdef0123456789' },
    });
  });

  it('maps an HTTP status without an envelope to its code (a 500 is internal, not forbidden)', async () => {
    const answering = (status: number, body: string) =>
      createHttpApi({
        secret: 's',
        session: 'abcdef0123456789',
        fetch: (async () => new Response(body, { status })) as typeof fetch,
      });
    expect(await answering(403, 'refused: missing or wrong secret').appInfo({})).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'refused: missing or wrong secret' },
    });
    expect(await answering(500, 'internal error').appInfo({})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(await answering(413, '').appInfo({})).toMatchObject({
      ok: false,
      error: { code: 'too-large', message: 'HTTP 413' },
    });
    expect([400, 404, 502].map(codeOfStatus)).toEqual(['bad-request', 'not-found', 'internal']);
  });

  it('reports a network failure as network, and an answer that is not an envelope as internal', async () => {
    const offline = createHttpApi({
      secret: 's',
      session: 'abcdef0123456789',
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    expect(await offline.appInfo({})).toMatchObject({ ok: false, error: { code: 'network' } });
    const odd = createHttpApi({
      secret: 's',
      session: 'abcdef0123456789',
      fetch: (async () => json({ hello: 1 })) as typeof fetch,
    });
    expect(await odd.appInfo({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('without a secret, calls nothing and says to open the printed address', async () => {
    let called = 0;
    const api = createHttpApi({
      secret: null,
      session: 'abcdef0123456789',
      fetch: (async () => {
        called++;
        return json({ ok: true, result: {} });
      }) as typeof fetch,
    });
    expect(await api.appInfo({})).toMatchObject({ ok: false, error: { code: 'forbidden', message: /printed/ } });
    expect(called).toBe(0);
  });
});

describe('the web secret in the page', () => {
  it('takes the secret from the URL once, keeps it in the tab, and clears it from the address bar', () => {
    const stored = new Map<string, string>();
    const storage = {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => void stored.set(k, v),
    };
    const replaced: string[] = [];
    const history = {
      replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)),
    };
    expect(takeWebSecret({ location: { href: 'http://127.0.0.1:5757/?secret=abc&x=1#top' }, storage, history })).toBe(
      'abc',
    );
    expect(replaced).toEqual(['/?x=1#top']);
    // After a reload the address has no secret; the tab still has it.
    expect(takeWebSecret({ location: { href: 'http://127.0.0.1:5757/' }, storage, history })).toBe('abc');
    expect(takeWebSecret({ location: { href: 'http://127.0.0.1:5757/' }, storage: null, history: null })).toBeNull();
  });
});

describe('the event stream over fetch', () => {
  it('parses events split across chunks, skipping comments', () => {
    const first = parseEventStream(': connected\n\nevent: menu.action\ndata: {"action":"sa');
    expect(first.events).toEqual([]);
    const second = parseEventStream(`${first.rest}ve"}\n\n: keep-alive\n\nevent: prices.progress\ndata: {"a":1}\n\n`);
    expect(second.events).toEqual([
      { event: 'menu.action', data: '{"action":"save"}' },
      { event: 'prices.progress', data: '{"a":1}' },
    ]);
    expect(second.rest).toBe('');
  });

  it('delivers events from the stream to subscribers, sending the secret header', async () => {
    const requests: RequestInit[] = [];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('event: menu.action\ndata: {"action":"open"}\n\n'));
      },
    });
    const api = createHttpApi({
      secret: 's3cret',
      session: 'abcdef0123456789',
      events: true,
      fetch: (async (_url: string, init: RequestInit) => {
        requests.push(init);
        return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
      }) as typeof fetch,
    });
    const got = await new Promise((resolve) => api.onMenuAction(resolve));
    expect(got).toEqual({ action: 'open' });
    expect(requests[0]!.headers).toMatchObject({ 'x-infercalc-secret': 's3cret' });
  });
});
