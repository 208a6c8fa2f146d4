/**
 * The self-host vs Bedrock answer beyond the first crossing: already cheaper (and where Bedrock wins
 * again below), never cheaper (and why), the crossing located on exact estimates (not just sampled),
 * tokens per month at the crossing, and what it depends on in the user's words (throughput measured
 * or estimated, way to pay, instance price), with no field names or price keys.
 */
import { describe, expect, it } from 'vitest';
import { estimateDesign, scaleWorkload } from '@shared/domain';
import { selfHostVersusBedrock, whySelfHostUnanswered } from '@shared/domain/gpu/crossover';
import type { Design } from '@shared/project/schema';
import { design, testCatalog, workload } from '../fixtures';

const catalog = testCatalog();
const tokens = { inputTokensPerRequest: 500, outputTokensPerRequest: 300 };
// Claude 3 Haiku: 500 × $0.25/1M + 300 × $1.25/1M = $0.0005 per request, $1,314 a month per steady req/s.
const bedrock = design({ type: 'bedrock', model: 'anthropic.claude-3-haiku' }, { type: 'on-demand' }, 'Bedrock Haiku');
const ec2 = (extra: Record<string, unknown> = {}, name = 'EC2 g5') =>
  design(
    {
      type: 'ec2',
      instanceType: 'g5.xlarge',
      instanceCount: 1,
      maxRequestsPerSecondPerInstance: 10,
      ...extra,
    } as Design['hosting'],
    { type: 'on-demand' },
    name,
  );

describe('self-host vs Bedrock: the answer in full', () => {
  it('cheaper now at 5 req/s; Bedrock is cheaper below 0.559 req/s ($734.38 ÷ $1,314 per req/s)', () => {
    const w = workload({ ...tokens, traffic: { pattern: 'steady', requestsPerSecond: 5 } });
    const c = selfHostVersusBedrock([bedrock, ec2()], w, catalog, 'us-east-1')!.crossovers[0]!;
    expect(c.outcome).toBe('cheaper-now');
    const below = c.bedrockCheaperBelow!;
    expect(below.atRequestsPerSecond!).toBeCloseTo((1.006 * 730) / (0.0005 * 730 * 3600), 5);
    expect(below.atMonthlyUsd!).toBeCloseTo(1.006 * 730, 2);
    // Tokens per month there: requests × (500 + 300), and output alone × 300.
    expect(below.atTokensPerMonth!).toBeCloseTo(below.atRequestsPerMonth! * 800, -1);
    expect(below.atOutputTokensPerMonth!).toBeCloseTo(below.atRequestsPerMonth! * 300, -1);
  });

  it('never: a fixed fleet that cannot carry more traffic says so', () => {
    // One instance good for 0.2 req/s cannot carry 0.5 req/s or more: infeasible from the traffic as entered.
    const w = workload({ ...tokens, traffic: { pattern: 'steady', requestsPerSecond: 0.5 } });
    const c = selfHostVersusBedrock([bedrock, ec2({ maxRequestsPerSecondPerInstance: 0.2 })], w, catalog, 'us-east-1')!
      .crossovers[0]!;
    expect(c.outcome).toBe('never');
    expect(c.atRequestsPerSecond).toBeNull();
    expect(c.neverReason).toContain('cannot carry the traffic');
  });

  it('the crossing is located on exact estimates: dearer just below it, cheaper just above (business hours, autoscaled)', () => {
    const w = workload({
      ...tokens,
      latencyTargetMs: null,
      traffic: { pattern: 'business-hours', requestsPerSecond: 0.3 },
    });
    const auto = design(
      {
        type: 'ec2',
        instanceType: 'g5.xlarge',
        autoscaling: { min: 1, max: 40, targetInvocationsPerInstance: 60 },
        maxRequestsPerSecondPerInstance: 1.2,
        throughputSource: 'load test, concurrency 8',
      } as Design['hosting'],
      { type: 'on-demand' },
      'EC2 autoscaled',
    );
    const c = selfHostVersusBedrock([bedrock, auto], w, catalog, 'us-east-1')!.crossovers[0]!;
    expect(c.outcome).toBe('cheaper-above');
    const cost = (d: Design, f: number) => estimateDesign(d, scaleWorkload(w, f), catalog, 'us-east-1').monthlyUsd!;
    const f = c.atFactor!;
    expect(cost(auto, f * 0.998)).toBeGreaterThan(cost(bedrock, f * 0.998));
    expect(cost(auto, f * 1.002)).toBeLessThan(cost(bedrock, f * 1.002));
    expect(c.atMonthlyUsd!).toBeCloseTo(cost(bedrock, f), 0);
    // A fleet that grows smoothly with the traffic stays cheaper above the crossing.
    expect(c.bedrockCheaperAgainAbove).toBe(false);
  });

  it('says what it depends on in words: instance price, way to pay, measured or estimated throughput, Bedrock', () => {
    const w = workload({ ...tokens, traffic: { pattern: 'steady', requestsPerSecond: 0.1 } });
    const measured = ec2({ throughputSource: 'load test results.csv, concurrency 8' }, 'Measured');
    const typed = ec2({}, 'Typed');
    const answer = selfHostVersusBedrock([bedrock, measured, typed], w, catalog, 'us-east-1')!;
    const [m, t] = answer.crossovers;
    expect(m!.throughput).toMatchObject({ kind: 'measured', requestsPerSecond: 10 });
    expect(m!.dependsOn).toEqual([
      'Instance-hours (g5.xlarge) at $1.006 per hour',
      'paid on-demand',
      'throughput 3,000 output tokens/s (10 requests/s) per instance, measured (from load test results.csv, concurrency 8)',
      'the cheapest feasible Bedrock design, Bedrock Haiku ($131.40 a month now)',
      // $1.006 ÷ (3,000 tokens/s × 3600) × 10^6 = $0.0931; $0.0005 a request ÷ 300 output tokens × 10^6 = $1.67.
      'fully loaded, one instance costs $0.0931 per 1M output tokens (on-demand), against $1.67 on Bedrock (input tokens included)',
      "the traffic's shape (peak 0.1 req/s, average 0.1 req/s), scaled",
    ]);
    expect(t!.throughput!.kind).toBe('estimated');
    expect(t!.dependsOn[2]).toMatch(
      /^throughput 3,000 output tokens\/s \(10 requests\/s\) per instance, estimated \(.+\)$/,
    );
    const all = answer.crossovers.flatMap((c) => c.dependsOn).join(' ');
    expect(all).not.toMatch(/throughputSource|maxRequestsPerSecond|us-east-1\/|ec2\//);
  });

  it('says why there is no answer, in words', () => {
    const w = workload(tokens);
    expect(whySelfHostUnanswered([bedrock, ec2()], workload(), [])).toContain('Enter input and output tokens');
    expect(whySelfHostUnanswered([ec2()], w, [])).toContain('Add a Bedrock design');
    expect(whySelfHostUnanswered([bedrock], w, [])).toContain('Add a self-hosted design');
    const unpriced = design({ type: 'bedrock', model: 'no.such-model' }, { type: 'on-demand' }, 'Unpriced');
    const estimates = [unpriced, ec2()].map((d) => estimateDesign(d, w, catalog, 'us-east-1'));
    expect(whySelfHostUnanswered([unpriced, ec2()], w, estimates)).toContain('both feasible and priced');
  });
});
