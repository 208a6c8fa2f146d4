/**
 * Which ways to pay apply to which hosting types: each hosting type's allow-list (its definition's
 * `purchases`). A purchase that does not apply is never silently ignored: the estimate carries the
 * way to pay's own reason, naming what to use instead.
 */
import { hostingDefinition, type HostingType } from './hosting';
import { purchaseDefinition, type PurchaseType } from './purchase';

/** True when the hosting type accepts the way to pay. */
export function purchaseApplies(purchase: PurchaseType, hosting: HostingType): boolean {
  return hostingDefinition(hosting).purchases.some((w) => w.type === purchase);
}

/** Why `purchase` does not apply to `hosting`, or null when it does. */
export function purchaseExclusion(purchase: PurchaseType, hosting: HostingType): string | null {
  if (purchaseApplies(purchase, hosting)) return null;
  const h = hostingDefinition(hosting);
  return purchaseDefinition(purchase).refusal({ family: h.family, label: h.limits.label, usageName: h.usageName });
}
