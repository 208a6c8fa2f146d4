/**
 * AWSLambda products → requests, tiered duration and provisioned-concurrency prices per architecture.
 * Lambda@Edge shares the product family and is ignored; tiered duration keeps every tier.
 */
import type { PriceEntry, PriceTier } from '@shared/prices/catalog';
import { priceKeys, type LambdaArchitecture } from '@shared/prices/keys';
import type { ProductResult } from './outcome';
import { apiSource, type Product } from './product';
import { productRegion, singleOnDemand } from './region';

type Meter = 'requests' | 'duration' | 'pc-capacity' | 'pc-duration';

const GROUPS: Readonly<Record<string, Meter>> = {
  'AWS-Lambda-Requests': 'requests',
  'AWS-Lambda-Duration': 'duration',
  'AWS-Lambda-Provisioned-Concurrency': 'pc-capacity',
  'AWS-Lambda-Duration-Provisioned': 'pc-duration',
};

/** Normalizes one Lambda product. */
export function normalizeLambdaProduct(product: Product, fetchedAt: string): ProductResult {
  const a = product.attributes;
  const group = a['group'] ?? '';
  if (/edge/i.test(group) || /edge/i.test(a['usagetype'] ?? '') || /edge/i.test(a['locationType'] ?? ''))
    return { ignore: true };
  const arch: LambdaArchitecture = group.endsWith('-ARM') ? 'arm64' : 'x86_64';
  const meter = GROUPS[group.replace(/-ARM$/, '')];
  if (!meter) return { ignore: true };
  const region = productRegion(product);
  if (!region) return { ignore: true };
  const term = product.onDemand[0];
  if (!term || term.dimensions.length === 0) return { skip: 'no on-demand term' };

  if (meter === 'duration') {
    const dims = [...term.dimensions].sort((x, y) => (x.beginRange ?? 0) - (y.beginRange ?? 0));
    const tiers: PriceTier[] = dims.map((d) => ({ from: d.beginRange ?? 0, to: d.endRange ?? null, usd: d.usd }));
    const first = dims[0]!;
    if (!(first.usd > 0)) return { skip: 'duration whose first tier is not positive' };
    const e: PriceEntry = {
      key: priceKeys.lambdaDuration(region, arch),
      usd: first.usd,
      unit: 'GB-second',
      source: apiSource(product, term, first, fetchedAt),
    };
    if (tiers.length > 1) e.tiers = tiers;
    return { entries: [e] };
  }

  const only = singleOnDemand(product);
  if (typeof only === 'string') return { skip: only };
  if (!(only.dim.usd > 0)) return { ignore: true };
  const key =
    meter === 'requests'
      ? priceKeys.lambdaRequests(region, arch)
      : meter === 'pc-capacity'
        ? priceKeys.lambdaPcCapacity(region, arch)
        : priceKeys.lambdaPcDuration(region, arch);
  const unit = meter === 'requests' ? 'request' : 'GB-second';
  return { entries: [{ key, usd: only.dim.usd, unit, source: apiSource(product, only.term, only.dim, fetchedAt) }] };
}
