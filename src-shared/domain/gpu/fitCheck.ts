/**
 * The fit rule's verdict in an estimate, the same for every instance hosting type (real-time,
 * multi-model, multi-container, async, batch, EC2, EKS): a model too large for the accelerators (or
 * the host, for a CPU model) or an instance without one is a reason; accelerator memory the hardware
 * data does not know is "cannot check fit", so the design is not called feasible for a GPU model,
 * unless a throughput measured on that very instance type shows the model runs there.
 */
import type { InstanceSpec } from '../../prices/catalog';
import { addReason, type EstimateContext } from '../pricing/context';
import type { ModelFit } from './fit';
import { workloadModelFit, type ModelWorkload } from './instanceModel';
import type { ThroughputFields } from './throughput';

/** True when the design's throughput figure is a measurement (a figure with its `throughputSource`). */
export function hasMeasuredThroughput(h: ThroughputFields): boolean {
  return (
    h.throughputSource !== undefined &&
    (h.maxRequestsPerSecondPerInstance !== undefined || h.maxOutputTokensPerSecondPerInstance !== undefined)
  );
}

/**
 * The fit of the workload's model on an instance type, `unknown` when a GPU model meets an instance
 * type without hardware facts at all (nothing says what its accelerators hold).
 */
export function designModelFit(
  w: ModelWorkload,
  instanceType: string,
  spec: InstanceSpec | undefined,
): ModelFit | undefined {
  if (spec) return workloadModelFit(w, spec);
  if (!w.needsGpu) return undefined;
  return { status: 'unknown', detail: `cannot check fit: the hardware data has no facts for ${instanceType}` };
}

/** What to enter when the fit cannot be checked, in the user's words. */
function unknownFitAdvice(instanceType: string): string {
  return `choose an instance type whose GPU memory is known, or enter a throughput measured on ${instanceType} (output tokens or requests per second per instance, with where the figure comes from), which shows the model runs there`;
}

/** The design fields that advice refers to. */
const UNKNOWN_FIT_FIELDS =
  'hosting.maxOutputTokensPerSecondPerInstance, hosting.maxRequestsPerSecondPerInstance, hosting.throughputSource';

/** Adds the fit's reasons and warnings to the estimate (see the module comment). */
export function applyModelFit(
  ctx: EstimateContext,
  instanceType: string,
  fit: ModelFit | undefined,
  h: ThroughputFields,
): void {
  if (!fit) return;
  if (fit.status === 'no-accelerator') addReason(ctx, 'instance.gpu', fit.detail);
  else if (fit.status === 'too-large') addReason(ctx, 'instance.memory', fit.detail);
  else if (fit.status === 'unknown') {
    if (hasMeasuredThroughput(h))
      ctx.warnings.push(
        `${fit.detail}; accepted because the throughput was measured on ${instanceType} (${h.throughputSource})`,
      );
    else addReason(ctx, 'instance.fitUnknown', `${fit.detail}: ${unknownFitAdvice(instanceType)}`, UNKNOWN_FIT_FIELDS);
  }
}
