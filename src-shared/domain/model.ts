/**
 * The value types the domain computes on, gathered so domain modules import them from inside the
 * domain (the project format's module, project/schema.ts, imports the domain and never the reverse).
 */
import type { UserRate } from '../project/fields';
import type { Workload } from '../project/workload';
import type { Design } from './design';

export type { Autoscaling, UserRate } from '../project/fields';
export type { BatchTraffic, Traffic, TrafficPreset, Workload } from '../project/workload';
export type { Design } from './design';
export type { Hosting, HostingType } from './hosting';
export type { Purchase, PurchaseType } from './purchase';

/** What the engine reads of a project: its region, workload, designs and the rates entered by hand. */
export interface ProjectInput {
  region: string;
  workload: Workload;
  designs: ReadonlyArray<Design>;
  userRates?: ReadonlyArray<UserRate> | undefined;
  /** Pricing assumptions: `includeFreeTier` applies the free tiers the price data knows. */
  assumptions?: { includeFreeTier?: boolean | undefined } | undefined;
}
