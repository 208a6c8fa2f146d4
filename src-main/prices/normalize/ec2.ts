/**
 * AmazonEC2 products → on-demand and reserved prices for Linux, shared tenancy, used capacity.
 * The decoys that share an instance type (other OS, dedicated tenancy, capacity-reservation status,
 * capacity blocks priced 0, pre-installed software) are ignored by attribute, not by price.
 */
import type { PriceEntry } from '@shared/prices/catalog';
import { priceKeys, type OfferingClass, type PaymentOption, type TermYears } from '@shared/prices/keys';
import type { ProductResult } from './outcome';
import { apiSource, type Product, type Term } from './product';
import { productRegion, singleOnDemand } from './region';

const WANTED: Readonly<Record<string, string>> = {
  operatingSystem: 'Linux',
  tenancy: 'Shared',
  capacitystatus: 'Used',
  preInstalledSw: 'NA',
};

const PAYMENTS: Readonly<Record<string, PaymentOption>> = {
  'No Upfront': 'no-upfront',
  'Partial Upfront': 'partial-upfront',
  'All Upfront': 'all-upfront',
};

/** Whether a product is the plain Linux on-demand capacity the app prices (Karpenter's filter set). */
export function isPlainLinuxCapacity(product: Product): boolean {
  const a = product.attributes;
  for (const [field, value] of Object.entries(WANTED)) if (a[field] !== undefined && a[field] !== value) return false;
  if (a['marketoption'] !== undefined && a['marketoption'] !== 'OnDemand') return false;
  return a['operatingSystem'] === 'Linux' && a['tenancy'] === 'Shared';
}

function reservedEntry(
  product: Product,
  term: Term,
  region: string,
  type: string,
  fetchedAt: string,
): PriceEntry | string {
  const years = term.attributes['LeaseContractLength'];
  const termYears: TermYears | undefined = years === '1yr' ? 1 : years === '3yr' ? 3 : undefined;
  const cls = term.attributes['OfferingClass'] as OfferingClass | undefined;
  const payment = PAYMENTS[term.attributes['PurchaseOption'] ?? ''];
  if (!termYears || (cls !== 'standard' && cls !== 'convertible') || !payment) {
    return `reserved term with unknown attributes ${JSON.stringify(term.attributes)}`;
  }
  const hourly = term.dimensions.find((d) => d.unit === 'Hrs');
  const upfront = term.dimensions.find((d) => d.unit === 'Quantity');
  if (!hourly) return 'reserved term without an hourly dimension';
  return {
    key: priceKeys.ec2Reserved(region, type, termYears, cls, payment),
    usd: hourly.usd,
    unit: 'hour',
    upfrontUsd: upfront?.usd ?? 0,
    source: apiSource(product, term, hourly, fetchedAt),
  };
}

/** Normalizes one EC2 product: its on-demand price and every reserved term it carries. */
export function normalizeEc2Product(product: Product, fetchedAt: string): ProductResult {
  if (!isPlainLinuxCapacity(product)) return { ignore: true };
  const region = productRegion(product);
  const type = product.attributes['instanceType'];
  if (!region || !type) return { skip: 'EC2 product without region or instance type' };
  const entries: PriceEntry[] = [];
  const only = singleOnDemand(product);
  if (typeof only === 'string') return { skip: only };
  if (only.dim.usd > 0) {
    entries.push({
      key: priceKeys.ec2OnDemand(region, type),
      usd: only.dim.usd,
      unit: 'hour',
      source: apiSource(product, only.term, only.dim, fetchedAt),
    });
  }
  for (const term of product.reserved) {
    const e = reservedEntry(product, term, region, type, fetchedAt);
    if (typeof e === 'string') return { skip: e };
    entries.push(e);
  }
  return entries.length > 0 ? { entries } : { ignore: true };
}
