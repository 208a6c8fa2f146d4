// Start-up with a price cache on disk: the cache decodes on a worker thread, and the window's first
// answers (app.info, prices.catalog asked for the built-in prices meanwhile) never wait for it, saying
// which prices are in use; everything else waits and gets the cached prices.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { PriceEntry } from '@shared/prices/catalog';
import { priceKeys } from '@shared/prices/keys';
import { appHandlers } from '../../../src-main/api/areas/app';
import { priceCatalogHandlers } from '../../../src-main/api/areas/priceCatalog';
import { cacheFilePath, writeCacheFile } from '../../../src-main/prices/cache/cacheFile';
import { decodeCacheBytes } from '../../../src-main/prices/cache/decodeCache';
import { decodeCacheInWorker } from '../../../src-main/prices/cache/decodeInWorker';
import { mergeIntoCache } from '../../../src-main/prices/cache/mergeCatalog';
import { PriceService } from '../../../src-main/prices/PriceService';
import type { Services } from '../../../src-main/composition/services';
import { tempDataFolder } from './helpers';

const FETCHED = '2026-11-20T08:00:00Z';
const c5 = priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge');
const cached: PriceEntry = {
  key: c5,
  usd: 0.3,
  unit: 'hour',
  source: { origin: 'api', label: 'AWS Price List API', asOf: '2026-11-20', fetchedAt: FETCHED },
};

async function folderWithCache(): Promise<string> {
  const folder = tempDataFolder();
  await writeCacheFile(
    folder,
    mergeIntoCache(
      undefined,
      [cached],
      [{ service: 'sagemaker', region: 'us-east-1', fetchedAt: FETCHED, count: 1 }],
      FETCHED,
    ),
  );
  return folder;
}

/** A decoder that holds until `open()` is called. */
function gatedDecoder() {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  return { open, decode: (bytes: Buffer) => gate.then(() => decodeCacheBytes(bytes)) };
}

function handlersOver(prices: PriceService, dataFolder: string) {
  const services = { prices, version: '1.2.3', inputs: { dataFolder, mode: 'web' } } as unknown as Services;
  return { ...appHandlers(services), ...priceCatalogHandlers(services) };
}

const ctx = { transport: 'http' } as const;

describe('price cache at start-up', () => {
  it('decodes on a worker thread to the same cache as on this thread, and a damaged file the same way', async () => {
    const bytes = readFileSync(cacheFilePath(await folderWithCache()));
    const inWorker = await decodeCacheInWorker(bytes);
    expect(inWorker.kind).toBe('ok');
    expect(inWorker).toEqual(await decodeCacheBytes(bytes));
    const damaged = Buffer.from(bytes.subarray(0, bytes.length >> 1));
    expect(await decodeCacheInWorker(damaged)).toEqual({
      kind: 'bad',
      why: 'the price cache is not compressed JSON (truncated or damaged)',
    });
  });

  it('decodes on this thread when no worker starts or the worker dies', async () => {
    const bytes = readFileSync(cacheFilePath(await folderWithCache()));
    const expected = await decodeCacheBytes(bytes);
    expect(
      await decodeCacheInWorker(bytes, () => {
        throw new Error('no worker here');
      }),
    ).toEqual(expected);
    expect(await decodeCacheInWorker(bytes, () => new Worker('process.exit(3)', { eval: true }))).toEqual(expected);
  });

  it('answers app.info and an early prices.catalog with the built-in prices, said so, while the cache decodes', async () => {
    const folder = await folderWithCache();
    const gated = gatedDecoder();
    const prices = new PriceService({ dataFolder: folder, decodeCache: gated.decode });
    const h = handlersOver(prices, folder);

    const info = await h['app.info']({}, ctx);
    expect(info.prices).toMatchObject({ kind: 'snapshot', loading: true });
    expect(info.prices.label).toMatch(/the cached prices are still loading$/);
    const early = await h['prices.catalog']({ regions: ['us-east-1'], whileLoading: 'built-in' }, ctx);
    expect(early.cacheLoading).toBe(true);
    expect(early.data.origin).toBe('snapshot');
    expect(early.data.entries.find((e) => e.key === c5)?.source.origin).toBe('snapshot');

    // Without asking for the built-in prices, the answer waits for the cache.
    let waited = false;
    const late = h['prices.catalog']({ regions: ['us-east-1'] }, ctx).then((r) => {
      waited = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(waited).toBe(false);
    gated.open();
    const after = await late;
    expect(after.cacheLoading).toBeUndefined();
    expect(after.data.entries.find((e) => e.key === c5)).toEqual(cached);
    expect(prices.cacheLoading()).toBe(false);
    const infoAfter = await h['app.info']({}, ctx);
    expect(infoAfter.prices.kind).toBe('cache');
    expect(infoAfter.prices.loading).toBeUndefined();
    // Asked for the built-in prices once the cache is in, the answer is the cached prices.
    const again = await h['prices.catalog']({ regions: ['us-east-1'], whileLoading: 'built-in' }, ctx);
    expect(again.cacheLoading).toBeUndefined();
    expect(again.data.entries.find((e) => e.key === c5)).toEqual(cached);
  });

  it('with no cache on disk, the first answer is the load itself (nothing is said to be loading)', async () => {
    const prices = new PriceService({ dataFolder: tempDataFolder() });
    await prices.firstAnswer();
    expect(prices.cacheLoading()).toBe(false);
    expect(prices.sourceSummary().loading).toBeUndefined();
  });

  it('loads a real cache through the worker by default', async () => {
    const prices = new PriceService({ dataFolder: await folderWithCache() });
    await prices.load();
    expect(prices.getCatalog().lookup(c5)).toMatchObject({ ok: true, price: { usd: 0.3 } });
    expect(prices.status().kind).toBe('cache');
  });
});
