/**
 * DescribeSavingsPlansOfferingRates for the three plan types that cover inference: SageMaker plans
 * (SageMaker instance usage), Compute plans (EC2 and Lambda) and EC2 Instance plans (Linux, shared).
 */
import { DescribeSavingsPlansOfferingRatesCommand } from '@aws-sdk/client-savingsplans';
import type { DescribeSavingsPlansOfferingRatesCommandInput, SavingsplansClient } from '@aws-sdk/client-savingsplans';
import type { OfferingRate } from '../normalize/savingsPlans';
import { allPages } from './pages';
import type { RetryOptions } from './retry';
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
  return allPages<OfferingRate>(
    async (token, sdk) => {
      const page = await ctx.client.send(
        new DescribeSavingsPlansOfferingRatesCommand({
          ...input,
          maxResults: RATES_PAGE_SIZE,
          ...(token ? { nextToken: token } : {}),
        }),
        sdk,
      );
      return { items: (page.searchResults ?? []) as OfferingRate[], next: page.nextToken };
    },
    { ...ctx, turn: () => ctx.limiter.take('DescribeSavingsPlansOfferingRates', ctx.signal) },
  );
}
