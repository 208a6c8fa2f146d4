/** Paged AWS calls read to the end: the one loop the Price List, Savings Plans and EC2 fetches share. */
import { withRetry, type RetryOptions } from './retry';

/** One page of a paged call: its items and the token of the next page, if any. */
export interface Page<T> {
  items: T[];
  next?: string | undefined;
}

/** What reading the pages needs besides the call. */
export interface PagesContext {
  retry: RetryOptions;
  signal?: AbortSignal;
  /** Waits for the operation's turn under its rate limit, before every request. */
  turn?: () => Promise<void>;
  /** Called after every page with the number of items on it. */
  onPage?: (items: number) => void;
}

/**
 * Every item of a paged call, each page through the retry policy, until a page names no next token.
 * `fetchPage` gets the token (none for the first page) and the SDK options carrying the cancel signal.
 */
export async function allPages<T>(
  fetchPage: (token: string | undefined, sdk: { abortSignal?: AbortSignal }) => Promise<Page<T>>,
  ctx: PagesContext,
): Promise<T[]> {
  const items: T[] = [];
  const sdk = ctx.signal ? { abortSignal: ctx.signal } : {};
  let token: string | undefined;
  do {
    await ctx.turn?.();
    const page = await withRetry(() => fetchPage(token, sdk), ctx.retry, ctx.signal);
    for (const item of page.items) items.push(item);
    ctx.onPage?.(page.items.length);
    token = page.next || undefined;
  } while (token);
  return items;
}
