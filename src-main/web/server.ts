/**
 * The web mode's HTTP server (SPEC §3.5): the built renderer and the API contract over HTTP, on
 * loopback only, for holders of the per-start secret.
 *   GET  /...            static files of the renderer (index.html for "/")
 *   POST /api/<op>       one contract operation; JSON body in, envelope out
 *   GET  /api/events     server-sent events (main → UI events)
 * A first visit with ?secret=… sets an HttpOnly, SameSite=Strict cookie and redirects to the
 * clean URL, so the page's own requests (scripts, API calls, events) carry the secret.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../api/dispatch';
import type { ApiHandlers } from '../api/handlers';
import type { EventBus } from '../app/events';
import type { Logger } from '../app/logger';
import { SECURITY_HEADERS } from '../security/csp';
import { checkRequest, readCookie, SECRET_COOKIE, SECRET_HEADER, SECRET_QUERY } from './requestGuard';
import { contentTypeOf, resolveStaticPath } from './staticFiles';

export interface WebServerOptions {
  handlers: ApiHandlers;
  events: EventBus;
  logger: Logger;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  secret: string;
  /** 0 picks a free port. */
  port: number;
}

export interface RunningWebServer {
  server: Server;
  port: number;
  /** The URL to open, with the secret. */
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const server = createServer((req, res) => {
    handle(req, res, options, portOf(server)).catch((error: unknown) => {
      options.logger.error('web request failed', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => resolveListen());
  });
  const port = portOf(server);
  return {
    server,
    port,
    url: `http://${LOOPBACK}:${port}/?${SECRET_QUERY}=${options.secret}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}

async function handle(req: IncomingMessage, res: ServerResponse, options: WebServerOptions, port: number) {
  const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
  const fromQuery = url.searchParams.get(SECRET_QUERY) ?? undefined;
  const presentedSecret =
    readCookie(req.headers.cookie, SECRET_COOKIE) ?? headerValue(req.headers[SECRET_HEADER]) ?? fromQuery;
  const verdict = checkRequest(
    {
      host: req.headers.host,
      origin: headerValue(req.headers.origin),
      secFetchSite: headerValue(req.headers['sec-fetch-site']),
      presentedSecret,
    },
    port,
    options.secret,
  );
  if (!verdict.allowed) return send(res, verdict.status, 'text/plain; charset=utf-8', verdict.reason);

  if (fromQuery !== undefined && req.method === 'GET') {
    // Trade the secret in the URL for a cookie, then show the clean URL.
    url.searchParams.delete(SECRET_QUERY);
    res.writeHead(303, {
      ...SECURITY_HEADERS,
      'set-cookie': `${SECRET_COOKIE}=${options.secret}; HttpOnly; SameSite=Strict; Path=/`,
      location: url.pathname + url.search,
    });
    return res.end();
  }
  if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(req, res, options.events);
  if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice(5), options);
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
  return serveStatic(res, options.rendererDir, url.pathname);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, operation: string, options: WebServerOptions) {
  if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'use POST for API operations');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, {
      ok: false,
      error: { code: 'bad-request', message: 'expected a JSON body (content-type application/json)' },
    });
  }
  const body = await readBody(req);
  if (body === null) {
    return sendJson(res, 413, { ok: false, error: { code: 'bad-request', message: 'request body too large' } });
  }
  let parsed: unknown;
  try {
    parsed = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return sendJson(res, 400, { ok: false, error: { code: 'bad-request', message: 'request body is not valid JSON' } });
  }
  const envelope = await dispatch(options.handlers, operation, parsed, { transport: 'http' }, options.logger);
  const status = envelope.ok ? 200 : envelope.error.code === 'unknown-operation' ? 404 : 200;
  return sendJson(res, status, envelope);
}

function streamEvents(req: IncomingMessage, res: ServerResponse, events: EventBus) {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = events.subscribe((event, payload) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  // A comment now and then keeps proxies and the browser from closing an idle stream.
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}

async function serveStatic(res: ServerResponse, rendererDir: string, pathname: string) {
  const file = resolveStaticPath(rendererDir, pathname);
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  try {
    const content = await readFile(file);
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': contentTypeOf(file), 'cache-control': 'no-cache' });
    res.end(content);
  } catch {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
  }
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, status: number, contentType: string, body: string) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
