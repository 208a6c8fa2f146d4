/**
 * Client-side rate limiter: a token bucket per API operation. The Price List quota is a burst of 10
 * and 5 requests per second per operation per account; staying under it here avoids throttling
 * rather than recovering from it.
 */

/** Limiter settings; tests raise the rate so the suite stays quick. */
export interface TokenBucketOptions {
  burst: number;
  perSecond: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** The AWS quota. */
export const PRICE_API_RATE: Readonly<TokenBucketOptions> = { burst: 10, perSecond: 5 };

/** Sleeps, rejecting early with the signal's reason when it aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A token bucket. `take()` resolves when a request may be sent. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(private readonly options: TokenBucketOptions) {
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? abortableSleep;
    this.tokens = options.burst;
    this.last = this.now();
  }

  /** Waits for a token. Callers are served in order, so a burst of callers cannot starve one. */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.takeNow(signal));
    // The next caller waits for this one, whether it got its token or was aborted.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async takeNow(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const t = this.now();
      this.tokens = Math.min(this.options.burst, this.tokens + ((t - this.last) / 1000) * this.options.perSecond);
      this.last = t;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.sleep(((1 - this.tokens) / this.options.perSecond) * 1000, signal);
    }
  }
}

/** One bucket per operation name, as the quota is per operation. */
export class OperationLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  constructor(private readonly options: TokenBucketOptions = PRICE_API_RATE) {}

  /** Waits for a token of the named operation. */
  take(operation: string, signal?: AbortSignal): Promise<void> {
    let bucket = this.buckets.get(operation);
    if (!bucket) {
      bucket = new TokenBucket(this.options);
      this.buckets.set(operation, bucket);
    }
    return bucket.take(signal);
  }
}
