// Packaging for real where it can run here: `electron-builder --dir` with the project's own config,
// fetching Electron through the standard download settings (ELECTRON_MIRROR) from a local stand-in
// of Electron's download site. The installers themselves (AppImage, deb, dmg, NSIS) need tools and
// binaries that only users' and release machines can fetch, so only the unpacked app is built.
// The stand-in executable carries a fuse wire like a real Electron binary, so electron-builder's
// own fuse step (@electron/fuses) runs unchanged and the test reads the fuses it flipped. The export's
// worker thread is checked inside app.asar: where main resolves it, everything it loads, and an
// export run on the packed files alone (Electron reads worker scripts from app.asar itself).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { builtJobWorkerPath } from '../../../src-main/work/backgroundWork';
import type { ExportJob } from '../../../src-main/work/jobs';
import type { WorkerAnswer } from '../../../src-main/work/workerProtocol';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';
import { everyHostingDesigns, projectWith } from '../export/fixtures';
import { ensureBuilt } from './support/bootHarness';
import { repoRoot } from './support/projectCopy';
import { electronVersion, serveMirror, writeStandInRelease, type Mirror } from './support/standInElectron';

const load = createRequire(import.meta.url);
const asar = load('@electron/asar') as {
  listPackage(archive: string, options: { isPack: boolean }): string[];
  extractFile(archive: string, file: string): Buffer;
  extractAll(archive: string, dest: string): void;
};
const fuses = load('@electron/fuses') as {
  getCurrentFuseWire(path: string): Promise<Record<string, number | string>>;
  FuseV1Options: Record<string, number>;
};

const FUSE_ON = '1'.charCodeAt(0);
const FUSE_OFF = '0'.charCodeAt(0);

let work: string;
let mirror: Mirror;
let appDir: string;
let archive: string;
let entries: string[];
let builderLog = '';

