import { describe, expect, it } from 'vitest';
import { createHttpApi } from '../../src-renderer/api/httpApi';

describe('web-mode API client', () => {
  it('posts each operation as JSON to /api/<operation> and returns the envelope', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const api = createHttpApi({
      fetch: (async (url: string, init: RequestInit) => {
        seen.push({ url, init });
        return new Response(JSON.stringify({ ok: true, result: { answer: 42 } }), {
          headers: { 'content-type': 'application/json' },
        });
      }) as typeof fetch,
    });
    const reply = await api.appInfo({});
    expect(reply).toEqual({ ok: true, result: { answer: 42 } });
    expect(seen[0]!.url).toBe('/api/app.info');
    expect(seen[0]!.init.method).toBe('POST');
    expect(seen[0]!.init.body).toBe('{}');
  });

  it('turns a refusal or a network failure into an error envelope', async () => {
    const refused = createHttpApi({
      fetch: (async () => new Response('refused: missing or wrong secret', { status: 403 })) as typeof fetch,
    });
    expect(await refused.appInfo({})).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'refused: missing or wrong secret' },
    });
    const offline = createHttpApi({
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    const reply = await offline.appInfo({});
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('unavailable');
  });
});
