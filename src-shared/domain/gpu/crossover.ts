/**
 * The self-host vs Bedrock answer: at what traffic a self-hosted design becomes cheaper than the
 * cheapest feasible Bedrock design. Both are estimated by the cost engine at the workload's traffic
 * scaled from 1/100 to 100 times (the same shape), so the answer uses the designs' own throughput
 * (measured or estimated), way to pay and prices. A crossing found between two samples is narrowed by
 * estimating both designs between them (bisection), then interpolated within the last interval, so a
 * stepwise instance cost is located to within a fraction of a percent of traffic. Where the self-hosted
 * design cannot carry lower traffic (a latency target it misses), the crossing is where it starts to.
 */
import type { PriceCatalog } from '../../prices/catalog';
import type { Design, Workload } from '../model';
import { estimateDesign } from '../estimate';
import { hostingDefinition } from '../hosting';
import type { DesignEstimate } from '../results';
import { HOURS_PER_MONTH } from '../results';
import { scaleWorkload, weekOf } from '../traffic/week';
import { SECONDS_PER_HOUR } from '../units';
import { dependsOnWords, fullLoadWords, throughputOf, type CrossoverThroughput } from './crossoverWords';

/** Scale factors sampled: 1/100 to 100 times the workload's traffic, 4 per decade (bisection does the rest). */
export const CROSSOVER_FACTORS: ReadonlyArray<number> = Array.from({ length: 17 }, (_, i) => 10 ** (-2 + i / 4));

/** Bisection steps between two samples (each halves the interval in log scale: 9 steps ≈ 0.1%). */
const REFINE_STEPS = 9;

/** Traffic at a crossing: the workload's shape scaled by `atFactor`. All null when there is no crossing. */
export interface TrafficAt {
  /** Traffic scale factor of the crossing (1 = the workload as entered). */
  atFactor: number | null;
  /** Average requests per second at the crossing (the workload's shape, scaled). */
  atRequestsPerSecond: number | null;
  atPeakRequestsPerSecond: number | null;
  atRequestsPerMonth: number | null;
  /** Output tokens per month at the crossing (requests × output tokens per request). */
  atOutputTokensPerMonth: number | null;
  /** Input and output tokens per month at the crossing. */
  atTokensPerMonth: number | null;
  /** What the Bedrock design costs a month there (the self-hosted design too, at a crossing of costs). */
  atMonthlyUsd: number | null;
  /**
   * True when the crossing is where the self-hosted design starts to meet the workload (below it, it
   * cannot, e.g. misses the latency target), already cheaper there; false at a crossing of costs.
   */
  atFeasibilityLimit: boolean | null;
}

/** For one self-hosted design: where it overtakes Bedrock, or why it does not. */
export interface SelfHostCrossover extends TrafficAt {
  design: string;
  bedrockDesign: string;
  /**
   * `cheaper-above`: self-hosting is cheaper above the crossing; `cheaper-now`: already cheaper at the
   * workload's traffic; `never`: not cheaper anywhere from 1/100 to 100 times the traffic while it can
   * carry it.
   */
  outcome: 'cheaper-above' | 'cheaper-now' | 'never';
  /** For `cheaper-now`: the traffic below which Bedrock is cheaper again (all null: none down to 1/100). */
  bedrockCheaperBelow: TrafficAt | null;
  /** For `never`, why, in words. */
  neverReason: string | null;
  /**
   * For `cheaper-above`: somewhere above the crossing (up to 100 times the traffic) Bedrock is cheaper
   * again, as a step of instances is added; false when self-hosting stays cheaper wherever it carries the load.
   */
  bedrockCheaperAgainAbove: boolean;
  /** The design's throughput per instance and whether it is measured or estimated; null when it has none. */
  throughput: CrossoverThroughput | null;
  /** What the answer depends on, in words (instance price, way to pay, throughput, the Bedrock price, the traffic). */
  dependsOn: string[];
}

/** The comparison for every self-hosted design, or null when there is no feasible, priced Bedrock design. */
export interface SelfHostAnswer {
  bedrockDesign: string;
  bedrockMonthlyUsd: number;
  crossovers: SelfHostCrossover[];
}

