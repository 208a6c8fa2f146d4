/**
 * What the cost engine returns. Everything the UI, the export and the CLI show about a design's cost
 * comes from these types. Every line item obeys `monthlyUsd = quantity × rateUsd` (rounded only for
 * display), so each number traces to a price (with its source) and a formula.
 */
import type { PriceSource } from '../prices/catalog';
import type { HostingType, PurchaseType } from './model';
import type { ReservedInstancePurchase } from './purchase/reservedInstance';

export const HOURS_PER_MONTH = 730;
export const HOURS_PER_WEEK = 168;
/** Weeks in a 730-hour month: weekly quantities × this = monthly quantities. */
export const WEEKS_PER_MONTH = HOURS_PER_MONTH / HOURS_PER_WEEK;
export const BYTES_PER_GB = 2 ** 30;

/**
 * What a line pays for, so a consumer never reads the label: usage billed as used, a commitment paid
 * every hour of its term (a Savings Plan's, reserved instances), usage beyond a commitment at
 * on-demand, capacity provisioned by the hour (provisioned concurrency, model units), or a fixed fee.
 */
export type LineKind = 'usage' | 'commitment' | 'beyond-commitment' | 'provisioned' | 'fee';

export interface LineItem {
  kind: LineKind;
  /** e.g. "Instance-hours (ml.c5.xlarge, Hosting)", "Data processed IN". */
  label: string;
  /** Monthly quantity in `unit`. */
  quantity: number;
  /** e.g. "hours", "GB", "GB-months", "seconds", "requests", "GB-seconds", "1M tokens". */
  unit: string;
  /** USD per unit; null when the price is unavailable. */
  rateUsd: number | null;
  /** quantity × rateUsd; null when the price is unavailable (never a silent zero). */
  monthlyUsd: number | null;
  /** Canonical catalog key of the rate (see prices/keys.ts), or null for a rate from the purchase itself. */
  priceKey: string | null;
  /** Where the rate came from; null when unavailable. */
  priceSource: PriceSource | null;
  /** How the quantity was worked out, in words, e.g. "2 instances × 730 h". */
  formula: string;
  /** Set when the rate could not be found: why, in words. */
  unavailable?: string;
  /**
   * The project-file fields the `unavailable` words refer to ("purchase.discountPercent"), for the
   * CLI, the JSON and a "details" disclosure; the words themselves never name them.
   */
  detail?: string;
  /** One-time cash at the start (reserved-instance upfront), not part of monthlyUsd. */
  upfrontUsd?: number;
}

export interface HourlySeries {
  /** 168 values, Monday 00:00 first: requests per second offered. */
  requestsPerSecond: number[];
  /** Instances (or serverless concurrency) in service each hour. */
  capacity: number[];
  /** What `capacity` counts: "instances", "concurrency" or "none". */
  capacityUnit: 'instances' | 'concurrency' | 'none';
  /** Cost of each hour of the week, USD (sums × WEEKS_PER_MONTH to the usage part of monthlyUsd). */
  costUsd: number[];
}

export interface FeasibilityReason {
  /** The limit or rule, e.g. "serverless.payload". */
  rule: string;
  /** Plain words naming the limit, e.g. "payload 8 MiB exceeds serverless's 4 MB limit". */
  message: string;
  /**
   * The technical names behind the words: project-file fields ("hosting.maxConcurrency") or price
   * keys, for the CLI, the JSON and a "details" disclosure. The message never names them itself.
   */
  detail?: string;
}

