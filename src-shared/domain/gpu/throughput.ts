/**
 * Throughput of one instance for GPU and LLM serving: a measured figure when the design has one, else a
 * stated estimate, labelled "estimated" with its rule.
 * - Measured: `maxRequestsPerSecondPerInstance`, or `maxOutputTokensPerSecondPerInstance`
 *   ÷ the workload's `outputTokensPerRequest`, with `throughputSource`. A figure without a source is
 *   the user's estimate and is labelled so.
 * - LLM decoding estimate: decoding is memory-bandwidth bound, each output token reads every weight
 *   once, so one sequence decodes at about bandwidth ÷ weight bytes tokens per second; sequences decoded
 *   together (continuous batching) share each read, so a batch of B gives about B times that while
 *   memory bound (Databricks/MosaicML, "LLM Inference Performance Engineering: Best Practices", 2023).
 *   Peak bandwidth is an upper bound per sequence; the batch is the design's concurrency per instance,
 *   else one sequence per model copy (a floor, never a guess).
 * - Small models: the worker rule, workers × 1000 ÷ inferenceMs (capacity/throughput.ts).
 */
import type { InstanceSpec } from '../../prices/catalog';
import { instanceThroughput } from '../capacity/throughput';
import { acceleratorOf, bandwidthOf } from './accelerators';
import type { ModelFit } from './fit';

/** The throughput fields of an instance-based design. */
export interface ThroughputFields {
  concurrencyPerInstance?: number | undefined;
  maxRequestsPerSecondPerInstance?: number | undefined;
  maxOutputTokensPerSecondPerInstance?: number | undefined;
  throughputSource?: string | undefined;
}

/** One instance's throughput with where it comes from. */
export interface ThroughputFigure {
  requestsPerSecond: number;
  /** Output tokens per second at that rate, when the workload has output tokens. */
  outputTokensPerSecond: number | undefined;
  /** Requests one instance runs at once. */
  concurrency: number;
  /** "measured" only with a `throughputSource`; everything else is labelled an estimate. */
  kind: 'measured' | 'estimated';
  /** The design's `throughputSource`, or the estimate's rule in words. */
  source: string;
  /** The working, for the UI and the workbook. */
  basis: string;
}

/** What the estimate needs to know about the workload. */
/** A throughput's source without its "estimated:" prefix, for text that already says the kind. */
export function throughputSourceWords(source: string): string {
  return source.replace(/^estimated: /, '');
}

export interface ThroughputWorkload {
  inferenceMs: number;
  outputTokensPerRequest?: number | undefined;
  needsGpu: boolean;
}

function fmt(n: number): string {
  return n >= 100 ? String(Math.round(n)) : String(Math.round(n * 100) / 100);
}

/** The design's own figure (measured or given), or null when it has none. */
export function givenThroughput(h: ThroughputFields, w: ThroughputWorkload): ThroughputFigure | null {
  const outTokens = w.outputTokensPerRequest;
  const labelled = (basis: string) =>
    h.throughputSource !== undefined
      ? { kind: 'measured' as const, source: h.throughputSource, basis }
      : {
          kind: 'estimated' as const,
          source: 'given by the design, without saying where the figure comes from',
          basis,
        };
  if (h.maxRequestsPerSecondPerInstance !== undefined) {
    const rps = h.maxRequestsPerSecondPerInstance;
    return {
      requestsPerSecond: rps,
      outputTokensPerSecond: outTokens !== undefined ? rps * outTokens : undefined,
      concurrency: h.concurrencyPerInstance ?? Math.max(1, Math.round((rps * w.inferenceMs) / 1000)),
      ...labelled(`${fmt(rps)} req/s per instance (given by the design)`),
    };
  }
  if (h.maxOutputTokensPerSecondPerInstance !== undefined && outTokens !== undefined && outTokens > 0) {
    const tps = h.maxOutputTokensPerSecondPerInstance;
    const rps = tps / outTokens;
    return {
      requestsPerSecond: rps,
      outputTokensPerSecond: tps,
      concurrency: h.concurrencyPerInstance ?? Math.max(1, Math.round((rps * w.inferenceMs) / 1000)),
      ...labelled(`${fmt(tps)} output tokens/s ÷ ${outTokens} tokens per request = ${fmt(rps)} req/s`),
    };
  }
  return null;
}

