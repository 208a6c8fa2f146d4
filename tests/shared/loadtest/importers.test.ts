/**
 * Load-test importers: LLMeter's stats.json and the plain CSV parse into operating points, bad files
 * get messages naming the problem, and an imported figure sizes a design exactly as typing it does.
 */
import { describe, expect, it } from 'vitest';
import { importResultFile, importResultFiles } from '@shared/loadtest/importLoadTest';
import { parseLlmeterStats } from '@shared/loadtest/llmeter';
import { choosePoint, latencyAt, throughputFields } from '@shared/loadtest/loadTestPoint';
import { parsePlainCsv } from '@shared/loadtest/plainCsv';
import { parseCsv } from '@shared/loadtest/csv';
import { parsePythonJson } from '@shared/loadtest/pythonJson';
import { givenThroughput } from '@shared/domain';

/** A stats.json as LLMeter's Result.save writes it (json.dumps of Result.stats, indent 4; NaN as Python writes it). */
function llmeterStats(clients: number, overrides: Record<string, unknown> = {}): string {
  const stats: Record<string, unknown> = {
    total_requests: 200,
    clients,
    n_requests: 200 / clients,
    total_test_time: 100.0,
    model_id: 'meta-llama/Llama-3.1-8B-Instruct',
    output_path: `outputs/load_test/20261120-1015/${String(clients).padStart(5, '0')}-clients`,
    endpoint_name: 'llama-31-8b-g5-2xl',
    provider: 'sagemaker',
    run_name: `${String(clients).padStart(5, '0')}-clients`,
    run_description: null,
    start_time: '2026-11-20T10:15:02.118Z',
    first_request_time: '2026-11-20T10:15:02.120Z',
    last_request_time: '2026-11-20T10:16:40.000Z',
    end_time: '2026-11-20T10:16:42.118Z',
    failed_requests: 0,
    failed_requests_rate: 0,
    total_input_tokens: 100_000,
    total_output_tokens: 60_000,
    'time_to_last_token-average': 0.8 * clients,
    'time_to_last_token-p50': 0.75 * clients,
    'time_to_last_token-p90': 0.9 * clients,
    'time_to_last_token-p99': 1.1 * clients,
    'time_to_first_token-average': 'NaN-placeholder',
    'num_tokens_output-average': 300,
    'num_tokens_output-p50': 300,
    requests_per_minute: 120.0,
    average_input_tokens_per_minute: 60_000,
    average_output_tokens_per_minute: 36_000,
    output_tps: 600.0,
    ...overrides,
  };
  return JSON.stringify(stats, null, 4).replace('"NaN-placeholder"', 'NaN');
}

const CSV = [
  'instance_type,concurrency,requests_per_second,output_tokens_per_second,p50_latency_ms,p95_latency_ms',
  'ml.g5.2xlarge,1,0.15,45,6500,6900',
  'ml.g5.2xlarge,8,1.1,330,7100,8200',
  'ml.g5.2xlarge,32,2.9,870,10500,14800',
  'ml.g6.2xlarge,8,0.6,180,12000,13500',
].join('\r\n');

describe('CSV and Python JSON readers', () => {
  it('reads quoted fields with commas, quotes and line breaks; BOM; CRLF', () => {
    const r = parseCsv('\ufeffa,b\r\n"x, ""y""","multi\nline"\n\n');
    expect(r).toEqual({
      ok: true,
      rows: [
        ['a', 'b'],
        ['x, "y"', 'multi\nline'],
      ],
    });
    expect(parseCsv('a,"b').ok).toBe(false);
  });

  it('reads NaN and Infinity outside strings as null, leaves them inside strings', () => {
    expect(parsePythonJson('{"a": NaN, "b": -Infinity, "c": "NaN", "d": [Infinity]}')).toEqual({
      ok: true,
      value: { a: null, b: null, c: 'NaN', d: [null] },
    });
    expect(parsePythonJson('{"a": }').ok).toBe(false);
  });
});

