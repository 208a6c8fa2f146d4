// `npm start` on a fresh clone: the launcher fetches the pinned Electron through Electron's own
// installer (here from a local stand-in of Electron's download site, via ELECTRON_MIRROR), then
// electron-vite builds and launches it on the app. Offline it fails in one line; a binary already
// installed is reused without any request.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannel } from '@shared/api/client';
import { bootMain } from './support/bootHarness';
import { copyProject, repoRoot } from './support/projectCopy';
import {
  closedPort,
  electronVersion,
  RECORD_ENV,
  serveMirror,
  writeStandInRelease,
  type Mirror,
} from './support/standInElectron';

const launcher = createRequire(import.meta.url)(join(repoRoot, 'src-main', 'bin', 'electronBinary.cjs')) as {
  ENGINES_NODE: string;
  nodeVersionProblem(version: string): string | null;
  installerReason(stderr: string): string;
  ensureElectron(options: { root: string; env: NodeJS.ProcessEnv; say(line: string): void }): {
    executable?: string;
    problem?: string;
  };
};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command without blocking this process (the mirror is served from it). */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 }, (_error, stdout, stderr) =>
      resolve({ status: child.exitCode, stdout, stderr }),
    );
  });
}

const version = electronVersion();
let work: string;
let project: string;
let mirror: Mirror;
let zipName: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'infercalc-start-'));
  zipName = writeStandInRelease(join(work, 'site'));
  mirror = await serveMirror(join(work, 'site'));
  project = copyProject();
});

afterAll(async () => {
  await mirror?.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
});

function startEnv(overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, [RECORD_ENV]: join(work, 'launched.txt') };
  // Settings from the environment this suite runs in must not leak into the clone's start.
  for (const key of Object.keys(env)) if (/^(electron_|ELECTRON_)/.test(key) || key.startsWith('npm_')) delete env[key];
  return { ...env, [RECORD_ENV]: join(work, 'launched.txt'), electron_config_cache: join(work, 'cache'), ...overrides };
}

const installed = () => existsSync(join(project, 'node_modules', 'electron', 'path.txt'));

function expectOneLineFailure(result: Run): string {
  expect(result.status, result.stderr).not.toBe(0);
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).not.toMatch(/^\s+at /);
  expect(lines[0]).toContain(`could not download Electron ${version}`);
  expect(lines[0]).toContain('"npm start" again');
  expect(lines[0]).toContain('"npm run web"');
  return lines[0]!;
}

