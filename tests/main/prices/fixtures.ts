/**
 * Realistic Price List items and Savings Plans rates for tests: the shapes PRICE-LIST documents,
 * including the decoys that sit beside the real price ($0 free tier, other OS, dedicated tenancy,
 * capacity-reservation status, capacity blocks).
 */
export const EFFECTIVE = '2026-11-01T00:00:00Z';

interface Dim {
  usd: string;
  unit: string;
  description?: string;
  beginRange?: string;
  endRange?: string;
}

let counter = 0;

/** One Price List item as the API sends it (a JSON string). */
export function item(
  attributes: Record<string, string>,
  dims: Dim[],
  opts: { productFamily?: string; sku?: string; reserved?: Array<{ attrs: Record<string, string>; dims: Dim[] }> } = {},
): string {
  const sku = opts.sku ?? `SKU${(counter++).toString().padStart(6, '0')}`;
  const toDims = (ds: Dim[], code: string) =>
    Object.fromEntries(
      ds.map((d, i) => {
        const rateCode = `${sku}.${code}.${i}`;
        return [
          rateCode,
          {
            rateCode,
            description: d.description ?? `$${d.usd} per ${d.unit}`,
            unit: d.unit,
            beginRange: d.beginRange ?? '0',
            endRange: d.endRange ?? 'Inf',
            pricePerUnit: { USD: d.usd },
          },
        ];
      }),
    );
  const reserved = Object.fromEntries(
    (opts.reserved ?? []).map((r, i) => [
      `${sku}.R${i}`,
      {
        offerTermCode: `R${i}`,
        sku,
        effectiveDate: EFFECTIVE,
        termAttributes: r.attrs,
        priceDimensions: toDims(r.dims, `R${i}`),
      },
    ]),
  );
  return JSON.stringify({
    product: { productFamily: opts.productFamily ?? 'ML Instance', sku, attributes },
    serviceCode: 'X',
    terms: {
      OnDemand: {
        [`${sku}.JRTCKXETXF`]: {
          offerTermCode: 'JRTCKXETXF',
          sku,
          effectiveDate: EFFECTIVE,
          termAttributes: {},
          priceDimensions: toDims(dims, 'JRTCKXETXF'),
        },
      },
      ...(opts.reserved ? { Reserved: reserved } : {}),
    },
    version: '20261101',
    publicationDate: EFFECTIVE,
  });
}

const PREFIX: Record<string, string> = { 'us-east-1': 'USE1', 'us-west-2': 'USW2', 'eu-west-1': 'EU' };

/** SageMaker instance-hour SKU. */
export function sageMakerInstance(region: string, component: string, type: string, usd: string): string {
  const tag = component === 'Hosting' ? 'Host' : component === 'BatchTransform' ? 'Tsform' : component;
  return item(
    {
      regionCode: region,
      instanceName: type,
      instanceType: `${type}-${component}`,
      component,
      usagetype: `${PREFIX[region] ?? 'XX'}-${tag}:${type}`,
      operation: 'RunInstance',
    },
    [{ usd, unit: 'Hrs' }],
  );
}

/** A full set of SageMaker SKUs for one region, with decoys. */
export function sageMakerRegion(region: string): string[] {
  const p = PREFIX[region] ?? 'XX';
  const mk = (usagetype: string, usd: string, unit: string, description?: string, family = 'ML Serverless') =>
    item({ regionCode: region, usagetype }, [{ usd, unit, ...(description ? { description } : {}) }], {
      productFamily: family,
    });
  return [
    sageMakerInstance(region, 'Hosting', 'ml.c5.xlarge', '0.2040000000'),
    sageMakerInstance(region, 'Hosting', 'ml.c5.xlarge', '0.0000000000'), // free-tier decoy
    sageMakerInstance(region, 'AsyncInf', 'ml.c5.xlarge', '0.2040000000'),
    sageMakerInstance(region, 'BatchTransform', 'ml.c5.xlarge', '0.2040000000'),
    sageMakerInstance(region, 'Training', 'ml.c5.xlarge', '0.2040000000'), // not an inference component
    sageMakerInstance(region, 'Hosting', 'ml.g5.xlarge', '1.4080000000'),
    mk(`${p}-ServerlessInf:Mem-2GB`, '0.0000400000', 'Second', 'Serverless inference per second, 2 GB'),
    mk(`${p}-ServerlessInf:Mem-6GB`, '0.0001200000', 'Second', 'Serverless inference per second, 6 GB'),
    mk(
      `${p}-ProvisionedConcurrency:Usage-2GB`,
      '0.0000100000',
      'Second',
      'Serverless provisioned concurrency warm capacity, 2 GB',
    ),
    mk(
      `${p}-ProvisionedConcurrency:Mem-2GB`,
      '0.0000233000',
      'Second',
      'Serverless inference duration while provisioned, 2 GB',
    ),
    mk(`${p}-Data-Bytes-In`, '0.0160000000', 'GB', 'Data processed in', 'ML Data'),
    mk(`${p}-Data-Bytes-Out`, '0.0160000000', 'GB', 'Data processed out', 'ML Data'),
    mk(`${p}-Host:VolumeUsage.gp2`, '0.1400000000', 'GB-Mo', 'Hosting storage', 'Storage'),
  ];
}

