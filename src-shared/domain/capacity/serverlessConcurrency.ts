/**
 * Serverless concurrency (SageMaker serverless, Lambda): by Little's law the concurrency in use is the
 * arrival rate × the duration of a request. Provisioned concurrency (PC) serves what it can; the rest
 * runs on demand and is exposed to cold starts whenever on-demand capacity has to start.
 */
import { SECONDS_PER_HOUR } from '../units';

export interface ServerlessWeek {
  /** Peak concurrency of one endpoint/function. */
  peakConcurrency: number;
  /** Weekly seconds of execution served by provisioned concurrency, per endpoint. */
  pcSecondsPerWeek: number;
  /** Weekly seconds of execution served on demand, per endpoint. */
  onDemandSecondsPerWeek: number;
  /** Share of requests not covered by PC (exposed to cold starts), 0..1. */
  coldStartShare: number;
}

/**
 * Splits one endpoint's week into PC-served and on-demand execution seconds. Within an hour traffic
 * is uniform, so PC covers min(concurrency, PC)/concurrency of that hour's requests.
 * `concurrencyOut` receives the concurrency of each hour.
 */
export function simulateServerless(
  rpsPerEndpoint: Float64Array | number[],
  durationSeconds: number,
  provisioned: number,
  concurrencyOut: number[],
  scale = 1,
): ServerlessWeek {
  let peak = 0;
  let pcSeconds = 0;
  let odSeconds = 0;
  let requests = 0;
  let exposed = 0;
  for (let h = 0; h < concurrencyOut.length; h++) {
    const r = rpsPerEndpoint[h]! * scale;
    const c = r * durationSeconds;
    concurrencyOut[h] = c;
    if (c > peak) peak = c;
    const covered = c > 0 ? Math.min(c, provisioned) / c : 0;
    const seconds = r * SECONDS_PER_HOUR * durationSeconds;
    pcSeconds += seconds * covered;
    odSeconds += seconds * (1 - covered);
    requests += r;
    exposed += r * (1 - covered);
  }
  return {
    peakConcurrency: peak,
    pcSecondsPerWeek: pcSeconds,
    onDemandSecondsPerWeek: odSeconds,
    coldStartShare: requests > 0 ? exposed / requests : 0,
  };
}