/** Both designs at one traffic factor: whether the self-hosted one carries it, and the cost gap when both do. */
interface Probe {
  carries: boolean;
  gap: { diff: number; bedrockUsd: number } | null;
}

/** A located crossing: its factor, Bedrock's monthly there, and whether feasibility (not cost) sets it. */
interface Crossing {
  factor: number;
  monthlyUsd: number;
  byFeasibility: boolean;
}

const isManaged = (d: Design) => hostingDefinition(d.hosting.type).family === 'foundation-model';

/** Why there is no answer for these designs and workload, in words; null when there is one to work out. */
export function whySelfHostUnanswered(
  designs: ReadonlyArray<Design>,
  workload: Workload,
  estimates: ReadonlyArray<DesignEstimate>,
): string | null {
  if (workload.outputTokensPerRequest === undefined)
    return 'Enter input and output tokens per request (Workload) to compare self-hosting with Bedrock.';
  if (!designs.some(isManaged)) return 'Add a Bedrock design (Candidates) to compare self-hosting with it.';
  if (!designs.some((d) => !isManaged(d))) return 'Add a self-hosted design (Candidates) to compare with Bedrock.';
  const priced = designs.some((d, i) => isManaged(d) && estimates[i]?.feasible && estimates[i]?.monthlyUsd !== null);
  return priced ? null : 'No Bedrock design here is both feasible and priced, so there is nothing to compare with.';
}

