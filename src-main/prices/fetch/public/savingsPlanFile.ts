/**
 * A region file of the public Savings Plans price list, read as a stream:
 * `{ version, publicationDate, regionCode, products: [{ sku, productFamily, serviceCode, usageType,
 * operation, attributes: { purchaseOption, purchaseTerm, ... } }], terms: { savingsPlan: [{ sku,
 * description, effectiveDate, leaseContractLength: { duration, unit }, rates: [{ discountedSku,
 * discountedUsageType, discountedOperation, discountedServiceCode, rateCode, unit, discountedRate:
 * { price, currency }, discountedRegionCode?, discountedInstanceType? }] }] } }`.
 * Each rate is handed on in the shape of the Savings Plans API's offering rates, so the API path's
 * normalizer places it; a term is built one at a time and dropped once its rates are handed on.
 */
import type { OfferingRate } from '../../normalize/savingsPlans';
import type { Selection } from './selectiveReader';
import { SelectiveReader } from './selectiveReader';

interface PlanProduct {
  sku?: unknown;
  productFamily?: unknown;
  usageType?: unknown;
  attributes?: Record<string, unknown>;
}

interface PlanTerm {
  sku?: unknown;
  leaseContractLength?: { duration?: unknown; unit?: unknown };
  rates?: unknown;
}

interface PlanRate {
  discountedUsageType?: unknown;
  discountedOperation?: unknown;
  discountedServiceCode?: unknown;
  discountedRegionCode?: unknown;
  rateCode?: unknown;
  unit?: unknown;
  discountedRate?: { price?: unknown; currency?: unknown };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The API's plan type for a product family ("SageMakerSavingsPlans", "ComputeSavingsPlans", "EC2InstanceSavingsPlans"). */
export function planTypeOf(productFamily: string): string | undefined {
  if (/sagemaker|machinelearning/i.test(productFamily)) return 'SageMaker';
  if (/ec2\s*instance/i.test(productFamily)) return 'EC2Instance';
  if (/compute/i.test(productFamily)) return 'Compute';
  return undefined;
}

const YEAR_SECONDS = 31_536_000;

/** Collects the rates of one Savings Plans region file for one region. */
export class SavingsPlanFileCollector {
  private readonly plans = new Map<string, PlanProduct>();
  /** Rates handed on. */
  rates = 0;
  /** Rates of other regions (Local Zones, say) and terms of unknown plans, passed over. */
  passedOver = 0;
  publicationDate: string | undefined;
  private termsStarted = false;
  readonly reader: SelectiveReader;

  constructor(
    private readonly region: string,
    private readonly onRate: (rate: OfferingRate) => void,
  ) {
    this.reader = new SelectiveReader(
      (path) => this.select(path),
      (path, value) => this.take(path, value),
    );
  }

  private select(path: ReadonlyArray<string | number>): Selection {
    const [top, second] = path;
    if (path.length === 0) return 'descend';
    if (path.length === 1) {
      if (top === 'products' || top === 'terms') return 'descend';
      return top === 'publicationDate' ? 'assemble' : 'skip';
    }
    if (path.length === 2 && top === 'products') {
      if (this.termsStarted) throw new Error('products after terms: not the layout of a Savings Plans price file');
      return 'assemble';
    }
    if (path.length === 2 && top === 'terms') return second === 'savingsPlan' ? 'descend' : 'skip';
    if (path.length === 3 && top === 'terms') {
      this.termsStarted = true;
      return 'assemble';
    }
    return 'skip';
  }

  private take(path: ReadonlyArray<string | number>, value: unknown): void {
    if (path.length === 1) {
      if (path[0] === 'publicationDate' && typeof value === 'string') this.publicationDate = value;
      return;
    }
    if (path[0] === 'products') {
      const p = value as PlanProduct;
      const sku = str(p?.sku);
      if (sku) this.plans.set(sku, p);
      return;
    }
    this.addTerm(value as PlanTerm);
  }

  private addTerm(term: PlanTerm): void {
    const plan = this.plans.get(str(term?.sku) ?? '');
    const planType = planTypeOf(str(plan?.productFamily) ?? '');
    const length = term?.leaseContractLength;
    const years = Number(length?.duration);
    if (!plan || !planType || !Array.isArray(term.rates) || str(length?.unit)?.toLowerCase() !== 'year') {
      this.passedOver += 1;
      return;
    }
    const paymentOption = str(plan.attributes?.['purchaseOption']);
    for (const r of term.rates as PlanRate[]) {
      const region = str(r?.discountedRegionCode) ?? this.region;
      if (region !== this.region) {
        this.passedOver += 1;
        continue;
      }
      const operation = str(r.discountedOperation) ?? '';
      const rate: OfferingRate = {
        savingsPlanOffering: {
          offeringId: str(term.sku) ?? '',
          planType,
          durationSeconds: years * YEAR_SECONDS,
          ...(paymentOption ? { paymentOption } : {}),
          ...(str(r.discountedRate?.currency) ? { currency: str(r.discountedRate?.currency)! } : {}),
        },
        ...(str(r.discountedRate?.price) !== undefined ? { rate: str(r.discountedRate?.price)! } : {}),
        ...(str(r.unit) ? { unit: str(r.unit)! } : {}),
        usageType: str(r.discountedUsageType) ?? '',
        operation,
        ...(str(r.discountedServiceCode) ? { serviceCode: str(r.discountedServiceCode)! } : {}),
        // The API states these as properties; here the operation code says the OS: plain RunInstances is Linux/UNIX.
        properties: [
          { name: 'region', value: region },
          ...(/BoxUsage:/.test(str(r.discountedUsageType) ?? '')
            ? [
                {
                  name: 'productDescription',
                  value: operation === 'RunInstances' ? 'Linux/UNIX' : `other (${operation})`,
                },
                { name: 'tenancy', value: 'shared' },
              ]
            : []),
        ],
      };
      this.rates += 1;
      this.onRate(rate);
    }
  }
}
