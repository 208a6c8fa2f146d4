import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { priceKeys } from '@shared/prices/keys';
import { cacheFilePath, loadCacheFile, writeCacheFile } from '../../../src-main/prices/cache/cacheFile';
import { CACHE_FILE_NAME } from '../../../src-main/prices/cache/cacheSchema';
import type { PriceEntry } from '@shared/prices/catalog';
import { regionOfKey } from '@shared/prices/keys';
import { packCache } from '../../../src-main/prices/cache/cacheCodec';
import type { CacheFile } from '../../../src-main/prices/cache/cacheSchema';
import { mergeCatalog, mergeIntoCache } from '../../../src-main/prices/cache/mergeCatalog';
import { recordedPairRuns, scanPairRuns } from '../../../src-main/prices/cache/pairs';
import { computeCoverage, serviceOfKey } from '../../../src-main/prices/coverage';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';
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

  it('leaves a cache written by a newer version in place for that version, unread, with a warning', async () => {
    // Changed on purpose (issue 10): a newer cache is not damage, so it is not set aside as corrupt.
    const folder = tempDataFolder();
    const text = JSON.stringify({ ...packCache(goodCache()), version: 99 });
    writeFileSync(cacheFilePath(folder), text);
    const s = await serviceOn(folder);
    expect(s.status().kind).toBe('snapshot');
    expect(s.status().warnings[0]).toMatch(/written by a newer InferCalc \(cache format 99\); it is left in place/);
    expect(readFileSync(cacheFilePath(folder), 'utf8')).toBe(text);
    expect(readdirSync(folder).filter((n) => n.includes('corrupt'))).toEqual([]);
  });

  it('sets aside a cache of an unknown older or non-numeric version', async () => {
    const folder = tempDataFolder();
    writeFileSync(cacheFilePath(folder), JSON.stringify({ ...packCache(goodCache()), version: 'x' }));
    const s = await serviceOn(folder);
    expectSnapshotFallback(folder, s);
    expect(s.status().warnings[0]).toMatch(/format version "x", this app reads versions 2, 3 and 4/);
  });

  it('sets aside a version-1 cache (the expanded format of earlier builds) with a warning', async () => {
    const folder = tempDataFolder();
    const v1 = {
      format: 'infercalc-prices-cache',
      version: 1,
      writtenAt: '2026-11-20T00:00:00Z',
      refreshed: goodCache().refreshed,
      entries: goodCache().entries,
    };
    writeFileSync(cacheFilePath(folder), JSON.stringify(v1));
    const s = await serviceOn(folder);
    expectSnapshotFallback(folder, s);
    expect(s.status().warnings[0]).toMatch(/format version 1, this app reads versions 2, 3 and 4/);
  });

  it('falls back on a file that is JSON but not a price cache', async () => {
    const folder = tempDataFolder();
    writeFileSync(cacheFilePath(folder), '[1, 2, 3]');
    const s = await serviceOn(folder);
    expectSnapshotFallback(folder, s);
    expect(s.status().warnings[0]).toMatch(/not an InferCalc price cache/);
  });

  it.each([
    [
      'a price that is a string',
      (f: CacheFile) => ((f.groups[0]!.v as unknown[])[0] = 'cheap'),
      /groups\[0\]\.v\[0\]: expected a price in USD/,
    ],
    ['a negative price', (f: CacheFile) => ((f.groups[0]!.v as unknown[])[0] = -1), /groups\[0\]\.v\[0\]/],
    [
      'a price column shorter than the keys',
      (f: CacheFile) => (f.groups[0]!.v = []),
      /groups\[0\]\.v: has 0 values for 1 keys/,
    ],
    [
      'a SKU column with extra lines',
      (f: CacheFile) => (f.groups[0]!.sku = 'A\nB'),
      /groups\[0\]\.sku: has 2 lines for 1 keys/,
    ],
    [
      'a SKU column that is a number',
      (f: CacheFile) => ((f.groups[0] as unknown as { sku: unknown }).sku = 7),
      /groups\[0\]\.sku/,
    ],
    ['a source index out of range', (f: CacheFile) => (f.groups[0]!.s = 5), /groups\[0\]\.s: names source 5/],
    [
      'a key prefix without a region',
      (f: CacheFile) => (f.groups[0]!.p = 'ec2/'),
      /groups\[0\]\.p: expected a key prefix/,
    ],
    ['a key suffix with a slash', (f: CacheFile) => (f.groups[0]!.k = 'a/b'), /groups\[0\]\.k\[0\]/],
    [
      'an unknown origin',
      (f: CacheFile) => ((f.sources[0] as { origin: string }).origin = 'guess'),
      /sources\[0\]\.origin/,
    ],
    ['an unknown field', (f: CacheFile) => ((f as unknown as Record<string, unknown>)['extra'] = 1), /extra/],
    [
      'tiers of the wrong shape',
      (f: CacheFile) => ((f.groups[0] as unknown as { t: unknown }).t = [[{ from: 0 }]]),
      /groups\[0\]\.t\[0\]: expected a list of tiers/,
    ],
  ])('falls back on wrong value types: %s', async (_name, damage, message) => {
    const folder = tempDataFolder();
    const file = packCache(goodCache());
    damage(file);
    writeFileSync(cacheFilePath(folder), JSON.stringify(file));
    const s = await serviceOn(folder);
    expectSnapshotFallback(folder, s);
    expect(s.status().warnings[0]).toMatch(message);
  });

  it('keeps every field of every price through a write and a load', async () => {
    const folder = tempDataFolder();
    const fetchedAt = '2026-11-20T00:00:00Z';
    const api = { origin: 'api' as const, label: 'AWS Price List API', asOf: '2026-11-01', fetchedAt };
    const entries: PriceEntry[] = [
      {
        key: priceKeys.ec2OnDemand('us-east-1', 'g5.xlarge'),
        usd: 1.006,
        unit: 'hour',
        source: {
          ...api,
          sku: 'SKU1',
          rateCode: 'SKU1.JRTCKXETXF.6YS6EN2CT7',
          usageType: 'BoxUsage:g5.xlarge',
          description: '$1.006 per On Demand Linux g5.xlarge Instance Hour',
        },
      },
      {
        key: priceKeys.ec2OnDemand('us-east-1', 'g5.2xlarge'),
        usd: 1.212,
        unit: 'hour',
        source: { ...api, sku: 'SKU2', description: 'line\nbreak' },
      },
      {
        key: priceKeys.ec2Reserved('us-east-1', 'g5.xlarge', 1, 'standard', 'partial-upfront'),
        usd: 0.3,
        unit: 'hour',
        upfrontUsd: 2600,
        source: { ...api, sku: 'SKU3' },
      },
      {
        key: priceKeys.lambdaDuration('us-east-1', 'x86_64'),
        usd: 0.0000166667,
        unit: 'GB-second',
        tiers: [
          { from: 0, to: 6e9, usd: 0.0000166667 },
          { from: 6e9, to: null, usd: 0.000015 },
        ],
        source: api,
      },
      {
        key: priceKeys.sageMakerInstance('us-east-1', 'AsyncInf', 'ml.c5.xlarge'),
        usd: 0.204,
        unit: 'hour',
        source: {
          ...api,
          origin: 'derived',
          derivedFrom: priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge'),
          rule: 'async priced like hosting',
        },
      },
    ];
    const pairs = [
      { service: 'ec2' as const, region: 'us-east-1', fetchedAt, count: 3 },
      { service: 'lambda' as const, region: 'us-east-1', fetchedAt, count: 1 },
      { service: 'sagemaker' as const, region: 'us-east-1', fetchedAt, count: 1 },
    ];
    const cache = mergeIntoCache(undefined, entries, pairs, fetchedAt);
    await writeCacheFile(folder, cache);
    const loaded = await loadCacheFile(folder, NOW);
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    const expected = entries.map((e) =>
      e.source.description?.includes('\n') ? { ...e, source: { ...e.source, description: 'line break' } } : e,
    );
    expect(loaded.cache.entries).toEqual(expect.arrayContaining(expected));
    expect(loaded.cache.entries).toHaveLength(entries.length);
    expect(loaded.cache.coverage).toEqual(computeCoverage(expected));
  });

  it('stores rate codes relative to their SKUs when a whole group allows, and reads them back', async () => {
    const folder = tempDataFolder();
    const fetchedAt = '2026-11-20T00:00:00Z';
    const api = { origin: 'api' as const, label: 'AWS Price List API', asOf: '2026-11-01', fetchedAt };
    const entries: PriceEntry[] = ['g5.xlarge', 'g5.2xlarge'].map((type, i) => ({
      key: priceKeys.ec2OnDemand('us-east-1', type),
      usd: 1 + i,
      unit: 'hour',
      source: {
        ...api,
        sku: `SKU${i}`,
        rateCode: `SKU${i}.JRTCKXETXF.6YS6EN2CT7`,
        usageType: `BoxUsage:${type}`,
        description: `$${1 + i} per On Demand Linux ${type} Instance Hour`,
      },
    }));
    const cache = mergeIntoCache(
      undefined,
      entries,
      [{ service: 'ec2', region: 'us-east-1', fetchedAt, count: 2 }],
      fetchedAt,
    );
    const file = packCache(cache);
    expect(file.groups[0]).toMatchObject({ rcs: '.JRTCKXETXF.6YS6EN2CT7' });
    expect(file.groups[0]!.rc).toBeUndefined();
    await writeCacheFile(folder, cache);
    const loaded = await loadCacheFile(folder, NOW);
    expect(loaded.kind === 'ok' && loaded.cache.entries).toEqual(entries);
  });

  it('stores usage types relative to their key suffixes when a whole group allows, and reads them back', async () => {
    const folder = tempDataFolder();
    const fetchedAt = '2026-11-20T00:00:00Z';
    const api = { origin: 'api' as const, label: 'AWS Price List API', asOf: '2026-11-01', fetchedAt };
    const typed = (type: string, i: number, usageType: string): PriceEntry => ({
      key: priceKeys.ec2OnDemand('us-east-1', type),
      usd: 1 + i,
      unit: 'hour',
      // Rate codes not relative to the SKUs: the group stores them whole beside the prefix.
      source: {
        ...api,
        sku: `SKU${i}`,
        rateCode: `RC${i}`,
        usageType,
        description: `$${1 + i} per On Demand Linux ${type} Instance Hour`,
      },
    });
    const entries = [
      typed('g5.xlarge', 0, 'USE1-BoxUsage:g5.xlarge'),
      typed('g5.2xlarge', 1, 'USE1-BoxUsage:g5.2xlarge'),
    ];
    const pairs = [{ service: 'ec2' as const, region: 'us-east-1', fetchedAt, count: 2 }];
    const cache = mergeIntoCache(undefined, entries, pairs, fetchedAt);
    const file = packCache(cache);
    expect(file.groups[0]).toMatchObject({ utp: 'USE1-BoxUsage:' });
    expect(file.groups[0]!.ut).toBeUndefined();
    await writeCacheFile(folder, cache);
    const loaded = await loadCacheFile(folder, NOW);
    expect(loaded.kind === 'ok' && loaded.cache.entries).toEqual(entries);

    // One usage type of another form: the group keeps its usage types whole, and still round-trips.
    const mixed = [entries[0]!, typed('g5.2xlarge', 1, 'USE1-BoxUsage:g5.2xlarge-spot')];
    const mixedCache = mergeIntoCache(undefined, mixed, pairs, fetchedAt);
    expect(packCache(mixedCache).groups[0]!.utp).toBeUndefined();
    await writeCacheFile(folder, mixedCache);
    const reloaded = await loadCacheFile(folder, NOW);
    expect(reloaded.kind === 'ok' && reloaded.cache.entries).toEqual(mixed);
  });

  it('reads a version-3 cache (written before usage-type prefixes) as is', async () => {
    const folder = tempDataFolder();
    writeFileSync(cacheFilePath(folder), JSON.stringify({ ...packCache(goodCache()), version: 3 }));
    const loaded = await loadCacheFile(folder, NOW);
    expect(loaded.kind === 'ok' && loaded.cache.entries).toEqual(goodCache().entries);
  });

  it('reads a version-2 cache (written before rate-code suffixes) as is', async () => {
    const folder = tempDataFolder();
    writeFileSync(cacheFilePath(folder), JSON.stringify({ ...packCache(goodCache()), version: 2 }));
    const loaded = await loadCacheFile(folder, NOW);
    expect(loaded.kind === 'ok' && loaded.cache.entries).toEqual(goodCache().entries);
  });

  it.each([
    [
      'both rate codes and a rate-code suffix',
      (f: CacheFile) => Object.assign(f.groups[0]!, { sku: 'A', rc: 'A.x', rcs: '.x' }),
      3,
      /groups\[0\]\.rcs: a group has either/,
    ],
    [
      'a rate-code suffix without SKUs',
      (f: CacheFile) => Object.assign(f.groups[0]!, { rcs: '.x' }),
      3,
      /groups\[0\]\.rcs: a rate-code suffix needs a SKU/,
    ],
    [
      'a rate-code suffix in a version-2 file',
      (f: CacheFile) => Object.assign(f.groups[0]!, { sku: 'A', rcs: '.x' }),
      2,
      /unknown field groups\[0\]\.rcs/,
    ],
    [
      'both usage types and a usage-type prefix',
      (f: CacheFile) => Object.assign(f.groups[0]!, { ut: 'BoxUsage:g5.xlarge', utp: 'BoxUsage:' }),
      4,
      /groups\[0\]\.utp: a group has either/,
    ],
    [
      'a usage-type prefix that is not a string',
      (f: CacheFile) => Object.assign(f.groups[0]!, { utp: 7 }),
      4,
      /groups\[0\]\.utp: expected a string without line breaks/,
    ],
    [
      'a usage-type prefix with a line break',
      (f: CacheFile) => Object.assign(f.groups[0]!, { utp: 'USE1-\nBoxUsage:' }),
      4,
      /groups\[0\]\.utp: expected a string without line breaks/,
    ],
    [
      'a usage-type prefix in a version-3 file',
      (f: CacheFile) => Object.assign(f.groups[0]!, { utp: 'BoxUsage:' }),
      3,
      /unknown field groups\[0\]\.utp/,
    ],
  ])('falls back on a bad rate-code suffix or usage-type prefix: %s', async (_name, damage, version, message) => {
    const folder = tempDataFolder();
    const file = { ...packCache(goodCache()), version };
    damage(file as CacheFile);
    writeFileSync(cacheFilePath(folder), JSON.stringify(file));
    const s = await serviceOn(folder);
    expectSnapshotFallback(folder, s);
    expect(s.status().warnings[0]).toMatch(message);
  });

  it('indexes the snapshot by pair while expanding it, as a scan of every key would', () => {
    const snapshot = loadEmbeddedSnapshot();
    const recorded = recordedPairRuns(snapshot);
    expect(recorded).toBeDefined();
    if (!recorded) return;
    expect(recorded).toEqual(scanPairRuns(snapshot.entries));
    // Every price is in exactly one run, of its own pair.
    let covered = 0;
    for (const [id, runs] of recorded)
      for (const [start, end] of runs)
        for (let i = start; i < end; i++, covered++) {
          const key = snapshot.entries[i]!.key;
          expect(`${serviceOfKey(key) ?? ''}|${regionOfKey(key) ?? ''}`).toBe(id);
        }
    expect(covered).toBe(snapshot.entries.length);
  });

  it('merges like a full recomputation over the merged prices', async () => {
    const snapshot = loadEmbeddedSnapshot();
    const fetchedAt = '2026-11-25T00:00:00Z';
    const refreshed = snapshot.entries
      .filter((e) => e.key.startsWith('ec2/us-east-1/') || e.key.startsWith('sagemaker/eu-west-1/'))
      .map((e) => ({
        ...e,
        usd: e.usd * 2,
        source: { origin: 'api' as const, label: 'AWS Price List API', asOf: '2026-11-24', fetchedAt, sku: 'S' },
      }));
    const pairs = [
      { service: 'ec2' as const, region: 'us-east-1', fetchedAt, count: 1 },
      { service: 'sagemaker' as const, region: 'eu-west-1', fetchedAt, count: 1 },
      { service: 'bedrock' as const, region: 'eu-west-1', fetchedAt, count: 0 },
    ];
    const merged = mergeCatalog(snapshot, mergeIntoCache(undefined, refreshed, pairs, fetchedAt));
    const replaced = new Set(['ec2|us-east-1', 'sagemaker|eu-west-1', 'bedrock|eu-west-1']);
    const slow = [
      ...snapshot.entries.filter((e) => !replaced.has(`${serviceOfKey(e.key) ?? ''}|${regionOfKey(e.key) ?? ''}`)),
      ...refreshed,
    ];
    const byKey = (a: PriceEntry, b: PriceEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    expect([...merged.entries].sort(byKey)).toEqual([...slow].sort(byKey));
    const slowCoverage = computeCoverage(slow);
    expect(merged.coverage.filter((c) => c.count > 0)).toEqual(slowCoverage);
    expect(merged.coverage.find((c) => c.service === 'bedrock' && c.region === 'eu-west-1')).toMatchObject({
      count: 0,
      origin: 'api',
    });
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

  it('treats an absent cache as the snapshot without a warning: built-in prices are dated and a refresh offered, not called stale', async () => {
    const folder = join(tempDataFolder(), 'not-yet');
    mkdirSync(folder);
    const s = await serviceOn(folder);
    expect(s.status().kind).toBe('snapshot');
    expect(s.status().warnings).toEqual([]);
    expect(s.status().coverage.every((c) => !c.stale)).toBe(true);
    expect(s.status().refreshSuggested).toBe(true);
    expect(s.status().summary).toMatch(
      /^Built-in prices, public AWS data from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/,
    );
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
    expect(strict.status().coverage.find((c) => c.service === 'ec2' && c.region === 'us-east-1')).toMatchObject({
      stale: true,
      ageDays: 7,
    });
  });
});
