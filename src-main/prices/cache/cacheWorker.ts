/**
 * The price cache's worker thread (built as out/main/priceCacheWorker.js): decodes one cache file's
 * bytes (gunzip, JSON.parse, validation) and hands the result back as plain data, the prices a
 * slice per message, each sent once the previous one is taken (`next`), so the receiving thread
 * reads them between its other work instead of in one long hold.
 */
import { parentPort } from 'node:worker_threads';
import { decodeCacheBytes } from './decodeCache';
import { WORKER_SLICE, type CacheWorkerMessage } from './cacheWorkerProtocol';

const port = parentPort;
port?.once('message', (bytes: Uint8Array) => {
  void decodeCacheBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).then(
    (decoded) => {
      if (decoded.kind !== 'ok') return port.postMessage({ kind: 'done', decoded } satisfies CacheWorkerMessage);
      const { entries, ...rest } = decoded.cache;
      let at = 0;
      const send = () => {
        if (at >= entries.length) {
          port.postMessage({
            kind: 'done',
            decoded: { kind: 'ok', cache: { ...rest, entries: [] } },
          } satisfies CacheWorkerMessage);
          return;
        }
        port.postMessage({
          kind: 'entries',
          entries: entries.slice(at, at + WORKER_SLICE),
        } satisfies CacheWorkerMessage);
        at += WORKER_SLICE;
      };
      port.on('message', send); // 'next'
      send();
    },
    (error: unknown) =>
      port.postMessage({
        kind: 'done',
        decoded: { kind: 'bad', why: `the price cache could not be decoded (${String(error)})` },
      } satisfies CacheWorkerMessage),
  );
});
