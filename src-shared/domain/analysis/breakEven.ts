/**
 * Commitment analysis: the utilization above which a Savings Plan or reservation beats on-demand,
 * the commitment the engine suggests and how much of it is used, how many months of savings recover
 * an upfront payment, and the cumulative cost over the term. The ways-to-pay step and the comparison
 * chart only show these.
 */
import type { PriceCatalog } from '../../prices/catalog';
import type { Design, Purchase, Workload } from '../model';
import { estimateDesign } from '../estimate';
import { purchaseDefinition } from '../purchase';
import { ON_DEMAND } from '../purchase/onDemand';
import { simulateSavingsPlan } from '../purchase/savingsPlan';
import { HOURS_PER_WEEK, type CommitmentTerms, type DesignEstimate } from '../results';

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

/** One month of a commitment's term: what on-demand and the commitment have cost by then, cumulatively. */
export interface BreakEvenPoint {
  month: number;
  onDemandUsd: number;
  committedUsd: number;
}

/** A committed design against the same design on-demand: savings, sizing, utilization and break-even. */
export interface CommitmentAnalysis {
  committed: DesignEstimate;
  onDemand: DesignEstimate;
  terms: CommitmentTerms | null;
  /** $/h the engine suggests for a Savings Plan: the weekly floor of eligible usage at the plan rate. */
  suggestedPerHour: number | null;
  /** $/h of a Savings Plan in use (the design's own, or the suggestion when it has none). */
  commitmentPerHour: number | null;
  /** Share of a Savings Plan's commitment that buys usage over the week (0..1); null when not instance-hours. */
  utilization: number | null;
  /** Share of hours the capacity must be used for the commitment to beat on-demand. */
  breakEvenUtilization: number | null;
  onDemandMonthlyUsd: number | null;
  committedMonthlyUsd: number | null;
  /** On-demand monthly − committed monthly (amortized); positive when the commitment saves. */
  monthlySavingsUsd: number | null;
  upfrontUsd: number;
  monthsToRecoverUpfront: number | null;
  termMonths: number;
  /** Cumulative cost month by month over the term (empty while either side is unpriced). */
  series: BreakEvenPoint[];
}

/** The commitment line of a Savings Plan estimate. */
function commitmentRate(e: DesignEstimate): number | null {
  return e.lineItems.find((l) => l.kind === 'commitment')?.rateUsd ?? null;
}

/**
 * Compares a committed design with the same design on-demand. `estimate` prices a design of this
 * workload (by default the cost engine; a caller with its own memoised estimates passes them).
 */
export function analyzeCommitment(
  design: Design,
  workload: Workload,
  catalog: PriceCatalog,
  projectRegion: string,
  estimate: (design: Design) => DesignEstimate = (d) => estimateDesign(d, workload, catalog, projectRegion),
): CommitmentAnalysis {
  const committed = estimate(design);
  const onDemand = estimate({ ...design, purchase: { ...ON_DEMAND } });
  const p = design.purchase;
  const terms = committed.commitment ?? null;
  let suggested: number | null = null;
  let inUse: number | null = null;
  let utilization: number | null = null;
  if (purchaseDefinition(p.type).commitment === 'savings-plan') {
    // A Savings Plan: its own commitment when given, else the engine's sizing.
    const plan = p as Purchase & { commitmentPerHour?: number };
    const { commitmentPerHour: own, ...unsized } = plan;
    const sized = own === undefined ? committed : estimate({ ...design, purchase: unsized as Purchase });
    suggested = commitmentRate(sized);
    inUse = own ?? suggested;
    if (terms && inUse !== null && inUse > 0 && committed.hourly.capacityUnit === 'instances') {
      const week = simulateSavingsPlan(committed.hourly.capacity, terms.committedRateUsd, terms.onDemandRateUsd, inUse);
      utilization = 1 - week.unusedCommitmentPerWeek / (inUse * HOURS_PER_WEEK);
    }
  }
  const termMonths = terms?.termMonths ?? ('termYears' in p ? p.termYears * 12 : 12);
  const od = onDemand.monthlyUsd;
  const cm = committed.monthlyUsd;
  const recurring = cm === null ? null : cm - committed.upfrontUsd / termMonths;
  const series: BreakEvenPoint[] = [];
  if (od !== null && recurring !== null)
    for (let month = 0; month <= termMonths; month++)
      series.push({ month, onDemandUsd: od * month, committedUsd: committed.upfrontUsd + recurring * month });
  return {
    committed,
    onDemand,
    terms,
    suggestedPerHour: suggested,
    commitmentPerHour: inUse,
    utilization,
    breakEvenUtilization: terms?.breakEvenUtilization ?? null,
    onDemandMonthlyUsd: od,
    committedMonthlyUsd: cm,
    monthlySavingsUsd: od !== null && cm !== null ? od - cm : null,
    upfrontUsd: committed.upfrontUsd,
    monthsToRecoverUpfront:
      od !== null && recurring !== null ? monthsToRecoverUpfront(committed.upfrontUsd, od, recurring) : null,
    termMonths,
    series,
  };
}
