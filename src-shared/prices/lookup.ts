/** An in-memory `PriceCatalog` over catalog data, with the project's user-entered rates laid on top. */
import type { CoverageEntry, InstanceSpec, PriceCatalog, PriceCatalogData, PriceEntry, PriceLookup } from './catalog';
import type { UserRate } from '../project/fields';
import { describePriceKey } from './keyWords';

/** Wraps user-entered rates as entries whose source says they are user-provided. */
export function userRateEntries(rates: ReadonlyArray<UserRate>, today: string): PriceEntry[] {
  return rates.map((r) => ({
    key: r.key,
    usd: r.usd,
    unit: r.unit,
    ...(r.upfrontUsd !== undefined ? { upfrontUsd: r.upfrontUsd } : {}),
    source: { origin: 'user', label: r.note ? `user-provided: ${r.note}` : 'user-provided', asOf: today },
  }));
}

function stripMl(instanceType: string): string {
  return instanceType.startsWith('ml.') ? instanceType.slice(3) : instanceType;
}

/** Builds a catalog. Later layers win: user rates override catalog entries with the same key. */
export function createPriceCatalog(data: PriceCatalogData, overrides: ReadonlyArray<PriceEntry> = []): PriceCatalog {
  const byKey = new Map<string, PriceEntry>();
  for (const e of data.entries) byKey.set(e.key, e);
  for (const e of overrides) byKey.set(e.key, e);
  const specs = new Map<string, InstanceSpec>();
  for (const s of data.instanceSpecs) specs.set(stripMl(s.instanceType), s);
  const models = new Map((data.bedrockModels ?? []).map((m) => [m.model, m]));
  const sortedKeys = [...byKey.keys()].sort();
  const regionSet = new Set<string>();
  for (const c of data.coverage) regionSet.add(c.region);
  // Sorted once here: every estimate checks its region against this list.
  const regions: ReadonlyArray<string> = Object.freeze([...regionSet].sort());

  return {
    lookup(key: string): PriceLookup {
      const price = byKey.get(key);
      if (price) return { ok: true, price };
      return {
        ok: false,
        reason: `price unavailable: no price for ${describePriceKey(key)} in the ${data.origin} price data`,
      };
    },
    instanceSpec: (instanceType) => specs.get(stripMl(instanceType)),
    bedrockModel: (model) => models.get(model),
    keysWithPrefix(prefix: string): string[] {
      // Binary search for the first key >= prefix, then walk while keys share the prefix.
      let lo = 0;
      let hi = sortedKeys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sortedKeys[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      const out: string[] = [];
      for (let i = lo; i < sortedKeys.length && sortedKeys[i]!.startsWith(prefix); i++) out.push(sortedKeys[i]!);
      return out;
    },
    regions: () => regions,
    coverage: (): CoverageEntry[] => data.coverage,
    missing: () => data.missing,
  };
}
