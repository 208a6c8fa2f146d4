/** The on-demand hourly rate of an instance for a hosting type, with the documented fallbacks. */
import { priceKeys, type SageMakerComponent } from '../../prices/keys';
import type { PriceCatalog } from '../../prices/catalog';
import { quote, type Quote } from '../pricing/quotes';
import type { InstanceRef } from '../definitions';

/**
 * SageMaker instance rate for a component. Async and batch instances are priced like real-time
 * hosting (same type and region) where AWS lists them: when the data lacks the component's own SKU
 * the hosting price is used, marked derived, with a warning (AWS prices these components at the
 * hosting rate in the regions its price list carries them).
 */
export function sageMakerInstanceQuote(
  catalog: PriceCatalog,
  region: string,
  component: SageMakerComponent,
  instanceType: string,
  warnings: string[],
): Quote {
  const key = priceKeys.sageMakerInstance(region, component, instanceType);
  const own = quote(catalog, key);
  if (own.ok || component === 'Hosting') return own;
  const hosting = quote(catalog, priceKeys.sageMakerInstance(region, 'Hosting', instanceType));
  if (!hosting.ok) return own;
  warnings.push(`${instanceType} ${component} priced like real-time hosting (no ${component} price in the data)`);
  return {
    ...hosting,
    key,
    source: {
      ...hosting.source,
      origin: 'derived',
      derivedFrom: hosting.key ?? undefined,
      rule: `${component} priced like Hosting for the same type and region`,
    },
  };
}

/** EC2 on-demand rate (EC2 self-hosted and EKS nodes). */
export function ec2InstanceQuote(catalog: PriceCatalog, region: string, instanceType: string): Quote {
  return quote(catalog, priceKeys.ec2OnDemand(region, instanceType));
}

/** The on-demand rate and label of an instance type's hours: SageMaker when `component` is set, else EC2. */
export function instanceRef(
  catalog: PriceCatalog,
  region: string,
  component: SageMakerComponent | null,
  instanceType: string,
  warnings: string[],
): InstanceRef {
  return component
    ? {
        instanceType,
        component,
        onDemand: sageMakerInstanceQuote(catalog, region, component, instanceType, warnings),
        what: `${instanceType}, ${component}`,
      }
    : { instanceType, component, onDemand: ec2InstanceQuote(catalog, region, instanceType), what: instanceType };
}
