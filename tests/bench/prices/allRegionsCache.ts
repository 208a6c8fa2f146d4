/**
 * The benchmark's price cache: a refreshed copy of every snapshot price (all regions, all services
 * a refresh fetches), with per-price provenance shaped like the Price List API's (a distinct SKU,
 * a rate code built from it, a usage type and a description per price).
 */
import type { PriceCatalogData, PriceEntry } from '@shared/prices/catalog';
import { writeCacheFile } from '../../../src-main/prices/cache/cacheFile';
import type { RefreshedPair } from '../../../src-main/prices/cache/cacheSchema';
import { mergeIntoCache } from '../../../src-main/prices/cache/mergeCatalog';

/** Writes the cache into the data folder; returns how many prices it holds. */
export async function writeAllRegionsCache(folder: string, snapshot: PriceCatalogData): Promise<number> {
  const fetchedAt = '2026-11-27T00:00:00Z';
  const entries: PriceEntry[] = snapshot.entries
    .filter((e) => !e.key.startsWith('eks/'))
    .map((e, i) => {
      const sku = `${(i * 2654435761).toString(36).toUpperCase().padStart(8, 'X')}${i.toString(36).toUpperCase()}`;
      const last = e.key.slice(e.key.lastIndexOf('/') + 1);
      return {
        ...e,
        source: {
          origin: 'api' as const,
          label: 'AWS Price List API',
          asOf: e.source.asOf,
          fetchedAt,
          sku,
          rateCode: `${sku}.JRTCKXETXF.6YS6EN2CT7`,
          usageType: `USE1-BoxUsage:${last}`,
          description: `$${e.usd} per On Demand Linux ${last} Instance Hour`,
        },
      };
    });
  const pairs = new Map<string, RefreshedPair>();
  for (const cov of snapshot.coverage) {
    if (cov.service === 'eks' || cov.service === 'savings-plans') continue;
    pairs.set(`${cov.service}|${cov.region}`, {
      service: cov.service,
      region: cov.region,
      fetchedAt,
      count: cov.count,
    });
  }
  await writeCacheFile(folder, mergeIntoCache(undefined, entries, [...pairs.values()], fetchedAt));
  return entries.length;
}
