/**
 * Monthly cost against traffic volume: every design estimated at traffic × each scale factor, and the
 * crossover points where one design becomes cheaper than another (linear between sampled factors).
 */
import type { PriceCatalog } from '../../prices/catalog';
import type { Design, Workload } from '../model';
import { estimateDesign } from '../estimate';
import { scaleWorkload, weekOf } from '../traffic/week';

/** Traffic scale factors used when none are given: 1/10 to 10 times the workload. */
export const DEFAULT_SCALE_FACTORS: ReadonlyArray<number> = [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 7.5, 10];

export interface CurvePoint {
  factor: number;
  requestsPerMonth: number;
  /** null when a price is unavailable. */
  monthlyUsd: number | null;
  feasible: boolean;
}

export interface DesignCurve {
  name: string;
  points: CurvePoint[];
}

export interface Crossover {
  /** The design cheaper below the crossover. */
  cheaperBelow: string;
  /** The design cheaper above it. */
  cheaperAbove: string;
  factor: number;
  requestsPerMonth: number;
  monthlyUsd: number;
}

export interface TrafficCurves {
  curves: DesignCurve[];
  crossovers: Crossover[];
}

/** Cost-vs-volume curves of every design and the crossovers between each pair. */
export function costVersusTraffic(
  designs: ReadonlyArray<Design>,
  workload: Workload,
  catalog: PriceCatalog,
  projectRegion: string,
  factors: ReadonlyArray<number> = DEFAULT_SCALE_FACTORS,
): TrafficCurves {
  const sorted = [...factors].sort((a, b) => a - b);
  const scaled = sorted.map((f) => scaleWorkload(workload, f));
  const curves: DesignCurve[] = designs.map((d) => ({
    name: d.name,
    points: scaled.map((w, i) => {
      const e = estimateDesign(d, w, catalog, projectRegion);
      return {
        factor: sorted[i]!,
        requestsPerMonth: weekOf(w).requestsPerMonth,
        monthlyUsd: e.monthlyUsd,
        feasible: e.feasible,
      };
    }),
  }));
  const crossovers: Crossover[] = [];
  for (let i = 0; i < curves.length; i++)
    for (let j = i + 1; j < curves.length; j++) crossovers.push(...findCrossovers(curves[i]!, curves[j]!));
  crossovers.sort((a, b) => a.factor - b.factor);
  return { curves, crossovers };
}

/** Where the difference between two curves changes sign, interpolated linearly between samples. */
export function findCrossovers(a: DesignCurve, b: DesignCurve): Crossover[] {
  const out: Crossover[] = [];
  for (let k = 1; k < a.points.length; k++) {
    const a0 = a.points[k - 1]!,
      a1 = a.points[k]!,
      b0 = b.points[k - 1]!,
      b1 = b.points[k]!;
    if (a0.monthlyUsd === null || a1.monthlyUsd === null || b0.monthlyUsd === null || b1.monthlyUsd === null) continue;
    const d0 = a0.monthlyUsd - b0.monthlyUsd;
    const d1 = a1.monthlyUsd - b1.monthlyUsd;
    if (d0 === 0 || d0 * d1 >= 0) continue;
    const t = d0 / (d0 - d1);
    out.push({
      cheaperBelow: d0 < 0 ? a.name : b.name,
      cheaperAbove: d0 < 0 ? b.name : a.name,
      factor: a0.factor + t * (a1.factor - a0.factor),
      requestsPerMonth: a0.requestsPerMonth + t * (a1.requestsPerMonth - a0.requestsPerMonth),
      monthlyUsd: a0.monthlyUsd + t * (a1.monthlyUsd - a0.monthlyUsd),
    });
  }
  return out;
}
