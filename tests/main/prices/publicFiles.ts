/**
 * AWS public price list files for tests, in their real shapes: the offer index, each service's
 * region index and region offer files (built from the same Price List items as the API fixtures,
 * decoys included), the Savings Plans region indexes and files for SageMaker and Compute/EC2 Instance
 * plans, and the spot price feed. Also a large EC2 offer file generated as a stream, record by record,
 * so hundreds of megabytes can be served without being held anywhere.
 */
import { Readable } from 'node:stream';
import { bedrockRegion, ec2Region, lambdaRegion, sageMakerRegion } from './fixtures';

/** A file the fake server generates on demand, from any byte offset. */
export interface GeneratedFile {
  size: number;
  open(offset: number): Readable;
}

export type ServedFile = Buffer | GeneratedFile;

const PUBLISHED = '2026-11-20T00:00:00Z';
const VERSION = '20261120000000';
const DISCLAIMER = 'This pricing list is for informational purposes only.';

const SERVICES: Record<string, (region: string) => string[]> = {
  AmazonSageMaker: sageMakerRegion,
  AmazonEC2: (r) => ec2Region(r, [['g5.xlarge', '1.0060000000']]),
  AWSLambda: lambdaRegion,
  AmazonBedrock: bedrockRegion,
};

const offerPath = (code: string, region: string) => `/offers/v1.0/aws/${code}/${VERSION}/${region}/index.json`;
const planPath = (plans: string, region: string) => `/savingsPlan/v1.0/aws/${plans}/${VERSION}/${region}/index.json`;

/** An offer file from Price List items: products by SKU, then their terms by type and SKU. */
export function offerFile(code: string, items: string[]): Buffer {
  const products: Record<string, unknown> = {};
  const terms: Record<string, Record<string, unknown>> = { OnDemand: {}, Reserved: {} };
  for (const text of items) {
    const i = JSON.parse(text) as { product: { sku: string }; terms: Record<string, unknown> };
    products[i.product.sku] = i.product;
    for (const [type, byCode] of Object.entries(i.terms)) terms[type]![i.product.sku] = byCode;
  }
  // Pretty-printed, as AWS publishes them.
  const file = {
    formatVersion: 'v1.0',
    disclaimer: DISCLAIMER,
    offerCode: code,
    version: VERSION,
    publicationDate: PUBLISHED,
    products,
    terms,
  };
  return Buffer.from(JSON.stringify(file, null, 2));
}

function planRate(usageType: string, price: string, operation: string, region: string, serviceCode = 'AmazonEC2') {
  return {
    discountedSku: `D-${usageType}-${operation}`,
    discountedUsageType: usageType,
    discountedOperation: operation,
    discountedServiceCode: serviceCode,
    rateCode: `PLAN.${usageType}`,
    unit: usageType.includes('Lambda') ? 'Lambda-GB-Second' : 'Hrs',
    discountedRate: { price, currency: 'USD' },
    discountedRegionCode: region,
  };
}

/** A Savings Plans product (a plan), 1-year No Upfront. */
function planProduct(sku: string, productFamily: string, usageType: string, extra: Record<string, string> = {}) {
  return {
    sku,
    productFamily,
    serviceCode: productFamily === 'SageMakerSavingsPlans' ? 'MachineLearningSavingsPlans' : 'ComputeSavingsPlans',
    usageType,
    operation: '',
    attributes: {
      purchaseOption: 'No Upfront',
      purchaseTerm: '1yr',
      locationType: 'AWS Region',
      location: 'Any',
      ...extra,
    },
  };
}

type PlansFile = 'AWSMachineLearningSavingsPlans' | 'AWSComputeSavingsPlan';

/** One plan rate of a Savings Plans file, under its plan's SKU (SM1NU, CSP1NU or ISP1NU: 1-year No Upfront). */
export interface PlanRateSpec {
  plan: 'SM1NU' | 'CSP1NU' | 'ISP1NU';
  usageType: string;
  price: string;
  operation: string;
  serviceCode?: string;
}

/** What a test may put in the price list instead of the API fixtures. */
export interface PublicFileOptions {
  /** The Price List items of a service's region offer file. */
  items?: (code: string, region: string) => string[];
  /** The rates of a region's Savings Plans file (replacing the default rates and decoys). */
  planRates?: (plans: PlansFile, region: string) => PlanRateSpec[];
}

