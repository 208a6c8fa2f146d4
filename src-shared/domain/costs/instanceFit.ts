/**
 * The hardware check every instance-priced design makes (instance hosting types and batch
 * transform): the instance's spec, a reason when the type is unknown, and the one model-fit rule
 * (accelerator memory for a GPU model, never host RAM) turned into reasons by gpu/fitCheck.ts
 * (unknown accelerator memory is "cannot check fit" unless a throughput was measured on the type).
 */
import type { InstanceSpec } from '../../prices/catalog';
import { resolveInstanceSpec } from '../capacity/instanceNames';
import type { ModelFit } from '../gpu/fit';
import { applyModelFit, designModelFit } from '../gpu/fitCheck';
import type { ThroughputFields } from '../gpu/throughput';
import { addReason, type EstimateContext } from '../pricing/context';

/** The instance's spec (undefined when the catalog lacks it) and how the workload's model fits it. */
export interface InstanceFit {
  spec: InstanceSpec | undefined;
  fit: ModelFit | undefined;
}

/**
 * Resolves `instanceType`'s spec and checks the workload's model against it, adding the reasons
 * (unknown type, no accelerator, too large, fit that cannot be checked) to the estimate. `priced`
 * says whether the type has an on-demand price here: a priced type without a spec is not "unknown",
 * only unchecked (and, for a GPU model, cannot be checked). `throughput` is the design's figure: one
 * measured on the type stands in for a fit the hardware data cannot check.
 */
export function checkInstanceFit(
  ctx: EstimateContext,
  instanceType: string,
  priced: boolean,
  throughput: ThroughputFields = {},
): InstanceFit {
  const spec = resolveInstanceSpec(ctx.catalog, instanceType, ctx.warnings);
  if (!spec && !priced)
    addReason(ctx, 'instance.unknown', `instance type ${instanceType} is not in the price catalog for ${ctx.region}`);
  const fit = designModelFit(ctx.workload, instanceType, spec);
  applyModelFit(ctx, instanceType, fit, throughput);
  return { spec, fit };
}