describe('LLMeter stats.json', () => {
  it('gives concurrency, requests/s, output tokens/s and latency percentiles in ms', () => {
    const r = parseLlmeterStats(llmeterStats(20), 'stats.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.points).toHaveLength(1);
    const p = r.points[0]!;
    expect(p.concurrency).toBe(20);
    expect(p.requestsPerSecond).toBe(2); // 120 per minute
    expect(p.outputTokensPerSecond).toBe(600);
    expect(p.latencyMs).toEqual({ p50: 15_000, p90: 18_000, p99: 22_000 });
    expect(p.failedShare).toBe(0);
    expect(p.label).toBe('LLMeter stats.json, run 00020-clients, llama-31-8b-g5-2xl, 2026-11-20');
  });

  it('older versions without output_tps: average output tokens per minute ÷ 60', () => {
    const text = llmeterStats(4, { output_tps: undefined });
    const r = parseLlmeterStats(text, 'stats.json');
    expect(r.ok && r.points[0]!.outputTokensPerSecond).toBe(600);
  });

  it('summary.json (no stats): requests ÷ test time', () => {
    const summary = JSON.stringify({ total_requests: 50, clients: 5, total_test_time: 25, run_name: 'x' });
    const r = importResultFile({ name: 'summary.json', text: summary });
    expect(r.ok && r.points[0]!.requestsPerSecond).toBe(2);
  });

  it('names the problem in a bad file', () => {
    const bad = parseLlmeterStats(llmeterStats(0), 'stats.json');
    expect(bad).toMatchObject({ ok: false, message: 'stats.json: clients: expected at least 1 client' });
    const noRate = parseLlmeterStats(JSON.stringify({ clients: 2, 'time_to_last_token-p50': 1 }), 's.json');
    expect(noRate.ok).toBe(false);
    if (!noRate.ok) expect(noRate.message).toContain('no throughput');
    const rate = parseLlmeterStats(llmeterStats(2, { failed_requests_rate: 3 }), 's.json');
    expect(rate.ok).toBe(false);
    if (!rate.ok) expect(rate.message).toContain('failed_requests_rate');
  });

  it('a LoadTest folder: one stats.json per concurrency level, joined', () => {
    const r = importResultFiles([1, 5, 10].map((c) => ({ name: `${c}/stats.json`, text: llmeterStats(c) })));
    expect(r.ok && r.points.map((p) => p.concurrency)).toEqual([1, 5, 10]);
  });
});

describe('plain CSV', () => {
  it('reads every documented column, one point per row', () => {
    const r = parsePlainCsv(CSV, 'g5.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.points).toHaveLength(4);
    expect(r.points[2]).toMatchObject({
      instanceType: 'ml.g5.2xlarge',
      concurrency: 32,
      requestsPerSecond: 2.9,
      outputTokensPerSecond: 870,
      latencyMs: { p50: 10_500, p95: 14_800 },
    });
  });

  it('is recognised from its header', () => {
    expect(importResultFile({ name: 'results.txt', text: CSV }).ok).toBe(true);
  });

  it('names the line and column of each problem', () => {
    const text = [
      'Instance_Type,Concurrency,Requests_per_second,p95_latency_ms',
      'ml.g5.2xlarge,8,abc,900',
      'ml.g5.2xlarge,2.5,1,900',
      ',4,1,900',
      'ml.g5.2xlarge,4,,900',
    ].join('\n');
    const r = parsePlainCsv(text, 'bad.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('line 2, requests_per_second: expected a number (got "abc")');
    expect(r.message).toContain('line 3, concurrency: expected a whole number of concurrent requests (got "2.5")');
    expect(r.message).toContain('line 4, instance_type: the instance type is missing');
    expect(r.message).toContain('line 5, requests_per_second: give requests_per_second or output_tokens_per_second');
  });

  it('rejects unknown columns and a header without rows', () => {
    const r = parsePlainCsv('instance_type,concurrency,rps\nx,1,2', 'a.csv');
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain('unknown column rps');
    expect(parsePlainCsv('instance_type,concurrency,requests_per_second\n', 'a.csv').ok).toBe(false);
  });

  it('anything else is not a supported result', () => {
    const r = importResultFile({ name: 'x.json', text: '{"hello": 1}' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('not a supported load-test result');
  });
});

describe('choosing the operating point', () => {
  const csv = parsePlainCsv(CSV, 'g5.csv');
  const points = csv.ok ? csv.points : [];

  it('the highest throughput whose p95 meets the target, for the design’s instance type', () => {
    const c = choosePoint(points, { latencyTargetMs: 10_000, percentile: 95, instanceType: 'ml.g5.2xlarge' });
    expect(c.ok && c.point.concurrency).toBe(8);
    const loose = choosePoint(points, { latencyTargetMs: 15_000, instanceType: 'g5.2xlarge' });
    expect(loose.ok && loose.point.concurrency).toBe(32);
    const none = choosePoint(points, { latencyTargetMs: 5000, instanceType: 'ml.g5.2xlarge' });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.reason).toContain('p95 latency target of 5000 ms');
  });

  it('no p95 in LLMeter: the p99 stands for it (never lower)', () => {
    const r = parseLlmeterStats(llmeterStats(10), 's.json');
    const p = r.ok ? r.points[0]! : undefined;
    expect(p && latencyAt(p, 95)).toEqual({ ms: 11_000, percentile: 99 });
    expect(p && latencyAt(p, 50)).toEqual({ ms: 7_500, percentile: 50 });
  });

  it('skips a point with more than 1% failed requests', () => {
    const r = importResultFiles([
      { name: 'a/stats.json', text: llmeterStats(5) },
      { name: 'b/stats.json', text: llmeterStats(10, { output_tps: 900, failed_requests_rate: 0.05 }) },
    ]);
    const c = r.ok ? choosePoint(r.points, { latencyTargetMs: null }) : undefined;
    expect(c?.ok && c.point.concurrency).toBe(5);
  });
});

describe('importing sets the same throughput as typing it', () => {
  const workload = { inferenceMs: 7000, outputTokensPerRequest: 300, needsGpu: true };

  it('plain CSV → maxOutputTokensPerSecondPerInstance 330 with its source, as typed', () => {
    const csv = parsePlainCsv(CSV, 'g5.csv');
    const c = csv.ok ? choosePoint(csv.points, { latencyTargetMs: 10_000, instanceType: 'ml.g5.2xlarge' }) : undefined;
    if (!c?.ok) throw new Error('no point');
    const fields = throughputFields(c.point, c.why);
    expect(fields).toEqual({
      maxOutputTokensPerSecondPerInstance: 330,
      concurrencyPerInstance: 8,
      throughputSource: 'load test g5.csv (ml.g5.2xlarge), concurrency 8, p95 8200 ms within the 10000 ms target',
    });
    const imported = givenThroughput(fields, workload)!;
    const typed = givenThroughput(
      { maxOutputTokensPerSecondPerInstance: 330, concurrencyPerInstance: 8, throughputSource: 'typed' },
      workload,
    )!;
    expect(imported.requestsPerSecond).toBe(typed.requestsPerSecond);
    expect(imported.outputTokensPerSecond).toBe(typed.outputTokensPerSecond);
    expect(imported.kind).toBe('measured');
  });

  it('LLMeter → 600 tokens/s; an endpoint of 2 instances gives 300 per instance', () => {
    const r = parseLlmeterStats(llmeterStats(20), 'stats.json');
    if (!r.ok) throw new Error(r.message);
    const one = throughputFields(r.points[0]!, 'concurrency 20');
    expect(givenThroughput(one, workload)!.requestsPerSecond).toBe(
      givenThroughput({ maxOutputTokensPerSecondPerInstance: 600, throughputSource: 'typed' }, workload)!
        .requestsPerSecond,
    );
    const two = throughputFields(r.points[0]!, 'concurrency 20', 2);
    expect(two.maxOutputTokensPerSecondPerInstance).toBe(300);
    expect(two.concurrencyPerInstance).toBe(10);
    expect(two.throughputSource).toContain('÷ 2 instances under test');
  });

  it('a CSV with requests/s only sets maxRequestsPerSecondPerInstance', () => {
    const r = parsePlainCsv('instance_type,concurrency,requests_per_second\nml.c5.xlarge,4,55', 'cpu.csv');
    if (!r.ok) throw new Error(r.message);
    const f = throughputFields(r.points[0]!, 'concurrency 4');
    expect(f.maxRequestsPerSecondPerInstance).toBe(55);
    expect(f.maxOutputTokensPerSecondPerInstance).toBeUndefined();
  });
});
