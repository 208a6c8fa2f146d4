/**
 * The self-host vs Bedrock answer on the embedded snapshot's prices for the chat workload: a measured
 * ml.g5.2xlarge endpoint (330 output tokens/s at concurrency 8, $1.515 an hour) against Claude 3 Haiku.
 * Just below the crossing self-hosting is dearer (or cannot meet the workload, when the answer says the
 * crossing is a feasibility limit); just above it, it meets the workload and is cheaper.
 */
import { describe, expect, it } from 'vitest';
import { CROSSOVER_FACTORS, estimateDesign, scaleWorkload, selfHostVersusBedrock } from '@shared/domain';
import { createPriceCatalog } from '@shared/prices/lookup';
import type { Design } from '@shared/project/schema';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';
import { chatProject } from '../cli/loadtestFixtures';

const catalog = createPriceCatalog(loadEmbeddedSnapshot());
const bedrock: Design = {
  name: 'Bedrock Claude 3 Haiku',
  hosting: { type: 'bedrock', model: 'anthropic.claude-3-haiku' } as Design['hosting'],
  purchase: { type: 'on-demand' },
};
const g5: Design = {
  name: 'Real-time g5.2xlarge',
  hosting: {
    type: 'sagemaker-realtime',
    instanceType: 'ml.g5.2xlarge',
    autoscaling: { min: 1, max: 60, targetInvocationsPerInstance: 60 },
    maxOutputTokensPerSecondPerInstance: 330,
    concurrencyPerInstance: 8,
    throughputSource: 'load test results.csv, concurrency 8',
  } as Design['hosting'],
  purchase: { type: 'on-demand' },
};

describe('self-host vs Bedrock on the snapshot prices', () => {
  it('just below the crossing self-hosting is dearer or infeasible, as the answer says; just above, feasible and cheaper', () => {
    const project = chatProject([bedrock, g5]);
    const w = { ...project.workload, traffic: { pattern: 'steady' as const, requestsPerSecond: 0.2 } };
    const c = selfHostVersusBedrock(project.designs, w, catalog, project.region)!.crossovers[0]!;
    expect(c.outcome).toBe('cheaper-above');
    const self = (f: number) => estimateDesign(g5, scaleWorkload(w, f), catalog, project.region);
    const theirs = (f: number) => estimateDesign(bedrock, scaleWorkload(w, f), catalog, project.region).monthlyUsd!;
    const f = c.atFactor!;
    const below = self(f * 0.99);
    if (c.atFeasibilityLimit) expect(below.feasible).toBe(false);
    else expect(below.monthlyUsd!).toBeGreaterThan(theirs(f * 0.99));
    expect(self(f * 1.01).feasible).toBe(true);
    expect(self(f * 1.01).monthlyUsd!).toBeLessThan(theirs(f * 1.01));
    // "Bedrock is cheaper again higher up" exactly when a sampled traffic above has it cheaper.
    const dearerAbove = CROSSOVER_FACTORS.filter((x) => x > f).some((x) => {
      const e = self(x);
      return e.feasible && e.monthlyUsd! >= theirs(x);
    });
    expect(c.bedrockCheaperAgainAbove).toBe(dearerAbove);
    // Tokens a month at the crossing: requests × 300 output, × 800 in all.
    expect(c.atOutputTokensPerMonth!).toBeCloseTo(c.atRequestsPerMonth! * 300, -2);
    expect(c.atTokensPerMonth!).toBeCloseTo(c.atRequestsPerMonth! * 800, -2);
  });
});