describe('npm start on a fresh clone', () => {
  it('without network, fails in one clear line and installs nothing', async () => {
    const result = await run(
      'npm',
      ['start'],
      project,
      startEnv({ ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/` }),
    );
    expect(expectOneLineFailure(result)).toContain('(fetch failed)');
    expect(installed()).toBe(false);
  });

  it("keeps Electron's checksum check: a build that does not match the pinned checksums is refused", async () => {
    // Without electron_use_remote_checksums the installer checks against the checksums shipped in
    // the electron package, which the stand-in cannot match.
    const before = mirror.requests.length;
    const result = await run('npm', ['start'], project, startEnv({ ELECTRON_MIRROR: mirror.url }));
    expect(expectOneLineFailure(result)).toMatch(/checksum/i);
    expect(mirror.requests.slice(before)).toContain(`/v${version}/${zipName}`);
    expect(installed()).toBe(false);
  });

  it("downloads Electron through Electron's own installer and launches it on the app", async () => {
    const before = mirror.requests.length;
    const result = await run(
      'npm',
      ['start'],
      project,
      startEnv({ ELECTRON_MIRROR: mirror.url, electron_use_remote_checksums: '1' }),
    );
    expect(result.status, result.stderr).toBe(0);
    expect(mirror.requests.slice(before)).toEqual([`/v${version}/${zipName}`, `/v${version}/SHASUMS256.txt`]);
    // Installed where Electron's launcher and electron-vite look, and kept in the configured cache.
    const electronDir = join(project, 'node_modules', 'electron');
    expect(readFileSync(join(electronDir, 'path.txt'), 'utf8')).toBe('electron');
    expect(readFileSync(join(electronDir, 'dist', 'version'), 'utf8')).toBe(version);
    const cached = readdirSync(join(work, 'cache'), { recursive: true }).map(String);
    expect(cached.some((f) => f.endsWith(zipName))).toBe(true);
    // Launched in the project folder on the app (".", whose package.json main is the built entry).
    const [cwd, rendererUrl, ...args] = readFileSync(join(work, 'launched.txt'), 'utf8').trim().split('\n');
    expect(cwd).toBe(project);
    expect(rendererUrl).toBe('ELECTRON_RENDERER_URL=');
    expect(args).toEqual(['.']);
    const main = (JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { main: string }).main;
    expect(existsSync(join(project, main))).toBe(true);
  });

  it('reuses the installed binary with no request at all (works offline)', async () => {
    rmSync(join(work, 'launched.txt'));
    const before = mirror.requests.length;
    const result = await run(
      'npm',
      ['start'],
      project,
      startEnv({ ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/` }),
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('Downloading Electron');
    expect(mirror.requests.length).toBe(before);
    expect(readFileSync(join(work, 'launched.txt'), 'utf8').trim().split('\n').slice(2)).toEqual(['.']);
  });

  it('npm run dev launches the development build on the dev server, which that build alone honours', async () => {
    const result = await run(
      'npm',
      ['run', 'dev'],
      project,
      startEnv({ ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/` }),
    );
    expect(result.status, result.stderr).toBe(0);
    const [cwd, rendererUrl, ...args] = readFileSync(join(work, 'launched.txt'), 'utf8').trim().split('\n');
    expect(cwd).toBe(project);
    expect(args).toEqual(['.']);
    const devServer = rendererUrl!.replace('ELECTRON_RENDERER_URL=', '');
    expect(devServer).toMatch(/^http:\/\/localhost:\d+\/?$/);

    // The development build of main loads the dev server's page and trusts it for IPC (the
    // production build ignores the same setting: boot.test.ts).
    const main = await bootMain(
      { ELECTRON_RENDERER_URL: devServer },
      () => {},
      join(project, 'out', 'main', 'index.js'),
    );
    try {
      const ready = await main.send('ready');
      expect(ready.windows.map((w) => w.loaded)).toEqual([[devServer]]);
      const answer = await main.send<{ ok: boolean }>('invokeIpc', {
        channel: ipcChannel('app.info'),
        request: {},
        frameUrl: `${new URL(devServer).origin}/`,
        isMainFrame: true,
      });
      expect(answer.ok).toBe(true);
      // The dev server's pages keep their own (hot-reload) policy; everything else gets the strict header.
      const devPage = await main.send('headers', { url: devServer, responseHeaders: {} });
      expect(devPage).toEqual({});
      const appPage = await main.send<{ responseHeaders: Record<string, string[]> }>('headers', {
        url: 'app://infercalc/index.html',
        responseHeaders: {},
      });
      expect(Object.keys(appPage.responseHeaders)).toEqual(['Content-Security-Policy']);
    } finally {
      main.stop();
    }
  });
});

describe('Node versions', () => {
  it('package.json engines is the range the launcher accepts', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(launcher.ENGINES_NODE);
    expect(launcher.ENGINES_NODE).toBe('^20.19.0 || >=22.12.0');
  });

  it.each(['20.19.0', '20.20.2', '22.12.0', '24.1.0'])('Node %s runs the desktop tooling', (v) => {
    expect(launcher.nodeVersionProblem(v)).toBeNull();
  });

  it.each(['18.20.4', '20.18.1', '21.7.3', '22.11.0'])('Node %s gets one line naming the versions', (v) => {
    const message = launcher.nodeVersionProblem(v)!;
    expect(message).toContain('Node 22.12 or later');
    expect(message).toContain('20.19');
    expect(message).toContain(`this is Node ${v}`);
    expect(message).toContain('"npm run web"');
    expect(message).not.toContain('\n');
  });

  it('the README set-up section says the same', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const setUp = readme.slice(readme.indexOf('## Set up'), readme.indexOf('\n## ', readme.indexOf('## Set up') + 1));
    expect(setUp).toContain('Node 22.12');
    expect(setUp).toContain('20.19');
  });
});

describe("the installer's reason, in one line", () => {
  it('keeps the message of the first line and drops the stack', () => {
    expect(launcher.installerReason('TypeError: fetch failed\n    at x (y.js:1:1)\n')).toBe('fetch failed');
    expect(launcher.installerReason('HTTPError: Response code 404 (Not Found) for http://h/f.zip\n    at z')).toBe(
      'Response code 404 (Not Found) for http://h/f.zip',
    );
    expect(launcher.installerReason('')).toBe('the installer stopped without saying why');
  });
});

describe('which Electron the launcher uses', () => {
  it('uses an Electron the user names with ELECTRON_EXEC_PATH as is, with no download', () => {
    const said: string[] = [];
    const result = launcher.ensureElectron({
      root: repoRoot,
      env: { ELECTRON_EXEC_PATH: '/opt/my-electron/electron' },
      say: (line) => said.push(line),
    });
    expect(result).toEqual({ executable: '/opt/my-electron/electron' });
    expect(said).toEqual([]);
  });

  it('without the electron package, says to run npm install (one line)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'infercalc-empty-'));
    try {
      const result = launcher.ensureElectron({ root: empty, env: {}, say: () => {} });
      expect(result.problem).toMatch(/electron package is not installed; run "npm install" first/);
      expect(result.problem).toContain('"npm run web"');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('when an installed binary is reused', () => {
  // A synthetic electron package whose installer only reports that it ran.
  function fakeElectronPackage(installed: { version?: string }) {
    const root = mkdtempSync(join(tmpdir(), 'infercalc-pkg-'));
    const dir = join(root, 'node_modules', 'electron');
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0' }));
    writeFileSync(join(dir, 'install.js'), "console.error('Error: the installer ran'); process.exit(3);\n");
    writeFileSync(join(dir, 'path.txt'), 'electron');
    writeFileSync(join(dir, 'dist', 'electron'), '');
    if (installed.version !== undefined) writeFileSync(join(dir, 'dist', 'version'), installed.version);
    return { root, executable: join(dir, 'dist', 'electron') };
  }

  it.each([['45.5.0'], ['v45.5.0'], [undefined]])('dist/version %s: reused, no installer run', (version) => {
    const pkg = fakeElectronPackage({ version });
    try {
      const said: string[] = [];
      expect(launcher.ensureElectron({ root: pkg.root, env: {}, say: (l) => said.push(l) })).toEqual({
        executable: pkg.executable,
      });
      expect(said).toEqual([]);
    } finally {
      rmSync(pkg.root, { recursive: true, force: true });
    }
  });

  it('another version (the electron package was upgraded): the installer runs again', () => {
    const pkg = fakeElectronPackage({ version: '44.1.0' });
    try {
      const result = launcher.ensureElectron({ root: pkg.root, env: {}, say: () => {} });
      expect(result.problem).toContain('could not download Electron 45.5.0 (the installer ran)');
    } finally {
      rmSync(pkg.root, { recursive: true, force: true });
    }
  });
});
