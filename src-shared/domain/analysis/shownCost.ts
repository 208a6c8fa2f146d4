/**
 * The cost figures to show for an estimate. An estimate's monthly total is null when a price is
 * unavailable, or when a design was ruled out before anything could be priced (Bedrock without token
 * counts: no line item at all). Both show as unavailable, with the reason, everywhere the UI shows a
 * cost (recommendations, editor, ways to pay, comparison, charts).
 */
import type { DesignEstimate } from '../results';

/** Why the estimate's cost cannot be shown as a figure, or null when it can. */
export function costUnavailableReason(e: DesignEstimate): string | null {
  if (!e.feasible && e.lineItems.length === 0)
    return `cannot be priced: ${e.reasons.map((r) => r.message).join('; ') || 'an input is missing'}`;
  if (e.monthlyUsd === null) return e.lineItems.find((l) => l.unavailable)?.unavailable ?? 'price unavailable';
  return null;
}

/** Monthly, yearly, per-1,000-request, per-1M-output-token and upfront costs to show: null where the cost is unavailable. */
export function shownCosts(e: DesignEstimate): {
  monthlyUsd: number | null;
  yearlyUsd: number | null;
  costPer1kRequestsUsd: number | null;
  costPer1MOutputTokensUsd: number | null;
  upfrontUsd: number | null;
} {
  if (costUnavailableReason(e) !== null)
    return {
      monthlyUsd: null,
      yearlyUsd: null,
      costPer1kRequestsUsd: null,
      costPer1MOutputTokensUsd: null,
      upfrontUsd: null,
    };
  return {
    monthlyUsd: e.monthlyUsd,
    yearlyUsd: e.yearlyUsd,
    costPer1kRequestsUsd: e.costPer1kRequestsUsd,
    costPer1MOutputTokensUsd: e.costPer1MOutputTokensUsd,
    upfrontUsd: e.upfrontUsd,
  };
}
