/**
 * The compact on-disk format of the embedded snapshot. About 50,000 prices share a handful of
 * sources, so provenance is stored once per source and prices are grouped by key prefix; the
 * loader expands it into ordinary `PriceCatalogData`. Coverage is not stored: it is assembled
 * group by group on load (each group is one source in one service and region), so it never disagrees.
 */
import type {
  BedrockModelInfo,
  CoverageEntry,
  InstanceSpec,
  PriceCatalogData,
  PriceEntry,
  PriceSource,
  PriceTier,
} from '@shared/prices/catalog';
import { parseKey } from '@shared/prices/keys';
import { combineCoverage } from '../cache/pairs';

export const SNAPSHOT_FORMAT = 'infercalc-prices-snapshot';
export const SNAPSHOT_VERSION = 1;

/** A price that needs more than its number: tiers, an upfront fee, or its own derivedFrom key. */
export interface CompactExtra {
  usd: number;
  tiers?: PriceTier[];
  upfrontUsd?: number;
  derivedFrom?: string;
}

/** Prices sharing one source, one unit and one key prefix (everything before the last '/'). */
export interface CompactGroup {
  /** Index into `sources`. */
  s: number;
  /** Unit of every price in the group. */
  u: string;
  /** Key prefix including the trailing '/'. */
  p: string;
  /** For derived groups: derivedFrom = dp + the entry's suffix, unless the entry names its own. */
  dp?: string;
  /** Key suffix → price (a bare number, or an extra object). */
  v: Record<string, number | CompactExtra>;
}

/** The whole snapshot file. */
export interface CompactSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  builtAt: string;
  sources: PriceSource[];
  groups: CompactGroup[];
  instanceSpecs: InstanceSpec[];
  bedrockModels?: BedrockModelInfo[];
  missing: string[];
}

function splitKey(key: string): [string, string] {
  const cut = key.lastIndexOf('/') + 1;
  return [key.slice(0, cut), key.slice(cut)];
}

/** Packs catalog data into the compact form. Deterministic: the same data always gives the same JSON. */
export function compactSnapshot(data: PriceCatalogData): CompactSnapshot {
  const sources: PriceSource[] = [];
  const sourceIndex = new Map<string, number>();
  const groups = new Map<string, CompactGroup>();
  const entries = [...data.entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const e of entries) {
    const { derivedFrom, ...sharedSource } = e.source;
    const sourceId = JSON.stringify(sharedSource);
    let s = sourceIndex.get(sourceId);
    if (s === undefined) {
      s = sources.length;
      sources.push(sharedSource);
      sourceIndex.set(sourceId, s);
    }
    const [prefix, suffix] = splitKey(e.key);
    const dp = derivedFrom ? splitKey(derivedFrom)[0] : undefined;
    const groupId = `${s}|${e.unit}|${prefix}|${dp ?? ''}`;
    let group = groups.get(groupId);
    if (!group) {
      group = { s, u: e.unit, p: prefix, ...(dp ? { dp } : {}), v: {} };
      groups.set(groupId, group);
    }
    const ownDerived = derivedFrom && derivedFrom !== `${dp}${suffix}` ? derivedFrom : undefined;
    const plain = !e.tiers && e.upfrontUsd === undefined && !ownDerived;
    group.v[suffix] = plain
      ? e.usd
      : {
          usd: e.usd,
          ...(e.tiers ? { tiers: e.tiers } : {}),
          ...(e.upfrontUsd !== undefined ? { upfrontUsd: e.upfrontUsd } : {}),
          ...(ownDerived ? { derivedFrom: ownDerived } : {}),
        };
  }
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    builtAt: data.builtAt,
    sources,
    groups: [...groups.values()],
    instanceSpecs: data.instanceSpecs,
    ...(data.bedrockModels ? { bedrockModels: data.bedrockModels } : {}),
    missing: data.missing,
  };
}

/** Expands the compact form into catalog data (origin 'snapshot'), recomputing coverage. */
export function expandSnapshot(compact: CompactSnapshot): PriceCatalogData {
  if (compact.format !== SNAPSHOT_FORMAT || compact.version !== SNAPSHOT_VERSION) {
    throw new Error(
      `embedded price snapshot has an unknown format (${String(compact.format)} v${String(compact.version)})`,
    );
  }
  const entries: PriceEntry[] = [];
  // Coverage per group (a group shares one source and one service/region), combined at the end: the
  // same rows computeCoverage would give, without reading every key.
  const rows: CoverageEntry[] = [];
  for (const g of compact.groups) {
    const start = entries.length;
    const base = compact.sources[g.s];
    if (!base) throw new Error(`embedded price snapshot: group ${g.p} names missing source ${g.s}`);
    for (const [suffix, value] of Object.entries(g.v)) {
      const extra: CompactExtra = typeof value === 'number' ? { usd: value } : value;
      const derivedFrom = extra.derivedFrom ?? (g.dp !== undefined ? `${g.dp}${suffix}` : undefined);
      const entry: PriceEntry = {
        key: `${g.p}${suffix}`,
        usd: extra.usd,
        unit: g.u,
        source: derivedFrom ? { ...base, derivedFrom } : base,
      };
      if (extra.tiers) entry.tiers = extra.tiers;
      if (extra.upfrontUsd !== undefined) entry.upfrontUsd = extra.upfrontUsd;
      entries.push(entry);
    }
    const pair = parseKey(g.p);
    if (pair && entries.length > start)
      rows.push({
        service: pair.service,
        region: pair.region,
        origin: 'snapshot',
        asOf: base.asOf,
        count: entries.length - start,
      });
  }
  return {
    format: 'infercalc-prices',
    version: 1,
    origin: 'snapshot',
    builtAt: compact.builtAt,
    entries,
    instanceSpecs: compact.instanceSpecs,
    ...(compact.bedrockModels ? { bedrockModels: compact.bedrockModels } : {}),
    coverage: combineCoverage(rows),
    missing: compact.missing,
  };
}
