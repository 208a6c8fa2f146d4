/**
 * Savings Plans billed the way AWS bills them, hour by hour: each hour, eligible usage is charged at
 * the plan rate up to the hourly commitment and the excess at on-demand; the commitment is charged in
 * full every hour, used or not. Simulated over the 168-hour week, so a business-hours profile shows
 * both the unused commitment at night and the on-demand overflow by day.
 */

export interface SavingsPlanWeek {
  /** $/hour committed. */
  commitment: number;
  /** True when the engine sized the commitment (the weekly floor of eligible usage at plan rates). */
  sized: boolean;
  /** Usage units (instance-hours, GB-seconds) per week charged at on-demand beyond the commitment. */
  excessUnitsPerWeek: number;
  /** Usage units per week covered by the plan. */
  coveredUnitsPerWeek: number;
  /** Commitment dollars per week that bought no usage. */
  unusedCommitmentPerWeek: number;
}

/**
 * The smallest hourly eligible spend at plan rates over the week: a commitment this size is used in
 * full every hour (AWS's Savings Plans guidance: commit to the steady baseline, not the peak).
 */
export function weeklyFloorCommitment(usagePerHour: ArrayLike<number>, planRate: number): number {
  let min = Infinity;
  for (let h = 0; h < usagePerHour.length; h++) if (usagePerHour[h]! < min) min = usagePerHour[h]!;
  return (min === Infinity ? 0 : min) * planRate;
}

/**
 * Simulates a plan over the week. `usagePerHour` is eligible usage per hour in units (instance-hours in
 * an hour = instances); `planRate` and `onDemandRate` are USD per unit. When `costOut` is given, each
 * hour's cost (commitment + on-demand excess) is added to it.
 */
export function simulateSavingsPlan(
  usagePerHour: ArrayLike<number>,
  planRate: number,
  onDemandRate: number,
  commitment: number | undefined,
  costOut?: number[],
): SavingsPlanWeek {
  const sized = commitment === undefined;
  const c = commitment ?? weeklyFloorCommitment(usagePerHour, planRate);
  let excess = 0;
  let covered = 0;
  let unused = 0;
  for (let h = 0; h < usagePerHour.length; h++) {
    const atPlan = usagePerHour[h]! * planRate;
    let hourExcess = 0;
    if (atPlan > c) {
      // The part of the usage the commitment cannot pay for, converted back to units, at on-demand.
      hourExcess = planRate > 0 ? (atPlan - c) / planRate : usagePerHour[h]!;
      covered += usagePerHour[h]! - hourExcess;
    } else {
      covered += usagePerHour[h]!;
      unused += c - atPlan;
    }
    excess += hourExcess;
    if (costOut) costOut[h]! += c + hourExcess * onDemandRate;
  }
  return {
    commitment: c,
    sized,
    excessUnitsPerWeek: excess,
    coveredUnitsPerWeek: covered,
    unusedCommitmentPerWeek: unused,
  };
}

/** Share of the commitment paid before the term (AWS: Partial Upfront pays at least half up front). */
export const UPFRONT_SHARE = { 'no-upfront': 0, 'partial-upfront': 0.5, 'all-upfront': 1 } as const;
