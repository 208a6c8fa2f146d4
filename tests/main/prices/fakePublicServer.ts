/**
 * A fake AWS public price list server on 127.0.0.1 (ephemeral port): plain HTTP GETs of the files in
 * publicFiles.ts, with Content-Length, ETag and byte ranges (Range / If-Range → 206) like the real
 * one. Faults are injected per test: 5xx answers, bodies cut short, no range support, slow drips,
 * and a hung endpoint that accepts the connection and never answers.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';
import type { ServedFile } from './publicFiles';

/** Faults; counters are consumed as requests arrive. */
export interface PublicFaults {
  /** Answer this many requests to matching paths with 503, after letting the first `after` (default 0) through. */
  serverErrors?: { path: RegExp; count: number; after?: number };
  /** Cut this many bodies of matching paths after `afterBytes` (default: half), then drop the connection. */
  truncate?: { path: RegExp; count: number; afterBytes?: number };
  /** Ignore Range headers (always the whole file, 200). */
  noRanges?: boolean;
  /** Send matching files in pieces of `bytes` every `everyMs`. */
  slow?: { path: RegExp; bytes: number; everyMs: number };
  /** Accept matching requests and never answer. */
  hang?: RegExp;
  /** Hold matching requests until `count` of them have arrived, then answer them all (overlapping clients). */
  barrier?: { path: RegExp; count: number };
}

/** The fake server and what it saw. */
export interface FakePublicServer {
  url: string;
  requests: Array<{ path: string; range?: string }>;
  files: Map<string, ServedFile>;
  faults: PublicFaults;
  close(): Promise<void>;
}

function bodyOf(file: ServedFile, offset: number): { size: number; stream: Readable } {
  if (Buffer.isBuffer(file)) return { size: file.length, stream: Readable.from([file.subarray(offset)]) };
  return { size: file.size, stream: file.open(offset) };
}

async function pipeSlowly(stream: Readable, res: ServerResponse, bytes: number, everyMs: number): Promise<void> {
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    for (let i = 0; i < b.length; i += bytes) {
      if (res.destroyed) return;
      res.write(b.subarray(i, i + bytes));
      await new Promise((r) => setTimeout(r, everyMs));
    }
  }
  res.end();
}

/** Pipes at most `limit` bytes, then drops the connection. */
async function pipeCut(stream: Readable, res: ServerResponse, limit: number): Promise<void> {
  let sent = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    const room = limit - sent;
    if (room <= 0) break;
    const part = b.subarray(0, room);
    sent += part.length;
    if (!res.write(part)) await new Promise((r) => res.once('drain', r));
  }
  stream.destroy();
  // Let the bytes leave before the socket goes.
  await new Promise((r) => setTimeout(r, 20));
  res.socket?.destroy();
}

/** Starts the server with `files` by path. */
export async function startFakePublicServer(
  files: Map<string, ServedFile>,
  faults: PublicFaults = {},
): Promise<FakePublicServer> {
  const requests: FakePublicServer['requests'] = [];
  const sockets = new Set<Socket>();
  const waiting: Array<() => void> = [];
  const state: FakePublicServer = { url: '', requests, files, faults, close: async () => {} };
  const server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const range = req.headers['range'];
      requests.push({ path, ...(range ? { range } : {}) });
      const f = state.faults;
      if (f.hang?.test(path)) return; // never answers
      if (f.barrier?.path.test(path)) {
        await new Promise<void>((release) => {
          waiting.push(release);
          if (waiting.length >= f.barrier!.count) for (const r of waiting.splice(0)) r();
        });
      }
      if (f.serverErrors && f.serverErrors.count > 0 && f.serverErrors.path.test(path)) {
        if ((f.serverErrors.after ?? 0) > 0) f.serverErrors.after! -= 1;
        else {
          f.serverErrors.count -= 1;
          res.writeHead(503, { 'content-type': 'text/plain' });
          return res.end('Service Unavailable');
        }
      }
      const file = files.get(path);
      if (req.method !== 'GET' || !file) {
        res.writeHead(404, { 'content-type': 'application/xml' });
        return res.end('<Error><Code>NoSuchKey</Code></Error>');
      }
      const size = Buffer.isBuffer(file) ? file.length : file.size;
      const etag = `"v1-${size}"`;
      const m = /^bytes=(\d+)-$/.exec(range ?? '');
      const useRange = !f.noRanges && m && (req.headers['if-range'] ?? etag) === etag && Number(m[1]) < size;
      const offset = useRange ? Number(m![1]) : 0;
      const { stream } = bodyOf(file, offset);
      res.writeHead(useRange ? 206 : 200, {
        'content-type': 'application/json',
        'content-length': String(size - offset),
        ...(f.noRanges ? {} : { 'accept-ranges': 'bytes' }),
        etag,
        ...(useRange ? { 'content-range': `bytes ${offset}-${size - 1}/${size}` } : {}),
      });
      if (f.truncate && f.truncate.count > 0 && f.truncate.path.test(path)) {
        f.truncate.count -= 1;
        return pipeCut(stream, res, f.truncate.afterBytes ?? Math.floor((size - offset) / 2));
      }
      if (f.slow?.path.test(path)) return pipeSlowly(stream, res, f.slow.bytes, f.slow.everyMs);
      stream.pipe(res);
      res.on('close', () => stream.destroy());
    })().catch(() => res.socket?.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return state;
}
