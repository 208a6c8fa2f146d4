/**
 * Commitment break-even: the utilization above which a Savings Plan or reservation beats on-demand,
 * and how many months of savings recover an upfront payment.
 */
import type { PriceCatalog } from '../../prices/catalog';
import type { Design, Workload } from '../model';
import { estimateDesign } from '../estimate';
import { ON_DEMAND } from '../purchase/onDemand';
import type { CommitmentTerms, DesignEstimate } from '../results';

/** Committed rate ÷ on-demand rate: below this share of hours used, on-demand is cheaper. */
export function breakEvenUtilization(committedRatePerUnit: number, onDemandRatePerUnit: number): number {
  return onDemandRatePerUnit > 0 ? committedRatePerUnit / onDemandRatePerUnit : Infinity;
}

/**
 * Months until the cash saved each month (on-demand cost − the commitment's recurring cost) repays
 * the upfront payment; null when it never does.
 */
export function monthsToRecoverUpfront(
  upfrontUsd: number,
  onDemandMonthlyUsd: number,
  recurringMonthlyUsd: number,
): number | null {
  if (upfrontUsd <= 0) return 0;
  const saved = onDemandMonthlyUsd - recurringMonthlyUsd;
  return saved > 0 ? upfrontUsd / saved : null;
}

export interface CommitmentAnalysis {
  committed: DesignEstimate;
  onDemand: DesignEstimate;
  terms: CommitmentTerms | null;
  /** On-demand monthly − committed monthly (amortized); positive when the commitment saves. */
  monthlySavingsUsd: number | null;
  upfrontUsd: number;
  monthsToRecoverUpfront: number | null;
}

/** Compares a committed design with the same design on-demand. */
export function analyzeCommitment(
  design: Design,
  workload: Workload,
  catalog: PriceCatalog,
  projectRegion: string,
): CommitmentAnalysis {
  const committed = estimateDesign(design, workload, catalog, projectRegion);
  const onDemand = estimateDesign({ ...design, purchase: ON_DEMAND }, workload, catalog, projectRegion);
  const savings =
    committed.monthlyUsd !== null && onDemand.monthlyUsd !== null ? onDemand.monthlyUsd - committed.monthlyUsd : null;
  let months: number | null = null;
  if (committed.monthlyUsd !== null && onDemand.monthlyUsd !== null) {
    const termMonths = committed.commitment?.termMonths ?? 12;
    const recurring = committed.monthlyUsd - committed.upfrontUsd / termMonths;
    months = monthsToRecoverUpfront(committed.upfrontUsd, onDemand.monthlyUsd, recurring);
  }
  return {
    committed,
    onDemand,
    terms: committed.commitment ?? null,
    monthlySavingsUsd: savings,
    upfrontUsd: committed.upfrontUsd,
    monthsToRecoverUpfront: months,
  };
}
