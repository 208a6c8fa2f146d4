/** Ordering designs for comparison: feasible first, then cheapest; unpriced designs after priced ones. */
import type { DesignEstimate } from '../results';

/** Compares two estimates: feasible before infeasible, then by monthly cost (unavailable last), then by name. */
export function compareEstimates(a: DesignEstimate, b: DesignEstimate): number {
  if (a.feasible !== b.feasible) return a.feasible ? -1 : 1;
  if (a.monthlyUsd === null || b.monthlyUsd === null) {
    if (a.monthlyUsd !== b.monthlyUsd) return a.monthlyUsd === null ? 1 : -1;
  } else if (a.monthlyUsd !== b.monthlyUsd) return a.monthlyUsd - b.monthlyUsd;
  return a.name.localeCompare(b.name);
}

/** A ranked copy of the estimates (the input is not reordered). */
export function rankDesigns(estimates: ReadonlyArray<DesignEstimate>): DesignEstimate[] {
  return [...estimates].sort(compareEstimates);
}
