/**
 * From the cache file's bytes to the cache in memory, without holding the event loop for long: the
 * gunzip runs on libuv's thread pool, and the prices are validated a slice at a time with a yield
 * between slices, so a window starting up (IPC, first paint) is served while the cache loads. Only
 * JSON.parse runs in one piece.
 */
import { promisify } from 'node:util';
import { z } from 'zod';
import { gunzip } from 'node:zlib';
import { describeZodError, formatProblems, type InputProblem } from '@shared/validation';
import { computeCoverage } from '../coverage';
import { CACHE_FORMAT, CACHE_VERSION, CacheHeaderSchema, CachedEntriesSchema, type PriceCache } from './cacheSchema';

const gunzipAsync = promisify(gunzip);
/** Prices validated between two yields to the event loop (a few milliseconds of work). */
const SLICE = 2_000;

/** What the bytes are: a cache, a bad file (why), or a newer version's file. */
export type CacheDecode =
  { kind: 'ok'; cache: PriceCache } | { kind: 'bad'; why: string } | { kind: 'newer'; version: number };

function bad(problems: InputProblem[]): CacheDecode {
  return {
    kind: 'bad',
    why: `the price cache does not have the expected format: ${formatProblems(problems.slice(0, 5)).slice(0, 300)}`,
  };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Decodes the file's bytes: gunzip, JSON, the format and version, then the schema slice by slice. */
export async function decodeCacheBytes(bytes: Buffer): Promise<CacheDecode> {
  let json: unknown;
  try {
    json = JSON.parse((await gunzipAsync(bytes)).toString('utf8'));
  } catch {
    return { kind: 'bad', why: 'the price cache is not compressed JSON (truncated or damaged)' };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== CACHE_FORMAT)
    return { kind: 'bad', why: 'the price cache is not an InferCalc price cache' };
  if (typeof head.version === 'number' && Number.isInteger(head.version) && head.version > CACHE_VERSION)
    return { kind: 'newer', version: head.version };
  const header = CacheHeaderSchema.safeParse(json);
  if (!header.success) return bad(describeZodError(header.error));
  const raw = header.data.catalog.entries;
  const entries: PriceCache['entries'] = [];
  for (let start = 0; start < raw.length; start += SLICE) {
    if (start > 0) await yieldToEventLoop();
    const slice = CachedEntriesSchema.safeParse(raw.slice(start, start + SLICE));
    if (!slice.success) {
      // Paths inside the slice, made paths inside the file.
      const issues = slice.error.issues.map((i) => ({
        ...i,
        path: ['catalog', 'entries', start + Number(i.path[0]), ...i.path.slice(1)],
      }));
      return bad(describeZodError(new z.ZodError(issues)));
    }
    for (const e of slice.data) entries.push(e as PriceCache['entries'][number]);
  }
  const { writtenAt, refreshed } = header.data;
  return { kind: 'ok', cache: { writtenAt, refreshed, entries, coverage: computeCoverage(entries) } };
}
