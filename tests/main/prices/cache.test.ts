import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { priceKeys } from '@shared/prices/keys';
import { cacheFilePath, loadCacheFile, writeCacheFile } from '../../../src-main/prices/cache/cacheFile';
import { CACHE_FILE_NAME } from '../../../src-main/prices/cache/cacheSchema';
import { mergeIntoCache } from '../../../src-main/prices/cache/mergeCatalog';
import { PriceService } from '../../../src-main/prices/PriceService';
import { tempDataFolder } from './helpers';

const NOW = new Date('2026-11-27T10:00:00Z');

function goodCache() {
  return mergeIntoCache(
    undefined,
    [
      {
        key: priceKeys.ec2OnDemand('us-east-1', 'g5.xlarge'),
        usd: 0.999,
        unit: 'hour',
        source: { origin: 'api', label: 'AWS Price List API', asOf: '2026-11-01', fetchedAt: '2026-11-20T00:00:00Z' },
      },
    ],
    [{ service: 'ec2', region: 'us-east-1', fetchedAt: '2026-11-20T00:00:00Z', count: 1 }],
    '2026-11-20T00:00:00Z',
  );
}

async function serviceOn(folder: string) {
  const s = new PriceService({ dataFolder: folder, now: () => NOW });
  await s.load();
  return s;
}

function expectSnapshotFallback(folder: string, s: PriceService) {
  const st = s.status();
  expect(st.kind).toBe('snapshot');
  expect(st.warnings.join(' ')).toMatch(/moved to .*corrupt-.*embedded snapshot is used/);
  expect(s.getCatalog().lookup(priceKeys.ec2OnDemand('us-east-1', 'g5.xlarge')).ok).toBe(true);
  expect(existsSync(cacheFilePath(folder))).toBe(false);
  expect(readdirSync(folder).some((n) => n.startsWith(`${CACHE_FILE_NAME}.corrupt-`))).toBe(true);
}

describe('price cache', () => {
  it('round-trips and is laid over the snapshot', async () => {
    const folder = tempDataFolder();
    await writeCacheFile(folder, goodCache());
    const s = await serviceOn(folder);
    const r = s.getCatalog().lookup(priceKeys.ec2OnDemand('us-east-1', 'g5.xlarge'));
    expect(r.ok && r.price.usd).toBe(0.999);
    expect(s.status().kind).toBe('cache');
    expect(s.status().warnings.join(' ')).not.toMatch(/corrupt|could not be read/);
  });

  it('falls back on a truncated file', async () => {
    const folder = tempDataFolder();
    await writeCacheFile(folder, goodCache());
    const text = readFileSync(cacheFilePath(folder), 'utf8');
    writeFileSync(cacheFilePath(folder), text.slice(0, text.length / 2));
    expectSnapshotFallback(folder, await serviceOn(folder));
  });

  it('falls back on a wrong schema version', async () => {
    const folder = tempDataFolder();
    writeFileSync(cacheFilePath(folder), JSON.stringify({ ...goodCache(), version: 99 }));
    const s = await serviceOn(folder);
    expectSnapshotFallback(folder, s);
    expect(s.status().warnings[0]).toMatch(/expected format: version/);
  });

  it('falls back on garbage bytes', async () => {
    const folder = tempDataFolder();
    writeFileSync(cacheFilePath(folder), Buffer.from([0xff, 0x00, 0x13, 0x37, 0xfe]));
    expectSnapshotFallback(folder, await serviceOn(folder));
  });

  it('removes a leftover temp file and still loads the good cache', async () => {
    const folder = tempDataFolder();
    await writeCacheFile(folder, goodCache());
    const leftover = join(folder, `${CACHE_FILE_NAME}.tmp-1234-0`);
    writeFileSync(leftover, '{"half": ');
    const s = await serviceOn(folder);
    expect(existsSync(leftover)).toBe(false);
    expect(s.status().kind).toBe('cache');
  });

  it('treats an absent cache as the snapshot without a warning, and flags stale prices', async () => {
    const folder = join(tempDataFolder(), 'not-yet');
    mkdirSync(folder);
    const s = await serviceOn(folder);
    expect(s.status().kind).toBe('snapshot');
    expect(s.status().warnings.join(' ')).toMatch(/older than 7 days/);
    expect((await loadCacheFile(folder, NOW)).kind).toBe('absent');
  });

  it('marks cached prices stale after the configured days', async () => {
    const folder = tempDataFolder();
    await writeCacheFile(folder, goodCache());
    const fresh = new PriceService({ dataFolder: folder, now: () => NOW, staleAfterDays: 30 });
    await fresh.load();
    expect(fresh.status().coverage.find((c) => c.service === 'ec2' && c.region === 'us-east-1')?.stale).toBe(false);
    const strict = new PriceService({ dataFolder: folder, now: () => NOW, staleAfterDays: 3 });
    await strict.load();
    expect(strict.status().coverage.find((c) => c.service === 'ec2' && c.region === 'us-east-1')).toMatchObject({ stale: true, ageDays: 7 });
  });
});
