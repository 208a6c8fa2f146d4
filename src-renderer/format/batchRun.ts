/** A scheduled batch job's run in words: how long one run takes and whether it fits its window. */
import type { DesignEstimate } from '@shared/domain';
import { formatDurationMs } from './duration';

/** "Each run takes 3.9 h: it finishes inside its window", or null when the workload is not a batch job. */
export function batchRunWords(e: Pick<DesignEstimate, 'runHours' | 'meetsWindow'>): string | null {
  if (e.runHours === undefined) return null;
  const took = `Each run takes ${formatDurationMs(e.runHours * 3_600_000)}`;
  return e.meetsWindow ? `${took}: it finishes inside its window` : `${took}: it does not finish inside its window`;
}
