/** Self-host vs Bedrock crossover, worked by hand on steady traffic. */
import { describe, expect, it } from 'vitest';
import { selfHostVersusBedrock } from '@shared/domain/gpu/crossover';
import { HOURS_PER_MONTH } from '@shared/domain/results';
import { design, testCatalog, workload } from '../fixtures';

const catalog = testCatalog();
const tokens = { inputTokensPerRequest: 500, outputTokensPerRequest: 300 };
// Claude 3 Haiku: 500 × $0.25/1M + 300 × $1.25/1M = $0.0005 per request.
const bedrock = design({ type: 'bedrock', model: 'anthropic.claude-3-haiku' }, { type: 'on-demand' }, 'Bedrock Haiku');
// One g5.xlarge on EC2 at $1.006/h = $734.38 a month, good for 10 req/s.
const ec2 = design(
  { type: 'ec2', instanceType: 'g5.xlarge', instanceCount: 1, maxRequestsPerSecondPerInstance: 10 },
  { type: 'on-demand' },
  'EC2 g5',
);

describe('self-host vs Bedrock', () => {
  it('one g5.xlarge ($734.38) beats $0.0005 a request above 1,468,760 requests a month (0.559 req/s)', () => {
    const w = workload({ ...tokens, traffic: { pattern: 'steady', requestsPerSecond: 0.1 } });
    const answer = selfHostVersusBedrock([bedrock, ec2], w, catalog, 'us-east-1')!;
    expect(answer.bedrockDesign).toBe('Bedrock Haiku');
    const c = answer.crossovers[0]!;
    expect(c.outcome).toBe('cheaper-above');
    const perMonth = (1.006 * HOURS_PER_MONTH) / 0.0005;
    expect(c.atRequestsPerMonth!).toBeCloseTo(perMonth, 0);
    expect(c.atRequestsPerSecond!).toBeCloseTo(perMonth / (730 * 3600), 6);
    expect(c.atOutputTokensPerMonth!).toBeCloseTo(perMonth * 300, -2);
    expect(c.dependsOn.join(' ')).toContain('Bedrock Haiku');
  });

  it('already cheaper at the traffic as entered', () => {
    const w = workload({ ...tokens, traffic: { pattern: 'steady', requestsPerSecond: 5 } });
    expect(selfHostVersusBedrock([bedrock, ec2], w, catalog, 'us-east-1')!.crossovers[0]!.outcome).toBe('cheaper-now');
  });

  it('no answer without tokens or without a feasible Bedrock design', () => {
    expect(selfHostVersusBedrock([bedrock, ec2], workload(), catalog, 'us-east-1')).toBeNull();
    expect(selfHostVersusBedrock([ec2], workload(tokens), catalog, 'us-east-1')).toBeNull();
  });
});
