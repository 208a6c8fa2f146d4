/** New designs and ways to pay: each type's starting values (from its definition), and names that stay unique. */
import { ON_DEMAND, hostingDefinition, purchaseDefinition } from '@shared/domain';
import type { Design, Hosting, HostingType, Purchase, PurchaseType, Workload } from '@shared/project/schema';

/** A starting hosting of a type, carrying over the instance type and region of `previous` where they fit. */
export function defaultHosting(type: HostingType, previous?: Hosting): Hosting {
  return hostingDefinition(type).defaults(previous);
}

/** A starting purchase of a type; commitment terms follow the workload's commitment horizon. */
export function defaultPurchase(type: PurchaseType, workload: Workload): Purchase {
  return purchaseDefinition(type).defaults(workload);
}

/** `base`, or "base (2)", "base (3)"... whichever is not taken. */
export function uniqueName(base: string, taken: ReadonlyArray<string>): string {
  const set = new Set(taken);
  if (!set.has(base)) return base;
  const stem = base.replace(/ \(\d+\)$/, '');
  for (let i = 2; ; i++) if (!set.has(`${stem} (${i})`)) return `${stem} (${i})`;
}

/** A new design of a hosting type, on-demand, with a unique name. */
export function newDesign(type: HostingType, taken: ReadonlyArray<string>): Design {
  return {
    name: uniqueName(hostingDefinition(type).label, taken),
    hosting: defaultHosting(type),
    purchase: { ...ON_DEMAND },
  };
}
