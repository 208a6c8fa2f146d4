import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { priceKeys } from '@shared/prices/keys';
import { cacheFilePath, loadCacheFile, writeCacheFile } from '../../../src-main/prices/cache/cacheFile';
import { CACHE_FILE_NAME } from '../../../src-main/prices/cache/cacheSchema';
import type { PriceEntry } from '@shared/prices/catalog';
import { regionOfKey } from '@shared/prices/keys';
import { LEGACY_CACHE_FILE_NAME } from '../../../src-main/prices/cache/legacyCache';
import { mergeCatalog, mergeIntoCache } from '../../../src-main/prices/cache/mergeCatalog';
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

/** The cache file's JSON, as written. */
type FileJson = { version: number; catalog: { entries: Array<Record<string, unknown>> } } & Record<string, unknown>;

/** A cache file written, then changed as JSON and written back compressed. */
async function damagedFile(folder: string, damage: (f: FileJson) => void): Promise<void> {
  await writeCacheFile(folder, goodCache());
  const json = JSON.parse(gunzipSync(readFileSync(cacheFilePath(folder))).toString('utf8')) as FileJson;
  damage(json);
  writeFileSync(cacheFilePath(folder), gzipSync(JSON.stringify(json)));
}

async function serviceOn(folder: string) {
  const s = new PriceService({ dataFolder: folder, now: () => NOW });
  await s.load();
  return s;
}

function expectSnapshotFallback(folder: string, s: PriceService, name = CACHE_FILE_NAME) {
  const st = s.status();
  expect(st.kind).toBe('snapshot');
  expect(st.warnings.join(' ')).toMatch(/moved to .*corrupt-.*embedded snapshot is used/);
  expect(s.getCatalog().lookup(priceKeys.ec2OnDemand('us-east-1', 'g5.xlarge')).ok).toBe(true);
  expect(existsSync(join(folder, name))).toBe(false);
  expect(readdirSync(folder).some((n) => n.startsWith(`${name}.corrupt-`))).toBe(true);
}

