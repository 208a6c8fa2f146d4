/** Validating a workload from outside and describing its derived totals. */
import { WorkloadSchema, type Workload } from '../project/workload';
import { parseWith, type Parsed } from '../validation';
import { trafficProblem, weekOf } from './traffic/week';

/** Validates untrusted workload input; problems name the field ("traffic.requestsPerSecond: ..."). */
export function validateWorkload(input: unknown): Parsed<Workload> {
  const parsed = parseWith(WorkloadSchema, input);
  if (!parsed.ok) return parsed;
  const w = parsed.value;
  // A rule across fields (the schema itself rejects a workload with no traffic): tokens only make sense together.
  const problems = [];
  if ((w.inputTokensPerRequest === undefined) !== (w.outputTokensPerRequest === undefined))
    problems.push({
      path: 'inputTokensPerRequest',
      // The path names the field for files and the CLI; the words are the form's, shown next to the field.
      message: 'give both input and output tokens per request, or neither',
    });
  const traffic = trafficProblem(w.traffic);
  if (traffic) problems.push({ path: 'traffic.averageRequestsPerSecond', message: traffic });
  if (w.cachedInputTokensPerRequest !== undefined && w.cachedInputTokensPerRequest > (w.inputTokensPerRequest ?? 0))
    problems.push({
      path: 'cachedInputTokensPerRequest',
      message: 'cached input tokens cannot be more than the input tokens per request',
    });
  if (problems.length === 0) return parsed;
  return { ok: false, problems, message: problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
}

/** The derived totals of a workload's traffic, for the UI's workload summary. */
export interface WorkloadTotals {
  requestsPerMonth: number;
  weeklyRequests: number;
  peakRps: number;
  averageRps: number;
  minRps: number;
  /** Hours of the week with no traffic. */
  idleHours: number;
}

/** Requests per month (weekly × 730/168), peak, average and minimum rate of a workload. */
export function workloadTotals(workload: Workload): WorkloadTotals {
  const { rps: _rps, ...totals } = weekOf(workload);
  return totals;
}
