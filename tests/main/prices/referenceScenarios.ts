/**
 * The reference scenarios' workload and helpers, shared by the tests that price them on the built-in
 * prices and after refreshes: steady 10 requests/s (10 × 3600 × 730 = 26,280,000 requests a month),
 * 100 ms per request (a mean concurrency of 1), 0 KiB payloads, 500 input and 200 output tokens.
 */
import { expect } from 'vitest';
import { estimateDesign } from '@shared/domain';
import type { PriceCatalog } from '@shared/prices/catalog';
import { newProject } from '@shared/project/defaults';
import { ProjectSchema, type Project } from '@shared/project/schema';

export const REQUESTS_PER_MONTH = 10 * 3600 * 730;

const workload = {
  ...newProject().workload,
  traffic: { pattern: 'steady', requestsPerSecond: 10 },
  inferenceMs: 100,
  requestKiB: 0,
  responseKiB: 0,
  latencyTargetMs: 2000,
  models: { count: 1, sizeGB: 0.5 },
  interruptible: true,
  inputTokensPerRequest: 500,
  outputTokensPerRequest: 200,
};

/** The estimate of one design of the reference workload on `catalog`. */
export function estimateOf(
  catalog: PriceCatalog,
  hosting: Record<string, unknown>,
  purchase: Record<string, unknown> = { type: 'on-demand' },
) {
  const project: Project = ProjectSchema.parse({
    format: 'infercalc-project',
    version: 1,
    name: 'reference',
    region: 'us-east-1',
    workload,
    designs: [{ name: 'd', hosting, purchase }],
  });
  return estimateDesign(project.designs[0]!, project.workload, catalog, project.region);
}

/** Fails unless `actual` is a number within 0.5% of the hand-derived total. */
export function expectWithinHalfPercent(actual: number | null, handDerived: number, what = ''): void {
  expect(actual, what).not.toBeNull();
  expect(Math.abs(actual! - handDerived) / handDerived, `${what}: ${actual} vs ${handDerived}`).toBeLessThan(0.005);
}
