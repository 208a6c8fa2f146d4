/**
 * Every figure an estimate reports is a finite number. The schema's limits keep inputs far below
 * overflow; should a figure still come out as Infinity or NaN (a caller that skipped validation, a
 * rule dividing by zero), the estimate fails with this named error instead of printing "$Infinity",
 * a null that reads as "unavailable", or an Infinity cell.
 */
import { InferCalcError } from '../errors';
import type { DesignEstimate } from './results';

/**
 * A figure of an estimate came out as Infinity or NaN. It is invalid input (the workload's or the
 * design's numbers are beyond what can be computed), so every border maps it like one: the CLI
 * exits 1 with this message, the API answers 'bad-request'.
 */
export class NonFiniteFigureError extends InferCalcError {
  override readonly name = 'NonFiniteFigureError';

  constructor(
    /** The design whose estimate it is. */
    readonly design: string,
    /** Which figure, e.g. "line 'Instance-hours (ml.c5.xlarge, Hosting)' monthlyUsd". */
    readonly figure: string,
  ) {
    super(
      'invalid-input',
      `the estimate of "${design}" came out with a figure that is not a finite number (${figure}); the workload's or the design's numbers are beyond what can be computed`,
    );
  }
}

function check(design: string, figure: string, value: number | null | undefined): void {
  if (value !== null && value !== undefined && !Number.isFinite(value)) throw new NonFiniteFigureError(design, figure);
}

function checkSeries(design: string, figure: string, values: ReadonlyArray<number>): void {
  // The figure's name is built only on failure: this runs over 168 hours of every estimate.
  for (let h = 0; h < values.length; h++)
    if (!Number.isFinite(values[h])) throw new NonFiniteFigureError(design, `${figure}[${h}]`);
}

const LINE_FIGURES = ['quantity', 'rateUsd', 'monthlyUsd', 'upfrontUsd'] as const;

/** Throws NonFiniteFigureError when any money, quantity or hourly figure of `e` is not finite. */
export function assertFiniteEstimate(e: DesignEstimate): void {
  const d = e.name;
  check(d, 'monthlyUsd', e.monthlyUsd);
  check(d, 'yearlyUsd', e.yearlyUsd);
  check(d, 'upfrontUsd', e.upfrontUsd);
  check(d, 'requestsPerMonth', e.requestsPerMonth);
  check(d, 'costPer1kRequestsUsd', e.costPer1kRequestsUsd);
  for (const l of e.lineItems)
    for (const field of LINE_FIGURES) {
      const value = l[field];
      if (value !== null && value !== undefined && !Number.isFinite(value))
        throw new NonFiniteFigureError(d, `line '${l.label}' ${field}`);
    }
  checkSeries(d, 'hourly.costUsd', e.hourly.costUsd);
  checkSeries(d, 'hourly.capacity', e.hourly.capacity);
  if (e.commitment) {
    check(d, 'commitment.committedRateUsd', e.commitment.committedRateUsd);
    check(d, 'commitment.onDemandRateUsd', e.commitment.onDemandRateUsd);
    check(d, 'commitment.breakEvenUtilization', e.commitment.breakEvenUtilization);
  }
}
