/** Traffic figures the recommender's rules read. */
import type { Workload } from '../../project/schema';
import { weekOf } from '../traffic/week';

/** Peak concurrency of the whole workload on a serverless option: peak rate × request duration. */
export function serverlessConcurrencyPeak(workload: Workload): number {
  return (weekOf(workload).peakRps * workload.inferenceMs) / 1000;
}
