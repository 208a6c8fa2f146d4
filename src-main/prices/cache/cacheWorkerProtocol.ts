/** The messages of the price cache's worker thread (cacheWorker.ts) to the thread that started it. */
import type { PriceEntry } from '@shared/prices/catalog';
import type { CacheDecode } from './decodeCache';

/** Prices per message: small enough that reading one holds the receiving thread a few milliseconds. */
export const WORKER_SLICE = 2_000;

/** A slice of the decoded prices (answered with 'next'), or the end: the decoded cache without its prices. */
export type CacheWorkerMessage = { kind: 'entries'; entries: PriceEntry[] } | { kind: 'done'; decoded: CacheDecode };
