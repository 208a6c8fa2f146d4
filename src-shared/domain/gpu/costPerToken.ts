/**
 * Cost per token and per request (README, "GPU and LLM serving"): at full load, from an hourly price and a
 * throughput, to compare a load test with a per-token price list; and for a design's month, from its
 * monthly total and the workload's volume. Every function returns null when a figure is undefined
 * (no tokens, no throughput, no price) rather than a number that means nothing.
 */
import { SECONDS_PER_HOUR } from '../units';

const PER_MILLION = 1e6;
const PER_THOUSAND = 1e3;

function positive(n: number | null | undefined): n is number {
  return n !== null && n !== undefined && Number.isFinite(n) && n > 0;
}

/** Cost per 1M output tokens at full load = hourly price ÷ (output tokens/s × 3600) × 10^6. */
export function costPer1MOutputTokensAtFullLoad(
  hourlyUsd: number | null,
  outputTokensPerSecond: number | undefined,
): number | null {
  if (hourlyUsd === null || !positive(outputTokensPerSecond)) return null;
  return (hourlyUsd / (outputTokensPerSecond * SECONDS_PER_HOUR)) * PER_MILLION;
}

/** Cost per 1,000 requests at full load = hourly price ÷ (requests/s × 3600) × 1000. */
export function costPer1kRequestsAtFullLoad(hourlyUsd: number | null, requestsPerSecond: number): number | null {
  if (hourlyUsd === null || !positive(requestsPerSecond)) return null;
  return (hourlyUsd / (requestsPerSecond * SECONDS_PER_HOUR)) * PER_THOUSAND;
}

/** `costPer1MOutputTokensUsd` = monthly total ÷ monthly output tokens × 10^6. */
export function costPer1MOutputTokensUsd(monthlyUsd: number | null, monthlyOutputTokens: number): number | null {
  if (monthlyUsd === null || !positive(monthlyOutputTokens)) return null;
  return (monthlyUsd / monthlyOutputTokens) * PER_MILLION;
}

/** `costPer1kRequestsUsd` = monthly total ÷ monthly requests × 1000. */
export function costPer1kRequestsUsd(monthlyUsd: number | null, monthlyRequests: number): number | null {
  if (monthlyUsd === null || !positive(monthlyRequests)) return null;
  return (monthlyUsd / monthlyRequests) * PER_THOUSAND;
}

/** Both per-unit costs of one design's month, as `estimate --json` reports them. */
export interface UnitCosts {
  costPer1kRequestsUsd: number | null;
  /** Null when the workload has no output tokens. */
  costPer1MOutputTokensUsd: number | null;
}

/** The per-unit costs of a monthly total for the workload's requests and output tokens per request. */
export function unitCosts(
  monthlyUsd: number | null,
  requestsPerMonth: number,
  outputTokensPerRequest: number | undefined,
): UnitCosts {
  return {
    costPer1kRequestsUsd: costPer1kRequestsUsd(monthlyUsd, requestsPerMonth),
    costPer1MOutputTokensUsd:
      outputTokensPerRequest === undefined
        ? null
        : costPer1MOutputTokensUsd(monthlyUsd, requestsPerMonth * outputTokensPerRequest),
  };
}
