/**
 * Savings Plans offering rates → `priceKeys.savingsPlanRate` entries. A rate applies to the on-demand
 * usage with the same usage type, so the usage type says what it is for: SageMaker `Host:`/`AsyncInf:`/
 * `Tsform:` instances, EC2 `BoxUsage:` instances, Lambda GB-seconds. Anything else is ignored.
 */
import type { PriceEntry } from '@shared/prices/catalog';
import {
  priceKeys,
  savingsPlanUsage,
  type PaymentOption,
  type SavingsPlanType,
  type TermYears,
} from '@shared/prices/keys';
import type { ProductResult } from './outcome';
import { INSTANCE_USAGE, USAGE_COMPONENTS } from './sageMaker';

/** The fields of the SDK's `SavingsPlanOfferingRate` that are read (all optional, as in the SDK). */
export interface OfferingRate {
  savingsPlanOffering?: {
    offeringId?: string;
    paymentOption?: string;
    planType?: string;
    durationSeconds?: number;
    currency?: string;
  };
  rate?: string;
  unit?: string;
  productType?: string;
  serviceCode?: string;
  usageType?: string;
  operation?: string;
  properties?: Array<{ name?: string; value?: string }>;
}

const PLANS: Readonly<Record<string, SavingsPlanType>> = {
  SageMaker: 'sagemaker',
  Compute: 'compute',
  EC2Instance: 'ec2-instance',
};
const PAYMENTS: Readonly<Record<string, PaymentOption>> = {
  'No Upfront': 'no-upfront',
  'Partial Upfront': 'partial-upfront',
  'All Upfront': 'all-upfront',
};
const YEAR_SECONDS = 31_536_000;

function usageOf(rate: OfferingRate, props: Record<string, string>): { usage: string; unit: string } | undefined {
  const usageType = rate.usageType ?? '';
  const sm = INSTANCE_USAGE.exec(usageType);
  if (sm) return { usage: savingsPlanUsage.sageMaker(USAGE_COMPONENTS[sm[1]!]!, sm[2]!), unit: 'hour' };
  const serverless = /(?:^|-)ServerlessInf:Mem-(\d+)GB$/.exec(usageType);
  if (serverless) return { usage: savingsPlanUsage.sageMakerServerless(Number(serverless[1]) * 1024), unit: 'second' };
  const box = /(?:^|-)BoxUsage:([a-z0-9-]+\.[a-z0-9]+)$/.exec(usageType);
  if (box) {
    // Only the Linux, shared-tenancy rate matches the on-demand price the app uses.
    const os = props['productDescription'];
    const tenancy = props['tenancy'];
    if ((os && os !== 'Linux/UNIX') || (tenancy && tenancy.toLowerCase() !== 'shared')) return undefined;
    return { usage: savingsPlanUsage.ec2(box[1]!), unit: 'hour' };
  }
  if (/Lambda-GB-Second/.test(usageType) && !/Provisioned/i.test(usageType)) {
    return { usage: savingsPlanUsage.lambdaDuration(/ARM/.test(usageType) ? 'arm64' : 'x86_64'), unit: 'GB-second' };
  }
  return undefined;
}

/** Normalizes one offering rate. `asOf` is the fetch date: the API states no effective date for rates. */
export function normalizeOfferingRate(rate: OfferingRate, fetchedAt: string): ProductResult {
  const offering = rate.savingsPlanOffering;
  const plan = PLANS[offering?.planType ?? ''];
  const payment = PAYMENTS[offering?.paymentOption ?? ''];
  const years = offering?.durationSeconds ? offering.durationSeconds / YEAR_SECONDS : undefined;
  const termYears: TermYears | undefined = years === 1 ? 1 : years === 3 ? 3 : undefined;
  const usd = Number(rate.rate);
  if (!plan || !payment || !termYears || rate.rate === undefined || !Number.isFinite(usd)) {
    return {
      skip: `offering rate of unknown shape (${offering?.planType ?? '?'}, ${offering?.paymentOption ?? '?'}, ${String(rate.rate)})`,
    };
  }
  if (offering?.currency && offering.currency !== 'USD') return { ignore: true };
  const props: Record<string, string> = {};
  for (const p of rate.properties ?? []) if (p.name && p.value !== undefined) props[p.name] = p.value;
  const region = props['region'];
  const usage = usageOf(rate, props);
  if (!usage || !region) return { ignore: true };
  const entry: PriceEntry = {
    key: priceKeys.savingsPlanRate(plan, region, termYears, payment, usage.usage),
    usd,
    unit: usage.unit,
    source: {
      origin: 'api',
      label: 'AWS Savings Plans API',
      asOf: fetchedAt.slice(0, 10),
      fetchedAt,
      ...(offering?.offeringId ? { sku: offering.offeringId } : {}),
      usageType: rate.usageType ?? '',
      description: `${offering?.planType} Savings Plan, ${termYears}-year ${offering?.paymentOption}, ${rate.usageType}`,
    },
  };
  return { entries: [entry] };
}
