/**
 * The web mode's HTTP server (README, "Web mode"): the built renderer and the API contract over HTTP, on
 * loopback only, with the Host/Origin rules on every request (requestGuard.ts).
 *   GET  /...            static files of the renderer (index.html for "/"): the public app, no secret in it
 *   POST /api/<op>       one contract operation; JSON body in, envelope out; needs the secret header
 *   GET  /api/events     server-sent events (main → UI events); needs the secret header
 * No cookie is ever set: the page holds the secret and sends it as a header on every call, so no
 * other server on 127.0.0.1 (cookies are shared across ports) ever receives it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../api/dispatch';
import type { ApiHandlers } from '../api/handlers';
import type { EventBus } from '../runtime/events';
import type { Logger } from '../runtime/logger';
import { ANONYMOUS_SESSION, SESSION_ID_PATTERN, type SessionRegistry } from '../runtime/sessions';
import { SECURITY_HEADERS } from '../security/csp';
import { checkOrigin, checkRequest, SECRET_HEADER, SECRET_QUERY, SESSION_HEADER } from './requestGuard';
import { readBody } from './requestBody';
import { contentTypeOf, resolveStaticPath } from './staticFiles';

export interface WebServerOptions {
  handlers: ApiHandlers;
  events: EventBus;
  /** Which pages are running (their event streams and calls), for per-tab autosave. */
  sessions?: SessionRegistry;
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
const TEXT = 'text/plain; charset=utf-8';

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const server = createServer((req, res) => {
    handle(req, res, options, portOf(server)).catch((error: unknown) => {
      options.logger.error('web request failed', error);
      if (res.destroyed) return;
      if (!res.headersSent) send(res, 500, TEXT, 'internal error');
      else res.end();
    });
  });
  // A client that goes away mid-request is routine, not an error worth a stack trace.
  server.on('clientError', (_error, socket) => socket.destroy());
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
  const origin = {
    host: req.headers.host,
    origin: headerValue(req.headers.origin),
    secFetchSite: headerValue(req.headers['sec-fetch-site']),
  };
  const allowed = checkOrigin(origin, port);
  if (!allowed.allowed) return send(res, allowed.status, TEXT, allowed.reason);
  if (!url.pathname.startsWith('/api/')) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, TEXT, 'method not allowed');
    return serveStatic(res, options.rendererDir, url.pathname);
  }
  const verdict = checkRequest(
    { ...origin, presentedSecret: headerValue(req.headers[SECRET_HEADER]) },
    port,
    options.secret,
  );
  if (!verdict.allowed) return send(res, verdict.status, TEXT, verdict.reason);
  const session = sessionOf(req);
  if (session === null) return send(res, 400, TEXT, `${SESSION_HEADER}: expected 8 to 64 letters, digits, - or _`);
  if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(req, res, options, session);
  options.sessions?.seen(session);
  return handleApi(req, res, url.pathname.slice(5), options, session);
}

/** The page's session id, the anonymous session when none is sent, or null when it is malformed. */
function sessionOf(req: IncomingMessage): string | null {
  const id = headerValue(req.headers[SESSION_HEADER]);
  if (id === undefined) return ANONYMOUS_SESSION;
  return SESSION_ID_PATTERN.test(id) ? `page-${id}` : null;
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  operation: string,
  options: WebServerOptions,
  session: string,
) {
  if (req.method !== 'POST') return send(res, 405, TEXT, 'use POST for API operations');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, {
      ok: false,
      error: { code: 'bad-request', message: 'expected a JSON body (content-type application/json)' },
    });
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body.kind === 'aborted') return; // the client went away: nobody to answer
  if (body.kind === 'too-large') {
    return sendJson(res, 413, { ok: false, error: { code: 'too-large', message: 'request body too large' } });
  }
  let parsed: unknown;
  try {
    parsed = body.text.length === 0 ? {} : JSON.parse(body.text);
  } catch {
    return sendJson(res, 400, { ok: false, error: { code: 'bad-request', message: 'request body is not valid JSON' } });
  }
  const envelope = await dispatch(options.handlers, operation, parsed, { transport: 'http', session }, options.logger);
  const status = envelope.ok ? 200 : envelope.error.code === 'unknown-operation' ? 404 : 200;
  return sendJson(res, status, envelope);
}

function streamEvents(req: IncomingMessage, res: ServerResponse, options: WebServerOptions, session: string) {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  options.sessions?.streamOpened(session);
  const unsubscribe = options.events.subscribe((event, payload) => {
    if (!res.destroyed) res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  // A comment now and then keeps proxies and the browser from closing an idle stream.
  const heartbeat = setInterval(() => {
    if (!res.destroyed) res.write(': keep-alive\n\n');
  }, 25_000);
  res.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
    options.sessions?.streamClosed(session);
  });
}

async function serveStatic(res: ServerResponse, rendererDir: string, pathname: string) {
  const file = resolveStaticPath(rendererDir, pathname);
  if (!file) return send(res, 404, TEXT, 'not found');
  try {
    const content = await readFile(file);
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': contentTypeOf(file), 'cache-control': 'no-cache' });
    res.end(content);
  } catch {
    send(res, 404, TEXT, 'not found');
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, status: number, contentType: string, body: string) {
  if (res.destroyed) return;
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