/** An EC2 Linux on-demand SKU with optional reserved terms, and its decoys. */
export function ec2Region(region: string, types: Array<[string, string]> = [['g5.xlarge', '1.0060000000']]): string[] {
  const out: string[] = [];
  for (const [type, usd] of types) {
    const base = {
      regionCode: region,
      instanceType: type,
      instanceFamily: type.startsWith('g') ? 'GPU instance' : 'General purpose',
      operatingSystem: 'Linux',
      tenancy: 'Shared',
      capacitystatus: 'Used',
      preInstalledSw: 'NA',
      marketoption: 'OnDemand',
      licenseModel: 'No License required',
      usagetype: `BoxUsage:${type}`,
    };
    out.push(
      item(base, [{ usd, unit: 'Hrs' }], {
        productFamily: 'Compute Instance',
        reserved: [
          {
            attrs: { LeaseContractLength: '1yr', OfferingClass: 'standard', PurchaseOption: 'No Upfront' },
            dims: [{ usd: '0.6340000000', unit: 'Hrs' }],
          },
          {
            attrs: { LeaseContractLength: '3yr', OfferingClass: 'convertible', PurchaseOption: 'Partial Upfront' },
            dims: [
              { usd: '0.2000000000', unit: 'Hrs' },
              { usd: '5256', unit: 'Quantity', description: 'Upfront Fee' },
            ],
          },
        ],
      }),
      item({ ...base, operatingSystem: 'Windows' }, [{ usd: '1.1900000000', unit: 'Hrs' }], {
        productFamily: 'Compute Instance',
      }),
      item({ ...base, tenancy: 'Dedicated' }, [{ usd: '1.1070000000', unit: 'Hrs' }], {
        productFamily: 'Compute Instance',
      }),
      item({ ...base, capacitystatus: 'UnusedCapacityReservation' }, [{ usd: usd, unit: 'Hrs' }], {
        productFamily: 'Compute Instance',
      }),
      item({ ...base, marketoption: 'CapacityBlock' }, [{ usd: '0.0000000000', unit: 'Hrs' }], {
        productFamily: 'Compute Instance',
      }),
    );
  }
  return out;
}

/** Lambda SKUs for one region: requests, tiered duration (x86 and Arm), PC, and an Edge decoy. */
export function lambdaRegion(region: string): string[] {
  const mk = (group: string, dims: Dim[], usagetype = group) =>
    item({ regionCode: region, group, usagetype }, dims, { productFamily: 'Serverless' });
  return [
    mk('AWS-Lambda-Requests', [{ usd: '0.0000002000', unit: 'Requests' }]),
    mk('AWS-Lambda-Requests-ARM', [{ usd: '0.0000002000', unit: 'Requests' }]),
    mk('AWS-Lambda-Duration', [
      { usd: '0.0000166667', unit: 'Lambda-GB-Second', beginRange: '0', endRange: '6000000000' },
      { usd: '0.0000150000', unit: 'Lambda-GB-Second', beginRange: '6000000000', endRange: '15000000000' },
      { usd: '0.0000133334', unit: 'Lambda-GB-Second', beginRange: '15000000000', endRange: 'Inf' },
    ]),
    mk('AWS-Lambda-Duration-ARM', [
      { usd: '0.0000133334', unit: 'Lambda-GB-Second', beginRange: '0', endRange: '7500000000' },
      { usd: '0.0000120001', unit: 'Lambda-GB-Second', beginRange: '7500000000', endRange: '18750000000' },
      { usd: '0.0000106667', unit: 'Lambda-GB-Second', beginRange: '18750000000', endRange: 'Inf' },
    ]),
    mk('AWS-Lambda-Provisioned-Concurrency', [{ usd: '0.0000041667', unit: 'Lambda-GB-Second' }]),
    mk('AWS-Lambda-Duration-Provisioned', [{ usd: '0.0000097222', unit: 'Lambda-GB-Second' }]),
    mk('AWS-Lambda-Edge-Requests', [{ usd: '0.0000006000', unit: 'Requests' }], 'Lambda-Edge-Request'),
  ];
}

/** Bedrock token SKUs (per 1K tokens, as the Price List states them). */
export function bedrockRegion(region: string): string[] {
  const mk = (model: string, inferenceType: string, usd: string, usagetype: string) =>
    item(
      { regionCode: region, model, inferenceType, usagetype, feature: 'On-demand Inference' },
      [{ usd, unit: '1K tokens' }],
      {
        productFamily: 'Amazon Bedrock',
      },
    );
  return [
    mk('Claude 3 Haiku', 'Input tokens', '0.00025', 'USE1-Claude3Haiku-input-tokens'),
    mk('Claude 3 Haiku', 'Output tokens', '0.00125', 'USE1-Claude3Haiku-output-tokens'),
    mk('Claude 3 Haiku', 'Batch Input tokens', '0.000125', 'USE1-Claude3Haiku-batch-input-tokens'),
  ];
}

/** A Savings Plans offering rate as the API returns it. */
export function offeringRate(
  planType: 'SageMaker' | 'Compute' | 'EC2Instance',
  region: string,
  usageType: string,
  rate: string,
  opts: { payment?: string; years?: 1 | 3; props?: Record<string, string> } = {},
) {
  return {
    savingsPlanOffering: {
      offeringId: `offer-${planType}-${opts.years ?? 1}-${opts.payment ?? 'No Upfront'}`,
      paymentOption: opts.payment ?? 'No Upfront',
      planType,
      durationSeconds: (opts.years ?? 1) * 31_536_000,
      currency: 'USD',
    },
    rate,
    unit: 'Hrs',
    productType: planType === 'SageMaker' ? 'SageMaker' : 'EC2',
    serviceCode: planType === 'SageMaker' ? 'AmazonSageMaker' : 'AmazonEC2',
    usageType,
    operation: 'RunInstance',
    properties: [
      { name: 'region', value: region },
      ...Object.entries(opts.props ?? {}).map(([name, value]) => ({ name, value })),
    ],
  };
}
