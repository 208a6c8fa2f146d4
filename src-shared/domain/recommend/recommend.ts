/**
 * The recommender: candidate designs for a workload, each estimated, with the reasons for ("why") and
 * against ("why not": every limit it breaks, by name, and the expert rules against it), ranked with
 * feasible designs first and then by monthly cost. Infeasible designs stay in the list so the UI can
 * show why they were ruled out.
 */
import type { PriceCatalog } from '../../prices/catalog';
import type { Design, ProjectInput, Workload } from '../model';
import { compareEstimates } from '../analysis/rank';
import { estimateDesign } from '../estimate';
import type { DesignEstimate, FeasibilityReason } from '../results';
import { proposeDesigns, type ProposalOptions } from './candidates';
import { measuredThroughputOf } from './measured';
import { throughputSourceWords } from '../gpu/throughput';

export interface Recommendation {
  /** 1 = best. */
  rank: number;
  design: Design;
  estimate: DesignEstimate;
  why: FeasibilityReason[];
  /** Limits broken (from the estimate) and rules against. */
  whyNot: FeasibilityReason[];
  /**
   * Where the instance throughput the design was sized on comes from: "measured" (a load test or
   * published figure with its source) or "estimated" (a stated rule); absent for designs billed by use.
   */
  throughputKind?: 'measured' | 'estimated';
}

/** The rule against a design sized on an estimated throughput: its fleet and cost rest on a rule, not a measurement. */
function estimatedThroughputRule(e: DesignEstimate): FeasibilityReason[] {
  if (e.throughput?.kind !== 'estimated') return [];
  return [
    {
      rule: 'rule.throughput.estimated',
      message: `sized on an estimated throughput (${throughputSourceWords(e.throughput.source)}): measure it with a load test before relying on the instance count and cost`,
    },
  ];
}

/**
 * Ranked recommendations for a workload in a region. A caller that recommends often over one catalog
 * (the UI, on every workload change) may keep one optimizer memo per catalog and pass it in.
 */
export function recommendForWorkload(
  workload: Workload,
  catalog: PriceCatalog,
  region: string,
  options: ProposalOptions = {},
): Recommendation[] {
  const scored = proposeDesigns(workload, catalog, region, options).map((p) => {
    const estimate = p.estimate ?? estimateDesign(p.design, workload, catalog, region);
    const whyNot = [...estimate.reasons, ...p.against, ...estimatedThroughputRule(estimate)];
    const kind = estimate.throughput?.kind;
    return { design: p.design, estimate, why: p.why, whyNot, ...(kind ? { throughputKind: kind } : {}) };
  });
  scored.sort((a, b) => compareEstimates(a.estimate, b.estimate));
  return scored.map((s, i) => ({ rank: i + 1, ...s }));
}

/**
 * Ranked recommendations for a project's workload and region; throughput measured on an instance
 * type by one of the project's designs sizes the recommender's designs on that type.
 */
export function recommendForProject(project: ProjectInput, catalog: PriceCatalog): Recommendation[] {
  return recommendForWorkload(project.workload, catalog, project.region, {
    measured: measuredThroughputOf(project.designs),
  });
}
