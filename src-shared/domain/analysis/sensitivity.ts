/** Sensitivity of a design's cost to traffic: the estimate at half and at double the workload's traffic. */
import type { PriceCatalog } from '../../prices/catalog';
import type { Design, Workload } from '../model';
import { estimateDesign } from '../estimate';
import type { DesignEstimate } from '../results';
import { scaleWorkload } from '../traffic/week';

export interface Sensitivity {
  factor: number;
  estimate: DesignEstimate;
  /** Change of the monthly cost against the base (factor 1), USD; null when unpriced. */
  deltaUsd: number | null;
}

/** Estimates at traffic × each factor (default × 0.5, × 1, × 2). */
export function trafficSensitivity(
  design: Design,
  workload: Workload,
  catalog: PriceCatalog,
  projectRegion: string,
  factors: ReadonlyArray<number> = [0.5, 1, 2],
): Sensitivity[] {
  const base = estimateDesign(design, workload, catalog, projectRegion).monthlyUsd;
  return factors.map((factor) => {
    const estimate = estimateDesign(design, scaleWorkload(workload, factor), catalog, projectRegion);
    const deltaUsd = estimate.monthlyUsd !== null && base !== null ? estimate.monthlyUsd - base : null;
    return { factor, estimate, deltaUsd };
  });
}
