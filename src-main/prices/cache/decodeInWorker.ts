/**
 * Decoding the cache on a worker thread (cacheWorker.ts): the bytes are moved to the worker, the
 * decoded cache comes back as plain data, its prices a slice per message (each read between this
 * thread's other work, then the next asked for). If no worker can be started (a build without the worker
 * file), the bytes are decoded on this thread instead: slower to answer, never a lost cache.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PriceEntry } from '@shared/prices/catalog';
import { decodeCacheBytes, type CacheDecode } from './decodeCache';
import type { CacheWorkerMessage } from './cacheWorkerProtocol';

const ENTRY = 'priceCacheWorker';

/**
 * The built worker (out/main/priceCacheWorker.js, next to this code or one folder up from its chunk),
 * or, when running from the sources (tests, benchmarks), cacheWorker.ts under tsx's loader.
 */
export function startCacheWorker(): Worker {
  const built = [join(__dirname, `${ENTRY}.js`), join(__dirname, '..', `${ENTRY}.js`)].find((p) => existsSync(p));
  if (built) return new Worker(built);
  return new Worker("require('tsx/cjs'); require(require('node:worker_threads').workerData);", {
    eval: true,
    workerData: join(__dirname, 'cacheWorker.ts'),
  });
}

/** Decodes the cache file's bytes on a worker thread (see the file comment). */
export function decodeCacheInWorker(bytes: Buffer, start: () => Worker = startCacheWorker): Promise<CacheDecode> {
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return decodeCacheBytes(bytes);
  }
  return new Promise<CacheDecode>((resolve) => {
    let settled = false;
    const finish = (outcome: () => Promise<CacheDecode> | CacheDecode) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(outcome());
    };
    const entries: PriceEntry[] = [];
    worker.on('message', (message: CacheWorkerMessage) => {
      if (message.kind === 'entries') {
        for (const e of message.entries) entries.push(e);
        worker.postMessage('next');
        return;
      }
      const decoded = message.decoded;
      finish(() => (decoded.kind === 'ok' ? { kind: 'ok', cache: { ...decoded.cache, entries } } : decoded));
    });
    // A worker that fails to start or dies: decode here, so the prices still load.
    worker.once('error', () => finish(() => decodeCacheBytes(bytes)));
    worker.once('exit', () => finish(() => decodeCacheBytes(bytes)));
    // A copy of its own to move: `bytes` may be a view into a shared pool.
    const own = new Uint8Array(bytes);
    worker.postMessage(own, [own.buffer]);
  });
}
