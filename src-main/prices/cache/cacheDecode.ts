/**
 * From parsed JSON to a validated cache file, or the reason it is not one. Kept apart from reading
 * and unpacking so each step of a start-up load can be timed on its own (see the price benchmark).
 */
import { describeZodError, formatProblems } from '@shared/validation';
import { CACHE_FORMAT, CACHE_VERSION, CacheFileSchema, type CacheFile } from './cacheSchema';

/** A validated file, or why the parsed JSON is not a cache this app reads. */
export type CacheDecode = { kind: 'ok'; file: CacheFile } | { kind: 'bad'; why: string };

/** Checks the format marker, the version, then every field; problems name their path. */
export function decodeCacheJson(json: unknown): CacheDecode {
  const header = json as { format?: unknown; version?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== CACHE_FORMAT) {
    return { kind: 'bad', why: 'the price cache is not an InferCalc price cache' };
  }
  if (header.version !== CACHE_VERSION) {
    // An older (or newer) app's cache: not worth misreading; the next refresh writes the current version.
    return {
      kind: 'bad',
      why: `the price cache has format version ${JSON.stringify(header.version)}, this app reads version ${CACHE_VERSION}`,
    };
  }
  const parsed = CacheFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      kind: 'bad',
      why: `the price cache does not have the expected format: ${formatProblems(describeZodError(parsed.error).slice(0, 5)).slice(0, 300)}`,
    };
  }
  return { kind: 'ok', file: parsed.data };
}
