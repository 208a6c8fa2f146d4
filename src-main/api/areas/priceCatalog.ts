/** Handler of `prices.catalog`: the active price data, restricted to the regions the renderer prices with. */
import type { PriceCatalogData } from '@shared/prices/catalog';
import { regionOfKey } from '@shared/prices/keys';
import type { ApiHandlers } from '../handlers';
import type { Services } from '../../composition/services';

/** The entries, coverage and instance specs of `data` for `regions` only; keys without a region are kept. */
export function restrictToRegions(data: PriceCatalogData, regions: ReadonlyArray<string>): PriceCatalogData {
  const wanted = new Set(regions);
  return {
    ...data,
    entries: data.entries.filter((e) => {
      const region = regionOfKey(e.key);
      return region === undefined || wanted.has(region);
    }),
    coverage: data.coverage.filter((c) => wanted.has(c.region)),
  };
}

/** Every region with any price, sorted. */
export function regionsWithPrices(data: PriceCatalogData): string[] {
  return [...new Set(data.coverage.map((c) => c.region))].sort();
}

export function priceCatalogHandlers(services: Services): Pick<ApiHandlers, 'prices.catalog'> {
  return {
    'prices.catalog': async ({ regions, whileLoading }) => {
      // The cache is read once, on first use; until then the service holds the snapshot alone. Asked
      // for the built-in prices while it loads, the answer says so and comes without waiting.
      const early = whileLoading === 'built-in';
      await (early ? services.prices.firstAnswer() : services.prices.load());
      const data = services.prices.catalogData();
      const cacheLoading = early && services.prices.cacheLoading();
      return {
        data: restrictToRegions(data, regions),
        availableRegions: regionsWithPrices(data),
        ...(cacheLoading ? { cacheLoading } : {}),
      };
    },
  };
}
