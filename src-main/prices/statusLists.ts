/** The lists `prices status` shows besides coverage: derived rates and prices kept from before a refresh. */
import type { PriceEntry } from '@shared/prices/catalog';
import { regionOfKey } from '@shared/prices/keys';
import { serviceOfKey, type PriceServiceId } from '@shared/prices/services';

/** Derived rates of one service and region, with the rules that made them. */
export interface DerivedRateGroup {
  service: PriceServiceId;
  region: string;
  count: number;
  /** Each distinct rule once, with how many rates it made. */
  rules: Array<{ rule: string; count: number }>;
}

/** A price kept from an earlier catalog because the latest refresh had none for its meter. */
export interface KeptPrice {
  key: string;
  usd: number;
  unit: string;
  /** Its own as-of date (from where it was last found). */
  asOf: string;
  /** When the refresh that lacked it ran. */
  refreshedAt: string;
}

/** At most this many kept prices are listed one by one (the count says how many in all). */
export const KEPT_LIST_LIMIT = 200;

/** Groups derived rates by service and region, rules counted. */
export function derivedRateGroups(entries: ReadonlyArray<PriceEntry>): DerivedRateGroup[] {
  const groups = new Map<string, DerivedRateGroup & { byRule: Map<string, number> }>();
  for (const e of entries) {
    if (e.source.origin !== 'derived') continue;
    const service = serviceOfKey(e.key);
    const region = regionOfKey(e.key);
    if (!service || !region) continue;
    const id = `${service}|${region}`;
    let g = groups.get(id);
    if (!g) {
      g = { service, region, count: 0, rules: [], byRule: new Map() };
      groups.set(id, g);
    }
    g.count += 1;
    const rule = e.source.rule ?? 'derived by rule';
    g.byRule.set(rule, (g.byRule.get(rule) ?? 0) + 1);
  }
  return [...groups.values()]
    .map(({ byRule, ...g }) => ({
      ...g,
      rules: [...byRule].map(([rule, count]) => ({ rule, count })).sort((a, b) => (a.rule < b.rule ? -1 : 1)),
    }))
    .sort((a, b) => (a.service + a.region < b.service + b.region ? -1 : 1));
}

/** Prices marked "not in the latest refresh": the first KEPT_LIST_LIMIT by key, and the count. */
export function keptPriceList(entries: ReadonlyArray<PriceEntry>): { list: KeptPrice[]; count: number } {
  const kept = entries.filter((e) => e.source.notInLatestRefresh !== undefined);
  kept.sort((a, b) => (a.key < b.key ? -1 : 1));
  return {
    count: kept.length,
    list: kept.slice(0, KEPT_LIST_LIMIT).map((e) => ({
      key: e.key,
      usd: e.usd,
      unit: e.unit,
      asOf: e.source.asOf,
      refreshedAt: e.source.notInLatestRefresh!,
    })),
  };
}
