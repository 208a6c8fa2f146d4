/**
 * Retries with exponential backoff and jitter on throttling, server errors, timeouts and dropped
 * connections. The SDK's own retries
 * are turned off (maxAttempts 1) so that this one policy, with an injectable base delay, governs all
 * of them and a cancel stops the wait at once.
 */
import { abortableSleep } from './tokenBucket';

/** Retry settings. */
export interface RetryOptions {
  /** Total attempts, including the first. */
  attempts: number;
  /** First backoff in ms; doubles per attempt, with up to 50% jitter. */
  baseDelayMs: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Called before each backoff, e.g. to log. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

export const DEFAULT_RETRY: Readonly<RetryOptions> = { attempts: 5, baseDelayMs: 500 };

const RETRYABLE_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'InternalErrorException',
  'InternalServerException',
  'ServiceUnavailableException',
  'ServiceUnavailable',
  // A call that got no answer in time (SDK or public download), and a download cut short.
  'TimeoutError',
  'IncompleteDownload',
]);
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/** Whether an SDK error is worth retrying: throttling, 5xx, a dropped connection. */
export function isRetryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  if (e.name === 'AbortError') return false;
  if (e.name && RETRYABLE_NAMES.has(e.name)) return true;
  if (e.code && RETRYABLE_CODES.has(e.code)) return true;
  const status = e.$metadata?.httpStatusCode;
  return status !== undefined && (status === 429 || status >= 500);
}

/** Runs `fn` until it succeeds, fails with a non-retryable error, runs out of attempts, or the signal aborts. */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions, signal?: AbortSignal): Promise<T> {
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    try {
      return await fn();
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      if (attempt >= options.attempts || !isRetryable(error)) throw error;
      const delay = options.baseDelayMs * 2 ** (attempt - 1) * (1 + random() * 0.5);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay, signal);
    }
  }
}
