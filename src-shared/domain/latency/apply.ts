/**
 * Where the latency models meet the estimate: the workload's requirement (percentile and target), and
 * a design's latency written into the estimate's context (figures, reasons, warnings).
 */
import type { Workload } from '../model';
import { addReason, type EstimateContext } from '../pricing/context';
import { DEFAULT_LATENCY_PERCENTILE, type LatencyPercentile } from './defaults';
import type { DesignLatency, LatencyRequirement } from './designLatency';

/** The percentile the workload names, or the default (95). */
export function latencyPercentileOf(workload: Workload): LatencyPercentile {
  return workload.latencyPercentile ?? DEFAULT_LATENCY_PERCENTILE;
}

/** What the workload asks of latency: its percentile and target (null: none). */
export function latencyRequirementOf(workload: Workload): LatencyRequirement {
  return { percentile: latencyPercentileOf(workload), targetMs: workload.latencyTargetMs };
}

/** Writes a design's weekly latency into the context: the figures, the reasons it fails, the warnings. */
export function applyDesignLatency(ctx: EstimateContext, latency: DesignLatency): void {
  ctx.percentileMs = latency.weekly.percentileMs;
  ctx.coldStartShare = latency.weekly.coldStartShare;
  for (const r of latency.reasons) addReason(ctx, r.rule, r.message, r.detail);
  ctx.warnings.push(...latency.warnings);
}
