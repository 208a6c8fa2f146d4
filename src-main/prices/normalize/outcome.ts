/**
 * What normalizing a batch of products produced: the prices, the items of unknown shape (skipped and
 * counted, never fatal), and the decoys knowingly ignored. When several SKUs map to one key the
 * positive price wins over a $0 one, then the latest effective date: free-tier twins never win.
 */
import type { PriceEntry } from '@shared/prices/catalog';
import type { Product } from './product';

/** An item that could not be placed, with the reason, for the refresh report. */
export interface SkippedItem {
  sku?: string;
  reason: string;
}

/** The result of one normalizer over many products. */
export interface NormalizeOutcome {
  entries: PriceEntry[];
  skipped: SkippedItem[];
  /** Products recognised as not wanted (other OS, other component, $0 decoys...). */
  ignored: number;
}

/** The result of normalizing one product: prices, a skip reason, or nothing wanted. */
export type ProductResult = { entries: PriceEntry[] } | { skip: string } | { ignore: true };

/** Folds per-product results into one outcome, resolving key collisions. */
export class OutcomeCollector {
  private readonly byKey = new Map<string, PriceEntry>();
  private readonly skipped: SkippedItem[] = [];
  private ignored = 0;

  /** Adds the result of one product. */
  add(product: Product | undefined, result: ProductResult): void {
    if ('skip' in result) {
      this.skipped.push(product ? { sku: product.sku, reason: result.skip } : { reason: result.skip });
      return;
    }
    if ('ignore' in result) {
      this.ignored += 1;
      return;
    }
    for (const e of result.entries) {
      const held = this.byKey.get(e.key);
      if (!held || better(e, held)) this.byKey.set(e.key, e);
    }
  }

  /** Records an item that did not even parse. */
  skip(reason: string, sku?: string): void {
    this.skipped.push(sku ? { sku, reason } : { reason });
  }

  /** The folded outcome. */
  result(): NormalizeOutcome {
    return { entries: [...this.byKey.values()], skipped: this.skipped, ignored: this.ignored };
  }
}

function worth(e: PriceEntry): number {
  return e.usd > 0 || (e.upfrontUsd ?? 0) > 0 ? 1 : 0;
}

function better(candidate: PriceEntry, held: PriceEntry): boolean {
  if (worth(candidate) !== worth(held)) return worth(candidate) > worth(held);
  return candidate.source.asOf > held.source.asOf;
}
