/**
 * What the instance-type picker and the Bedrock model picker offer: the types the price data prices
 * for a hosting type in a region, with their hardware and hourly price.
 */
import type { PriceCatalog } from '@shared/prices/catalog';
import { priceKeys } from '@shared/prices/keys';
import type { HostingType } from '@shared/project/schema';
import { hostingDefinition, resolveInstanceSpec } from '@shared/domain';

export interface InstanceChoice {
  instanceType: string;
  vcpu: number | null;
  memoryGiB: number | null;
  gpuCount: number;
  gpuModel?: string | undefined;
  usdPerHour: number;
}

/** The key prefix under which the catalog prices instances of a hosting type in a region. */
export function instancePricePrefix(type: HostingType, region: string): string {
  const c = hostingDefinition(type).instancePicker?.component ?? null;
  return c ? priceKeys.sageMakerInstance(region, c, '') : priceKeys.ec2OnDemand(region, '');
}

/** Every priced instance type for the hosting type and region, cheapest first. */
export function instanceChoices(catalog: PriceCatalog, type: HostingType, region: string): InstanceChoice[] {
  const prefix = instancePricePrefix(type, region);
  const out: InstanceChoice[] = [];
  for (const key of catalog.keysWithPrefix(prefix)) {
    const price = catalog.lookup(key);
    if (!price.ok) continue;
    const instanceType = key.slice(prefix.length);
    // The price data's hardware facts, else the domain's reading of the type name (as estimates use).
    const spec = resolveInstanceSpec(catalog, instanceType);
    out.push({
      instanceType,
      vcpu: spec?.vcpu ?? null,
      memoryGiB: spec?.memoryGiB ?? null,
      gpuCount: spec?.gpuCount ?? 0,
      gpuModel: spec?.gpuModel,
      usdPerHour: price.price.usd,
    });
  }
  return out.sort((a, b) => a.usdPerHour - b.usdPerHour || a.instanceType.localeCompare(b.instanceType));
}

/** Case-insensitive match on the type name and GPU model, e.g. "g5", "a10g", "xlarge". */
export function filterChoices(choices: ReadonlyArray<InstanceChoice>, query: string): InstanceChoice[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...choices];
  return choices.filter(
    (c) =>
      c.instanceType.toLowerCase().includes(q) ||
      (c.gpuModel ?? '').toLowerCase().includes(q) ||
      (q === 'gpu' && c.gpuCount > 0),
  );
}