/** The decoding estimate's figures for one instance. */
export interface DecodeEstimate {
  /** Output tokens per second one sequence gets. */
  tokensPerSecondPerSequence: number;
  outputTokensPerSecond: number;
  sequences: number;
  basis: string;
  source: string;
}

/**
 * Bandwidth-bound decoding estimate for a model that fits (`fit.status === 'fits'` on accelerators):
 * per copy, shards × bandwidth ÷ weight bytes tokens/s per sequence, times the sequences it runs.
 * Null when the accelerator's bandwidth is not in the table.
 */
export function decodeEstimate(
  spec: InstanceSpec,
  fit: Extract<ModelFit, { status: 'fits' }>,
  weightsGB: number,
  concurrencyPerInstance: number | undefined,
): DecodeEstimate | null {
  const acc = acceleratorOf(spec);
  const bw = bandwidthOf(acc.model, acc.memoryPerDeviceGiB);
  if (!bw || weightsGB <= 0) return null;
  const copies = fit.replicasPerInstance;
  const sequences = Math.max(copies, concurrencyPerInstance ?? copies);
  const perSequence = (fit.shards * bw.bandwidthGBps) / weightsGB;
  const total = perSequence * sequences;
  const shardText = fit.shards > 1 ? `${fit.shards} × ` : '';
  const batchText =
    concurrencyPerInstance !== undefined
      ? `${sequences} concurrent sequences (concurrent requests per instance, given by the design)`
      : `${sequences} sequence${sequences > 1 ? 's' : ''} (one per model copy; enter concurrent requests per instance for batching)`;
  return {
    tokensPerSecondPerSequence: perSequence,
    outputTokensPerSecond: total,
    sequences,
    basis: `${shardText}${bw.bandwidthGBps} GB/s ÷ ${fmt(weightsGB)} GB weights = ${fmt(perSequence)} tokens/s per sequence × ${batchText} = ${fmt(total)} tokens/s`,
    source: `estimated: bandwidth-bound decoding (${bw.source})`,
  };
}

/**
 * The throughput sizing uses: the design's figure; else for a workload with output tokens on an
 * accelerator that fits, the decoding estimate; else the worker rule. Null when nothing says enough.
 */
export function designThroughput(
  h: ThroughputFields,
  w: ThroughputWorkload,
  spec: InstanceSpec | undefined,
  fit: ModelFit | undefined,
  weightsGB: number,
): ThroughputFigure | null {
  const given = givenThroughput(h, w);
  if (given) return given;
  const out = w.outputTokensPerRequest;
  if (spec && w.needsGpu && fit?.status === 'fits' && fit.memory === 'accelerator' && out !== undefined && out > 0) {
    const d = decodeEstimate(spec, fit, weightsGB, h.concurrencyPerInstance);
    if (d)
      return {
        requestsPerSecond: d.outputTokensPerSecond / out,
        outputTokensPerSecond: d.outputTokensPerSecond,
        concurrency: d.sequences,
        kind: 'estimated',
        source: d.source,
        basis: `${d.basis} ÷ ${out} tokens per request = ${fmt(d.outputTokensPerSecond / out)} req/s`,
      };
  }
  const workers = instanceThroughput({ concurrencyPerInstance: h.concurrencyPerInstance }, spec, w.inferenceMs);
  if (!workers) return null;
  return {
    requestsPerSecond: workers.rps,
    outputTokensPerSecond: out !== undefined ? workers.rps * out : undefined,
    concurrency: workers.concurrency,
    kind: 'estimated',
    source: 'estimated: workers × 1000 ÷ inference time (one worker per vCPU, or per GPU)',
    basis: workers.basis,
  };
}
