// A stand-in Electron release, laid out and named as Electron's download site serves it
// (`v<version>/electron-v<version>-<platform>-<arch>.zip` and `v<version>/SHASUMS256.txt`), and a
// local HTTP server that serves it, for ELECTRON_MIRROR. The real binary cannot be downloaded here.
// The stand-in executable is a shell script that records how it was launched and exits 0; it
// carries a fuse wire (sentinel + version + states) where a real Electron binary has one, so
// @electron/fuses can flip and read its fuses as it would a real one's.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { zipFiles } from './zip';

/** @electron/fuses' sentinel, fuse wire version 1, then 8 fuses in Electron's default states. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULT_FUSES = '10110001'; // run-as-node on, cookie encryption off, NODE_OPTIONS on, ...

/**
 * Where the stand-in writes, when launched, its working directory, the dev-server URL it was given
 * (`ELECTRON_RENDERER_URL=...`) and its arguments, one per line.
 */
export const RECORD_ENV = 'INFERCALC_STANDIN_RECORD';

export const electronVersion = (): string =>
  (
    JSON.parse(readFileSync(join(__dirname, '../../../../node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

export function standInExecutable(): Buffer {
  const script = [
    '#!/bin/sh',
    '# Stand-in for the Electron executable: records how it was launched, then exits.',
    `if [ -n "$${RECORD_ENV}" ]; then`,
    `  { pwd; printf 'ELECTRON_RENDERER_URL=%s\\n' "$ELECTRON_RENDERER_URL"; for arg in "$@"; do printf '%s\\n' "$arg"; done; } > "$${RECORD_ENV}"`,
    'fi',
    'exit 0',
    '',
  ].join('\n');
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, DEFAULT_FUSES.length]),
    Buffer.from(DEFAULT_FUSES),
  ]);
  return Buffer.concat([Buffer.from(script), wire, Buffer.from('\n')]);
}

/**
 * Writes the release into `dir/v<version>/` with its SHASUMS256.txt, for the host platform.
 * Returns the zip's file name.
 */
export function writeStandInRelease(dir: string, version = electronVersion()): string {
  const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
  const zip = zipFiles([
    { name: 'electron', data: standInExecutable(), mode: 0o755 },
    { name: 'version', data: version },
    { name: 'LICENSE', data: 'Stand-in Electron build for tests.\n' },
    { name: 'resources/default_app.asar', data: '' },
  ]);
  const folder = join(dir, `v${version}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, zipName), zip);
  const sha = createHash('sha256').update(zip).digest('hex');
  writeFileSync(join(folder, 'SHASUMS256.txt'), `${sha} *${zipName}\n`);
  return zipName;
}

export interface Mirror {
  url: string;
  /** Paths requested so far. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `dir` over HTTP on 127.0.0.1 (404 for anything missing), recording every request. */
export async function serveMirror(dir: string): Promise<Mirror> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    try {
      if (path.includes('..')) throw new Error('outside');
      const body = readFileSync(join(dir, path));
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port with nothing listening on it (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
