// What one `electron-vite build` produces: every entry, a preload a sandboxed renderer can load,
// and a renderer page that carries the CSP. Also the CLI as `npx infercalc` runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY } from '../../src-main/security/csp';
import { repoRoot } from './support/webApp';

const out = (...parts: string[]) => join(repoRoot, 'out', ...parts);

beforeAll(() => {
  // Build once if a previous step has not (CI builds before testing).
  if (!existsSync(out('main', 'cli.js')) || !existsSync(out('renderer', 'index.html'))) {
    execFileSync(join(repoRoot, 'node_modules', '.bin', 'electron-vite'), ['build'], {
      cwd: repoRoot,
      stdio: 'ignore',
    });
  }
});

describe('build output', () => {
  it('has the Electron main entry, the CLI, the web server, the preload and the renderer', () => {
    for (const file of [
      out('main', 'index.js'),
      out('main', 'cli.js'),
      out('main', 'web.js'),
      out('preload', 'index.js'),
      out('renderer', 'index.html'),
    ]) {
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('bundles the preload as CommonJS that requires nothing but electron', () => {
    const preload = readFileSync(out('preload', 'index.js'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/^\s*import\s/m);
    expect(preload).toContain('exposeInMainWorld');
    // Named functions only: the page never gets ipcRenderer itself.
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });

  it('ships a renderer page with the strict CSP and no inline script', () => {
    const html = readFileSync(out('renderer', 'index.html'), 'utf8');
    expect(html).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe('npx infercalc', () => {
  const bin = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).bin.infercalc as string;

  it('prints the version from package.json', () => {
    const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version as string;
    expect(execFileSync(process.execPath, [join(repoRoot, bin), '--version'], { encoding: 'utf8' })).toBe(
      `${version}\n`,
    );
  });

  it('prints help and exits 0', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, bin), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('usage: infercalc <command>');
  });

  it('says what is wrong with an unknown command, exit 1, no stack trace', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, bin), 'frobnicate'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
