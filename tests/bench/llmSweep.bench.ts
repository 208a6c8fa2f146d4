/**
 * LLM serving benchmarks on the embedded price snapshot: the optimizer sweep for a GPU chat model
 * (the fit rule across every instance type's GPUs, fleets sized from the decoding estimate or a
 * measurement), and the whole recommendation with its Bedrock candidates (on-demand and batch
 * inference ranked by the token mix). Prints figures against the optimizer's 50 ms target; never
 * asserts timings (shared machines vary).
 */
import { performance } from 'node:perf_hooks';
import { createPriceCatalog } from '@shared/prices/lookup';
import { createOptimizerMemo, optimizeDesign, recommendForWorkload } from '@shared/domain';
import { loadEmbeddedSnapshot } from '../../src-main/prices/snapshot/loadSnapshot';
import { chatWorkload } from '../shared/domain/gpu/workloads';

const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1'];
const RUNS = 10;

const chat = chatWorkload({ traffic: { pattern: 'business-hours', requestsPerSecond: 2 } });

function timeRuns(f: () => void): { mean: number; max: number } {
  let total = 0;
  let max = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    f();
    const ms = performance.now() - t;
    total += ms;
    max = Math.max(max, ms);
  }
  return { mean: total / RUNS, max };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Prints the figures (see the module comment). */
export async function run(): Promise<void> {
  const catalog = createPriceCatalog(loadEmbeddedSnapshot());
  const memo = createOptimizerMemo(catalog);
  const measured = [
    { instanceType: 'g5.2xlarge', maxOutputTokensPerSecondPerInstance: 450, throughputSource: 'load test' },
  ];
  for (const [label, options] of [
    ['estimated throughput', {}],
    ['with a measurement on g5.2xlarge', { measured }],
  ] as const) {
    let result = optimizeDesign(chat, catalog, 'us-east-1', { regions: REGIONS, memo, ...options });
    const t = timeRuns(() => {
      result = optimizeDesign(chat, catalog, 'us-east-1', { regions: REGIONS, memo, ...options });
    });
    const best = result.best;
    console.log(
      `optimizer sweep, GPU chat model (15 GB, ${label}), SageMaker real-time × 3 regions: ${result.evaluated} designs considered (${result.estimated} estimated), mean ${ms(t.mean)}, max ${ms(t.max)} over ${RUNS} sweeps (target < 50 ms)`,
    );
    if (best)
      console.log(
        `  best: ${(best.design.hosting as { instanceType: string }).instanceType} ${best.design.purchase.type}, $${best.estimate.monthlyUsd?.toFixed(2)}/month, throughput ${best.estimate.throughput?.kind} (${best.estimate.throughput?.source})`,
      );
  }
  let recs = recommendForWorkload(chat, catalog, 'us-east-1', { memo });
  const r = timeRuns(() => {
    recs = recommendForWorkload(chat, catalog, 'us-east-1', { memo });
  });
  const bedrock = recs.filter((x) => x.design.hosting.type === 'bedrock');
  console.log(
    `recommendation for the GPU chat model: ${recs.length} candidates (${bedrock.length} Bedrock), mean ${ms(r.mean)}, max ${ms(r.max)} over ${RUNS} runs`,
  );
  for (const b of bedrock)
    console.log(`  ${b.design.name}: $${b.estimate.monthlyUsd?.toFixed(2)}/month, feasible ${b.estimate.feasible}`);
  const offline = { ...chat, latencyTargetMs: null };
  const o = recommendForWorkload(offline, catalog, 'us-east-1', { memo }).filter(
    (x) => x.design.hosting.type === 'bedrock',
  );
  console.log(
    `  without a latency target: ${o.map((b) => `${b.design.name} $${b.estimate.monthlyUsd?.toFixed(2)}`).join('; ')}`,
  );
}