/** The Savings Plans file of one region: products (plans), then terms with their rates, decoys included. */
function savingsPlanFile(plans: PlansFile, region: string, custom?: PlanRateSpec[]): Buffer {
  const term = (sku: string, years: number, rates: unknown[]) => ({
    sku,
    description: `${years} year plan`,
    effectiveDate: PUBLISHED,
    leaseContractLength: { duration: years, unit: 'year' },
    rates,
  });
  const termOf = (sku: PlanRateSpec['plan']) =>
    term(
      sku,
      1,
      (custom ?? [])
        .filter((r) => r.plan === sku)
        .map((r) => planRate(r.usageType, r.price, r.operation, region, r.serviceCode)),
    );
  if (custom) {
    const sm = plans === 'AWSMachineLearningSavingsPlans';
    return Buffer.from(
      JSON.stringify(
        {
          version: VERSION,
          publicationDate: PUBLISHED,
          regionCode: region,
          products: sm
            ? [planProduct('SM1NU', 'SageMakerSavingsPlans', 'SageMakerSP:1yrNoUpfront')]
            : [
                planProduct('CSP1NU', 'ComputeSavingsPlans', 'ComputeSP:1yrNoUpfront'),
                planProduct('ISP1NU', 'EC2InstanceSavingsPlans', 'EC2SP:g5.1yrNoUpfront', { instanceType: 'g5' }),
              ],
          terms: { savingsPlan: sm ? [termOf('SM1NU')] : [termOf('CSP1NU'), termOf('ISP1NU')] },
        },
        null,
        2,
      ),
    );
  }
  const file =
    plans === 'AWSMachineLearningSavingsPlans'
      ? {
          version: VERSION,
          publicationDate: PUBLISHED,
          regionCode: region,
          products: [planProduct('SM1NU', 'SageMakerSavingsPlans', 'SageMakerSP:1yrNoUpfront')],
          terms: {
            savingsPlan: [
              term('SM1NU', 1, [
                planRate('USE1-Host:ml.c5.xlarge', '0.1387', 'RunInstance', region, 'AmazonSageMaker'),
                planRate('USE1-Train:ml.c5.xlarge', '0.1300', 'RunInstance', region, 'AmazonSageMaker'), // training: ignored
              ]),
            ],
          },
        }
      : {
          version: VERSION,
          publicationDate: PUBLISHED,
          regionCode: region,
          products: [
            planProduct('CSP1NU', 'ComputeSavingsPlans', 'ComputeSP:1yrNoUpfront'),
            planProduct('ISP1NU', 'EC2InstanceSavingsPlans', 'EC2SP:g5.1yrNoUpfront', {
              instanceType: 'g5',
              regionCode: region,
            }),
          ],
          terms: {
            savingsPlan: [
              term('CSP1NU', 1, [
                planRate('BoxUsage:g5.xlarge', '0.8100', 'RunInstances', region),
                planRate('BoxUsage:g5.xlarge', '0.9900', 'RunInstances:0002', region), // Windows: ignored
                planRate('BoxUsage:g5.xlarge', '0.7777', 'RunInstances', `${region}-bos-1`), // a Local Zone: ignored
                planRate('USE1-Lambda-GB-Second', '0.0000139', 'Invoke', region, 'AWSLambda'),
              ]),
              term('ISP1NU', 1, [planRate('BoxUsage:g5.xlarge', '0.7000', 'RunInstances', region)]),
            ],
          },
        };
  return Buffer.from(JSON.stringify(file, null, 2));
}

/** The spot price feed for some regions, with a size not offered as spot ("N/A*"). */
export function spotFeed(regions: string[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      vers: 0.01,
      config: {
        rate: 'perhr',
        valueColumns: ['linux', 'mswin'],
        currencies: ['USD'],
        regions: [...regions, 'ap-south-2'].map((region) => ({
          region,
          footnotes: { '*': 'notAvailableForCCorCGPU' },
          instanceTypes: [
            {
              type: 'gpuCurrentGen',
              sizes: [
                {
                  size: 'g5.xlarge',
                  valueColumns: [
                    { name: 'linux', prices: { USD: '0.4020' } },
                    { name: 'mswin', prices: { USD: '0.5860' } },
                  ],
                },
                { size: 'g5.48xlarge', valueColumns: [{ name: 'linux', prices: { USD: 'N/A*' } }] },
              ],
            },
          ],
        })),
      },
    }),
  );
}

