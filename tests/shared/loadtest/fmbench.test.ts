/** FMBench metrics CSVs: grouped like FMBench's own summary, per instance, and the same throughput as typing it. */
import { describe, expect, it } from 'vitest';
import { importResultFile } from '@shared/loadtest/importLoadTest';
import { parseFmbenchCsv } from '@shared/loadtest/fmbench';
import { choosePoint, throughputFields } from '@shared/loadtest/loadTestPoint';
import { givenThroughput } from '@shared/domain';

/** The columns of FMBench's all_metrics_summary.csv, in the order its analysis notebook writes them. */
const HEADER =
  'experiment_name,payload_file,instance_type,instance_count,concurrency,error_rate,prompt_token_count_mean,prompt_token_throughput,completion_token_count_mean,completion_token_throughput,latency_p50,latency_p95,latency_p99,TTFT_p50,TTFT_p99,TPOT_p50,TPOT_p99,transactions_per_minute';

const SUMMARY = [
  HEADER,
  'llama3-8b-g5.2xl,payload_en_1-500.jsonl,ml.g5.2xlarge,1,1,0.0,310,95,280,41,6.5,6.9,7.2,,,,,9',
  'llama3-8b-g5.2xl,payload_en_1-500.jsonl,ml.g5.2xlarge,1,8,0.0,310,700,280,310,7.1,8.2,9.0,,,,,66',
  'llama3-8b-g5.12xl,payload_en_1-500.jsonl,ml.g5.12xlarge,2,8,0.0,310,1400,280,1240,5.5,6.0,6.4,,,,,264',
  'bedrock-llama,payload_en_1-500.jsonl,meta.llama3-8b-instruct-v1:0,,4,0.0,310,400,280,350,3.0,3.5,4.0,,,,,75',
].join('\n');

describe('FMBench all_metrics CSV', () => {
  it('one point per row of the summary, figures per instance, latency in ms', () => {
    const r = importResultFile({ name: 'all_metrics_summary.csv', text: SUMMARY });
    expect(r.ok && r.format).toBe('FMBench all_metrics CSV');
    if (!r.ok) return;
    expect(r.points).toHaveLength(4);
    expect(r.points[1]).toMatchObject({
      instanceType: 'ml.g5.2xlarge',
      concurrency: 8,
      requestsPerSecond: 66 / 60,
      outputTokensPerSecond: 310,
      latencyMs: { p50: 7100, p95: 8200, p99: 9000 },
      failedShare: 0,
    });
    // Two instances under test: 1,240 tokens/s and 264 per minute for the endpoint, half each.
    expect(r.points[2]).toMatchObject({ outputTokensPerSecond: 620, requestsPerSecond: 264 / 60 / 2 });
    expect(r.points[2]!.label).toContain('÷ 2 instances');
    // An empty instance_count (Bedrock, your own endpoint) counts as one.
    expect(r.points[3]!.requestsPerSecond).toBe(75 / 60);
  });

  it('raw all_metrics.csv rows of one run are averaged, as FMBench summarises them', () => {
    const raw = [
      HEADER,
      'e,p.jsonl,ml.g5.2xlarge,1,8,0.0,310,700,280,300,7.0,8.0,9.0,,,,,60',
      'e,p.jsonl,ml.g5.2xlarge,1,8,0.0,310,700,280,320,7.2,8.4,9.0,,,,,72',
    ].join('\n');
    const r = parseFmbenchCsv(raw, 'all_metrics.csv');
    expect(r.ok && r.points).toHaveLength(1);
    if (!r.ok) return;
    expect(r.points[0]!.outputTokensPerSecond).toBe(310);
    expect(r.points[0]!.requestsPerSecond).toBeCloseTo(66 / 60, 12);
    expect(r.points[0]!.latencyMs.p95).toBeCloseTo(8200, 9);
  });

  it('names the line and column of a bad value', () => {
    const bad = [HEADER, 'e,p,ml.g5.2xlarge,1,eight,0,1,1,1,1,1,1,1,,,,,60'].join('\n');
    const r = parseFmbenchCsv(bad, 'm.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('line 2, concurrency');
  });

  it('sets the same throughput as typing it', () => {
    const r = parseFmbenchCsv(SUMMARY, 'all_metrics_summary.csv');
    if (!r.ok) throw new Error(r.message);
    const c = choosePoint(r.points, { latencyTargetMs: 10_000, instanceType: 'ml.g5.2xlarge' });
    if (!c.ok) throw new Error(c.reason);
    const fields = throughputFields(c.point, c.why);
    expect(fields.maxOutputTokensPerSecondPerInstance).toBe(310);
    const w = { inferenceMs: 7000, outputTokensPerRequest: 280, needsGpu: true };
    expect(givenThroughput(fields, w)!.requestsPerSecond).toBe(
      givenThroughput({ maxOutputTokensPerSecondPerInstance: 310, throughputSource: 'typed' }, w)!.requestsPerSecond,
    );
  });
});
