/**
 * Load-test result files in each supported format that all measure the same operating points of an
 * ml.g5.2xlarge (330 output tokens/s at concurrency 8 within a 10 s p95 target; 870 at 32 over it),
 * and a GPU chat project to import them into. The CLI and end-to-end tests share them.
 */
import { newProject } from '@shared/project/defaults';
import type { Design, Project } from '@shared/project/schema';

/** InferCalc's plain CSV: one row per operating point. */
export const PLAIN_CSV = [
  'instance_type,concurrency,requests_per_second,output_tokens_per_second,p50_latency_ms,p95_latency_ms',
  'ml.g5.2xlarge,1,0.15,45,6500,6900',
  'ml.g5.2xlarge,8,1.1,330,7100,8200',
  'ml.g5.2xlarge,32,2.9,870,10500,14800',
].join('\n');

/** FMBench's all_metrics_summary.csv columns, as its analysis writes them (latencies in seconds). */
export const FMBENCH_CSV = [
  'experiment_name,payload_file,instance_type,instance_count,concurrency,error_rate,prompt_token_count_mean,prompt_token_throughput,completion_token_count_mean,completion_token_throughput,latency_p50,latency_p95,latency_p99,TTFT_p50,TTFT_p99,TPOT_p50,TPOT_p99,transactions_per_minute',
  'llama3-8b-g5.2xl,payload_en_1-500.jsonl,ml.g5.2xlarge,1,1,0.0,310,95,280,45,6.5,6.9,7.2,,,,,9',
  'llama3-8b-g5.2xl,payload_en_1-500.jsonl,ml.g5.2xlarge,1,8,0.0,310,700,280,330,7.1,8.2,9.0,,,,,66',
  'llama3-8b-g5.2xl,payload_en_1-500.jsonl,ml.g5.2xlarge,1,32,0.0,310,1900,280,870,10.5,14.8,16.0,,,,,174',
].join('\n');

/**
 * One LLMeter stats.json as Result.save writes it (json.dumps, indent 4; Python's NaN kept), for a
 * run at `clients` concurrent clients. LLMeter has no p95: its p99 stands in (never lower).
 */
export function llmeterStats(clients: number, outputTps: number, p99Seconds: number): string {
  const stats = {
    total_requests: 240,
    clients,
    n_requests: 240 / clients,
    total_test_time: 120.0,
    model_id: 'meta-llama/Llama-3.1-8B-Instruct',
    output_path: `outputs/load_test/20261120-1015/${String(clients).padStart(5, '0')}-clients`,
    endpoint_name: 'llama-31-8b-g5-2xl',
    provider: 'sagemaker',
    run_name: `${String(clients).padStart(5, '0')}-clients`,
    start_time: '2026-11-20T10:15:02.118Z',
    failed_requests: 0,
    failed_requests_rate: 0,
    'time_to_last_token-average': p99Seconds * 0.8,
    'time_to_last_token-p50': p99Seconds * 0.75,
    'time_to_last_token-p90': p99Seconds * 0.9,
    'time_to_last_token-p99': p99Seconds,
    'time_to_first_token-average': 'NaN-placeholder',
    requests_per_minute: (outputTps / 300) * 60,
    average_output_tokens_per_minute: outputTps * 60,
    output_tps: outputTps,
  };
  return JSON.stringify(stats, null, 4).replace('"NaN-placeholder"', 'NaN');
}

/** The LLMeter LoadTest: one stats.json per concurrency level. */
export const LLMETER_RUNS: ReadonlyArray<{ clients: number; text: string }> = [
  { clients: 1, text: llmeterStats(1, 45, 7.2) },
  { clients: 8, text: llmeterStats(8, 330, 9.0) },
  { clients: 32, text: llmeterStats(32, 870, 16.0) },
];

/** A self-hosted real-time endpoint on ml.g5.2xlarge with no throughput of its own yet. */
export const G5_DESIGN: Design = {
  name: 'Real-time g5.2xlarge',
  hosting: {
    type: 'sagemaker-realtime',
    instanceType: 'ml.g5.2xlarge',
    autoscaling: { min: 1, max: 6, targetInvocationsPerInstance: 60 },
  },
  purchase: { type: 'on-demand' },
};

/** G5_DESIGN with the measured point (330 output tokens/s at concurrency 8) typed by hand, with `source`. */
export function typedG5(source = 'typed by hand', name = G5_DESIGN.name): Design {
  return {
    ...G5_DESIGN,
    name,
    hosting: {
      ...G5_DESIGN.hosting,
      maxOutputTokensPerSecondPerInstance: 330,
      concurrencyPerInstance: 8,
      throughputSource: source,
    } as Design['hosting'],
  };
}

/** A 7B chat model on a GPU, business hours, 500 input and 300 output tokens, p95 within 10 s. */
export function chatProject(designs: Design[] = [G5_DESIGN]): Project {
  const p = newProject('Chat assistant');
  return {
    ...p,
    workload: {
      ...p.workload,
      traffic: { pattern: 'business-hours', requestsPerSecond: 2 },
      inferenceMs: 7000,
      latencyTargetMs: 10_000,
      models: { count: 1, sizeGB: 15 },
      needsGpu: true,
      inputTokensPerRequest: 500,
      outputTokensPerRequest: 300,
    },
    designs,
  };
}
