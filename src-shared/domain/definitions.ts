/**
 * The shapes every hosting type and every way to pay fills in once (hosting/<type>.ts,
 * purchase/<way>.ts). The registries (hosting/index.ts, purchase/index.ts) derive the schema union,
 * the type lists and every per-variant table from these, so a variant is added in one place and a
 * missing piece is a compile error, never a silent default.
 */
import type { z } from 'zod';
import type { PriceCatalog } from '../prices/catalog';
import type { SageMakerComponent, SavingsPlanType } from '../prices/keys';
import type { Workload } from '../project/workload';
import type { HostingLimits } from './hostingLimits';
import type { EstimateContext } from './pricing/context';
import type { Quote } from './pricing/quotes';
import type { DesignEstimate, FeasibilityReason } from './results';
import type { WeekProfile } from './traffic/week';

/** The rule a typed number must meet before the schema sees it. */
export type NumberRule = 'positive' | 'non-negative' | 'positive-integer' | 'non-negative-integer' | 'percent';

/** A number field of a hosting or purchase, as data: where the value lives, its label, unit and rule. */
export interface NumberFieldSpec {
  /** Path inside the part, unique per part: "instanceCount", "autoscaling.max". */
  id: string;
  label: string;
  unit: string;
  rule: NumberRule;
  /** May be left empty (the domain's default or the price data applies). */
  optional?: boolean;
  /** Shown under the field (why it matters, or that it is user-provided). */
  help?: string;
}

/** A field chosen from a list (memory size, architecture, model), with its current value. */
export interface ChoiceFieldSpec {
  /** The hosting field it sets. */
  id: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  /** The field holds a number (the option values are its decimal text). */
  numeric: boolean;
}

/**
 * Families of hosting: who runs the capacity, which decides the ways to pay that can apply and the
 * words of a refusal.
 */
export type HostingFamily = 'sagemaker' | 'self-managed' | 'function' | 'foundation-model';

/** What a way to pay reads of a hosting type it refuses, to say why and what to use instead. */
export interface RefusedHosting {
  family: HostingFamily;
  /** Short name used in messages ("serverless inference"). */
  label: string;
  /** The usage as AWS bills it, in words ("EC2", "EKS nodes", "Lambda", "Bedrock"). */
  usageName: string;
}

/** One instance type's hours, as a way to pay prices them. */
export interface InstanceRef {
  instanceType: string;
  /** SageMaker component for SageMaker usage; null for EC2 instances (EC2, EKS nodes). */
  component: SageMakerComponent | null;
  onDemand: Quote;
  /** Label part, e.g. "ml.c5.xlarge, Hosting". */
  what: string;
}

/** The instance-hours being paid for, and whether the fleet is fixed. */
export interface InstanceUsage extends InstanceRef {
  /** The fleet's fixed size, or null when autoscaled. */
  fixedCount: number | null;
}

/**
 * The rate one instance-hour is billed at under a way to pay: the quote (with its source, or why it
 * is missing) and the effective $/hour it comes to (a reservation's upfront amortized over the term).
 * Pricing and the optimizer's cost floor both read this, so they never disagree.
 */
export interface InstanceRate {
  quote: Quote;
  /** USD per instance-hour, or null when the quote is missing or not per hour. */
  hourly: number | null;
}

/** How a way to pay bills instance-hours (SageMaker endpoints and batch, EC2, EKS). */
export interface InstanceHoursPricing<P> {
  /** The rate of one instance-hour (shared by pricing and the cost floor). */
  rate(catalog: PriceCatalog, region: string, usage: InstanceRef, purchase: P): InstanceRate;
  /** Adds the line items of `capacity` (instances in service each hour) to the estimate. */
  price(ctx: EstimateContext, usage: InstanceUsage, capacity: number[], purchase: P): void;
}

/** A way to pay (on-demand, a Savings Plan, reserved instances, spot, Provisioned Throughput), defined once. */
export interface PurchaseDefinition<P extends { type: string } = { type: string }> {
  type: P['type'];
  /** Its member of the project format's purchase union. */
  schema: z.ZodType<P>;
  /** Human name ("Reserved instances"). */
  label: string;
  /** A commitment the ways-to-pay step analyses: a Savings Plan, a reservation, or none. */
  commitment: 'savings-plan' | 'reservation' | null;
  /** The Savings Plan it is (price-key kind and name), or null for other ways to pay. */
  savingsPlan: { kind: SavingsPlanType; name: string } | null;
  /** Why it does not apply to a hosting type that does not accept it, naming what to use instead. */
  refusal(hosting: RefusedHosting): string;
  /** How it bills instance-hours, or null when it never pays for instances. */
  instanceHours: InstanceHoursPricing<P> | null;
  /** Adds the reasons the workload rules it out (spot: not interruptible); checked only where it applies. */
  check(ctx: EstimateContext, purchase: P): void;
  /** The variants the optimizer tries for a workload (commitment terms the workload allows). */
  sweep(workload: Workload): P[];
  /** A starting purchase of this way to pay; commitment terms follow the workload's horizon. */
  defaults(workload: Workload): P;
  /** Its number fields in the ways-to-pay step. */
  numberFields: ReadonlyArray<NumberFieldSpec>;
  /** The way to pay in words, e.g. "SageMaker Savings Plan, 1 yr, no-upfront, $0.15/h". */
  describe(purchase: P): string;
}

