/**
 * The self-host vs Bedrock answer: at what traffic a self-hosted design becomes cheaper than the
 * cheapest feasible Bedrock design. Both are estimated by the cost engine at the workload's traffic
 * scaled from 1/100 to 100 times (the same shape), so the answer uses the designs' own throughput
 * (measured or estimated) and prices; the crossing is interpolated between samples.
 */
import type { PriceCatalog } from '../../prices/catalog';
import type { Design, Workload } from '../model';
import { costVersusTraffic, findCrossovers, type DesignCurve } from '../analysis/trafficCurve';
import { estimateDesign } from '../estimate';
import { hostingDefinition } from '../hosting';
import { HOURS_PER_MONTH } from '../results';
import { weekOf } from '../traffic/week';
import { SECONDS_PER_HOUR } from '../units';

/** Scale factors sampled: 1/100 to 100 times the workload's traffic, about 8 per decade. */
export const CROSSOVER_FACTORS: ReadonlyArray<number> = Array.from({ length: 33 }, (_, i) => 10 ** (-2 + i / 8));

/** For one self-hosted design: where it overtakes Bedrock, or why it does not. */
export interface SelfHostCrossover {
  design: string;
  bedrockDesign: string;
  /**
   * `cheaper-above`: self-hosting is cheaper above `atRequestsPerSecond`; `cheaper-now`: already
   * cheaper at the workload's traffic; `never`: not cheaper anywhere from 1/100 to 100 times the traffic
   * while it can carry it.
   */
  outcome: 'cheaper-above' | 'cheaper-now' | 'never';
  /** Average requests per second at the crossing (the workload's shape, scaled). */
  atRequestsPerSecond: number | null;
  atPeakRequestsPerSecond: number | null;
  atRequestsPerMonth: number | null;
  /** Output tokens per month at the crossing (requests × output tokens per request). */
  atOutputTokensPerMonth: number | null;
  /** Traffic scale factor of the crossing (1 = the workload as entered). */
  atFactor: number | null;
  /** What the answer depends on, in words (throughput and its source, the prices compared). */
  dependsOn: string[];
}

/** The comparison for every self-hosted design, or null when there is no feasible, priced Bedrock design. */
export interface SelfHostAnswer {
  bedrockDesign: string;
  crossovers: SelfHostCrossover[];
}

/** Keeps a curve's points where the design is feasible and priced (a design that cannot carry a load has no cost there). */
function feasibleOnly(c: DesignCurve): DesignCurve {
  return { name: c.name, points: c.points.map((p) => (p.feasible ? p : { ...p, monthlyUsd: null })) };
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
  // A managed foundation model (Bedrock) on one side, every other design on the other.
  const managed = (d: Design) => hostingDefinition(d.hosting.type).family === 'foundation-model';
  const bedrock = now
    .filter((x) => managed(x.d) && x.e.feasible && x.e.monthlyUsd !== null)
    .sort((a, b) => a.e.monthlyUsd! - b.e.monthlyUsd!)[0];
  if (!bedrock) return null;
  const selfHosted = now.filter((x) => !managed(x.d));
  const sorted = [...factors].sort((a, b) => a - b);
  const curves = costVersusTraffic(
    [bedrock.d, ...selfHosted.map((x) => x.d)],
    workload,
    catalog,
    projectRegion,
    sorted,
  );
  const bedrockCurve = feasibleOnly(curves.curves[0]!);
  const week = weekOf(workload);
  const outTokens = workload.outputTokensPerRequest;

  const crossovers = selfHosted.map(({ d, e }, i): SelfHostCrossover => {
    const curve = feasibleOnly(curves.curves[i + 1]!);
    const dependsOn = [
      ...e.lineItems
        .slice(0, 1)
        .map(
          (l) => `${l.label} at ${l.rateUsd === null ? 'no price' : `$${l.rateUsd}`} per ${l.unit.replace(/s$/, '')}`,
        ),
      `the cheapest feasible Bedrock design, ${bedrock.d.name} ($${round(bedrock.e.monthlyUsd!)} a month now)`,
      `the traffic's shape (peak ${round(week.peakRps)} req/s, average ${round(week.averageRps)} req/s), scaled`,
    ];
    const base = { design: d.name, bedrockDesign: bedrock.d.name, dependsOn };
    if (e.feasible && e.monthlyUsd !== null && e.monthlyUsd <= bedrock.e.monthlyUsd!)
      return { ...base, outcome: 'cheaper-now', ...at(1) };
    const above = findCrossovers(bedrockCurve, curve).find((c) => c.cheaperAbove === d.name && c.factor >= 1);
    if (!above) return { ...base, outcome: 'never', ...at(null) };
    return { ...base, outcome: 'cheaper-above', ...at(above.factor) };
  });
  return { bedrockDesign: bedrock.d.name, crossovers };

  function at(factor: number | null) {
    if (factor === null)
      return {
        atFactor: null,
        atRequestsPerSecond: null,
        atPeakRequestsPerSecond: null,
        atRequestsPerMonth: null,
        atOutputTokensPerMonth: null,
      };
    const perMonth = week.requestsPerMonth * factor;
    return {
      atFactor: factor,
      atRequestsPerSecond: perMonth / (HOURS_PER_MONTH * SECONDS_PER_HOUR),
      atPeakRequestsPerSecond: week.peakRps * factor,
      atRequestsPerMonth: perMonth,
      atOutputTokensPerMonth: perMonth * outTokens!,
    };
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
