/** Runs the right normalizer over a page of Price List items or Savings Plans rates, never throwing on one bad item. */
import { normalizeBedrockProduct } from './bedrock';
import { normalizeEc2Product } from './ec2';
import { normalizeLambdaProduct } from './lambda';
import type { OutcomeCollector } from './outcome';
import { type ProductResult } from './outcome';
import { parsePriceListItem, type Product } from './product';
import { normalizeSageMakerProduct } from './sageMaker';
import { normalizeOfferingRate, type OfferingRate } from './savingsPlans';

/** The Price List services a refresh reads. */
export type PriceListService = 'sagemaker' | 'ec2' | 'lambda' | 'bedrock';

const NORMALIZERS: Record<PriceListService, (p: Product, fetchedAt: string) => ProductResult> = {
  sagemaker: normalizeSageMakerProduct,
  ec2: normalizeEc2Product,
  lambda: normalizeLambdaProduct,
  bedrock: normalizeBedrockProduct,
};

function guarded<T>(fn: () => ProductResult, onThrow: (reason: string) => T): ProductResult | T {
  try {
    return fn();
  } catch (error) {
    // A normalizer bug on one odd item must cost that item only, not the refresh.
    return onThrow(`normalizer failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Adds Price List items (boxed JSON strings) of one service to a collector. */
export function collectPriceListItems(
  collector: OutcomeCollector,
  service: PriceListService,
  items: ReadonlyArray<unknown>,
  fetchedAt: string,
): void {
  for (const item of items) {
    const parsed = parsePriceListItem(item);
    if (!parsed.ok) {
      collector.skip(parsed.reason);
      continue;
    }
    const result = guarded(
      () => NORMALIZERS[service](parsed.product, fetchedAt),
      (skip) => ({ skip }),
    );
    collector.add(parsed.product, result);
  }
}

/** Adds Savings Plans offering rates to a collector. */
export function collectOfferingRates(
  collector: OutcomeCollector,
  rates: ReadonlyArray<OfferingRate>,
  fetchedAt: string,
): void {
  for (const rate of rates) {
    const result = guarded(
      () => normalizeOfferingRate(rate, fetchedAt),
      (skip) => ({ skip }),
    );
    if ('skip' in result) collector.skip(result.skip, rate.savingsPlanOffering?.offeringId);
    else collector.add(undefined, result);
  }
}
