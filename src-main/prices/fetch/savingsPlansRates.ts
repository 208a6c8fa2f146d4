/**
 * DescribeSavingsPlansOfferingRates for the three plan types that cover inference: SageMaker plans
 * (SageMaker instance usage), Compute plans (EC2 and Lambda) and EC2 Instance plans (Linux, shared).
 */
import { DescribeSavingsPlansOfferingRatesCommand } from '@aws-sdk/client-savingsplans';
import type { DescribeSavingsPlansOfferingRatesCommandInput, SavingsplansClient } from '@aws-sdk/client-savingsplans';
import type { OfferingRate } from '../normalize/savingsPlans';
import { withRetry, type RetryOptions } from './retry';
import type { OperationLimiter } from './tokenBucket';

/** The API's largest page. */
export const RATES_PAGE_SIZE = 1000;

/** The rate queries for one region. */
export function savingsPlansQueries(region: string): DescribeSavingsPlansOfferingRatesCommandInput[] {
  const byRegion = { name: 'region' as const, values: [region] };
  return [
    { savingsPlanTypes: ['SageMaker'], products: ['SageMaker'], filters: [byRegion] },
    { savingsPlanTypes: ['Compute'], products: ['EC2', 'Lambda'], filters: [byRegion] },
    {
      savingsPlanTypes: ['EC2Instance'],
      products: ['EC2'],
      filters: [
        byRegion,
        { name: 'tenancy', values: ['shared'] },
        { name: 'productDescription', values: ['Linux/UNIX'] },
      ],
    },
  ];
}

/** Every rate of one query, following nextToken. */
export async function fetchAllOfferingRates(
  input: DescribeSavingsPlansOfferingRatesCommandInput,
  ctx: {
    client: SavingsplansClient;
    limiter: OperationLimiter;
    retry: RetryOptions;
    signal?: AbortSignal;
    onPage?: (items: number) => void;
  },
): Promise<OfferingRate[]> {
  const rates: OfferingRate[] = [];
  let token: string | undefined;
  do {
    await ctx.limiter.take('DescribeSavingsPlansOfferingRates', ctx.signal);
    const page = await withRetry(
      () =>
        ctx.client.send(
          new DescribeSavingsPlansOfferingRatesCommand({
            ...input,
            maxResults: RATES_PAGE_SIZE,
            ...(token ? { nextToken: token } : {}),
          }),
          ctx.signal ? { abortSignal: ctx.signal } : {},
        ),
      ctx.retry,
      ctx.signal,
    );
    const list = page.searchResults ?? [];
    rates.push(...(list as OfferingRate[]));
    ctx.onPage?.(list.length);
    token = page.nextToken || undefined;
  } while (token);
  return rates;
}
