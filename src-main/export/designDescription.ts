/** Plain words for a design's hosting, instance, scaling and way to pay, as the Summary shows them. */
import { hostingDefinition, purchaseDefinition } from '@shared/domain';
import type { Design, Purchase } from '@shared/project/schema';

export interface DesignWords {
  hosting: string;
  instance: string;
  scaling: string;
  payment: string;
}

/** Describes a design in four short phrases (each hosting type and way to pay words its own). */
export function describeDesign(design: Design): DesignWords {
  const def = hostingDefinition(design.hosting.type);
  return {
    hosting: def.summaryName,
    ...def.describe(design.hosting),
    payment: describePurchase(design.purchase),
  };
}

/** The way to pay in words, e.g. "SageMaker Savings Plan, 1 yr, no-upfront, $0.15/h". */
export function describePurchase(p: Purchase): string {
  return purchaseDefinition(p.type).describe(p);
}