/** A pid that no running process has: a child that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

const API = {
  origin: 'api' as const,
  label: 'AWS Price List API',
  asOf: '2026-11-01',
  fetchedAt: '2026-11-20T00:00:00Z',
};

/** A cache as earlier builds wrote it (format version 4: grouped, columns of lines). */
const LEGACY_V4 = {
  format: 'infercalc-prices-cache',
  version: 4,
  writtenAt: '2026-11-20T00:00:00Z',
  refreshed: [{ service: 'ec2', region: 'us-east-1', fetchedAt: API.fetchedAt, count: 3 }],
  // The second source as the previous build wrote a kept price (see keepPrevious.ts).
  sources: [API, { ...API, detail: 'kept', notInLatestRefresh: '2026-11-25T00:00:00Z' }],
  groups: [
    {
      s: 0,
      u: 'hour',
      p: 'ec2/us-east-1/on-demand/',
      k: 'g5.xlarge\ng5.2xlarge',
      v: [1.006, 1.212],
      sku: 'SKU1\nSKU2',
      rcs: '.JRTCKXETXF.6YS6EN2CT7',
      utp: 'USE1-BoxUsage:',
      d: 'one\ntwo',
    },
    {
      s: 1,
      u: 'hour',
      p: 'ec2/us-east-1/reserved/1yr/standard/partial-upfront/',
      k: 'g5.xlarge',
      v: [0.3],
      sku: 'SKU3',
      rc: 'SKU3.R',
      up: [2600],
    },
  ],
};
const LEGACY_ENTRIES: PriceEntry[] = [
  {
    key: 'ec2/us-east-1/on-demand/g5.xlarge',
    usd: 1.006,
    unit: 'hour',
    source: {
      ...API,
      sku: 'SKU1',
      rateCode: 'SKU1.JRTCKXETXF.6YS6EN2CT7',
      usageType: 'USE1-BoxUsage:g5.xlarge',
      description: 'one',
    },
  },
  {
    key: 'ec2/us-east-1/on-demand/g5.2xlarge',
    usd: 1.212,
    unit: 'hour',
    source: {
      ...API,
      sku: 'SKU2',
      rateCode: 'SKU2.JRTCKXETXF.6YS6EN2CT7',
      usageType: 'USE1-BoxUsage:g5.2xlarge',
      description: 'two',
    },
  },
  {
    key: 'ec2/us-east-1/reserved/1yr/standard/partial-upfront/g5.xlarge',
    usd: 0.3,
    unit: 'hour',
    upfrontUsd: 2600,
    source: { ...API, detail: 'kept', notInLatestRefresh: '2026-11-25T00:00:00Z', sku: 'SKU3', rateCode: 'SKU3.R' },
  },
];

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
    const bytes = readFileSync(cacheFilePath(folder));
    writeFileSync(cacheFilePath(folder), bytes.subarray(0, bytes.length / 2));
    expectSnapshotFallback(folder, await serviceOn(folder));
  });

  it('leaves a cache written by a newer version in place for that version, with a warning', async () => {
    // Changed on purpose (issue 10): a newer cache is not damage, so it is not set aside as corrupt.
    const folder = tempDataFolder();
    await damagedFile(folder, (f) => (f.version = 99));
    const before = readFileSync(cacheFilePath(folder));
    const s = await serviceOn(folder);
    expect(s.status().kind).toBe('snapshot');
    expect(s.status().warnings[0]).toMatch(
      /written by a newer InferCalc \(cache format 99\); it is left in place for that version/,
    );
    expect(readFileSync(cacheFilePath(folder))).toEqual(before);
    expect(readdirSync(folder).some((n) => n.includes('.corrupt-'))).toBe(false);
  });

  it('sets aside a cache of an older unknown version', async () => {
    const folder = tempDataFolder();
    await damagedFile(folder, (f) => (f.version = 1));
    const s = await serviceOn(folder);
    expectSnapshotFallback(folder, s);
    expect(s.status().warnings[0]).toMatch(/version/);
  });

  it('sets aside a version-1 cache of the old file name (the expanded format of early builds) with a warning', async () => {
    const folder = tempDataFolder();
    const v1 = {
      format: 'infercalc-prices-cache',
      version: 1,
      writtenAt: '2026-11-20T00:00:00Z',
      refreshed: goodCache().refreshed,
      entries: goodCache().entries,
    };
    writeFileSync(join(folder, LEGACY_CACHE_FILE_NAME), JSON.stringify(v1));
    const s = await serviceOn(folder);
    expectSnapshotFallback(folder, s, LEGACY_CACHE_FILE_NAME);
    expect(s.status().warnings[0]).toMatch(/earlier version does not have the expected format: version/);
  });

  it('reads a cache of the previous format (version 4) once, rewrites it in the current format and removes it', async () => {
    const folder = tempDataFolder();
    writeFileSync(join(folder, LEGACY_CACHE_FILE_NAME), JSON.stringify(LEGACY_V4));
    const first = await loadCacheFile(folder, NOW);
    expect(first.kind === 'ok' && first.cache.entries).toEqual(LEGACY_ENTRIES);
    expect(first.kind === 'ok' && first.notice).toMatch(/converted/);
    expect(existsSync(join(folder, LEGACY_CACHE_FILE_NAME))).toBe(false);
    const again = await loadCacheFile(folder, NOW);
    expect(again.kind === 'ok' && again.cache.entries).toEqual(LEGACY_ENTRIES);
    expect(again.kind === 'ok' && again.notice).toBeUndefined();
    expect((await serviceOn(folder)).getCatalog().lookup('ec2/us-east-1/on-demand/g5.2xlarge')).toMatchObject({
      ok: true,
      price: { usd: 1.212 },
    });
  });

  it.each([2, 3])('reads a version-%i cache of the previous file name as well', async (version) => {
    const folder = tempDataFolder();
    // Versions 2 and 3 lack the usage-type prefix (and 2 the rate-code suffix): whole columns instead.
    const groups = [
      { ...LEGACY_V4.groups[0]!, utp: undefined, ut: 'USE1-BoxUsage:g5.xlarge\nUSE1-BoxUsage:g5.2xlarge' },
      LEGACY_V4.groups[1]!,
    ];
    writeFileSync(join(folder, LEGACY_CACHE_FILE_NAME), JSON.stringify({ ...LEGACY_V4, version, groups }));
    const loaded = await loadCacheFile(folder, NOW);
    expect(loaded.kind === 'ok' && loaded.cache.entries).toEqual(LEGACY_ENTRIES);
  });

  it('sets aside a damaged cache of the previous format', async () => {
    const folder = tempDataFolder();
    const bad = { ...LEGACY_V4, groups: [{ ...LEGACY_V4.groups[0]!, v: [1] }] };
    writeFileSync(join(folder, LEGACY_CACHE_FILE_NAME), JSON.stringify(bad));
    const s = await serviceOn(folder);
    expectSnapshotFallback(folder, s, LEGACY_CACHE_FILE_NAME);
    expect(s.status().warnings[0]).toMatch(/columns of different lengths/);
  });

  it('falls back on a file that is JSON but not a price cache', async () => {
    const folder = tempDataFolder();
    writeFileSync(cacheFilePath(folder), gzipSync('[1, 2, 3]'));
    const s = await serviceOn(folder);
    expectSnapshotFallback(folder, s);
    expect(s.status().warnings[0]).toMatch(/not an InferCalc price cache/);
  });

  it.each([
    [
      'a price that is a string',
      (f: FileJson) => (f.catalog.entries[0]!['usd'] = 'cheap'),
      /catalog\.entries\[0\]\.usd/,
    ],
    [
      'a negative price',
      (f: FileJson) => (f.catalog.entries[0]!['usd'] = -1),
      /catalog\.entries\[0\]\.usd: expected a price ≥ 0/,
    ],
    [
      'a key the app cannot place',
      (f: FileJson) => (f.catalog.entries[0]!['key'] = 'ec2'),
      /catalog\.entries\[0\]\.key: expected a price key/,
    ],
    [
      'an unknown origin',
      (f: FileJson) => ((f.catalog.entries[0]!['source'] as Record<string, unknown>)['origin'] = 'guess'),
      /catalog\.entries\[0\]\.source\.origin/,
    ],
    ['an unknown field', (f: FileJson) => (f['extra'] = 1), /extra/],
    ['a missing list of refreshed pairs', (f: FileJson) => delete f['refreshed'], /refreshed/],
    [
      'tiers of the wrong shape',
      (f: FileJson) => (f.catalog.entries[0]!['tiers'] = [{ from: 0 }]),
      /catalog\.entries\[0\]\.tiers\[0\]/,
    ],
  ])('falls back on wrong value types: %s', async (_name, damage, message) => {
    const folder = tempDataFolder();
    await damagedFile(folder, damage);
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
    expect(loaded.cache.entries).toEqual(entries);
    expect(loaded.cache.coverage).toEqual(computeCoverage(entries));
    // Plain data: the file is the catalog's own JSON, compressed.
    const json = JSON.parse(gunzipSync(readFileSync(cacheFilePath(folder))).toString('utf8'));
    expect(json).toMatchObject({
      format: 'infercalc-prices-cache',
      version: 5,
      catalog: { format: 'infercalc-prices', entries },
    });
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
    const leftover = join(folder, `${CACHE_FILE_NAME}.tmp-${deadPid()}-0`);
    writeFileSync(leftover, '{"half": ');
    // A live process's temp file is its write in progress: never removed by another process.
    const live = join(folder, `${CACHE_FILE_NAME}.tmp-${process.pid}-77`);
    writeFileSync(live, '{"being": ');
    const s = await serviceOn(folder);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(live)).toBe(true);
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
