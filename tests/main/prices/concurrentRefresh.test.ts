/**
 * Refreshes from several processes agree: each takes the data folder's lock, re-reads the cache and
 * merges into it, so no region is lost; no process removes another's temporary file; a lock left by
 * a process that is gone is taken over. The two-process case runs the real CLI twice at once.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCacheFile } from '../../../src-main/prices/cache/cacheFile';
import { CacheLockTimeoutError, LOCK_FILE_NAME, withCacheLock } from '../../../src-main/prices/cache/cacheLock';
import { findRepoRoot } from '../../../src-main/prices/snapshot/sourcePaths';
import { startFakePublicServer, type FakePublicServer } from './fakePublicServer';
import { tempDataFolder } from './helpers';
import { publicPriceFiles } from './publicFiles';

let server: FakePublicServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const root = findRepoRoot(process.cwd());

/** One `infercalc` run from the sources, in its own process. */
function cliProcess(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src-main/cli/main.ts'), ...args], {
      cwd: root,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('concurrent refreshes', () => {
  it('two CLI processes refreshing different regions at once both keep their region', async () => {
    // The server answers the two offer files only once both are asked for: both processes have loaded
    // the cache and are fetching at the same time, so each would write over the other without the lock.
    server = await startFakePublicServer(publicPriceFiles(['us-east-1', 'eu-west-1']), {
      barrier: { path: /AmazonEC2\/\d+\/(us-east-1|eu-west-1)\/index\.json$/, count: 2 },
    });
    const folder = tempDataFolder();
    const env = {
      INFERCALC_DATA_DIR: folder,
      INFERCALC_PUBLIC_PRICES_URL: server.url,
      INFERCALC_PUBLIC_SPOT_URL: `${server.url}/spot.json`,
    };
    const run = (region: string) =>
      cliProcess(['prices', 'refresh', '--source', 'public', '--service', 'ec2', '--region', region], env);
    const [a, b] = await Promise.all([run('us-east-1'), run('eu-west-1')]);
    expect(a.stderr).toMatch(/refreshed ec2 in us-east-1 from AWS's public price list/);
    expect(b.stderr).toMatch(/refreshed ec2 in eu-west-1 from AWS's public price list/);
    expect([a.code, b.code]).toEqual([0, 0]);
    const loaded = await loadCacheFile(folder, new Date());
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    const pairs = loaded.cache.refreshed.map((p) => `${p.service}|${p.region}`).sort();
    expect(pairs).toEqual(['ec2|eu-west-1', 'ec2|us-east-1']);
    expect(loaded.cache.entries.some((e) => e.key === 'ec2/us-east-1/on-demand/g5.xlarge')).toBe(true);
    expect(loaded.cache.entries.some((e) => e.key === 'ec2/eu-west-1/on-demand/g5.xlarge')).toBe(true);
    // Neither left a lock or a temporary file behind.
    expect(readdirSync(folder).filter((n) => n !== 'prices-cache.json.gz')).toEqual([]);
  }, 60_000);

  it('runs lock holders one after the other', async () => {
    const folder = tempDataFolder();
    const events: string[] = [];
    const hold = (name: string) =>
      withCacheLock(folder, async () => {
        events.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 50));
        events.push(`${name} out`);
      });
    await Promise.all([hold('a'), hold('b'), hold('c')]);
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i]!.replace('in', 'out'));
    expect(events).toHaveLength(6);
    expect(existsSync(join(folder, LOCK_FILE_NAME))).toBe(false);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const folder = tempDataFolder();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(folder, LOCK_FILE_NAME), JSON.stringify({ pid: gone, token: 'x', at: Date.now() }));
    expect(await withCacheLock(folder, async () => 'ran', { waitMs: 1_000 })).toBe('ran');
  });

  it('gives up waiting for a live holder with a clear message, leaving its lock alone', async () => {
    const folder = tempDataFolder();
    const held = JSON.stringify({ pid: process.pid, token: 'other', at: Date.now() });
    writeFileSync(join(folder, LOCK_FILE_NAME), held);
    await expect(withCacheLock(folder, async () => 'ran', { waitMs: 200 })).rejects.toThrow(CacheLockTimeoutError);
    await expect(withCacheLock(folder, async () => 'ran', { waitMs: 200 })).rejects.toThrow(
      /another InferCalc process \(pid \d+\) was still updating the price cache/,
    );
    expect(existsSync(join(folder, LOCK_FILE_NAME))).toBe(true);
  });
});
