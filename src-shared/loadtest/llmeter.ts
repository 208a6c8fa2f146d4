/**
 * LLMeter (github.com/awslabs/llmeter) results: the `stats.json` a run writes to its output folder (a
 * LoadTest writes one per concurrency level, in `<test>/<NNNNN>-clients/`), or its `summary.json`.
 * `stats.json` is one flat object: the run's fields (`clients`, `total_requests`, `total_test_time` in
 * seconds, `run_name`, `start_time`, ...), run statistics (`requests_per_minute`,
 * `average_output_tokens_per_minute`, newer versions also `output_tps`, `failed_requests_rate`) and
 * per-request aggregates keyed `<metric>-<average|p50|p90|p99>` with times in seconds, e.g.
 * `time_to_last_token-p90`. Only the fields read here are validated; the rest are left alone.
 */
import { z } from 'zod';
import { describeZodError, formatProblems } from '../validation';
import type { ImportResult, LoadTestPoint } from './loadTestPoint';
import { parsePythonJson } from './pythonJson';

export const LLMETER_FORMAT = 'LLMeter stats.json';

const seconds = z.number().finite().nonnegative().nullish();
const count = z.number().finite().nonnegative().nullish();

const LlmeterStatsSchema = z.looseObject({
  clients: z
    .number({ error: 'expected the number of concurrent clients' })
    .int('expected a whole number of clients')
    .positive('expected at least 1 client'),
  total_requests: count,
  total_test_time: seconds,
  requests_per_minute: count,
  average_output_tokens_per_minute: count,
  output_tps: count,
  failed_requests_rate: z.number().finite().min(0).max(1).nullish(),
  'time_to_last_token-p50': seconds,
  'time_to_last_token-p90': seconds,
  'time_to_last_token-p99': seconds,
  run_name: z.string().nullish(),
  model_id: z.string().nullish(),
  endpoint_name: z.string().nullish(),
  start_time: z.string().nullish(),
});
type LlmeterStats = z.infer<typeof LlmeterStatsSchema>;

/** True for a parsed JSON object that has LLMeter's run fields. */
export function looksLikeLlmeter(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  return 'clients' in o && ('requests_per_minute' in o || 'total_test_time' in o || 'time_to_last_token-p50' in o);
}

function ms(s: number | null | undefined): number | undefined {
  return s === null || s === undefined ? undefined : s * 1000;
}

function positiveOrUndefined(n: number | null | undefined): number | undefined {
  return n !== null && n !== undefined && n > 0 ? n : undefined;
}

function requestsPerSecond(s: LlmeterStats): number | undefined {
  const rpm = positiveOrUndefined(s.requests_per_minute);
  if (rpm !== undefined) return rpm / 60;
  if (s.total_requests && s.total_test_time) return s.total_requests / s.total_test_time;
  return undefined;
}

function label(s: LlmeterStats, fileName: string): string {
  const parts = [`LLMeter ${fileName}`];
  if (s.run_name) parts.push(`run ${s.run_name}`);
  const target = s.endpoint_name ?? s.model_id;
  if (target) parts.push(target);
  if (s.start_time) parts.push(s.start_time.slice(0, 10));
  return parts.join(', ');
}

/** Parses one LLMeter `stats.json` (or `summary.json`) into its operating point. */
export function parseLlmeterStats(text: string, fileName: string): ImportResult {
  const format = LLMETER_FORMAT;
  const json = parsePythonJson(text);
  if (!json.ok) return { ok: false, format, message: `${fileName}: ${json.message}` };
  const parsed = LlmeterStatsSchema.safeParse(json.value);
  if (!parsed.success)
    return { ok: false, format, message: `${fileName}: ${formatProblems(describeZodError(parsed.error))}` };
  const s = parsed.data;
  const rps = requestsPerSecond(s);
  const tps =
    positiveOrUndefined(s.output_tps) ??
    (positiveOrUndefined(s.average_output_tokens_per_minute) !== undefined
      ? s.average_output_tokens_per_minute! / 60
      : undefined);
  if (rps === undefined && tps === undefined)
    return {
      ok: false,
      format,
      message: `${fileName}: no throughput (requests_per_minute, average_output_tokens_per_minute or total_requests with total_test_time)`,
    };
  const point: LoadTestPoint = {
    concurrency: s.clients,
    requestsPerSecond: rps,
    outputTokensPerSecond: tps,
    latencyMs: {
      p50: ms(s['time_to_last_token-p50']),
      p90: ms(s['time_to_last_token-p90']),
      p99: ms(s['time_to_last_token-p99']),
    },
    failedShare: s.failed_requests_rate ?? undefined,
    label: label(s, fileName),
  };
  return { ok: true, format, points: [point] };
}
