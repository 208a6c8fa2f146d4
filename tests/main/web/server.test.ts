// The web mode's server, for real on loopback: the secret (a header, never a cookie), Host and
// Origin checks, static files, and the API contract over HTTP.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger, type Logger } from '../../../src-main/runtime/logger';
import { newProject } from '@shared/project/defaults';
import { composeBackend, type Backend } from '../../../src-main/composition/composeBackend';
import { startWebServer, type RunningWebServer } from '../../../src-main/web/server';

const SECRET = 'test-secret-0123456789';
const errors: string[] = [];
const recording: Logger = { info: () => {}, warn: () => {}, error: (m, e) => errors.push(`${m}: ${String(e)}`) };
let server: RunningWebServer;
let dataFolder: string;
let backend: Backend;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const host = () => `127.0.0.1:${server.port}`;
const api = (op: string, body: unknown, headers: Record<string, string> = {}) =>
  call(`/api/${op}`, {
    method: 'POST',
    headers: { host: host(), 'content-type': 'application/json', 'x-infercalc-secret': SECRET, ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'infercalc-web-'));
  dataFolder = join(root, 'data');
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>InferCalc</title>');
  writeFileSync(join(root, 'project.json'), JSON.stringify(newProject('Tab one')));
  backend = composeBackend({ mode: 'web', logger: silentLogger, dataFolder, env: {} });
  server = await startWebServer({
    handlers: backend.handlers,
    events: backend.services.events,
    sessions: backend.services.sessions,
    logger: recording,
    rendererDir,
    secret: SECRET,
    port: 0,
  });
});
afterAll(() => server.close());

describe('web mode server', () => {
  it('listens on loopback only and prints a URL with the secret', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?secret=${SECRET}`);
  });

  it('refuses API calls and the event stream without the secret', async () => {
    const apiCall = await api('app.info', {}, { 'x-infercalc-secret': '' });
    expect(apiCall.status).toBe(403);
    expect(apiCall.body).toContain('secret');
    const noHeader = await call('/api/app.info', {
      method: 'POST',
      headers: { host: host(), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noHeader.status).toBe(403);
    const events = await call('/api/events', { headers: { host: host() } });
    expect(events.status).toBe(403);
    // The secret in the URL or in a cookie opens nothing: only the header does.
    const inQuery = await call(`/api/app.info?secret=${SECRET}`, {
      method: 'POST',
      headers: { host: host(), 'content-type': 'application/json', cookie: `infercalc_secret=${SECRET}` },
      body: '{}',
    });
    expect(inQuery.status).toBe(403);
  });

  it('refuses a wrong secret', async () => {
    expect((await api('app.info', {}, { 'x-infercalc-secret': 'nope' })).status).toBe(403);
  });

  it('refuses a foreign Host header even with the secret (DNS rebinding)', async () => {
    const reply = await api('app.info', {}, { host: `evil.example:${server.port}` });
    expect(reply.status).toBe(403);
    expect(reply.body).toContain('Host');
  });

  it('refuses calls from another origin and cross-site requests', async () => {
    expect((await api('app.info', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('app.info', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api('app.info', {}, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('serves the page (the public app, no secret in it) with the CSP, and never sets a cookie', async () => {
    for (const path of [`/?secret=${SECRET}`, '/']) {
      const page = await call(path, { headers: { host: host() } });
      expect(page.status).toBe(200);
      expect(page.body).toContain('<title>InferCalc</title>');
      expect(page.body).not.toContain(SECRET);
      expect(page.headers['set-cookie']).toBeUndefined();
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
      expect(page.headers['x-frame-options']).toBe('DENY');
    }
    const reply = await api('app.info', {});
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a malformed session id, and keeps each page’s autosave apart', async () => {
    expect((await api('autosave.read', {}, { 'x-infercalc-session': '../../etc' })).status).toBe(400);
    const tab = (id: string) => ({ 'x-infercalc-session': id });
    const project = JSON.parse(readFileSync(join(dataFolder, '..', 'project.json'), 'utf8'));
    expect(JSON.parse((await api('autosave.write', { project, filePath: null }, tab('tab-one-0001'))).body).ok).toBe(
      true,
    );
    expect(JSON.parse((await api('autosave.read', {}, tab('tab-two-0002'))).body)).toEqual({
      ok: true,
      result: { autosave: null },
    });
    expect(JSON.parse((await api('autosave.read', {}, tab('tab-one-0001'))).body).result.autosave.project.name).toBe(
      project.name,
    );
  });

  it('a client that drops the connection mid-body leaves no error in the log', async () => {
    errors.length = 0;
    await new Promise<void>((resolve) => {
      const req = request({
        host: '127.0.0.1',
        port: server.port,
        path: '/api/app.info',
        method: 'POST',
        headers: {
          host: host(),
          'content-type': 'application/json',
          'x-infercalc-secret': SECRET,
          'content-length': '100000',
        },
      });
      req.on('error', () => resolve());
      req.write('{"partial": ');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(errors).toEqual([]);
    expect((await api('app.info', {})).status).toBe(200); // and the server carries on
  });

  it('answers app.info over HTTP with the same services as the app', async () => {
    const reply = await api('app.info', {});
    expect(reply.status).toBe(200);
    const envelope = JSON.parse(reply.body);
    expect(envelope.ok).toBe(true);
    expect(envelope.result).toMatchObject({ name: 'InferCalc', mode: 'web', dataFolder });
    expect(envelope.result.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('validates arguments and names the bad field', async () => {
    const envelope = JSON.parse((await api('app.info', { verbose: true })).body);
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('verbose') },
    });
  });

  it('answers unknown operations, bad JSON and wrong methods clearly', async () => {
    const unknown = await api('app.delete', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.code).toBe('unknown-operation');
    const badJson = await call('/api/app.info', {
      method: 'POST',
      headers: { host: host(), 'content-type': 'application/json', 'x-infercalc-secret': SECRET },
      body: '{nope',
    });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error.message).toContain('not valid JSON');
    const get = await call('/api/app.info', { headers: { host: host(), 'x-infercalc-secret': SECRET } });
    expect(get.status).toBe(405);
  });

  it('never serves files outside the renderer folder', async () => {
    const reply = await call('/%2e%2e/%2e%2e/etc/passwd', { headers: { host: host(), 'x-infercalc-secret': SECRET } });
    expect(reply.status).toBe(404);
  });

  it('streams events to subscribers', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/events',
          headers: { host: host(), 'x-infercalc-secret': SECRET },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes('event: menu.action')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    // Give the stream a moment to subscribe, then emit through the same event bus the services use.
    await new Promise((r) => setTimeout(r, 100));
    backend.services.events.emit('menu.action', { action: 'save' });
    expect(await received).toContain('data: {"action":"save"}');
  });
});