/** Every file of a price list covering `regions` (plus a decoy service and a decoy region). */
export function publicPriceFiles(regions: string[], options: PublicFileOptions = {}): Map<string, ServedFile> {
  const files = new Map<string, ServedFile>();
  const all = [...regions, 'ap-south-2'];
  const offers: Record<string, unknown> = {
    AmazonS3: {
      offerCode: 'AmazonS3',
      versionIndexUrl: '/offers/v1.0/aws/AmazonS3/index.json',
      currentVersionUrl: '/offers/v1.0/aws/AmazonS3/current/index.json',
      currentRegionIndexUrl: '/offers/v1.0/aws/AmazonS3/current/region_index.json',
    },
  };
  for (const [code, make] of Object.entries(SERVICES)) {
    offers[code] = {
      offerCode: code,
      versionIndexUrl: `/offers/v1.0/aws/${code}/index.json`,
      currentVersionUrl: `/offers/v1.0/aws/${code}/current/index.json`,
      currentRegionIndexUrl: `/offers/v1.0/aws/${code}/current/region_index.json`,
      ...(code === 'AmazonSageMaker' || code === 'AmazonEC2'
        ? {
            savingsPlanVersionIndexUrl: `/savingsPlan/v1.0/aws/${code === 'AmazonEC2' ? 'AWSComputeSavingsPlan' : 'AWSMachineLearningSavingsPlans'}/current/index.json`,
            currentSavingsPlanIndexUrl: `/savingsPlan/v1.0/aws/${code === 'AmazonEC2' ? 'AWSComputeSavingsPlan' : 'AWSMachineLearningSavingsPlans'}/current/region_index.json`,
          }
        : {}),
    };
    const regionIndex = {
      formatVersion: 'v1.0',
      disclaimer: DISCLAIMER,
      publicationDate: PUBLISHED,
      regions: Object.fromEntries(all.map((r) => [r, { regionCode: r, currentVersionUrl: offerPath(code, r) }])),
    };
    files.set(`/offers/v1.0/aws/${code}/current/region_index.json`, Buffer.from(JSON.stringify(regionIndex, null, 2)));
    for (const r of all) files.set(offerPath(code, r), offerFile(code, options.items?.(code, r) ?? make(r)));
  }
  files.set(
    '/offers/v1.0/aws/index.json',
    Buffer.from(
      JSON.stringify({ formatVersion: 'v1.0', disclaimer: DISCLAIMER, publicationDate: PUBLISHED, offers }, null, 2),
    ),
  );
  for (const plans of ['AWSMachineLearningSavingsPlans', 'AWSComputeSavingsPlan'] as const) {
    const index = {
      disclaimer: DISCLAIMER,
      publicationDate: PUBLISHED,
      regions: all.map((r) => ({ regionCode: r, versionUrl: planPath(plans, r) })),
    };
    files.set(`/savingsPlan/v1.0/aws/${plans}/current/region_index.json`, Buffer.from(JSON.stringify(index, null, 2)));
    for (const r of all) files.set(planPath(plans, r), savingsPlanFile(plans, r, options.planRates?.(plans, r)));
  }
  files.set('/spot.json', spotFeed(regions));
  return files;
}

/** The path of a region's offer file, for tests that replace one. */
export function offerFilePath(code: string, region: string): string {
  return offerPath(code, region);
}

// ---- A large EC2 offer file, generated record by record -------------------------------------------

const PRODUCT_BYTES = 1024;
const ON_DEMAND_BYTES = 768;
const RESERVED_BYTES = 1280;
/** One product in this many is the plain Linux capacity the app keeps, the rest decoys (other OS, dedicated): still several times the share in the real EC2 file. */
export const WANTED_EVERY = 32;
const DECOY_OS = ['Windows', 'RHEL', 'SUSE', 'Ubuntu Pro', 'Red Hat Enterprise Linux with HA', 'Windows', 'Linux'];

function pad(text: string, bytes: number): string {
  if (text.length > bytes) throw new Error(`generated record longer than ${bytes} bytes`);
  return text + ' '.repeat(bytes - text.length);
}

const sku = (i: number) => `GEN${i.toString().padStart(10, '0')}`;
const typeOf = (i: number) => `x${i.toString().padStart(7, '0')}.large`;

function productRecord(region: string, i: number): string {
  const wanted = i % WANTED_EVERY === 0;
  const decoy = DECOY_OS[i % DECOY_OS.length]!;
  const attributes = {
    servicecode: 'AmazonEC2',
    location: 'US East (N. Virginia)',
    locationType: 'AWS Region',
    instanceType: typeOf(i),
    currentGeneration: 'Yes',
    instanceFamily: 'General purpose',
    vcpu: '2',
    physicalProcessor: 'Intel Xeon Platinum 8175',
    memory: '8 GiB',
    storage: 'EBS only',
    networkPerformance: 'Up to 10 Gigabit',
    processorArchitecture: '64-bit',
    tenancy: wanted || decoy !== 'Linux' ? 'Shared' : 'Dedicated',
    operatingSystem: wanted ? 'Linux' : decoy,
    licenseModel: 'No License required',
    usagetype: `BoxUsage:${typeOf(i)}`,
    operation: 'RunInstances',
    capacitystatus: 'Used',
    marketoption: 'OnDemand',
    preInstalledSw: 'NA',
    regionCode: region,
  };
  const body = `"${sku(i)}":${JSON.stringify({ sku: sku(i), productFamily: 'Compute Instance', attributes })}`;
  return pad(`${i > 0 ? ',' : ''}\n    ${body}`, PRODUCT_BYTES);
}

