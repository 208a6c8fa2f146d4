/**
 * The instance types a sweep can try, per price-key prefix: specs from the catalog or the type name,
 * accelerators that need a compiled model left out. Remembered in the caller's memo, because the
 * recommender sweeps the same region's types again on every workload change.
 */
import { needsCompiledModel, resolveInstanceSpec } from '../capacity/instanceNames';
import type { OptimizerMemo, SweepType } from './memo';

/**
 * Instance types priced under `prefix` (in the catalog's key order) that have hardware facts and run
 * an arbitrary model. Shared between calls through the memo: treat as read-only.
 */
export function sweepTypes(memo: OptimizerMemo, prefix: string): ReadonlyArray<SweepType> {
  let types = memo.sweepTypes.get(prefix);
  if (!types) {
    const list: SweepType[] = [];
    for (const key of memo.catalog.keysWithPrefix(prefix)) {
      const instanceType = key.slice(prefix.length);
      const spec = resolveInstanceSpec(memo.catalog, instanceType);
      if (spec && !needsCompiledModel(instanceType)) list.push({ instanceType, spec });
    }
    types = list;
    memo.sweepTypes.set(prefix, types);
  }
  return types;
}
