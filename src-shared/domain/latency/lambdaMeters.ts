/**
 * Lambda meters the cost engine did not have: the monthly free tier, and ephemeral storage above the
 * included 512 MB. Quantities only; the rates come from the price data.
 */
import { MB_PER_GB } from '../units';
import { nonNegative } from './checks';
import { LAMBDA_EPHEMERAL_STORAGE, LAMBDA_FREE_TIER } from './defaults';

/** What the free tier takes off a month's usage. */
export interface LambdaFreeTier {
  /** Requests not charged (at most 1M). */
  freeRequests: number;
  /** On-demand duration GB-seconds not charged (at most 400,000), taken from the first price tier. */
  freeGbSeconds: number;
  /** "min(2,500,000, 1,000,000) requests; min(…, 400,000) GB-s". */
  formula: string;
}

/**
 * The Lambda free tier for a month: 1M requests and 400,000 GB-seconds of duration. It applies to
 * requests and to on-demand duration only, never to provisioned-concurrency charges (capacity or
 * duration while provisioned), so the caller passes only the on-demand GB-seconds.
 */
export function lambdaFreeTier(requestsPerMonth: number, onDemandGbSecondsPerMonth: number): LambdaFreeTier {
  nonNegative(requestsPerMonth, 'requests per month');
  nonNegative(onDemandGbSecondsPerMonth, 'on-demand GB-seconds per month');
  const freeRequests = Math.min(requestsPerMonth, LAMBDA_FREE_TIER.requestsPerMonth);
  const freeGbSeconds = Math.min(onDemandGbSecondsPerMonth, LAMBDA_FREE_TIER.gbSecondsPerMonth);
  return {
    freeRequests,
    freeGbSeconds,
    formula: `min(${count(requestsPerMonth)}, 1,000,000) requests and min(${count(onDemandGbSecondsPerMonth)}, 400,000) on-demand GB-s`,
  };
}

/**
 * Billable ephemeral-storage GB-seconds: (configured MB − 512) ÷ 1024 GB × the seconds functions run.
 * Zero at or below the included 512 MB; more than 10,240 MB cannot be configured.
 */
export function ephemeralStorageGbSeconds(ephemeralStorageMB: number, runSecondsPerMonth: number): number {
  if (
    !Number.isFinite(ephemeralStorageMB) ||
    ephemeralStorageMB < LAMBDA_EPHEMERAL_STORAGE.includedMB ||
    ephemeralStorageMB > LAMBDA_EPHEMERAL_STORAGE.maxMB
  )
    throw new RangeError(
      `Lambda ephemeral storage must be ${LAMBDA_EPHEMERAL_STORAGE.includedMB} to ${LAMBDA_EPHEMERAL_STORAGE.maxMB} MB (got ${ephemeralStorageMB})`,
    );
  nonNegative(runSecondsPerMonth, 'run seconds per month');
  return ((ephemeralStorageMB - LAMBDA_EPHEMERAL_STORAGE.includedMB) / MB_PER_GB) * runSecondsPerMonth;
}

function count(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
