/**
 * The self-host vs Bedrock answer on Compare (domain/gpu/crossover.ts): time of one answer for a chat
 * workload (steady 0.5 req/s, 30 s target) with 1, 5 and 19 self-hosted designs (different instance types, throughputs and scaling)
 * against a Bedrock design, on the embedded price snapshot. The renderer recomputes it when an input
 * changes while Compare shows it; target < 250 ms for 20 designs. Prints figures, never asserts them.
 */
import { performance } from 'node:perf_hooks';
import { selfHostVersusBedrock } from '@shared/domain';
import { createPriceCatalog } from '@shared/prices/lookup';
import type { Design } from '@shared/project/schema';
import { loadEmbeddedSnapshot } from '../../src-main/prices/snapshot/loadSnapshot';
import { chatProject } from '../main/cli/loadtestFixtures';

const TYPES = ['ml.g5.xlarge', 'ml.g5.2xlarge', 'ml.g5.4xlarge', 'ml.g6.xlarge', 'ml.g6.2xlarge', 'ml.g5.12xlarge'];

/** Self-hosted design `i`: an instance type, a measured or estimated throughput, autoscaling or a fixed count. */
function selfHosted(i: number): Design {
  const measured =
    i % 2 === 0 ? { maxOutputTokensPerSecondPerInstance: 200 + 40 * i, throughputSource: `load test ${i}` } : {};
  const scaling =
    i % 3 === 0 ? { instanceCount: 2 } : { autoscaling: { min: 1, max: 40, targetInvocationsPerInstance: 30 + i } };
  return {
    name: `Self-hosted ${i + 1}`,
    hosting: {
      type: i % 4 === 3 ? 'ec2' : 'sagemaker-realtime',
      instanceType: i % 4 === 3 ? TYPES[i % TYPES.length]!.replace(/^ml\./, '') : TYPES[i % TYPES.length]!,
      concurrencyPerInstance: 4 + (i % 5) * 4,
      ...scaling,
      ...measured,
    } as Design['hosting'],
    purchase: { type: 'on-demand' },
  };
}

const LETTER = { 'cheaper-above': 'a', 'cheaper-now': 'c', never: 'x' } as const;

const BEDROCK: Design = {
  name: 'Bedrock Claude 3 Haiku',
  hosting: { type: 'bedrock', model: 'anthropic.claude-3-haiku' } as Design['hosting'],
  purchase: { type: 'on-demand' },
};

/** Prints the median time of one answer for each number of self-hosted designs. */
export async function run(): Promise<void> {
  const catalog = createPriceCatalog(loadEmbeddedSnapshot());
  for (const n of [1, 5, 19]) {
    const project = chatProject([BEDROCK, ...Array.from({ length: n }, (_, i) => selfHosted(i))]);
    // Steady traffic and a 30 s target: most designs carry it, so most answers locate a crossing.
    project.workload.traffic = { pattern: 'steady', requestsPerSecond: 0.5 };
    project.workload.latencyTargetMs = 30_000;
    const times: number[] = [];
    let outcomes = '';
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      const answer = selfHostVersusBedrock(project.designs, project.workload, catalog, project.region);
      times.push(performance.now() - t0);
      outcomes = (answer?.crossovers ?? []).map((c) => LETTER[c.outcome]).join('');
    }
    times.sort((a, b) => a - b);
    console.log(
      `self-host vs Bedrock, ${n} self-hosted design(s): ${times[2]!.toFixed(1)} ms median of 5 (min ${times[0]!.toFixed(1)}) per answer; outcomes ${outcomes} (a = cheaper above, c = cheaper now, x = never); target < 250 ms at 20 designs`,
    );
  }
}
