/**
 * The instance types a sweep can try, per catalog and price-key prefix: resolved once per catalog
 * (specs from the catalog or the type name, accelerators that need a compiled model left out), because
 * the recommender sweeps the same region's types again on every workload change.
 */
import { needsCompiledModel, resolveInstanceSpec } from '../capacity/instanceNames';
import type { InstanceSpec, PriceCatalog } from '../../prices/catalog';

/** An instance type with the hardware facts the sizing rules read. */
export interface SweepType {
  instanceType: string;
  spec: InstanceSpec;
}

const cache = new WeakMap<PriceCatalog, Map<string, ReadonlyArray<SweepType>>>();

/**
 * Instance types priced under `prefix` (in the catalog's key order) that have hardware facts and run
 * an arbitrary model. Shared between calls: treat as read-only.
 */
export function sweepTypes(catalog: PriceCatalog, prefix: string): ReadonlyArray<SweepType> {
  let byPrefix = cache.get(catalog);
  if (!byPrefix) {
    byPrefix = new Map();
    cache.set(catalog, byPrefix);
  }
  let types = byPrefix.get(prefix);
  if (!types) {
    const list: SweepType[] = [];
    for (const key of catalog.keysWithPrefix(prefix)) {
      const instanceType = key.slice(prefix.length);
      const spec = resolveInstanceSpec(catalog, instanceType);
      if (spec && !needsCompiledModel(instanceType)) list.push({ instanceType, spec });
    }
    types = list;
    byPrefix.set(prefix, types);
  }
  return types;
}
