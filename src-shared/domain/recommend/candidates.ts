/**
 * Candidate designs for a workload: each hosting type proposes its own (hosting/<type>.ts), with the
 * expert rules that speak for it ("why"). Instance types come from the optimizer, so each
 * instance-based candidate is the cheapest feasible variant of its approach when one exists.
 */
import type { PriceCatalog } from '../../prices/catalog';
import type { InstanceHostingDefinition, Proposal, ProposalInput, SizedDesign } from '../definitions';
import { HOSTING_DEFINITIONS, type InstanceHostingType } from '../hosting';
import { carriedInstanceType, startingInstanceType } from '../hosting/instanceBased';
import type { Design, Workload } from '../model';
import { ON_DEMAND } from '../purchase/onDemand';
import type { DesignEstimate } from '../results';
import { weekOf } from '../traffic/week';
import { createOptimizerMemo, type OptimizerMemo } from './memo';
import type { MeasuredThroughput } from './measured';
import { optimizeDesign } from './optimizer';

export interface ProposedDesign extends Proposal<Design> {
  design: Design;
  estimate?: DesignEstimate;
}

/** How proposals size their instance-based designs. */
export interface ProposalOptions {
  /** The optimizer's memo of this catalog, kept by a caller that recommends often (default: a fresh one). */
  memo?: OptimizerMemo;
  /** Estimate every design of each sweep, without cost floors (to check that the floors change nothing). */
  exhaustive?: boolean;
  /** Throughput measured on instance types (see measured.ts): sweeps size those types from it. */
  measured?: ReadonlyArray<MeasuredThroughput>;
}

/** Every approach worth showing for the workload, with its "why". */
export function proposeDesigns(
  workload: Workload,
  catalog: PriceCatalog,
  region: string,
  options: ProposalOptions = {},
): ProposedDesign[] {
  const memo = options.memo ?? createOptimizerMemo(catalog);
  const week = weekOf(workload);
  const idleShare = week.idleHours / 168;
  const burstiness = week.averageRps > 0 ? week.peakRps / week.averageRps : 1;
  // The optimizer's best per hosting type, found once however many proposals ask for it.
  const best = new Map<string, SizedDesign<Design> | null>();
  const cheapestOf = (hosting: InstanceHostingDefinition, name: string): SizedDesign<Design> => {
    let found = best.get(hosting.type);
    if (found === undefined) {
      const top = optimizeDesign(workload, catalog, region, {
        hostingTypes: [hosting.type as InstanceHostingType],
        keep: 1,
        memo,
        exhaustive: options.exhaustive ?? false,
        ...(options.measured ? { measured: options.measured } : {}),
      }).best;
      found = top ? { design: top.design, estimate: top.estimate } : null;
      best.set(hosting.type, found);
    }
    // The estimate depends on the design's name only for its own name field.
    if (found && found.estimate) return { design: { ...found.design, name }, estimate: { ...found.estimate, name } };
    const instanceType = carriedInstanceType(
      undefined,
      hosting.instances.component !== null,
      startingInstanceType(workload.needsGpu),
    );
    return {
      design: { name, hosting: { type: hosting.type, instanceType, instanceCount: 1 }, purchase: ON_DEMAND } as Design,
    };
  };
  const input: Omit<ProposalInput, 'cheapest'> = {
    workload,
    week,
    catalog,
    region,
    sustained: idleShare < 0.1 && burstiness < 3,
    idleShare,
    burstiness,
    cheapestOf,
  };
  return HOSTING_DEFINITIONS.flatMap((def) => {
    const cheapest = (name: string): SizedDesign =>
      def.instances ? cheapestOf(def as InstanceHostingDefinition, name) : unsized(def.type);
    // Each definition builds members of its own schema, so its designs are designs of the union.
    return def.propose({ ...input, cheapest }) as ProposedDesign[];
  });
}

/** `cheapest` asked of a hosting type that is not instance-based: a programming error in its definition. */
function unsized(type: string): never {
  throw new Error(`${type} is not instance-based: it cannot ask the optimizer for its cheapest design`);
}
