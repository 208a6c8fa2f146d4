/**
 * Price data for the reference scenarios after a refresh: the API fixtures' SKUs (decoys included)
 * with every price scaled by a factor per region, so a refreshed price can never be mistaken for the
 * built-in one; the same items serve the fake Price List API and the fake public price list. Also a
 * variant of every SKU with attributes the normalizers do not expect (a serverless SKU with a
 * `component`, hardware facts, attributes AWS might add), which must price the same.
 */
import type { FakeData } from './fakeAwsServer';
import { bedrockRegion, ec2Region, lambdaRegion, offeringRate, sageMakerRegion } from './fixtures';
import type { PlanRateSpec, PublicFileOptions } from './publicFiles';

/** The regions refreshed, each with the factor its prices carry over the fixtures' us-east-1 prices. */
export const REFERENCE_REGIONS: Readonly<Record<string, number>> = {
  'us-east-1': 1.05,
  'eu-west-1': 1.12,
  'ap-northeast-1': 1.2,
};

const PREFIX: Record<string, string> = { 'us-east-1': 'USE1', 'eu-west-1': 'EU', 'ap-northeast-1': 'APN1' };

/** Plan rates of the fixtures' us-east-1 data: SageMaker ml.c5.xlarge hosting and serverless 2 GB, Compute g5.xlarge. */
const PLAN_RATES = { hosting: 0.1387, serverless: 0.000032, compute: 0.81, ec2Instance: 0.7 };

const scaled = (usd: string | number, f: number) => (Number(usd) * f).toPrecision(10);

interface ItemShape {
  product: { productFamily: string; attributes: Record<string, string> };
  terms: Record<string, Record<string, { priceDimensions: Record<string, { pricePerUnit: { USD: string } }> }>>;
}

/** Attributes beside the ones the normalizers read, as AWS adds them over time. */
function addExtraAttributes(i: ItemShape): void {
  const a = i.product.attributes;
  Object.assign(a, { location: 'Somewhere', locationType: 'AWS Region', servicename: 'Some service' });
  a['attributeAddedByAwsLater'] = 'yes';
  if (i.product.productFamily === 'ML Instance') Object.assign(a, { vCpu: '4', memory: '8 GiB', physicalGpu: '0' });
  else if (/ServerlessInf|ProvisionedConcurrency|Data-Bytes|VolumeUsage/.test(a['usagetype'] ?? ''))
    a['component'] = 'Hosting'; // the attribute that once sent serverless SKUs to the instance branch
  if (i.product.productFamily === 'Compute Instance')
    Object.assign(a, { vcpu: '4', physicalProcessor: 'AMD EPYC 7R32', storage: '1 x 250 NVMe SSD', ecu: 'NA' });
  if (i.product.productFamily === 'Amazon Bedrock') a['provider'] = 'Anthropic';
}

/** One Price List item with its prices × `f` (and, with `extra`, more attributes). */
function transform(text: string, f: number, extra: boolean): string {
  const i = JSON.parse(text) as ItemShape;
  for (const byCode of Object.values(i.terms))
    for (const term of Object.values(byCode))
      for (const dim of Object.values(term.priceDimensions)) dim.pricePerUnit.USD = scaled(dim.pricePerUnit.USD, f);
  if (extra) addExtraAttributes(i);
  return JSON.stringify(i);
}

const SERVICES: Record<string, (region: string) => string[]> = {
  AmazonSageMaker: sageMakerRegion,
  AmazonEC2: (r) => ec2Region(r, [['g5.xlarge', '1.0060000000']]),
  AWSLambda: lambdaRegion,
  AmazonBedrock: bedrockRegion,
};

/** The items of one service in one region. */
export function referenceItems(code: string, region: string, extra: boolean): string[] {
  const f = REFERENCE_REGIONS[region] ?? 1;
  return SERVICES[code]!(region).map((t) => transform(t, f, extra));
}

/** Everything the fake Price List and Savings Plans APIs serve for the reference regions. */
export function referenceApiData(extra: boolean): FakeData {
  const regions = Object.keys(REFERENCE_REGIONS);
  const linux = { props: { productDescription: 'Linux/UNIX', tenancy: 'shared' } };
  return {
    products: Object.fromEntries(
      Object.keys(SERVICES).map((code) => [code, regions.flatMap((r) => referenceItems(code, r, extra))]),
    ),
    // Spot g5.xlarge in two zones of each region: $0.40 and $0.44 (× f), a mean of $0.42.
    spot: regions.flatMap((r) =>
      ['0.40', '0.44'].map((price, i) => ({
        region: r,
        zone: `${r}${'ab'[i]}`,
        type: 'g5.xlarge',
        product: 'Linux/UNIX',
        price: scaled(price, REFERENCE_REGIONS[r]!),
        timestamp: '2026-11-27T09:00:00.000Z',
      })),
    ),
    rates: regions.flatMap((r) => {
      const f = REFERENCE_REGIONS[r]!;
      return [
        offeringRate('SageMaker', r, `${PREFIX[r]}-Host:ml.c5.xlarge`, scaled(PLAN_RATES.hosting, f)),
        offeringRate('SageMaker', r, `${PREFIX[r]}-ServerlessInf:Mem-2GB`, scaled(PLAN_RATES.serverless, f)),
        offeringRate('Compute', r, 'BoxUsage:g5.xlarge', scaled(PLAN_RATES.compute, f), linux),
        offeringRate('EC2Instance', r, 'BoxUsage:g5.xlarge', scaled(PLAN_RATES.ec2Instance, f), linux),
      ];
    }),
  };
}

/** The same prices as the public price list's offer and Savings Plans files. */
export function referencePublicOptions(extra: boolean): PublicFileOptions {
  return {
    items: (code, region) => referenceItems(code, region, extra),
    planRates: (plans, region): PlanRateSpec[] => {
      const f = REFERENCE_REGIONS[region] ?? 1;
      const p = PREFIX[region] ?? 'XX';
      return plans === 'AWSMachineLearningSavingsPlans'
        ? [
            {
              plan: 'SM1NU',
              usageType: `${p}-Host:ml.c5.xlarge`,
              price: scaled(PLAN_RATES.hosting, f),
              operation: 'RunInstance',
              serviceCode: 'AmazonSageMaker',
            },
            {
              plan: 'SM1NU',
              usageType: `${p}-ServerlessInf:Mem-2GB`,
              price: scaled(PLAN_RATES.serverless, f),
              operation: 'RunInstance',
              serviceCode: 'AmazonSageMaker',
            },
          ]
        : [
            {
              plan: 'CSP1NU',
              usageType: 'BoxUsage:g5.xlarge',
              price: scaled(PLAN_RATES.compute, f),
              operation: 'RunInstances',
            },
            {
              plan: 'ISP1NU',
              usageType: 'BoxUsage:g5.xlarge',
              price: scaled(PLAN_RATES.ec2Instance, f),
              operation: 'RunInstances',
            },
          ];
    },
  };
}