function priceDimension(code: string, usd: string, unit: string, description: string) {
  return {
    rateCode: code,
    description,
    beginRange: '0',
    endRange: 'Inf',
    unit,
    pricePerUnit: { USD: usd },
    appliesTo: [],
  };
}

/** The generated price of product i: a distinct, exactly known number. */
export function generatedPrice(i: number): string {
  return (0.05 + i / 1e6).toFixed(10);
}

function onDemandRecord(i: number): string {
  const s = sku(i);
  const term = {
    [`${s}.JRTCKXETXF`]: {
      offerTermCode: 'JRTCKXETXF',
      sku: s,
      effectiveDate: '2026-11-01T00:00:00Z',
      priceDimensions: {
        [`${s}.JRTCKXETXF.6YS6EN2CT7`]: priceDimension(
          `${s}.JRTCKXETXF.6YS6EN2CT7`,
          generatedPrice(i),
          'Hrs',
          `$${generatedPrice(i)} per On Demand Linux ${typeOf(i)} Instance Hour`,
        ),
      },
      termAttributes: {},
    },
  };
  return pad(`${i > 0 ? ',' : ''}\n    "${s}":${JSON.stringify(term)}`, ON_DEMAND_BYTES);
}

function reservedRecord(i: number): string {
  const s = sku(i);
  const term = {
    [`${s}.4NA7Y494T4`]: {
      offerTermCode: '4NA7Y494T4',
      sku: s,
      effectiveDate: '2026-11-01T00:00:00Z',
      priceDimensions: {
        [`${s}.4NA7Y494T4.6YS6EN2CT7`]: priceDimension(
          `${s}.4NA7Y494T4.6YS6EN2CT7`,
          (Number(generatedPrice(i)) * 0.6).toFixed(10),
          'Hrs',
          'Linux/UNIX (Amazon VPC), reserved',
        ),
      },
      termAttributes: { LeaseContractLength: '1yr', OfferingClass: 'standard', PurchaseOption: 'No Upfront' },
    },
  };
  return pad(`${i > 0 ? ',' : ''}\n    "${s}":${JSON.stringify(term)}`, RESERVED_BYTES);
}

const TERMS = '\n  },\n  "terms" : {\n    "OnDemand" : {';
const RESERVED = '\n    },\n    "Reserved" : {';
const END = '\n    }\n  }\n}\n';

/** A generated EC2 offer file of about `approxBytes`, its size known exactly before a byte is made. */
export function generatedEc2Offer(
  region: string,
  approxBytes: number,
): GeneratedFile & { products: number; wanted: number } {
  const products = Math.max(1, Math.floor(approxBytes / (PRODUCT_BYTES + ON_DEMAND_BYTES + RESERVED_BYTES)));
  const head = `{\n  "formatVersion" : "v1.0",\n  "disclaimer" : "${DISCLAIMER}",\n  "offerCode" : "AmazonEC2",\n  "version" : "${VERSION}",\n  "publicationDate" : "${PUBLISHED}",\n  "products" : {`;
  const sections: Array<{ count: number; bytes: number; make: (i: number) => string }> = [
    { count: 1, bytes: Buffer.byteLength(head), make: () => head },
    { count: products, bytes: PRODUCT_BYTES, make: (i) => productRecord(region, i) },
    { count: 1, bytes: TERMS.length, make: () => TERMS },
    { count: products, bytes: ON_DEMAND_BYTES, make: onDemandRecord },
    { count: 1, bytes: RESERVED.length, make: () => RESERVED },
    { count: products, bytes: RESERVED_BYTES, make: reservedRecord },
    { count: 1, bytes: END.length, make: () => END },
  ];
  const size = sections.reduce((n, s) => n + s.count * s.bytes, 0);
  function* chunks(offset: number): Generator<Buffer> {
    let at = 0;
    let batch: string[] = [];
    let batchBytes = 0;
    for (const section of sections) {
      const end = at + section.count * section.bytes;
      if (end <= offset) {
        at = end;
        continue;
      }
      const first = Math.max(0, Math.floor((offset - at) / section.bytes));
      for (let i = first; i < section.count; i++) {
        const start = at + i * section.bytes;
        let text = section.make(i);
        if (start < offset) text = text.slice(offset - start); // records are ASCII: chars are bytes
        batch.push(text);
        batchBytes += text.length;
        if (batchBytes >= 64 * 1024) {
          yield Buffer.from(batch.join(''));
          batch = [];
          batchBytes = 0;
        }
      }
      at = end;
    }
    if (batch.length) yield Buffer.from(batch.join(''));
  }
  return {
    size,
    products,
    wanted: Math.ceil(products / WANTED_EVERY),
    open: (offset) => Readable.from(chunks(offset), { objectMode: false }),
  };
}
