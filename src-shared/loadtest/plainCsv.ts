/**
 * InferCalc's plain load-test CSV, for results from any tool or a spreadsheet. One header row, then one
 * row per operating point of ONE instance; column names are case-insensitive, in any order:
 *
 * | column                     | required | meaning                                         |
 * |----------------------------|----------|-------------------------------------------------|
 * | `instance_type`            | yes      | e.g. `ml.g5.2xlarge` or `g5.2xlarge`            |
 * | `concurrency`              | yes      | concurrent requests during the run (integer)    |
 * | `requests_per_second`      | one of   | requests per second the instance sustained     |
 * | `output_tokens_per_second` | the two  | output tokens per second it sustained           |
 * | `p50_latency_ms`           | no       | median request latency, ms                      |
 * | `p95_latency_ms`           | no       | 95th percentile request latency, ms             |
 * | `p90_latency_ms`, `p99_latency_ms`, `failed_share` (0-1) | no | when the tool reports them |
 *
 * Example:
 * ```
 * instance_type,concurrency,requests_per_second,output_tokens_per_second,p50_latency_ms,p95_latency_ms
 * ml.g5.2xlarge,8,2.1,630,3600,4100
 * ```
 */
import { z } from 'zod';
import { numberCell, parseCsv } from './csv';
import type { ImportResult, LoadTestPoint } from './loadTestPoint';

export const PLAIN_CSV_FORMAT = 'InferCalc load-test CSV';

const COLUMNS = [
  'instance_type',
  'concurrency',
  'requests_per_second',
  'output_tokens_per_second',
  'p50_latency_ms',
  'p90_latency_ms',
  'p95_latency_ms',
  'p99_latency_ms',
  'failed_share',
] as const;
type Column = (typeof COLUMNS)[number];

const positive = z.number({ error: 'expected a number' }).finite().positive('expected a number more than 0');

const RowSchema = z
  .strictObject({
    instance_type: z.string({ error: 'the instance type is missing' }).min(1, 'the instance type is missing'),
    concurrency: z
      .number({ error: 'expected a whole number of concurrent requests' })
      .int('expected a whole number of concurrent requests')
      .positive('expected at least 1 concurrent request'),
    requests_per_second: positive.optional(),
    output_tokens_per_second: positive.optional(),
    p50_latency_ms: positive.optional(),
    p90_latency_ms: positive.optional(),
    p95_latency_ms: positive.optional(),
    p99_latency_ms: positive.optional(),
    failed_share: z.number({ error: 'expected a number' }).min(0).max(1, 'expected a share from 0 to 1').optional(),
  })
  .refine((r) => r.requests_per_second !== undefined || r.output_tokens_per_second !== undefined, {
    message: 'give requests_per_second or output_tokens_per_second',
    path: ['requests_per_second'],
  });

/** True when the text's first line is this format's header (it names instance_type and concurrency). */
export function looksLikePlainCsv(text: string): boolean {
  const first = (text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  return /(^|,)\s*"?instance_type"?\s*(,|$)/.test(first) && /(^|,)\s*"?concurrency"?\s*(,|$)/.test(first);
}

function cell(column: Column, raw: string): string | number | undefined {
  const v = raw.trim();
  if (v === '') return undefined;
  if (column === 'instance_type') return v;
  return numberCell(v);
}

/** Parses the plain CSV; every problem names its line and column. */
export function parsePlainCsv(text: string, fileName: string): ImportResult {
  const format = PLAIN_CSV_FORMAT;
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, format, message: `${fileName}: ${csv.message}` };
  const [header, ...rows] = csv.rows;
  if (!header) return { ok: false, format, message: `${fileName}: the file is empty` };
  const names = header.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const unknown = names.filter((n) => !(COLUMNS as ReadonlyArray<string>).includes(n));
  if (unknown.length > 0)
    return {
      ok: false,
      format,
      message: `${fileName}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (expected ${COLUMNS.join(', ')})`,
    };
  for (const required of ['instance_type', 'concurrency'] as const)
    if (!names.includes(required)) return { ok: false, format, message: `${fileName}: no ${required} column` };
  if (rows.length === 0) return { ok: false, format, message: `${fileName}: a header but no results` };

  const points: LoadTestPoint[] = [];
  const problems: string[] = [];
  rows.forEach((cells, index) => {
    const line = index + 2;
    if (cells.length > names.length) {
      problems.push(`line ${line}: ${cells.length} fields, the header has ${names.length}`);
      return;
    }
    const record: Partial<Record<Column, string | number>> = {};
    names.forEach((name, i) => {
      const v = cell(name as Column, cells[i] ?? '');
      if (v !== undefined) record[name as Column] = v;
    });
    const parsed = RowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        const got = column && record[column as Column] !== undefined ? ` (got "${record[column as Column]}")` : '';
        problems.push(`line ${line}, ${column}: ${issue.message}${got}`);
      }
      return;
    }
    const r = parsed.data;
    points.push({
      instanceType: r.instance_type,
      concurrency: r.concurrency,
      requestsPerSecond: r.requests_per_second,
      outputTokensPerSecond: r.output_tokens_per_second,
      latencyMs: { p50: r.p50_latency_ms, p90: r.p90_latency_ms, p95: r.p95_latency_ms, p99: r.p99_latency_ms },
      failedShare: r.failed_share,
      label: `load test ${fileName} (${r.instance_type})`,
    });
  });
  if (problems.length > 0) return { ok: false, format, message: `${fileName}: ${problems.join('; ')}` };
  return { ok: true, format, points };
}
