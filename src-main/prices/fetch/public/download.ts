/**
 * A download streamed into a sink chunk by chunk, never held whole: progress by bytes against the
 * size the server announced, retries with backoff on dropped connections, timeouts, truncated bodies
 * and 5xx answers, and resumption from the last byte received (HTTP Range with If-Range) where the
 * server supports ranges. A server that answers a range request with the whole file makes the sink
 * start over, so the bytes it has seen are always one exact prefix of the file.
 */
import { withRetry, type RetryOptions } from '../retry';
import type { NetworkTimeouts } from '../timeouts';
import { httpGet } from './httpGet';

/** Where the bytes go. `write` may throw to stop the download (bad content is not retried). */
export interface ChunkSink {
  write(chunk: Buffer): void;
  /** Drop everything written so far: the bytes start again from the first. */
  restart(): void;
}

/** What a download needs. */
export interface DownloadContext {
  timeouts: NetworkTimeouts;
  retry: RetryOptions;
  signal?: AbortSignal;
  /** After each chunk: bytes of this file so far and its announced size. */
  onBytes?: (received: number, total: number | undefined) => void;
  /** Before each HTTP request. */
  onRequest?: () => void;
}

/** What a finished download did. */
export interface DownloadResult {
  bytes: number;
  requests: number;
  /** Requests that continued from a byte offset. */
  resumed: number;
}

/** An HTTP answer other than success; 429 and 5xx are retried. */
export class HttpStatusError extends Error {
  readonly $metadata: { httpStatusCode: number };
  constructor(
    readonly url: string,
    readonly statusCode: number,
  ) {
    super(`${url} answered HTTP ${statusCode}`);
    this.name = 'HttpStatusError';
    this.$metadata = { httpStatusCode: statusCode };
  }
}

/** The body ended before the announced size, or the connection dropped mid-body: retried (resumed). */
export class IncompleteDownloadError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'IncompleteDownload';
  }
}

/** The sink refused the content: never retried. */
export class ContentError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'ContentError';
  }
}

function rangeStart(contentRange: string | undefined): { start: number; total?: number } | undefined {
  const m = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(contentRange ?? '');
  if (!m) return undefined;
  return m[2] === '*' ? { start: Number(m[1]) } : { start: Number(m[1]), total: Number(m[2]) };
}

/** Downloads `url` into `sink`; throws after the last retry, on a non-retryable answer, or on cancel. */
export async function download(url: URL, sink: ChunkSink, ctx: DownloadContext): Promise<DownloadResult> {
  let offset = 0;
  let total: number | undefined;
  let validator: string | undefined;
  let ranges = false;
  const result: DownloadResult = { bytes: 0, requests: 0, resumed: 0 };
  const attempt = async (): Promise<void> => {
    const resume = offset > 0 && ranges && validator !== undefined;
    const headers: Record<string, string> = resume ? { range: `bytes=${offset}-`, 'if-range': validator! } : {};
    ctx.onRequest?.();
    result.requests += 1;
    const { response, failure } = await httpGet(url, headers, ctx.timeouts, ctx.signal);
    const status = response.statusCode ?? 0;
    if (status === 206 && resume) {
      const range = rangeStart(response.headers['content-range']);
      if (!range || range.start !== offset) {
        response.destroy();
        throw new IncompleteDownloadError(`${url.href}: the server resumed at the wrong byte`);
      }
      result.resumed += 1;
      total = range.total ?? total;
    } else if (status === 200) {
      if (offset > 0) sink.restart();
      offset = 0;
      const length = Number(response.headers['content-length']);
      total = Number.isFinite(length) ? length : undefined;
      ranges = response.headers['accept-ranges'] === 'bytes';
      const etag = response.headers['etag'];
      validator = etag && !etag.startsWith('W/') ? etag : response.headers['last-modified'];
    } else {
      response.resume();
      throw new HttpStatusError(url.href, status);
    }
    try {
      for await (const chunk of response) {
        const bytes = chunk as Buffer;
        try {
          sink.write(bytes);
        } catch (error) {
          throw new ContentError(`${url.href}: ${(error as Error).message}`, error);
        }
        offset += bytes.length;
        ctx.onBytes?.(offset, total);
      }
    } catch (error) {
      response.destroy();
      if (error instanceof ContentError || ctx.signal?.aborted) throw error;
      const why = failure() ?? (error as Error);
      if (why.name === 'TimeoutError') throw why;
      throw new IncompleteDownloadError(`${url.href}: the connection dropped after ${offset} bytes`, why);
    }
    if (total !== undefined && offset < total)
      throw new IncompleteDownloadError(`${url.href}: the body ended after ${offset} of ${total} bytes`);
  };
  await withRetry(attempt, ctx.retry, ctx.signal);
  result.bytes = offset;
  return result;
}
