/**
 * From parsed JSON to a validated cache file, or the reason it is not one. Kept apart from reading
 * and unpacking so each step of a start-up load can be timed on its own (see the price benchmark).
 */
import { describeZodError, formatProblems, type InputProblem } from '@shared/validation';
import { checkGroups, type GroupLines } from './cacheColumns';
import { CACHE_FORMAT, CACHE_VERSION, CacheHeaderSchema, READABLE_VERSIONS, type CacheFile } from './cacheSchema';

/** A validated file with its groups' text columns as lines (see unpackCache), or why the parsed JSON is not a cache this app reads. */
export type CacheDecode =
  | { kind: 'ok'; file: CacheFile; lines: GroupLines[] }
  | { kind: 'bad'; why: string }
  | { kind: 'newer'; version: number };

function bad(problems: InputProblem[]): CacheDecode {
  const listed = formatProblems(problems.slice(0, 5)).slice(0, 300);
  return { kind: 'bad', why: `the price cache does not have the expected format: ${listed}` };
}

/** Checks the format marker, the version, then every field (header by zod, groups by hand); problems name their path. */
export function decodeCacheJson(json: unknown): CacheDecode {
  const header = json as { format?: unknown; version?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== CACHE_FORMAT) {
    return { kind: 'bad', why: 'the price cache is not an InferCalc price cache' };
  }
  // A newer app's cache is not damage: it is left in place for that version (see loadCacheFile).
  if (typeof header.version === 'number' && Number.isInteger(header.version) && header.version > CACHE_VERSION)
    return { kind: 'newer', version: header.version };
  if (!READABLE_VERSIONS.includes(header.version)) {
    // An older (or newer) app's cache: not worth misreading; the next refresh writes the current version.
    return {
      kind: 'bad',
      why: `the price cache has format version ${JSON.stringify(header.version)}, this app reads versions ${READABLE_VERSIONS.slice(0, -1).join(', ')} and ${String(READABLE_VERSIONS.at(-1))}`,
    };
  }
  const parsed = CacheHeaderSchema.safeParse(json);
  if (!parsed.success) return bad(describeZodError(parsed.error));
  const file = parsed.data;
  const { problems, lines } = checkGroups(file.groups, file.sources.length, file.version);
  if (problems.length > 0) return bad(problems);
  // checkGroups has checked every field of every group.
  return { kind: 'ok', file: file as CacheFile, lines };
}