/** What the recommender gives each hosting type to propose designs with. */
export interface ProposalInput {
  workload: Workload;
  week: WeekProfile;
  catalog: PriceCatalog;
  region: string;
  /** Little idle time and bursts under 3× the average. */
  sustained: boolean;
  /** Share of the week's hours with no traffic. */
  idleShare: number;
  /** Peak ÷ average rate. */
  burstiness: number;
  /**
   * The cheapest feasible design of this instance-based hosting type (the optimizer's best, sized
   * once per recommendation), or a fallback instance type so the candidate still shows.
   */
  cheapest(name: string): SizedDesign;
  /** The same for another instance-based hosting type. */
  cheapestOf(hosting: InstanceHostingDefinition, name: string): SizedDesign;
}

/** A design with the estimate the optimizer made of it, when it found one. */
export interface SizedDesign<D = { name: string; hosting: { type: string }; purchase: { type: string } }> {
  design: D;
  estimate?: DesignEstimate;
}

/** A design the recommender proposes, with the rules for and against it. */
export interface Proposal<D = { name: string; hosting: { type: string }; purchase: { type: string } }> {
  design: D;
  why: FeasibilityReason[];
  /** Rules against it that are not limits (limits come from the estimate's reasons). */
  against: FeasibilityReason[];
  /** The design's estimate when the proposal already made it (the optimizer's best), so it is not made twice. */
  estimate?: DesignEstimate;
}

/** The words of a design for the export's Summary. */
export interface HostingWords {
  instance: string;
  scaling: string;
}

/** How an instance-based hosting type runs and pays for its fleet. */
export interface InstanceTraits {
  /** SageMaker price component of its instance-hours, or null for EC2 instances (EC2, EKS nodes). */
  component: SageMakerComponent | null;
  /** One endpoint per model, traffic split evenly (real-time and async endpoints host one model each). */
  endpointPerModel: boolean;
  /** Every model stays in memory on every instance (containers, or a server you run). */
  allModelsInMemory: boolean;
  /** Models are loaded on demand and cached (multi-model): cold model loads, GPU only on single-GPU types. */
  loadsModelsOnDemand: boolean;
  /** New designs autoscale from zero (asynchronous inference scales in when the queue is empty). */
  startsFromZero: boolean;
  /** The hourly fee every design of the type pays whatever its instances (EKS cluster), or null. */
  clusterFeeKey: ((region: string) => string) | null;
}

/** A hosting type (SageMaker real-time, serverless, ..., EC2, Lambda, Bedrock), defined once. */
export interface HostingDefinition<
  H extends { type: string; region?: string | undefined } = AnyHosting,
  W extends Pick<PurchaseDefinition, 'type'> = Pick<PurchaseDefinition, 'type'>,
> {
  type: H['type'];
  /** Its member of the project format's hosting union. */
  schema: z.ZodType<H>;
  /** Human name in the UI ("SageMaker real-time endpoint"). */
  label: string;
  /** Name in the export's Summary ("SageMaker real-time"). */
  summaryName: string;
  /** Prefix of its feasibility rules ("realtime" → "realtime.payload"). */
  ruleKey: string;
  family: HostingFamily;
  /** The usage as AWS bills it, for refusals ("EC2", "EKS nodes"). */
  usageName: string;
  /** The limits AWS publishes for it, each with its source. */
  limits: HostingLimits;
  /** The ways to pay it accepts (an allow-list; every other way is refused with that way's reason). */
  purchases: ReadonlyArray<W>;
  /** Instance-based (a fleet with a count or autoscaling): how it runs; null otherwise. */
  instances: InstanceTraits | null;
  /**
   * The instance types the design editor's picker lists: those priced for this SageMaker component,
   * or EC2's (component null); null when the hosting has no instance type.
   */
  instancePicker: { component: SageMakerComponent | null } | null;
  /** Adds its feasibility reasons, capacity and line items to the estimate. */
  estimate(ctx: EstimateContext, hosting: H): void;
  /** The designs the recommender proposes for a workload (none when it does not fit at all). */
  propose(input: ProposalInput): Proposal[];
  /** A starting hosting of this type, keeping the instance type and region of `previous` where they fit. */
  defaults(previous?: AnyHosting): H;
  /** Its number fields in the design editor, as the hosting is now. */
  numberFields(hosting: H): ReadonlyArray<NumberFieldSpec>;
  /** Its list fields in the design editor (besides the instance type and the scaling mode). */
  choiceFields(hosting: H, catalog: PriceCatalog | null, region: string): ReadonlyArray<ChoiceFieldSpec>;
  /** Its instance and scaling in words, for the export. */
  describe(hosting: H): HostingWords;
}

/** Any hosting value, as the definitions see it before the union is known. */
export interface AnyHosting {
  type: string;
  region?: string | undefined;
  instanceType?: string;
}

/** An instance-based hosting type: it accepts only ways to pay that bill instance-hours. */
export type InstanceHostingDefinition = HostingDefinition<AnyHosting, InstancePurchaseDefinition> & {
  instances: InstanceTraits;
};

/** A way to pay that bills instance-hours: the only kind an instance-based hosting type may accept. */
export type InstancePurchaseDefinition<P extends { type: string } = { type: string }> = PurchaseDefinition<P> & {
  instanceHours: InstanceHoursPricing<P>;
};
