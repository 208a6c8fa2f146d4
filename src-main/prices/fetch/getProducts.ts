/**
 * Runs one GetProducts query to the end: every page through NextToken, each request through the
 * rate limiter and the retry policy. An expired or invalid NextToken restarts the query from the
 * first page (the token cannot be renewed), dropping the pages already read so nothing doubles.
 */
import { GetProductsCommand } from '@aws-sdk/client-pricing';
import type { PricingClient } from '@aws-sdk/client-pricing';
import type { ProductQuery } from './queries';
import { allPages } from './pages';
import type { RetryOptions } from './retry';
import type { OperationLimiter } from './tokenBucket';

/** Page size: the API maximum, so a query needs as few requests as possible. */
export const PAGE_SIZE = 100;
/** How often one query may restart after a bad token before the refresh gives up. */
export const MAX_TOKEN_RESTARTS = 3;

/** What the pager needs besides the query. */
export interface PagerContext {
  client: PricingClient;
  limiter: OperationLimiter;
  retry: RetryOptions;
  signal?: AbortSignal;
  /** Called after every page with the number of items on it. */
  onPage?: (items: number) => void;
  /** Called when the query restarts after a bad token. */
  onRestart?: (reason: string) => void;
}

const TOKEN_ERRORS = new Set(['ExpiredNextTokenException', 'InvalidNextTokenException']);

/** Every PriceList item of the query (boxed strings, as the SDK returns them). */
export async function fetchAllProducts(query: ProductQuery, ctx: PagerContext): Promise<unknown[]> {
  for (let restarts = 0; ; restarts++) {
    try {
      return await allPages<unknown>(
        async (token, sdk) => {
          const page = await ctx.client.send(
            new GetProductsCommand({
              ServiceCode: query.serviceCode,
              Filters: query.filters,
              FormatVersion: 'aws_v1',
              MaxResults: PAGE_SIZE,
              ...(token ? { NextToken: token } : {}),
            }),
            sdk,
          );
          return { items: page.PriceList ?? [], next: page.NextToken };
        },
        { ...ctx, turn: () => ctx.limiter.take('GetProducts', ctx.signal) },
      );
    } catch (error) {
      const name = (error as { name?: string }).name ?? '';
      if (!TOKEN_ERRORS.has(name) || restarts >= MAX_TOKEN_RESTARTS) throw error;
      ctx.onRestart?.(`${query.label}: ${name}, restarting the query`);
    }
  }
}