/** Where each self-hosted design becomes cheaper than the cheapest feasible Bedrock design. */
export function selfHostVersusBedrock(
  designs: ReadonlyArray<Design>,
  workload: Workload,
  catalog: PriceCatalog,
  projectRegion: string,
  factors: ReadonlyArray<number> = CROSSOVER_FACTORS,
): SelfHostAnswer | null {
  if (workload.outputTokensPerRequest === undefined) return null;
  const now = designs.map((d) => ({ d, e: estimateDesign(d, workload, catalog, projectRegion) }));
  const bedrock = now
    .filter((x) => isManaged(x.d) && x.e.feasible && x.e.monthlyUsd !== null)
    .sort((a, b) => a.e.monthlyUsd! - b.e.monthlyUsd!)[0];
  if (!bedrock) return null;
  const bedrockMonthly = bedrock.e.monthlyUsd!;
  const sorted = [...factors].sort((a, b) => a - b);
  const week = weekOf(workload);
  const tokensPerRequest = workload.outputTokensPerRequest + (workload.inputTokensPerRequest ?? 0);

  // Every self-hosted design is compared with the same Bedrock design: estimate it once per factor.
  const bedrockAt = new Map<number, DesignEstimate>();
  /** Both designs at a factor: the gap (self-hosted minus Bedrock), null where either is infeasible or unpriced. */
  const probe = (d: Design, factor: number): Probe => {
    const w = scaleWorkload(workload, factor);
    const s = estimateDesign(d, w, catalog, projectRegion);
    let b = bedrockAt.get(factor);
    if (!b) bedrockAt.set(factor, (b = estimateDesign(bedrock.d, w, catalog, projectRegion)));
    const carries = s.feasible && s.monthlyUsd !== null;
    if (!carries || !b.feasible || b.monthlyUsd === null) return { carries, gap: null };
    return { carries, gap: { diff: s.monthlyUsd! - b.monthlyUsd, bedrockUsd: b.monthlyUsd } };
  };
  const wins = (p: Probe) => p.gap !== null && p.gap.diff < 0;

  /**
   * Narrows the change from "not cheaper" at `lo` to "cheaper" at `hi` by bisection, then interpolates
   * the gap within the last interval; when self-hosting cannot carry the load at `lo`, the crossing
   * is where it starts to (limited by feasibility, not by cost).
   */
  const refine = (d: Design, lo: number, hi: number): Crossing => {
    let pl = probe(d, lo);
    let ph = probe(d, hi);
    for (let i = 0; i < REFINE_STEPS; i++) {
      const mid = Math.sqrt(lo * hi);
      const pm = probe(d, mid);
      if (wins(pm)) [hi, ph] = [mid, pm];
      else [lo, pl] = [mid, pm];
    }
    const gh = ph.gap!;
    if (pl.gap === null) return { factor: hi, monthlyUsd: gh.bedrockUsd, byFeasibility: true };
    const t = pl.gap.diff / (pl.gap.diff - gh.diff);
    return {
      factor: lo + t * (hi - lo),
      monthlyUsd: pl.gap.bedrockUsd + t * (gh.bedrockUsd - pl.gap.bedrockUsd),
      byFeasibility: false,
    };
  };

  const at = (crossing: Crossing | null): TrafficAt => {
    if (crossing === null)
      return {
        atFactor: null,
        atRequestsPerSecond: null,
        atPeakRequestsPerSecond: null,
        atRequestsPerMonth: null,
        atOutputTokensPerMonth: null,
        atTokensPerMonth: null,
        atMonthlyUsd: null,
        atFeasibilityLimit: null,
      };
    const perMonth = week.requestsPerMonth * crossing.factor;
    return {
      atFactor: crossing.factor,
      atRequestsPerSecond: perMonth / (HOURS_PER_MONTH * SECONDS_PER_HOUR),
      atPeakRequestsPerSecond: week.peakRps * crossing.factor,
      atRequestsPerMonth: perMonth,
      atOutputTokensPerMonth: perMonth * workload.outputTokensPerRequest!,
      atTokensPerMonth: perMonth * tokensPerRequest,
      atMonthlyUsd: crossing.monthlyUsd,
      atFeasibilityLimit: crossing.byFeasibility,
    };
  };

  const crossovers = now
    .filter((x) => !isManaged(x.d))
    .map(({ d, e }): SelfHostCrossover => {
      const base = {
        design: d.name,
        bedrockDesign: bedrock.d.name,
        throughput: throughputOf(e),
        dependsOn: dependsOnWords(d, e, bedrock.d.name, bedrock.e, week),
        neverReason: null,
        bedrockCheaperBelow: null,
        bedrockCheaperAgainAbove: false,
      };
      const samples = sorted.map((f) => ({ f, p: probe(d, f) }));
      if (e.feasible && e.monthlyUsd !== null && e.monthlyUsd <= bedrockMonthly) {
        // Already cheaper: the highest sample below the traffic where it is not, if any.
        let k = samples.length - 1;
        while (k >= 0 && !(samples[k]!.f < 1 && !wins(samples[k]!.p))) k--;
        const below =
          k >= 0 && samples[k + 1] && wins(samples[k + 1]!.p) ? refine(d, samples[k]!.f, samples[k + 1]!.f) : null;
        return {
          ...base,
          outcome: 'cheaper-now',
          ...at({ factor: 1, monthlyUsd: bedrockMonthly, byFeasibility: false }),
          bedrockCheaperBelow: at(below),
        };
      }
      const k = samples.findIndex((x) => x.f > 1 && wins(x.p));
      if (k > 0) {
        const again = samples.slice(k).some((x) => x.p.gap !== null && x.p.gap.diff >= 0);
        const crossing = at(refine(d, samples[k - 1]!.f, samples[k]!.f));
        return { ...base, outcome: 'cheaper-above', ...crossing, bedrockCheaperAgainAbove: again };
      }
      const carries = samples.some((x) => x.f >= 1 && x.p.carries);
      const fullLoad = fullLoadWords(e, bedrock.e);
      const neverReason = carries
        ? `it stays dearer than ${bedrock.d.name} up to ${sorted[sorted.length - 1]} times the traffic${fullLoad ? `: ${fullLoad}` : ''}`
        : 'it cannot carry the traffic as entered or more (see why it is not feasible)';
      return { ...base, outcome: 'never', neverReason, ...at(null) };
    });
  return { bedrockDesign: bedrock.d.name, bedrockMonthlyUsd: bedrockMonthly, crossovers };
}
