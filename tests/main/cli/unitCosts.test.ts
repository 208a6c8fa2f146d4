/** `estimate --json` and the text output carry cost per 1,000 requests and per 1M output tokens. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEstimateCommand } from '../../../src-main/cli/commands/estimate';
import { runCli } from '../../../src-main/cli/run';
import { catalogData, design, project, workload } from '../../shared/domain/fixtures';
import { cliContext } from './cliContext';

const dir = mkdtempSync(join(tmpdir(), 'infercalc-cli-units-'));
const estimate = [createEstimateCommand(async () => catalogData())];

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const tokens = { inputTokensPerRequest: 500, outputTokensPerRequest: 300 };
const withTokens = project(workload(tokens), [
  design({ type: 'bedrock', model: 'anthropic.claude-3-haiku' }, { type: 'on-demand' }, 'Bedrock Haiku'),
  design({ type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 2 }, { type: 'on-demand' }, 'EC2'),
]);

describe('estimate: cost per request and per token', () => {
  it('--json: costPer1MOutputTokensUsd = monthly ÷ output tokens × 10^6, costPer1kRequestsUsd = monthly ÷ requests × 1000', async () => {
    const c = cliContext(dir);
    expect(await runCli(['estimate', write('tokens.json', withTokens), '--json'], estimate, c.ctx)).toBe(0);
    const [bedrock, ec2] = (JSON.parse(c.out()) as { designs: Array<Record<string, number>> }).designs;
    const requests = bedrock!['requestsPerMonth']!;
    // Bedrock: 500 × $0.25 + 300 × $1.25 per 1M tokens = $0.0005 a request, so $1.6667 per 1M output tokens.
    expect(bedrock!['costPer1kRequestsUsd']).toBeCloseTo(0.5, 9);
    expect(bedrock!['costPer1MOutputTokensUsd']).toBeCloseTo((0.0005 / 300) * 1e6, 9);
    expect(ec2!['costPer1MOutputTokensUsd']).toBeCloseTo((ec2!['monthlyUsd']! / (requests * 300)) * 1e6, 9);
    expect(ec2!['costPer1kRequestsUsd']).toBeCloseTo((ec2!['monthlyUsd']! / requests) * 1000, 9);
  });

  it('no output tokens: costPer1MOutputTokensUsd is null', async () => {
    const c = cliContext(dir);
    const noTokens = project(workload(), [design({ type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 1 })]);
    expect(await runCli(['estimate', write('none.json', noTokens), '--json'], estimate, c.ctx)).toBe(0);
    const [only] = (JSON.parse(c.out()) as { designs: Array<Record<string, unknown>> }).designs;
    expect(only).toHaveProperty('costPer1MOutputTokensUsd', null);
  });

  it('text: both unit costs with the digits that matter', async () => {
    const c = cliContext(dir);
    expect(await runCli(['estimate', write('tokens2.json', withTokens)], estimate, c.ctx)).toBe(0);
    expect(c.out()).toContain('$0.50 per 1,000 requests, $1.67 per 1M output tokens');
  });
});
