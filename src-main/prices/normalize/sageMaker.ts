/**
 * AmazonSageMaker products → catalog prices. Places instance-hours (Hosting, AsyncInf, BatchTransform),
 * serverless compute per memory size, both provisioned-concurrency meters, data processed in/out and
 * endpoint storage. Training, notebooks and the rest are ignored; $0 free-tier twins lose to the real SKU.
 */
import type { PriceEntry } from '@shared/prices/catalog';
import { priceKeys, type SageMakerComponent } from '@shared/prices/keys';
import type { ProductResult } from './outcome';
import { apiSource, type Product } from './product';
import { productRegion, singleOnDemand } from './region';

const COMPONENTS: ReadonlySet<string> = new Set<SageMakerComponent>(['Hosting', 'AsyncInf', 'BatchTransform']);

/** Instance-hour usage types: `<PREFIX>-Host:ml.g5.xlarge`, `AsyncInf:`, `Tsform:` (batch transform). */
export const INSTANCE_USAGE = /(?:^|-)(Host|AsyncInf|Tsform):(ml\.[a-z0-9-]+\.[a-z0-9]+)$/;
export const USAGE_COMPONENTS: Readonly<Record<string, SageMakerComponent>> = {
  Host: 'Hosting',
  AsyncInf: 'AsyncInf',
  Tsform: 'BatchTransform',
};

/**
 * Which provisioned-concurrency meter a SKU is. Sources disagree on which usage type is which, so the
 * description decides; the unit must be per second. Undefined when the description names neither.
 */
export function classifyProvisionedConcurrency(description: string): 'capacity' | 'execution' | undefined {
  const d = description.toLowerCase();
  const execution = /inference duration|execution|invocation|duration while|while provisioned/.test(d);
  const capacity = /warm|capacity|kept|keep|idle|provisioned concurrency (usage|charge)|per provisioned/.test(d);
  if (execution === capacity) return undefined;
  return execution ? 'execution' : 'capacity';
}

const isSeconds = (unit: string) =>
  /^s(ec(ond)?s?)?(\(s\))?$/i.test(unit.replace(/[-_ ]/g, '')) || /second/i.test(unit);

/** Normalizes one SageMaker product. */
export function normalizeSageMakerProduct(product: Product, fetchedAt: string): ProductResult {
  const a = product.attributes;
  const region = productRegion(product);
  const usageType = a['usagetype'] ?? '';
  const only = singleOnDemand(product);
  const entry = (key: string, unit: string): ProductResult => {
    if (typeof only === 'string') return { skip: only };
    const e: PriceEntry = { key, usd: only.dim.usd, unit, source: apiSource(product, only.term, only.dim, fetchedAt) };
    // A $0 SKU beside the real one is a free-tier decoy, never the price of the meter.
    return only.dim.usd > 0 ? { entries: [e] } : { ignore: true };
  };
  if (!region) return { ignore: true };

  // Classified by usage type first, then product family: incidental attributes (a serverless SKU that
  // also carries `component`) never decide the meter.
  const serverless = /ServerlessInf:Mem-(\d+)GB/.exec(usageType);
  if (serverless) return entry(priceKeys.sageMakerServerlessCompute(region, Number(serverless[1]) * 1024), 'second');
  const pc = /ProvisionedConcurrency:(?:Usage|Mem)-(\d+)GB/.exec(usageType);
  if (pc) {
    if (typeof only === 'string') return { skip: only };
    if (!isSeconds(only.dim.unit))
      return { skip: `provisioned concurrency priced per ${only.dim.unit}, expected seconds` };
    const meter = classifyProvisionedConcurrency(only.dim.description);
    if (!meter) return { skip: `cannot tell provisioned-concurrency meter from description "${only.dim.description}"` };
    const mb = Number(pc[1]) * 1024;
    const key =
      meter === 'capacity'
        ? priceKeys.sageMakerServerlessPcCapacity(region, mb)
        : priceKeys.sageMakerServerlessPcExecution(region, mb);
    return entry(key, 'second');
  }

  if (usageType.includes('Data-Bytes-In')) return entry(priceKeys.sageMakerDataIn(region), 'GB');
  if (usageType.includes('Data-Bytes-Out')) return entry(priceKeys.sageMakerDataOut(region), 'GB');
  if (/Host:VolumeUsage/.test(usageType)) return entry(priceKeys.sageMakerStorage(region), 'GB-month');

  const byUsage = INSTANCE_USAGE.exec(usageType);
  if (byUsage) {
    const component = USAGE_COMPONENTS[byUsage[1]!]!;
    return entry(priceKeys.sageMakerInstance(region, component, byUsage[2]!), 'hour');
  }
  if (product.productFamily === 'ML Instance') {
    // An instance SKU whose usage type names no inference component: the component attribute decides.
    const component = a['component'] ?? '';
    if (!COMPONENTS.has(component)) return { ignore: true };
    const type = a['instanceName'] || (a['instanceType'] ?? '').replace(/-[A-Za-z]+$/, '');
    if (!/^ml\.[a-z0-9-]+\.[a-z0-9]+$/.test(type)) return { skip: `no instance name in ${usageType}` };
    return entry(priceKeys.sageMakerInstance(region, component as SageMakerComponent, type), 'hour');
  }
  return { ignore: true };
}
