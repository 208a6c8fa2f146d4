/**
 * Spot prices with credentials: EC2 `DescribeSpotPriceHistory` in each region (the Price List has no
 * spot prices). It asks for the prices in effect now (StartTime = EndTime = now: AWS then returns each
 * pool's last price change before that time), Linux/UNIX only, every page through NextToken, each
 * request through the retry policy. A region where the call is refused (no permission, a region not
 * enabled for the account) is reported and skipped, so the rest of the refresh still lands and earlier
 * spot prices are kept, marked; any other failure ends the refresh like every API call.
 */
import { DescribeSpotPriceHistoryCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { normalizeSpotHistory, type SpotPriceRecord } from '../normalize/spotHistory';
import type { NormalizeOutcome } from '../normalize/outcome';
import { allPages } from './pages';
import type { RetryOptions } from './retry';

/** Records per page: the API maximum. */
export const SPOT_PAGE_SIZE = 1000;

/** Errors that mean "not for these credentials here", not "try again". */
const REFUSED = new Set(['UnauthorizedOperation', 'AuthFailure', 'OptInRequired', 'AccessDenied', 'Blocked']);

/** What the spot fetch needs. */
export interface SpotFetchContext {
  client: EC2Client;
  retry: RetryOptions;
  fetchedAt: string;
  signal?: AbortSignal;
  /** Called after every page with the number of records on it. */
  onPage?: (records: number) => void;
}

/** The region's current Linux spot prices (see the file comment). */
export async function fetchSpotPrices(region: string, ctx: SpotFetchContext): Promise<NormalizeOutcome> {
  const now = new Date(ctx.fetchedAt);
  let records: SpotPriceRecord[];
  try {
    records = await allPages<SpotPriceRecord>(async (token, sdk) => {
      const page = await ctx.client.send(
        new DescribeSpotPriceHistoryCommand({
          ProductDescriptions: ['Linux/UNIX'],
          StartTime: now,
          EndTime: now,
          MaxResults: SPOT_PAGE_SIZE,
          ...(token ? { NextToken: token } : {}),
        }),
        sdk,
      );
      return { items: page.SpotPriceHistory ?? [], next: page.NextToken };
    }, ctx);
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    if (ctx.signal?.aborted || !REFUSED.has(name)) throw error;
    return {
      entries: [],
      ignored: 0,
      skipped: [
        {
          reason: `spot prices: DescribeSpotPriceHistory was refused in ${region} (${name}: ${(error as Error).message}); earlier spot prices are kept, marked, and spot estimates stay estimates`,
        },
      ],
    };
  }
  return normalizeSpotHistory(region, records, ctx.fetchedAt);
}
