/**
 * Prices as data. Every price the engine uses comes through a `PriceCatalog` with its provenance
 * (where it came from, as of when), so every number the app shows traces to a source and a formula.
 * The catalog data is plain JSON: the embedded snapshot, the refreshed cache and the project's
 * user-entered rates all have this shape, and `createPriceCatalog` (see lookup.ts) answers lookups on it.
 */

import type { PriceServiceId } from './services';

export type PriceOrigin =
  /** Shipped inside the app, built from public AWS price data in the repo. */
  | 'snapshot'
  /** Fetched from the AWS Price List or Savings Plans API and cached. */
  | 'api'
  /** Entered by hand and stored in the project. */
  | 'user'
  /** Computed from another price by a documented rule (e.g. async priced like hosting). */
  | 'derived';

export interface PriceSource {
  origin: PriceOrigin;
  /** Human-readable publisher: "AWS Price List API", "built-in prices: public AWS data collected 2026-05-20 by …". */
  label: string;
  /** The date the price was true (effective date, file as-of date), ISO yyyy-mm-dd. */
  asOf: string;
  /** When it was fetched from the API (ISO timestamp), for `api` prices. */
  fetchedAt?: string;
  sku?: string;
  rateCode?: string;
  usageType?: string;
  description?: string;
  /** For `derived` prices: the key of the price it was derived from, and the rule. */
  derivedFrom?: string;
  rule?: string;
  /** Where exactly it came from (source file and commit), for a details view; the label stays short. */
  detail?: string;
  /**
   * Set when a refresh (at this ISO time) returned no price for this meter and the previous price was
   * kept, with its own date: "not in the latest refresh".
   */
  notInLatestRefresh?: string;
}

/** One tier of a tiered price: `usd` per unit for quantities from `from` up to `to` (null = no end). */
export interface PriceTier {
  from: number;
  to: number | null;
  usd: number;
}

export interface PriceEntry {
  /** Canonical key, built by the functions in keys.ts. */
  key: string;
  /** Price per unit in USD (for tiered prices: the first tier). */
  usd: number;
  /** e.g. "hour", "second", "GB", "GB-month", "request", "GB-second", "1M tokens". */
  unit: string;
  tiers?: PriceTier[];
  /** For reserved instances: the upfront fee for the term, USD. */
  upfrontUsd?: number;
  source: PriceSource;
}

/**
 * The accelerators of an instance type. Memory follows one convention: the EC2 API's usable MiB per
 * device (an A10G is 22,888 MiB, not the 24 GB of marketing pages) × device count; where the EC2 API
 * has no figure, `memoryRule` says where the number comes from, and an unknown one is left out.
 */
export interface AcceleratorSpec {
  kind: 'gpu' | 'inferentia' | 'trainium' | 'other';
  /** e.g. "NVIDIA A10G", "AWS Inferentia2". */
  model: string;
  count: number;
  /** Memory of one device, MiB. */
  memoryMiBEach?: number;
  /** memoryMiBEach × count, MiB. */
  totalMemoryMiB?: number;
  /** Set when the memory is not the EC2 API's own figure for this type: where it comes from. */
  memoryRule?: string;
}

/** Hardware facts of an instance type, for sizing and the instance picker. Unknown facts are absent, never guessed. */
export interface InstanceSpec {
  instanceType: string;
  vcpu: number;
  /** Instance memory, GiB (the EC2 API's MiB / 1024). */
  memoryGiB: number;
  /** NVIDIA/AMD GPUs only (Inferentia, Trainium and other accelerators are in `accelerator`, not counted here). */
  gpuCount: number;
  /** Total GPU memory of the instance, GiB: per-GPU MiB × GPU count / 1024 (see AcceleratorSpec). */
  gpuMemoryGiB?: number;
  gpuModel?: string;
  accelerator?: AcceleratorSpec;
  /** CPU architectures, e.g. ["x86_64"] or ["arm64"]. */
  architectures?: string[];
  /** Where the facts come from, in words. */
  factsSource?: string;
}

/** Freshness of one service in one region: where its prices came from and as of when. */
export interface CoverageEntry {
  service: PriceServiceId;
  region: string;
  origin: PriceOrigin;
  asOf: string;
  fetchedAt?: string;
  count: number;
}

/** A Bedrock model the catalog prices, so the recommender can tell a text-generation model from an embedding one. */
export interface BedrockModelInfo {
  /** The catalog's model id, e.g. "anthropic.claude-3-haiku" (price keys end with it). */
  model: string;
  /** A readable name where a source gives one ("Claude 3 Haiku"). */
  name?: string;
  kind: 'text-generation' | 'embedding';
  /** Where its prices come from, in words ("AWS pricing page", "community data (LiteLLM)"). */
  sources: string[];
}

/** The serialisable catalog: what the snapshot and the cache store. */
export interface PriceCatalogData {
  format: 'infercalc-prices';
  version: 1;
  /** Where this catalog as a whole came from: 'snapshot' or 'api' (a cache merges over the snapshot). */
  origin: 'snapshot' | 'api';
  builtAt: string;
  entries: PriceEntry[];
  instanceSpecs: InstanceSpec[];
  /** Bedrock models with prices (absent in catalogs from before it was added). */
  bedrockModels?: BedrockModelInfo[];
  coverage: CoverageEntry[];
  /** What the data lacks, said plainly (e.g. "Savings Plans rates: none in the snapshot"). */
  missing: string[];
}

export type PriceLookup = { ok: true; price: PriceEntry } | { ok: false; reason: string };

/** Read access to prices. The cost engine only ever sees this interface; it never fetches. */
export interface PriceCatalog {
  /** The price under a canonical key, or why it is unavailable. */
  lookup(key: string): PriceLookup;
  /** Hardware facts of an instance type (with or without the `ml.` prefix). */
  instanceSpec(instanceType: string): InstanceSpec | undefined;
  /** A Bedrock model's kind and name, when the price data lists it (text generation vs embedding). */
  bedrockModel(model: string): BedrockModelInfo | undefined;
  /** Keys present whose key starts with the prefix (e.g. every SageMaker hosting type in a region). */
  keysWithPrefix(prefix: string): string[];
  /** Regions that have any price, sorted (the same array on every call: read-only). */
  regions(): ReadonlyArray<string>;
  coverage(): CoverageEntry[];
  missing(): string[];
}
