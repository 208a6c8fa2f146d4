/**
 * FMBench (github.com/aws-samples/foundation-model-benchmarking-tool) results: `all_metrics.csv` (one
 * row per chunk of requests a run sent) or `all_metrics_summary.csv` (FMBench's own mean per
 * experiment, payload file, instance type, instance count and concurrency). Columns read here:
 * `instance_type`, `instance_count` (empty for Bedrock or your own endpoint: 1), `concurrency`,
 * `error_rate` (0-1), `transactions_per_minute` and `completion_token_throughput` (output tokens per
 * second) for the whole endpoint, `latency_p50`/`latency_p95`/`latency_p99` in seconds; others are
 * left alone. Rows of the same group are averaged, as FMBench's summary does, and divided by the
 * instance count to give one instance's figures.
 */
import { z } from 'zod';
import { numberCell, parseCsv } from './csv';
import type { ImportResult, LoadTestPoint } from './loadTestPoint';

export const FMBENCH_FORMAT = 'FMBench all_metrics CSV';

const REQUIRED = ['instance_type', 'concurrency', 'transactions_per_minute'] as const;

/** True when the header names FMBench's columns (transactions_per_minute is FMBench's own name). */
export function looksLikeFmbench(text: string): boolean {
  const first = (text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  const cols = first.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  return REQUIRED.every((r) => cols.includes(r));
}

const num = z.number({ error: 'expected a number' }).finite().nonnegative('expected a number of at least 0');
const RowSchema = z.object({
  experiment_name: z.string().optional(),
  payload_file: z.string().optional(),
  instance_type: z.string({ error: 'the instance type is missing' }).min(1, 'the instance type is missing'),
  instance_count: z.number().int('expected a whole number of instances').positive().optional(),
  concurrency: z.number({ error: 'expected the concurrency' }).int('expected a whole number').positive(),
  error_rate: z.number().min(0).max(1, 'expected a share from 0 to 1').optional(),
  transactions_per_minute: num,
  completion_token_throughput: num.optional(),
  latency_p50: num.optional(),
  latency_p95: num.optional(),
  latency_p99: num.optional(),
});
type Row = z.infer<typeof RowSchema>;

const NUMERIC = new Set([
  'instance_count',
  'concurrency',
  'error_rate',
  'transactions_per_minute',
  'completion_token_throughput',
  'latency_p50',
  'latency_p95',
  'latency_p99',
]);

function mean(rows: Row[], pick: (r: Row) => number | undefined): number | undefined {
  const vals = rows.map(pick).filter((v): v is number => v !== undefined);
  return vals.length === 0 ? undefined : vals.reduce((a, b) => a + b, 0) / vals.length;
}

/** Parses an FMBench metrics CSV into one point per group, per instance. */
export function parseFmbenchCsv(text: string, fileName: string): ImportResult {
  const format = FMBENCH_FORMAT;
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, format, message: `${fileName}: ${csv.message}` };
  const [header, ...lines] = csv.rows;
  if (!header || lines.length === 0) return { ok: false, format, message: `${fileName}: no results` };
  const names = header.map((h) => h.trim());
  const groups = new Map<string, Row[]>();
  const problems: string[] = [];
  lines.forEach((cells, index) => {
    const record: Record<string, string | number> = {};
    names.forEach((name, i) => {
      const v = (cells[i] ?? '').trim();
      if (v === '' || v.toLowerCase() === 'nan') return;
      if (!RowSchema.shape[name as keyof typeof RowSchema.shape]) return;
      record[name] = NUMERIC.has(name) ? numberCell(v) : v;
    });
    const parsed = RowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`line ${index + 2}, ${String(issue.path[0] ?? '')}: ${issue.message}`);
      return;
    }
    const r = parsed.data;
    const key = [r.experiment_name, r.payload_file, r.instance_type, r.instance_count ?? 1, r.concurrency].join('|');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  });
  if (problems.length > 0) return { ok: false, format, message: `${fileName}: ${problems.join('; ')}` };

  const points: LoadTestPoint[] = [];
  for (const rows of groups.values()) {
    const first = rows[0]!;
    const n = first.instance_count ?? 1;
    const seconds = (pick: (r: Row) => number | undefined) => {
      const m = mean(rows, pick);
      return m === undefined ? undefined : m * 1000;
    };
    const tps = mean(rows, (r) => r.completion_token_throughput);
    const what = [first.experiment_name, first.payload_file].filter(Boolean).join(', ');
    points.push({
      instanceType: first.instance_type,
      concurrency: first.concurrency,
      requestsPerSecond: mean(rows, (r) => r.transactions_per_minute)! / 60 / n,
      outputTokensPerSecond: tps !== undefined && tps > 0 ? tps / n : undefined,
      latencyMs: {
        p50: seconds((r) => r.latency_p50),
        p95: seconds((r) => r.latency_p95),
        p99: seconds((r) => r.latency_p99),
      },
      failedShare: mean(rows, (r) => r.error_rate),
      label: `FMBench ${fileName}${what ? ` (${what})` : ''}, ${first.instance_type}${n > 1 ? ` ÷ ${n} instances` : ''}`,
    });
  }
  return { ok: true, format, points };
}
