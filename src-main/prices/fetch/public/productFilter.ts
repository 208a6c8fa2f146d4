/**
 * The Price List queries' filters (queries.ts) applied to a product read from an offer file, so the
 * public source keeps exactly the products the API path would ask for. Matching follows the API:
 * exact for TERM_MATCH/EQUALS, any of a comma list for ANY_OF, substring for CONTAINS. A region file
 * holds one region, so a product without a `regionCode` attribute is not dropped for lacking one.
 */
import type { Filter } from '@aws-sdk/client-pricing';

/** A product as offer files hold it. */
export interface OfferProduct {
  sku?: unknown;
  productFamily?: unknown;
  attributes?: unknown;
}

function valueOf(product: OfferProduct, field: string): string | undefined {
  if (field === 'productFamily') return typeof product.productFamily === 'string' ? product.productFamily : undefined;
  const attributes = product.attributes;
  if (typeof attributes !== 'object' || attributes === null) return undefined;
  const v = (attributes as Record<string, unknown>)[field];
  return typeof v === 'string' ? v : undefined;
}

/** Whether a product passes every filter of one query. */
export function matchesFilters(product: OfferProduct, filters: ReadonlyArray<Filter>): boolean {
  for (const f of filters) {
    const field = f.Field ?? '';
    const wanted = f.Value ?? '';
    const value = valueOf(product, field);
    if (value === undefined) {
      if (field === 'regionCode') continue;
      return false;
    }
    if ((f.Type === 'TERM_MATCH' || f.Type === 'EQUALS') && value !== wanted) return false;
    if (f.Type === 'ANY_OF' && !wanted.split(',').includes(value)) return false;
    if (f.Type === 'NONE_OF' && wanted.split(',').includes(value)) return false;
    if (f.Type === 'CONTAINS' && !value.includes(wanted)) return false;
  }
  return true;
}
