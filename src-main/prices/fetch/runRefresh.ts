/**
 * Fetches and normalizes prices for the chosen services and regions (EC2 with its spot prices from
 * DescribeSpotPriceHistory). Pure of storage: it returns the
 * entries and a report, and the caller decides what to cache. Any failure (after retries) or a cancel
 * ends the whole refresh, so a half-fetched region never replaces good cached prices.
 */
import type { PriceEntry } from '@shared/prices/catalog';
import { collectOfferingRates, collectPriceListItems } from '../normalize/normalizeProducts';
import { OutcomeCollector } from '../normalize/outcome';
import type { RefreshProgress, RefreshService, ReportedSkip } from '../refreshTypes';
import type { PriceApiClients } from './clients';
import { fetchAllProducts } from './getProducts';
import { productQueries } from './queries';
import type { RetryOptions } from './retry';
import { fetchAllOfferingRates, savingsPlansQueries } from './savingsPlansRates';
import { fetchSpotPrices } from './spotPriceHistory';
import type { OperationLimiter } from './tokenBucket';

/** Everything a fetch needs. */
export interface FetchContext {
  clients: PriceApiClients;
  limiter: OperationLimiter;
  retry: RetryOptions;
  fetchedAt: string;
  signal?: AbortSignal;
  onProgress?: (progress: RefreshProgress) => void;
}

/** Counters and results of a finished fetch. */
export interface FetchResult {
  entries: PriceEntry[];
  requests: number;
  pages: number;
  products: number;
  restarts: number;
  skipped: ReportedSkip[];
  ignored: number;
}

const MAX_REPORTED_SKIPS = 20;

/** Fetches every (service, region) pair in order; throws on the first failure or cancel. */
export async function fetchPrices(
  services: ReadonlyArray<RefreshService>,
  regions: ReadonlyArray<string>,
  ctx: FetchContext,
): Promise<FetchResult> {
  const result: FetchResult = { entries: [], requests: 0, pages: 0, products: 0, restarts: 0, skipped: [], ignored: 0 };
  for (const service of services) {
    for (const region of regions) {
      const collector = new OutcomeCollector();
      let step = `${service} ${region}`;
      const onPage = (items: number) => {
        result.requests += 1;
        result.pages += 1;
        result.products += items;
        ctx.onProgress?.(progressAt(service, region, step, result));
      };
      if (service === 'savings-plans') {
        for (const input of savingsPlansQueries(region)) {
          step = `savings-plans ${region} ${input.savingsPlanTypes?.join(',') ?? ''}`;
          const rates = await fetchAllOfferingRates(input, { ...ctx, client: ctx.clients.savingsPlans, onPage });
          collectOfferingRates(collector, rates, ctx.fetchedAt);
        }
      } else {
        for (const query of productQueries(service, region)) {
          step = query.label;
          const items = await fetchAllProducts(query, {
            ...ctx,
            client: ctx.clients.pricing,
            onPage,
            onRestart: () => {
              result.restarts += 1;
            },
          });
          collectPriceListItems(collector, service, items, ctx.fetchedAt);
        }
        if (service === 'ec2') {
          step = `ec2 ${region} spot prices`;
          const spot = await fetchSpotPrices(region, { ...ctx, client: ctx.clients.ec2(region), onPage });
          for (const e of spot.entries) collector.add(undefined, { entries: [e] });
          for (const skip of spot.skipped) collector.skip(skip.reason);
          result.ignored += spot.ignored;
        }
      }
      const outcome = collector.result();
      result.entries.push(...outcome.entries);
      result.ignored += outcome.ignored;
      for (const s of outcome.skipped) {
        result.skipped.push({ service, region, ...s });
      }
    }
  }
  return result;
}

/** A progress report from a fetch's counters so far. */
export function progressAt(
  service: RefreshService,
  region: string,
  step: string,
  counters: Pick<FetchResult, 'pages' | 'products' | 'requests'>,
): RefreshProgress {
  return { service, region, step, pages: counters.pages, products: counters.products, requests: counters.requests };
}

/** Keeps the report short: the count is exact, the list holds the first few. */
export function truncateSkips(skipped: ReportedSkip[]): ReportedSkip[] {
  return skipped.slice(0, MAX_REPORTED_SKIPS);
}
