// Finite numbers only: every numeric input has a limit no real workload reaches (with a message
// naming it), and a figure that still comes out non-finite is a named error, never a printed
// Infinity or a null that reads as "unavailable".
import { describe, expect, it } from 'vitest';
import { estimateDesign, NonFiniteFigureError } from '@shared/domain';
import { ProjectSchema, type Design, type Workload } from '@shared/project/schema';
import { parseWith } from '@shared/validation';
import { design, project, testCatalog, workload } from './fixtures';

const HUGE = 1e308;
const realtime = design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2 });

/** The problems of a project with one workload field or one design replaced. */
function problems(w: Partial<Workload>, designs: Design[] = [realtime]): string[] {
  const parsed = parseWith(ProjectSchema, project(workload(w), designs));
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('schema limits on numeric inputs', () => {
  it.each<[string, Partial<Workload>, RegExp]>([
    [
      'traffic rate',
      { traffic: { pattern: 'steady', requestsPerSecond: HUGE } },
      /requestsPerSecond: at most 10,000,000 requests\/s/,
    ],
    [
      'hourly rates',
      { traffic: { pattern: 'hourly', requestsPerSecond: Array(24).fill(HUGE) } },
      /at most 10,000,000 requests\/s/,
    ],
    ['inference time', { inferenceMs: HUGE }, /inferenceMs: at most 86,400,000 ms \(a day\)/],
    ['request size', { requestKiB: HUGE }, /requestKiB: at most 104,857,600 KiB/],
    ['response size', { responseKiB: HUGE }, /responseKiB: at most 104,857,600 KiB/],
    ['latency target', { latencyTargetMs: HUGE }, /latencyTargetMs: at most 604,800,000 ms/],
    ['model count', { models: { count: 1e9, sizeGB: 1 } }, /models\.count: at most 100,000 models/],
    ['model size', { models: { count: 1, sizeGB: HUGE } }, /models\.sizeGB: at most 10,000 GB/],
    [
      'tokens',
      { inputTokensPerRequest: HUGE, outputTokensPerRequest: 1 },
      /inputTokensPerRequest: at most 10,000,000 tokens/,
    ],
  ])('refuses a workload %s near 1e308, naming the limit', (_what, w, message) => {
    expect(problems(w).join('; ')).toMatch(message);
  });

  it.each<[string, Design['hosting'], RegExp]>([
    [
      'instance count',
      { type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 1e9 },
      /instanceCount: at most 10,000 instances/,
    ],
    [
      'autoscaling target',
      {
        type: 'sagemaker-realtime',
        instanceType: 'ml.c5.xlarge',
        autoscaling: { min: 1, max: 2, targetInvocationsPerInstance: HUGE },
      },
      /targetInvocationsPerInstance: at most 600,000,000 invocations per minute/,
    ],
    [
      'per-instance rate',
      { type: 'eks', instanceType: 'c5.xlarge', instanceCount: 1, maxRequestsPerSecondPerInstance: HUGE },
      /maxRequestsPerSecondPerInstance: at most 10,000,000 requests\/s/,
    ],
    [
      'batch hours',
      { type: 'sagemaker-batch', instanceType: 'ml.m5.xlarge', instanceCount: 1, jobsPerMonth: 1, hoursPerJob: HUGE },
      /hoursPerJob: at most 744 hours/,
    ],
    [
      'Lambda provisioned concurrency',
      { type: 'lambda', memoryMB: 1024, architecture: 'x86_64', provisionedConcurrency: 1e12 },
      /at most 1,000,000 concurrent executions/,
    ],
    [
      'Bedrock tokens',
      { type: 'bedrock', model: 'anthropic.claude-3-haiku', outputTokensPerRequest: HUGE },
      /at most 10,000,000 tokens/,
    ],
  ])('refuses a design %s near 1e308, naming the limit', (_what, hosting, message) => {
    expect(problems({}, [design(hosting)]).join('; ')).toMatch(message);
  });

  it.each<[string, Design['purchase'], RegExp]>([
    ['spot price', { type: 'spot', pricePerHour: HUGE }, /pricePerHour: at most 1,000,000 USD per hour/],
    [
      'plan commitment',
      { type: 'compute-savings-plan', termYears: 1, payment: 'no-upfront', commitmentPerHour: HUGE },
      /commitmentPerHour: at most 1,000,000 USD per hour/,
    ],
  ])('refuses a purchase %s near 1e308', (_what, purchase, message) => {
    expect(
      problems({}, [design({ type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 1 }, purchase)]).join('; '),
    ).toMatch(message);
  });

  it('refuses a hand-entered rate near 1e308', () => {
    const parsed = ProjectSchema.safeParse({
      ...project(workload(), []),
      userRates: [{ key: 'k', usd: HUGE, unit: 'hour' }],
    });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toMatch(/at most 1,000,000,000 USD per unit/);
  });

  it('accepts the largest values the limits allow, and they estimate to finite figures', () => {
    const w = workload({ traffic: { pattern: 'steady', requestsPerSecond: 10_000_000 }, requestKiB: 104_857_600 });
    expect(problems(w)).toEqual([]);
    const e = estimateDesign(realtime, w, testCatalog(), 'us-east-1');
    expect(Number.isFinite(e.monthlyUsd!)).toBe(true);
    expect(e.lineItems.every((l) => l.monthlyUsd === null || Number.isFinite(l.monthlyUsd))).toBe(true);
  });
});

describe('a figure that is not finite', () => {
  it('is a named error, not a printed Infinity', () => {
    // Bypasses the schema on purpose, as a caller that skipped validation would.
    const w = workload({ traffic: { pattern: 'steady', requestsPerSecond: HUGE }, requestKiB: HUGE });
    let error: unknown;
    try {
      estimateDesign(realtime, w, testCatalog(), 'us-east-1');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NonFiniteFigureError);
    expect((error as Error).name).toBe('NonFiniteFigureError');
    expect((error as Error).message).toMatch(
      /"test design" came out with a figure that is not a finite number \(monthlyUsd\)/,
    );
    expect((error as Error).message).not.toMatch(/Infinity/);
  });
});
