/** The region of a product: `regionCode` when present, else its `location` name. */
import { regionOfLocation } from '../regions';
import type { Product } from './product';

/** Region code of a product, or undefined (Local Zones, global SKUs). */
export function productRegion(product: Product): string | undefined {
  return product.attributes['regionCode'] || regionOfLocation(product.attributes['location'] ?? '');
}

/** The single on-demand dimension of a product, or a reason why there is not exactly one usable price. */
export function singleOnDemand(
  product: Product,
): { term: Product['onDemand'][number]; dim: Product['onDemand'][number]['dimensions'][number] } | string {
  const term = product.onDemand[0];
  if (!term) return 'no on-demand term';
  if (term.dimensions.length !== 1) return `expected one on-demand price dimension, found ${term.dimensions.length}`;
  return { term, dim: term.dimensions[0]! };
}
