/**
 * The hardware check every instance-priced design makes (instance hosting types and batch
 * transform): the instance's spec, a reason when the type is unknown, and the one model-fit rule
 * (accelerator memory for a GPU model, never host RAM) turned into reasons and warnings.
 */
import type { InstanceSpec } from '../../prices/catalog';
import { resolveInstanceSpec } from '../capacity/instanceNames';
import type { ModelFit } from '../gpu/fit';
import { workloadModelFit } from '../gpu/instanceModel';
import { addReason, type EstimateContext } from '../pricing/context';

/** The instance's spec (undefined when the catalog lacks it) and how the workload's model fits it. */
export interface InstanceFit {
  spec: InstanceSpec | undefined;
  fit: ModelFit | undefined;
}

/**
 * Resolves `instanceType`'s spec and checks the workload's model against it, adding the reasons
 * (unknown type, no accelerator, too large) and warnings (fit cannot be checked) to the estimate.
 * `priced` says whether the type has an on-demand price here: a priced type without a spec is not
 * "unknown", only unchecked.
 */
export function checkInstanceFit(ctx: EstimateContext, instanceType: string, priced: boolean): InstanceFit {
  const spec = resolveInstanceSpec(ctx.catalog, instanceType, ctx.warnings);
  if (!spec && !priced)
    addReason(ctx, 'instance.unknown', `instance type ${instanceType} is not in the price catalog for ${ctx.region}`);
  const fit = spec ? workloadModelFit(ctx.workload, spec) : undefined;
  if (fit?.status === 'no-accelerator') addReason(ctx, 'instance.gpu', fit.detail);
  else if (fit?.status === 'too-large') addReason(ctx, 'instance.memory', fit.detail);
  else if (fit?.status === 'unknown') ctx.warnings.push(fit.detail);
  return { spec, fit };
}