beforeAll(async () => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'infercalc-dist-'));
  writeStandInRelease(join(work, 'site'));
  mirror = await serveMirror(join(work, 'site'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (/^(electron_|ELECTRON_)/.test(key)) delete env[key];
  Object.assign(env, {
    ELECTRON_MIRROR: mirror.url,
    ELECTRON_BUILDER_CACHE: join(work, 'builder-cache'),
  });
  const cli = join(repoRoot, 'node_modules', 'electron-builder', 'cli.js');
  const output = join(work, 'dist');
  const code = await new Promise<number | null>((resolve) => {
    const child = execFile(
      process.execPath,
      [
        cli,
        '--dir',
        '--linux',
        `--${process.arch}`,
        '--publish',
        'never',
        `-c.directories.output=${output}`,
        // Electron's download cache of this run only: the stand-in never lands in the user's cache.
        `-c.electronDownload.cache=${join(work, 'electron-cache')}`,
      ],
      { cwd: repoRoot, env, timeout: 240_000 },
      (_error, stdout, stderr) => {
        builderLog = `${stdout}\n${stderr}`;
        resolve(child.exitCode);
      },
    );
  });
  expect(code, builderLog).toBe(0);
  appDir = join(output, process.arch === 'x64' ? 'linux-unpacked' : `linux-${process.arch}-unpacked`);
  archive = join(appDir, 'resources', 'app.asar');
  entries = asar.listPackage(archive, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
}, 300_000);

afterAll(async () => {
  await mirror?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('electron-builder --dir with the project config', () => {
  it('fetched Electron from the configured mirror, checksum file included', () => {
    const version = electronVersion();
    expect(mirror.requests).toEqual(
      expect.arrayContaining([
        `/v${version}/electron-v${version}-linux-${process.arch}.zip`,
        `/v${version}/SHASUMS256.txt`,
      ]),
    );
  });

  it('produced the app under its own executable name, with the app in app.asar', () => {
    const executable = join(appDir, 'infercalc');
    expect(existsSync(executable)).toBe(true);
    expect(statSync(executable).mode & 0o111).not.toBe(0);
    expect(existsSync(archive)).toBe(true);
    expect(existsSync(join(appDir, 'resources', 'app'))).toBe(false);
  });

  it('packs the main, preload and renderer bundles and the manifest', () => {
    for (const file of ['/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html', '/package.json']) {
      expect(entries, file).toContain(file);
    }
    const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString()) as { main: string };
    expect(entries).toContain(`/${manifest.main}`);
  });

  it('packs the embedded price snapshot (inlined in a main bundle chunk)', () => {
    const snapshot = JSON.parse(
      readFileSync(join(repoRoot, 'src-main', 'prices', 'snapshot', 'prices-snapshot.json'), 'utf8'),
    ) as { sources: { description: string }[] };
    const marker = snapshot.sources[0]!.description;
    const holders = entries
      .filter((e) => e.startsWith('/out/main/') && e.endsWith('.js'))
      .filter((e) => asar.extractFile(archive, e.slice(1)).toString().includes(marker));
    expect(holders.length).toBeGreaterThan(0);
  });

  it('packs the export worker where main looks for it, with every file it loads', () => {
    const worker = '/out/main/jobWorker.js';
    expect(entries).toContain(worker);
    const read = (entry: string) => asar.extractFile(archive, entry.slice(1)).toString();
    // The bundles that start the worker (the code holding its file name), resolved as main resolves it.
    const starters = entries
      .filter((e) => e.startsWith('/out/main/') && e.endsWith('.js') && e !== worker)
      .filter((e) => read(e).includes('"jobWorker.js"'));
    expect(starters.length).toBeGreaterThan(0);
    for (const starter of starters)
      expect(
        builtJobWorkerPath(posix.dirname(starter), (p) => entries.includes(p)),
        starter,
      ).toBe(worker);
    // What the worker requires, and what those require, is packed too.
    const seen = new Set<string>();
    const visit = (entry: string) => {
      if (seen.has(entry)) return;
      seen.add(entry);
      for (const [, spec] of read(entry).matchAll(/require\("([^"]+)"\)/g)) {
        if (spec!.startsWith('.')) {
          const target = posix.join(posix.dirname(entry), spec!);
          expect(entries, `${entry} requires ${spec}`).toContain(target);
          visit(target);
        } else if (!spec!.startsWith('node:')) {
          const pkg = spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!;
          expect(entries, `${entry} requires ${spec}`).toContain(`/node_modules/${pkg}/package.json`);
        }
      }
    };
    visit(worker);
    expect(seen.size).toBeGreaterThan(1);
  });

  it('runs an export on the packaged worker with only what app.asar holds', async () => {
    const unpacked = join(work, 'asar-contents');
    asar.extractAll(archive, unpacked);
    const job: ExportJob = {
      kind: 'export',
      project: projectWith(everyHostingDesigns()),
      catalogData: loadEmbeddedSnapshot(),
      now: '2026-11-27T09:30:00.000Z',
      appVersion: '9.9.9',
    };
    const worker = new Worker(join(unpacked, 'out', 'main', 'jobWorker.js'));
    try {
      const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(job);
      });
      expect(answer.ok ? null : answer.error.message).toBeNull();
      if (answer.ok) expect(XLSX.read(answer.result.bytes).SheetNames).toContain('Summary');
    } finally {
      await worker.terminate();
    }
  });

  it('ships the production dependencies main needs and nothing from development', () => {
    expect(entries).toContain('/node_modules/zod/package.json');
    expect(entries).toContain('/node_modules/xlsx/package.json');
    const forbidden = entries.filter(
      (e) =>
        /^\/(tests|src-main|src-renderer|src-shared|scripts|build|\.ci)(\/|$)/.test(e) ||
        /^\/node_modules\/(vitest|vite|electron|electron-vite|electron-builder|typescript|eslint|react|recharts)\//.test(
          e,
        ) ||
        /\.(ts|tsx|map)$/.test(e) ||
        /^\/(README\.md|tsconfig\.json|electron\.vite\.config\.ts|electron-builder\.yml|eslint\.config\.mjs)$/.test(e),
    );
    expect(forbidden).toEqual([]);
  });

  it('flipped the security fuses on the packaged executable', async () => {
    const wire = await fuses.getCurrentFuseWire(join(appDir, 'infercalc'));
    const fuse = (name: string) => wire[fuses.FuseV1Options[name]!];
    expect(fuse('RunAsNode')).toBe(FUSE_OFF);
    expect(fuse('EnableNodeOptionsEnvironmentVariable')).toBe(FUSE_OFF);
    expect(fuse('EnableNodeCliInspectArguments')).toBe(FUSE_OFF);
    expect(fuse('EnableCookieEncryption')).toBe(FUSE_ON);
    expect(fuse('EnableEmbeddedAsarIntegrityValidation')).toBe(FUSE_ON);
    expect(fuse('OnlyLoadAppFromAsar')).toBe(FUSE_ON);
    expect(fuse('GrantFileProtocolExtraPrivileges')).toBe(FUSE_OFF);
  });
});
