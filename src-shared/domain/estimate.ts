/**
 * The cost engine's entry points: one design against a workload, or every design of a project.
 * Prices come only through the PriceCatalog; every line item is quantity × rate with its source.
 */
import type { PriceCatalog, PriceCatalogData } from '../prices/catalog';
import { createPriceCatalog, userRateEntries } from '../prices/lookup';
import type { Design, Hosting, ProjectInput, Workload } from './model';
import { checkCommonFeasibility } from './feasibility/common';
import { assertFiniteEstimate } from './finite';
import { unitCosts } from './gpu/costPerToken';
import { hostingDefinition } from './hosting';
import { createContext, type EstimateContext } from './pricing/context';
import { latencyPercentileOf } from './latency/apply';
import type { DesignEstimate } from './results';
import { weekOf, type WeekProfile } from './traffic/week';

/** Estimates one design for a workload. `projectRegion` is used unless the design overrides it. */
export function estimateDesign(
  design: Design,
  workload: Workload,
  catalog: PriceCatalog,
  projectRegion: string,
  assumptions: ProjectInput['assumptions'] = undefined,
): DesignEstimate {
  return estimateInWeek(design, workload, weekOf(workload), catalog, projectRegion, assumptions);
}

/**
 * The same, with the workload's week already expanded (`week` must be `weekOf(workload)`): the
 * optimizer estimates many designs of one workload and expands its week once.
 */
export function estimateInWeek(
  design: Design,
  workload: Workload,
  week: WeekProfile,
  catalog: PriceCatalog,
  projectRegion: string,
  assumptions: ProjectInput['assumptions'] = undefined,
): DesignEstimate {
  const region = design.hosting.region ?? projectRegion;
  const ctx = createContext(design, workload, week, catalog, region);
  ctx.includeFreeTier = assumptions?.includeFreeTier === true;
  checkCommonFeasibility(ctx, projectRegion);
  hostingDefinition(design.hosting.type).estimate(ctx, design.hosting);
  const estimate = finish(ctx);
  assertFiniteEstimate(estimate);
  return estimate;
}

/**
 * Totals: monthly is the sum of the lines, or null when any line's price is unavailable, or when a
 * ruled-out design could not be priced at all (no line, e.g. Bedrock without token counts): a total
 * of 0 there would be a silent zero, not a cost.
 */
function finish(ctx: EstimateContext): DesignEstimate {
  let monthly: number | null = ctx.lines.length === 0 && ctx.reasons.length > 0 ? null : 0;
  let upfront = 0;
  let derived = false;
  for (const l of ctx.lines) {
    // Only rates from the price data count (a key); a rate the engine sizes from the design does not.
    if (l.priceKey !== null && l.priceSource?.origin === 'derived' && l.quantity > 0) derived = true;
    if (l.monthlyUsd === null) monthly = null;
    else if (monthly !== null) monthly += l.monthlyUsd;
    if (l.upfrontUsd) upfront += l.upfrontUsd;
  }
  const requests = ctx.week.requestsPerMonth;
  const outTokens = hostingOutputTokens(ctx.design.hosting) ?? ctx.workload.outputTokensPerRequest;
  const units = unitCosts(monthly, requests, outTokens);
  return {
    name: ctx.design.name,
    region: ctx.region,
    hostingType: ctx.design.hosting.type,
    purchaseType: ctx.design.purchase.type,
    lineItems: ctx.lines,
    monthlyUsd: monthly,
    includesDerivedRates: derived,
    yearlyUsd: monthly === null ? null : monthly * 12,
    upfrontUsd: upfront,
    requestsPerMonth: requests,
    costPer1kRequestsUsd: units.costPer1kRequestsUsd,
    costPer1MOutputTokensUsd: units.costPer1MOutputTokensUsd,
    outputTokensPerMonth: outTokens === undefined ? null : requests * outTokens,
    ...(ctx.throughput ? { throughput: ctx.throughput } : {}),
    feasible: ctx.reasons.length === 0,
    reasons: ctx.reasons,
    warnings: ctx.warnings,
    ...(Object.keys(ctx.warningDetails).length > 0 ? { warningDetails: ctx.warningDetails } : {}),
    latency: {
      typicalMs: ctx.typicalMs,
      ...(ctx.typicalBasis !== undefined ? { typicalBasis: ctx.typicalBasis } : {}),
      coldStartShare: ctx.coldStartShare,
      percentile: latencyPercentileOf(ctx.workload),
      percentileMs: ctx.percentileMs === null || !Number.isFinite(ctx.percentileMs) ? null : ctx.percentileMs,
    },
    ...(ctx.batchRun ? { runHours: ctx.batchRun.runHours, meetsWindow: ctx.batchRun.meetsWindow } : {}),
    hourly: {
      requestsPerSecond: plainCopy(ctx.week.rps),
      capacity: ctx.capacity,
      capacityUnit: ctx.capacityUnit,
      costUsd: ctx.cost,
    },
    ...(ctx.commitment ? { commitment: ctx.commitment } : {}),
  };
}

/** A plain array copy of a typed array, by index (Array.from walks an iterator: several times slower). */
function plainCopy(values: Float64Array): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]!;
  return out;
}

/** The output tokens per request a hosting gives itself (a Bedrock design may), which win over the workload's. */
export function hostingOutputTokens(hosting: Hosting): number | undefined {
  return 'outputTokensPerRequest' in hosting ? hosting.outputTokensPerRequest : undefined;
}

/** The catalog a project prices with: the price data with the project's user-entered rates on top. */
export function projectCatalog(
  project: Pick<ProjectInput, 'userRates'>,
  data: PriceCatalogData,
  today: string,
): PriceCatalog {
  return createPriceCatalog(data, userRateEntries(project.userRates ?? [], today));
}

/** Estimates every design of a project, in the project's order. */
export function estimateProject(project: ProjectInput, catalog: PriceCatalog): DesignEstimate[] {
  return project.designs.map((d) => estimateDesign(d, project.workload, catalog, project.region, project.assumptions));
}
