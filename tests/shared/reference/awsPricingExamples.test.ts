/**
 * AWS's own worked Lambda pricing examples (US East (N. Virginia), the Lambda pricing page), priced
 * by the engine on the embedded price snapshot: each total within 0.5% of AWS's arithmetic. The
 * examples' inputs and AWS's figures are quoted in each case; the month is 730 hours, so a steady
 * rate of N ÷ (730 × 3600) per second gives exactly N requests a month.
 */
import { describe, expect, it } from 'vitest';
import { estimateProject, projectCatalog } from '@shared/domain';
import type { Design, Project, Workload } from '@shared/project/schema';
import { newProject } from '@shared/project/defaults';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';

const catalog = projectCatalog({}, loadEmbeddedSnapshot(), '2026-12-01');
const MONTH_SECONDS = 730 * 3600;

function workload(over: Partial<Workload>): Workload {
  return { ...newProject().workload, latencyTargetMs: null, ...over };
}

function monthly(w: Workload, hosting: Design['hosting'], includeFreeTier: boolean): number {
  const project: Project = {
    format: 'infercalc-project',
    version: 1,
    name: 'AWS example',
    region: 'us-east-1',
    workload: w,
    designs: [{ name: 'example', hosting, purchase: { type: 'on-demand' } }],
    assumptions: { includeFreeTier },
  };
  const [e] = estimateProject(project, catalog);
  expect(e!.monthlyUsd, JSON.stringify(e!.lineItems.filter((l) => l.monthlyUsd === null))).not.toBeNull();
  return e!.monthlyUsd!;
}

/** Within 0.5% of AWS's figure. */
function near(actual: number, aws: number): void {
  expect(Math.abs(actual - aws) / aws).toBeLessThanOrEqual(0.005);
}

const steady = (requestsPerMonth: number): Workload['traffic'] => ({
  pattern: 'steady',
  requestsPerSecond: requestsPerMonth / MONTH_SECONDS,
});

describe("AWS's Lambda pricing examples", () => {
  it('mobile application backend: 3M requests, 120 ms, 1,536 MB, x86, with the free tier: $2.73', () => {
    // AWS: 3M × 120 ms = 360,000 s × 1.5 GB = 540,000 GB-s − 400,000 free = 140,000 × $0.0000166667
    // = $2.33; requests 3M − 1M free = 2M × $0.20/M = $0.40; total $2.73.
    const w = workload({ traffic: steady(3_000_000), inferenceMs: 120 });
    near(monthly(w, { type: 'lambda', memoryMB: 1536, architecture: 'x86_64' }, true), 2.73);
    // Without the free tier the same usage is 540,000 × $0.0000166667 + 3M × $0.20/M = $9.60.
    near(monthly(w, { type: 'lambda', memoryMB: 1536, architecture: 'x86_64' }, false), 9.6);
  });

  it('512 MB, 3M requests of 1 s each, with the free tier: $18.74', () => {
    // AWS: 3M s × 0.5 GB = 1.5M GB-s − 400,000 = 1.1M × $0.00001667 = $18.34; 2M requests × $0.20/M
    // = $0.40; total $18.74 (the engine's rate $0.0000166667 gives $18.73).
    const w = workload({ traffic: steady(3_000_000), inferenceMs: 1000 });
    near(monthly(w, { type: 'lambda', memoryMB: 512, architecture: 'x86_64' }, true), 18.74);
  });

  it('128 MB, 30M requests of 200 ms each, with the free tier: $11.63', () => {
    // AWS: 30M × 0.2 s = 6M s × 0.125 GB = 750,000 GB-s − 400,000 = 350,000 × $0.00001667 = $5.83;
    // 29M requests × $0.20/M = $5.80; total $11.63.
    const w = workload({ traffic: steady(30_000_000), inferenceMs: 200 });
    near(monthly(w, { type: 'lambda', memoryMB: 128, architecture: 'x86_64' }, true), 11.63);
  });

  it('provisioned concurrency for part of the month: 1,000 × 1,024 MB for 2 hours, 1.2M requests of 1 s: $41.91', () => {
    // AWS: PC 1,000 × 1 GB × 7,200 s = 7.2M GB-s × $0.0000041667 = $30.00; duration 1.2M s × 1 GB =
    // 1.2M GB-s × $0.0000097222 = $11.67; requests 1.2M × $0.20/M = $0.24; total $41.91.
    // The two hours are a job's window once a month, with PC on for those hours only.
    const w = workload({
      traffic: { pattern: 'batch', recordsPerRun: 1_200_000, runsPerMonth: 1, windowHours: 2, startHour: 1 },
      inferenceMs: 1000,
    });
    const pc = { count: 1000, hoursPerMonth: 2 };
    near(
      monthly(w, { type: 'lambda', memoryMB: 1024, architecture: 'x86_64', provisionedConcurrency: pc }, false),
      41.91,
    );
  });

  it('ephemeral storage above 512 MB at AWS’s published rate ($0.0000000309 per GB-s), on the mobile example', () => {
    // Not one of AWS's worked examples (hand-worked with the pricing page's rule and rate): the mobile
    // backend above with 10,240 MB of ephemeral storage: (10,240 − 512) / 1024 = 9.5 GB × 360,000 s
    // = 3,420,000 GB-s × $0.0000000309 = $0.1057; the free tier never covers it: $2.73 + $0.11.
    const w = workload({ traffic: steady(3_000_000), inferenceMs: 120 });
    const hosting = {
      type: 'lambda' as const,
      memoryMB: 1536,
      architecture: 'x86_64' as const,
      ephemeralStorageMB: 10_240,
    };
    near(monthly(w, hosting, true), 2.7333 + 3_420_000 * 0.0000000309);
  });
});
