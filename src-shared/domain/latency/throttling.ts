/**
 * Concurrency limits (SageMaker serverless MaxConcurrency, Lambda reserved or account concurrency,
 * provisioned concurrency) as a loss system: a request that arrives when every allowed execution is
 * busy is throttled (or, past provisioned concurrency, spills over to on-demand capacity). With
 * Poisson arrivals that share is Erlang B of the limit and the mean concurrency (arrival rate ×
 * duration), whatever the distribution of durations. Sizing to the mean (Little's law) instead
 * throttles a large share: at a mean of 1 and a limit of 1, half of all requests.
 */
import { fmt, fmtPercent } from '../pricing/lineItems';
import { nonNegative, positive } from './checks';
import { erlangB, serversForBlocking } from './erlang';

/** Share of requests throttled at a concurrency `limit`, for an arrival rate and a request duration. */
export function throttledShare(arrivalsPerSecond: number, durationSeconds: number, limit: number): number {
  return erlangB(limit, meanConcurrency(arrivalsPerSecond, durationSeconds));
}

/**
 * Share of requests that find all `provisioned` executions busy and run on on-demand capacity instead
 * (an overflow: exactly the Erlang B loss of the provisioned pool).
 */
export function spillOverShare(arrivalsPerSecond: number, durationSeconds: number, provisioned: number): number {
  if (provisioned === 0) return arrivalsPerSecond > 0 ? 1 : 0;
  return erlangB(provisioned, meanConcurrency(arrivalsPerSecond, durationSeconds));
}

/** The result of sizing a concurrency limit. */
export type ConcurrencySizing =
  { ok: true; concurrency: number; throttledShare: number } | { ok: false; needed: number | null; message: string };

/**
 * The smallest concurrency limit that keeps the throttled (or spilled-over) share at or below `share`.
 * Fails with the reason when the service's maximum (`maxAllowed`, e.g. 200 for SageMaker serverless)
 * is not enough; `needed` is the count that would be (null if beyond any search).
 */
export function sizeConcurrency(
  arrivalsPerSecond: number,
  durationSeconds: number,
  share: number,
  maxAllowed = Number.MAX_SAFE_INTEGER,
): ConcurrencySizing {
  const erlangs = meanConcurrency(arrivalsPerSecond, durationSeconds);
  const within = serversForBlocking(erlangs, share, maxAllowed);
  if (within !== null) return { ok: true, concurrency: within, throttledShare: erlangB(within, erlangs) };
  const needed = serversForBlocking(erlangs, share, Math.ceil(erlangs + 40 * Math.sqrt(erlangs) + 100));
  return {
    ok: false,
    needed,
    message: `keeping throttling under ${fmtPercent(share)} at a mean concurrency of ${fmt(erlangs)} needs ${needed ?? 'more than any'} concurrent executions; at most ${maxAllowed} are allowed`,
  };
}

/** Mean concurrency in use: arrival rate × duration (Little's law), in erlangs. */
export function meanConcurrency(arrivalsPerSecond: number, durationSeconds: number): number {
  return nonNegative(arrivalsPerSecond, 'arrival rate') * positive(durationSeconds, 'request duration');
}
