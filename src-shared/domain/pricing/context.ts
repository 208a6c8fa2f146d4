/**
 * The working state of one estimate: what the cost modules read (design, workload week, catalog,
 * region) and what they fill (line items, the hourly series, reasons, warnings). One is created per
 * estimate; the hourly arrays are the result's arrays, so nothing is copied at the end.
 */
import type { PriceCatalog } from '../../prices/catalog';
import type { Design, Workload } from '../model';
import {
  HOURS_PER_WEEK,
  WEEKS_PER_MONTH,
  type CommitmentTerms,
  type FeasibilityReason,
  type HourlySeries,
  type LineItem,
  type ThroughputSummary,
} from '../results';
import type { WeekProfile } from '../traffic/week';

export interface EstimateContext {
  design: Design;
  workload: Workload;
  week: WeekProfile;
  catalog: PriceCatalog;
  region: string;
  reasons: FeasibilityReason[];
  warnings: string[];
  /** Warning text → the technical name it refers to (see DesignEstimate.warningDetails). */
  warningDetails: Record<string, string>;
  lines: LineItem[];
  /** Capacity in service each hour (instances or concurrency). */
  capacity: number[];
  /** Cost of each hour of the week (priced lines only). */
  cost: number[];
  capacityUnit: HourlySeries['capacityUnit'];
  coldStartShare: number;
  /** Per-request latency in steady state, ms; null = unknown (see `typicalBasis`). */
  typicalMs: number | null;
  /** The working of `typicalMs`, or why it is unknown. */
  typicalBasis?: string;
  /** The latency percentile's worst hour, ms (Infinity: cannot keep up; null: not modelled). */
  percentileMs: number | null;
  /** Whether the project applies AWS free tiers (assumptions.includeFreeTier). */
  includeFreeTier: boolean;
  /** A scheduled batch job's run: hours and whether it fits its window. */
  batchRun?: { runHours: number; meetsWindow: boolean };
  commitment?: CommitmentTerms;
  /** Set by instance-based sizing: one instance's throughput and its source. */
  throughput?: ThroughputSummary;
}

/** A fresh context with zeroed hourly arrays. */
export function createContext(
  design: Design,
  workload: Workload,
  week: WeekProfile,
  catalog: PriceCatalog,
  region: string,
): EstimateContext {
  return {
    design,
    workload,
    week,
    catalog,
    region,
    reasons: [],
    warnings: [],
    warningDetails: {},
    lines: [],
    capacity: new Array<number>(HOURS_PER_WEEK).fill(0),
    cost: new Array<number>(HOURS_PER_WEEK).fill(0),
    capacityUnit: 'none',
    coldStartShare: 0,
    typicalMs: workload.inferenceMs,
    percentileMs: null,
    includeFreeTier: false,
  };
}

/**
 * Records a rule the design breaks: `message` in the user's words, `detail` the project-file fields
 * or price keys behind it (kept out of the words).
 */
export function addReason(ctx: EstimateContext, rule: string, message: string, detail?: string): void {
  ctx.reasons.push(detail ? { rule, message, detail } : { rule, message });
}

/** Where warnings go: an estimate's context, or a helper's own list with its details. */
export interface WarningSink {
  warnings: string[];
  warningDetails: Record<string, string>;
}

/** Adds a warning in the user's words, with the technical name it refers to kept beside it. */
export function addWarning(sink: WarningSink, message: string, detail?: string): void {
  sink.warnings.push(message);
  if (detail) sink.warningDetails[message] = detail;
}

/**
 * Adds a line and spreads its monthly cost over the week's hours in proportion to `weights`
 * (e.g. instances or requests per hour), so the hourly series sums to the monthly total.
 */
export function addLine(ctx: EstimateContext, line: LineItem, weights?: ArrayLike<number>): void {
  ctx.lines.push(line);
  if (line.monthlyUsd === null || line.monthlyUsd === 0) return;
  const weekly = line.monthlyUsd / WEEKS_PER_MONTH;
  if (!weights) {
    const perHour = weekly / HOURS_PER_WEEK;
    for (let h = 0; h < ctx.cost.length; h++) ctx.cost[h]! += perHour;
    return;
  }
  let sum = 0;
  for (let h = 0; h < ctx.cost.length; h++) sum += weights[h]!;
  if (sum <= 0) return;
  const k = weekly / sum;
  for (let h = 0; h < ctx.cost.length; h++) ctx.cost[h]! += weights[h]! * k;
}
