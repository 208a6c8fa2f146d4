/** How many requests per second one instance sustains, from the model's compute time and the instance's workers. */
import type { InstanceSpec } from '../../prices/catalog';

/** What sizing knows about one instance of a design. */
export interface InstanceThroughput {
  /** Requests per second one instance sustains at full load. */
  rps: number;
  /** Requests one instance runs at once. */
  concurrency: number;
  /** How the figure was obtained, for the UI. */
  basis: string;
}

interface ThroughputInputs {
  concurrencyPerInstance?: number | undefined;
  maxRequestsPerSecondPerInstance?: number | undefined;
}

/**
 * Throughput of one instance: the design's explicit figure when given, otherwise
 * workers × 1000 / inferenceMs, with one worker per vCPU on CPU types and one per GPU on GPU types
 * (a GPU serves one batch at a time; CPU servers typically run a worker per core).
 * Returns null when neither the design nor the catalog says enough to size it.
 */
export function instanceThroughput(
  hosting: ThroughputInputs,
  spec: InstanceSpec | undefined,
  inferenceMs: number,
): InstanceThroughput | null {
  if (hosting.maxRequestsPerSecondPerInstance !== undefined) {
    const rps = hosting.maxRequestsPerSecondPerInstance;
    return {
      rps,
      concurrency: Math.max(1, Math.round((rps * inferenceMs) / 1000)),
      basis: 'given by the design (requests per second per instance)',
    };
  }
  const concurrency =
    hosting.concurrencyPerInstance ?? (spec ? (spec.gpuCount > 0 ? spec.gpuCount : spec.vcpu) : undefined);
  if (concurrency === undefined) return null;
  const source =
    hosting.concurrencyPerInstance !== undefined
      ? 'concurrencyPerInstance'
      : spec && spec.gpuCount > 0
        ? `${spec.gpuCount} GPU`
        : `${spec?.vcpu ?? 0} vCPU`;
  return {
    rps: (concurrency * 1000) / inferenceMs,
    concurrency,
    basis: `${concurrency} concurrent (${source}) × 1000 / ${inferenceMs} ms`,
  };
}
