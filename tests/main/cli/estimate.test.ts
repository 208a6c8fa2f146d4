import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEstimateCommand } from '../../../src-main/cli/commands/estimate';
import { createRecommendCommand } from '../../../src-main/cli/commands/recommend';
import { commands } from '../../../src-main/cli/commands';
import { runCli } from '../../../src-main/cli/run';
import { catalogData, design, project, workload } from '../../shared/domain/fixtures';
import { cliContext } from './cliContext';

const dir = mkdtempSync(join(tmpdir(), 'infercalc-cli-'));

function writeProject(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const context = () => cliContext(dir);

const handMade = async () => catalogData();
const estimate = [createEstimateCommand(handMade)];
const recommend = [createRecommendCommand(handMade)];

const twoDesigns = project(workload(), [
  design(
    { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2 },
    { type: 'on-demand' },
    'Real-time, 2 x ml.c5.xlarge',
  ),
  design({ type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 20 }, { type: 'on-demand' }, 'Serverless'),
]);

describe('infercalc estimate', () => {
  it('reports a design ruled out for a missing input as infeasible with no total, and still exits 0', async () => {
    const c = context();
    const withBedrock = project(workload(), [
      design({ type: 'bedrock', model: 'anthropic.claude-3-haiku' }, { type: 'on-demand' }, 'Bedrock'),
    ]);
    const code = await runCli(['estimate', writeProject('bedrock.json', withBedrock), '--json'], estimate, c.ctx);
    expect(code).toBe(0);
    const [bedrock] = (JSON.parse(c.out()) as { designs: Array<Record<string, unknown>> }).designs;
    expect(bedrock).toMatchObject({ name: 'Bedrock', monthlyUsd: null, feasible: false, lineItems: [] });
    expect(JSON.stringify(bedrock!['reasons'])).toContain('inputTokensPerRequest');
  });

  it('--json: each design with name, region, monthlyUsd, line items with sources, warnings, feasibility', async () => {
    const c = context();
    const code = await runCli(['estimate', writeProject('ok.json', twoDesigns), '--json'], estimate, c.ctx);
    expect(code).toBe(0);
    const doc = JSON.parse(c.out()) as {
      designs: Array<Record<string, unknown> & { lineItems: Array<Record<string, unknown>> }>;
    };
    expect(doc.designs.map((d) => d.name)).toEqual(['Real-time, 2 x ml.c5.xlarge', 'Serverless']);
    const rt = doc.designs[0]!;
    expect(rt).toMatchObject({ region: 'us-east-1', feasible: true, reasons: [], warnings: [] });
    const instance = rt.lineItems[0]!;
    // 2 instances × 730 h × $0.204.
    expect(instance).toMatchObject({
      label: 'Instance-hours (ml.c5.xlarge, Hosting)',
      quantity: 1460,
      unit: 'hour',
      rateUsd: 0.204,
    });
    expect(instance['monthlyUsd']).toBeCloseTo(297.84, 9);
    expect(instance['priceSource']).toMatchObject({ origin: 'snapshot' });
    expect(rt['monthlyUsd']).toBeCloseTo(
      (rt.lineItems as Array<{ monthlyUsd: number }>).reduce((a, l) => a + l.monthlyUsd, 0),
      9,
    );
  });

  it('text output names each design and its total', async () => {
    const c = context();
    expect(await runCli(['estimate', writeProject('ok2.json', twoDesigns)], estimate, c.ctx)).toBe(0);
    expect(c.out()).toContain('Real-time, 2 x ml.c5.xlarge (us-east-1, sagemaker-realtime, on-demand): $');
  });

  it('exit 1 for a bad project, naming the field', async () => {
    const bad = structuredClone(twoDesigns) as unknown as { workload: { inferenceMs: number } };
    bad.workload.inferenceMs = -1;
    const c = context();
    expect(await runCli(['estimate', writeProject('bad.json', bad)], estimate, c.ctx)).toBe(1);
    expect(c.err()).toContain('workload.inferenceMs');
    expect(c.out()).toBe('');
  });

  it('exit 1 for a workload with no traffic, as the app says (preset rate 0 or an hourly week of zeros)', async () => {
    for (const traffic of [
      { pattern: 'steady', requestsPerSecond: 0 },
      { pattern: 'hourly', requestsPerSecond: Array(24).fill(0) },
    ]) {
      const idle = { ...twoDesigns, workload: { ...twoDesigns.workload, traffic } };
      const c = context();
      expect(await runCli(['estimate', writeProject('idle.json', idle)], estimate, c.ctx)).toBe(1);
      expect(c.err()).toMatch(/workload\.traffic\.requestsPerSecond: the (traffic rate|hourly profile)/);
    }
  });

  it('exit 1 for a missing file or argument', async () => {
    const c = context();
    expect(await runCli(['estimate', join(dir, 'nope.json')], estimate, c.ctx)).toBe(1);
    expect(await runCli(['estimate'], estimate, c.ctx)).toBe(1);
    expect(c.err()).toContain('<project.json>');
  });

  it('exit 2 when a price is unavailable, still printing what is known', async () => {
    const p = project(workload(), [
      design(
        { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 },
        { type: 'sagemaker-savings-plan', termYears: 1, payment: 'no-upfront' },
        'Plan',
      ),
    ]);
    const c = context();
    expect(await runCli(['estimate', writeProject('sp.json', p), '--json'], estimate, c.ctx)).toBe(2);
    const doc = JSON.parse(c.out()) as {
      designs: Array<{ monthlyUsd: unknown; lineItems: Array<{ unavailable?: string; detail?: string }> }>;
    };
    expect(doc.designs[0]!.monthlyUsd).toBeNull();
    // The words say what to enter; the JSON keeps the project-file field beside them.
    const missing = doc.designs[0]!.lineItems.find((l) => l.unavailable?.includes('enter a plan discount'));
    expect(missing?.detail).toBe('purchase.discountPercent');
    expect(c.err()).toContain('prices unavailable');
  });

  it('exit 2 when the prices cannot be loaded', async () => {
    const c = context();
    const failing = [createEstimateCommand(async () => Promise.reject(new Error('cache unreadable')))];
    expect(await runCli(['estimate', writeProject('ok3.json', twoDesigns)], failing, c.ctx)).toBe(2);
    expect(c.err()).toContain('prices unavailable: cache unreadable');
  });

  it('user-entered rates in the project fill missing prices', async () => {
    const p = {
      ...project(workload(), [
        design({ type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 1 }, { type: 'spot' }, 'Spot'),
      ]),
      userRates: [{ key: 'ec2/us-east-1/spot/c5.xlarge', usd: 0.06, unit: 'hour' }],
    };
    p.workload.interruptible = true;
    const c = context();
    expect(await runCli(['estimate', writeProject('user.json', p), '--json'], estimate, c.ctx)).toBe(0);
    const doc = JSON.parse(c.out()) as {
      designs: Array<{ monthlyUsd: number; lineItems: Array<{ priceSource: { origin: string } }> }>;
    };
    expect(doc.designs[0]!.monthlyUsd).toBeCloseTo(730 * 0.06, 9);
    expect(doc.designs[0]!.lineItems[0]!.priceSource.origin).toBe('user');
  });

  it('is registered with the real price loader (embedded snapshot)', async () => {
    const c = context();
    expect(await runCli(['estimate', writeProject('real.json', twoDesigns), '--json'], commands, c.ctx)).toBe(0);
    const doc = JSON.parse(c.out()) as { designs: Array<{ monthlyUsd: number }> };
    expect(doc.designs[0]!.monthlyUsd).toBeGreaterThan(0);
  });
});

describe('infercalc recommend', () => {
  it('--json: ranked designs with why and why not', async () => {
    const c = context();
    expect(await runCli(['recommend', writeProject('rec.json', twoDesigns), '--json'], recommend, c.ctx)).toBe(0);
    const doc = JSON.parse(c.out()) as {
      recommendations: Array<{
        rank: number;
        feasible: boolean;
        why: unknown[];
        whyNot: Array<{ message: string }>;
        monthlyUsd: number | null;
      }>;
    };
    const recs = doc.recommendations;
    expect(recs.length).toBeGreaterThan(5);
    expect(recs[0]).toMatchObject({ rank: 1, feasible: true });
    expect(recs.every((r) => r.why.length > 0)).toBe(true);
    expect(recs.filter((r) => !r.feasible).every((r) => r.whyNot.length > 0)).toBe(true);
  });

  it('text output lists the candidates best first', async () => {
    const c = context();
    expect(await runCli(['recommend', writeProject('rec2.json', twoDesigns)], recommend, c.ctx)).toBe(0);
    expect(c.out()).toMatch(/^Test \(us-east-1\): \d+ candidate designs, best first/);
    expect(c.out()).toContain('1. ');
  });
});