export interface DesignEstimate {
  name: string;
  region: string;
  hostingType: HostingType;
  purchaseType: PurchaseType;
  lineItems: LineItem[];
  /**
   * Sum of line items; null when any price is unavailable, or when the design could not be priced at
   * all (no line items because it is ruled out for a missing input; see `reasons`).
   */
  monthlyUsd: number | null;
  /**
   * True when a priced line (quantity > 0) uses a rate derived by a stated rule (a meter the data lacks
   * for this region or size, or a spot estimate): the total is a number "including derived rates".
   */
  includesDerivedRates: boolean;
  yearlyUsd: number | null;
  /** One-time cash (e.g. reserved-instance upfront). */
  upfrontUsd: number;
  requestsPerMonth: number;
  /** monthlyUsd per 1,000 requests; null when unavailable or no requests. */
  costPer1kRequestsUsd: number | null;
  /**
   * monthlyUsd ÷ monthly output tokens × 10^6; null when the workload (or a Bedrock
   * design) gives no output tokens per request, or the total is unavailable.
   */
  costPer1MOutputTokensUsd: number | null;
  /** Output tokens a month (requests × output tokens per request); null without output tokens. */
  outputTokensPerMonth: number | null;
  /** One instance's throughput and where it comes from (instance-based designs that could be sized). */
  throughput?: ThroughputSummary;
  feasible: boolean;
  /** Every reason the design fails the workload (empty when feasible). */
  reasons: FeasibilityReason[];
  /** Caveats that do not make it infeasible (spot interruptions, cold starts, estimated discounts), in words. */
  warnings: string[];
  /**
   * For the warnings that refer to something by its technical name: the warning's text → that name
   * (a price key, a project-file field), for the CLI, the JSON and a "details" disclosure.
   */
  warningDetails?: Record<string, string>;
  /** Latency and cold-start exposure. */
  latency: {
    /**
     * Expected per-request latency (ms) in steady state; null when it is unknown (a Bedrock model
     * whose output speed is not known), never a stand-in figure.
     */
    typicalMs: number | null;
    /** How the typical latency was worked out, or why it is unknown, when it is not the inference time. */
    typicalBasis?: string;
    /** Share of monthly requests that may hit a cold start or a cold model load (0..1). */
    coldStartShare: number;
    /** The percentile of request latency the workload names (`latencyPercentile`). */
    percentile: 50 | 90 | 95 | 99;
    /**
     * That percentile in the worst hour of the week, ms: service + queueing + cold starts. null when
     * the design cannot keep up (the queue grows without bound) or does not serve requests one by one.
     */
    percentileMs: number | null;
  };
  /** For a scheduled batch job: hours one run takes, start-up included. */
  runHours?: number;
  /** For a scheduled batch job: whether each run finishes inside its window. */
  meetsWindow?: boolean;
  hourly: HourlySeries;
  /**
   * For a Savings Plan or reserved instances: the committed and on-demand rates per unit of usage and
   * the utilization above which the commitment beats on-demand (committed ÷ on-demand).
   */
  commitment?: CommitmentTerms;
}

/** One instance's throughput as sizing used it, its source, and the cost per unit at full load. */
export interface ThroughputSummary {
  requestsPerSecond: number;
  /** Output tokens per second at that rate; null when the workload has no output tokens. */
  outputTokensPerSecond: number | null;
  /** Requests one instance runs at once. */
  concurrency: number;
  /** "measured" only when the design names its `throughputSource`; otherwise "estimated". */
  kind: 'measured' | 'estimated';
  /** The design's `throughputSource`, or the estimate's rule. */
  source: string;
  /** The working, in words. */
  basis: string;
  /** On-demand USD per instance-hour the full-load costs use; null when unpriced. */
  hourlyUsd: number | null;
  /** hourly ÷ (output tokens/s × 3600) × 10^6. */
  costPer1MOutputTokensAtFullLoadUsd: number | null;
  /** hourly ÷ (requests/s × 3600) × 1000. */
  costPer1kRequestsAtFullLoadUsd: number | null;
}

export interface CommitmentTerms {
  kind: 'savings-plan' | ReservedInstancePurchase['type'];
  /** USD per unit of usage under the commitment (plan rate, or effective hourly of a reservation). */
  committedRateUsd: number;
  onDemandRateUsd: number;
  /** committedRateUsd / onDemandRateUsd: the share of hours the capacity must be used for the commitment to pay. */
  breakEvenUtilization: number;
  /** Term of the commitment, months. */
  termMonths: number;
}
