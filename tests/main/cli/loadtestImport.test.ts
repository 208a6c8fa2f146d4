/**
 * `infercalc throughput import`: each supported result format sets the design's measured throughput,
 * and the imported design prices exactly like the same figure typed by hand; bad input exits 1 with a
 * message naming the problem and leaves the project file untouched.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateDesign, type DesignEstimate } from '@shared/domain';
import { createPriceCatalog } from '@shared/prices/lookup';
import { parseProjectText } from '@shared/project/parseProjectText';
import type { Design, Project } from '@shared/project/schema';
import { commands } from '../../../src-main/cli/commands';
import { runCli } from '../../../src-main/cli/run';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';
import { cliContext } from './cliContext';
import { chatProject, FMBENCH_CSV, G5_DESIGN, LLMETER_RUNS, PLAIN_CSV, typedG5 } from './loadtestFixtures';

const catalog = createPriceCatalog(loadEmbeddedSnapshot());

function folder(project: Project = chatProject()): string {
  const dir = mkdtempSync(join(tmpdir(), 'infercalc-cli-throughput-'));
  writeFileSync(join(dir, 'p.infercalc.json'), JSON.stringify(project, null, 2));
  writeFileSync(join(dir, 'results.csv'), PLAIN_CSV);
  writeFileSync(join(dir, 'all_metrics_summary.csv'), FMBENCH_CSV);
  for (const run of LLMETER_RUNS) {
    const sub = join(dir, 'llmeter', `${String(run.clients).padStart(5, '0')}-clients`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'stats.json'), run.text);
  }
  return dir;
}

async function run(dir: string, argv: string[]) {
  const { ctx, out, err } = cliContext(dir);
  const code = await runCli(['throughput', 'import', ...argv], commands, ctx);
  return { code, out: out(), err: err() };
}

function readBack(dir: string): Project {
  const parsed = parseProjectText(readFileSync(join(dir, 'p.infercalc.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.project;
}

/** What sizes and prices a design, without the words of its source. */
function pricing(e: DesignEstimate) {
  return {
    monthlyUsd: e.monthlyUsd,
    feasible: e.feasible,
    lines: e.lineItems.map((l) => [l.label, l.quantity, l.rateUsd, l.monthlyUsd]),
    throughput: e.throughput && {
      requestsPerSecond: e.throughput.requestsPerSecond,
      outputTokensPerSecond: e.throughput.outputTokensPerSecond,
      concurrency: e.throughput.concurrency,
      kind: e.throughput.kind,
      costPer1M: e.throughput.costPer1MOutputTokensAtFullLoadUsd,
    },
    latency: e.latency,
  };
}

const LLMETER_FILES = ['00001-clients', '00008-clients', '00032-clients'].map((d) => join('llmeter', d, 'stats.json'));

describe('infercalc throughput import', () => {
  const formats: Array<[string, string[]]> = [
    ['plain CSV', ['results.csv']],
    ['FMBench all_metrics_summary.csv', ['all_metrics_summary.csv']],
    ['LLMeter stats.json (one per concurrency level)', LLMETER_FILES],
  ];
  for (const [format, files] of formats)
    it(`${format}: sets 330 output tokens/s at concurrency 8, priced exactly as typing it`, async () => {
      const dir = folder();
      const r = await run(dir, [...files, '--project', 'p.infercalc.json', '--design', 'Real-time g5.2xlarge']);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain('330 output tokens/s per instance, 8 concurrent requests per instance');
      const project = readBack(dir);
      const h = project.designs[0]!.hosting as Record<string, unknown>;
      expect(h.maxOutputTokensPerSecondPerInstance).toBe(330);
      expect(h.concurrencyPerInstance).toBe(8);
      expect(h.maxRequestsPerSecondPerInstance).toBeUndefined();
      expect(String(h.throughputSource)).toMatch(/concurrency 8, p9[59] \d+ ms within the 10000 ms target/);

      const typed = typedG5();
      const imported = estimateDesign(project.designs[0]!, project.workload, catalog, project.region);
      const byHand = estimateDesign(typed, project.workload, catalog, project.region);
      expect(imported.throughput?.kind).toBe('measured');
      expect(imported.monthlyUsd).not.toBeNull();
      expect(pricing(imported)).toEqual(pricing(byHand));
      // Without any throughput the same design is an estimate, priced differently: the import did something.
      const bare = estimateDesign(G5_DESIGN, project.workload, catalog, project.region);
      expect(bare.throughput?.kind).toBe('estimated');
      expect(pricing(bare)).not.toEqual(pricing(byHand));
    });

  it('--concurrency picks that point, saying it is over the latency target; --json reports the fields', async () => {
    const dir = folder();
    const r = await run(dir, ['results.csv', '--project', 'p.infercalc.json', '--design', '1', '--concurrency', '32']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('870 output tokens/s per instance');
    expect(r.out).toContain('warning: this point does not meet the latency target');
    expect(readBack(dir).designs[0]!.hosting).toMatchObject({ maxOutputTokensPerSecondPerInstance: 870 });

    const j = await run(folder(), ['results.csv', '--project', 'p.infercalc.json', '--design', '1', '--json']);
    const report = JSON.parse(j.out) as { written: boolean; fields: Record<string, unknown>; files: string[] };
    expect(report.written).toBe(true);
    expect(report.files).toEqual(['results.csv']);
    expect(report.fields).toMatchObject({ maxOutputTokensPerSecondPerInstance: 330, concurrencyPerInstance: 8 });
  });

  it('--instances divides an endpoint-wide measurement; --dry-run writes nothing', async () => {
    const dir = folder();
    const before = readFileSync(join(dir, 'p.infercalc.json'), 'utf8');
    const r = await run(dir, [
      ...LLMETER_FILES,
      '--project',
      'p.infercalc.json',
      '--design',
      '1',
      '--instances',
      '2',
      '--dry-run',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('165 output tokens/s per instance, 4 concurrent requests per instance');
    expect(r.out).toContain('dry run: nothing written');
    expect(readFileSync(join(dir, 'p.infercalc.json'), 'utf8')).toBe(before);
  });

  it('a workload without output tokens takes the measured requests per second instead', async () => {
    const project = chatProject();
    delete project.workload.inputTokensPerRequest;
    delete project.workload.outputTokensPerRequest;
    const dir = folder(project);
    expect((await run(dir, ['results.csv', '--project', 'p.infercalc.json', '--design', '1'])).code).toBe(0);
    const h = readBack(dir).designs[0]!.hosting;
    expect(h).toMatchObject({ maxRequestsPerSecondPerInstance: 1.1, concurrencyPerInstance: 8 });
    expect(h).not.toHaveProperty('maxOutputTokensPerSecondPerInstance');
  });

  it('replaces a throughput typed before (a measured figure never mixes with an older one)', async () => {
    const dir = folder(
      chatProject([
        { ...G5_DESIGN, hosting: { ...G5_DESIGN.hosting, maxRequestsPerSecondPerInstance: 9 } as Design['hosting'] },
      ]),
    );
    expect((await run(dir, ['results.csv', '--project', 'p.infercalc.json', '--design', '1'])).code).toBe(0);
    expect(readBack(dir).designs[0]!.hosting).not.toHaveProperty('maxRequestsPerSecondPerInstance');
  });

  const failures: Array<[string, (dir: string) => string[], RegExp]> = [
    ['no results file', () => ['--project', 'p.infercalc.json', '--design', '1'], /missing <results-file>/],
    ['no --project', () => ['results.csv', '--design', '1'], /missing --project/],
    ['no --design', () => ['results.csv', '--project', 'p.infercalc.json'], /missing --design/],
    [
      'an unknown design',
      () => ['results.csv', '--project', 'p.infercalc.json', '--design', 'Nope'],
      /no design "Nope" in the project \(1\. Real-time g5\.2xlarge\)/,
    ],
    [
      'a bad --concurrency',
      () => ['results.csv', '--project', 'p.infercalc.json', '--design', '1', '--concurrency', '2.5'],
      /--concurrency: expected a whole number/,
    ],
    [
      'a concurrency the file lacks',
      () => ['results.csv', '--project', 'p.infercalc.json', '--design', '1', '--concurrency', '4'],
      /no measurement at concurrency 4 .*the file has 1, 8, 32/,
    ],
    [
      'a missing results file',
      () => ['gone.csv', '--project', 'p.infercalc.json', '--design', '1'],
      /gone\.csv does not exist/,
    ],
    [
      'a folder for a results file',
      () => ['llmeter', '--project', 'p.infercalc.json', '--design', '1'],
      /llmeter is not a file/,
    ],
    [
      'a file in no supported format',
      (dir) => (
        writeFileSync(join(dir, 'x.json'), '{"hello": 1}'),
        ['x.json', '--project', 'p.infercalc.json', '--design', '1']
      ),
      /x\.json: not a supported load-test result/,
    ],
    [
      'a bad row',
      (dir) => (
        writeFileSync(join(dir, 'bad.csv'), 'instance_type,concurrency,requests_per_second\nml.g5.2xlarge,8,fast'),
        ['bad.csv', '--project', 'p.infercalc.json', '--design', '1']
      ),
      /bad\.csv: line 2, requests_per_second: expected a number \(got "fast"\)/,
    ],
    [
      'no point within the latency target',
      (dir) => (
        writeFileSync(
          join(dir, 'slow.csv'),
          'instance_type,concurrency,requests_per_second,p95_latency_ms\nml.g5.2xlarge,8,1,20000',
        ),
        ['slow.csv', '--project', 'p.infercalc.json', '--design', '1']
      ),
      /no measured point meets the p95 latency target of 10000 ms[\s\S]*measured points:\n {2}ml\.g5\.2xlarge, concurrency 8/,
    ],
    [
      'another instance type than the design',
      (dir) => (
        writeFileSync(join(dir, 'g6.csv'), 'instance_type,concurrency,requests_per_second\nml.g6.2xlarge,8,1'),
        ['g6.csv', '--project', 'p.infercalc.json', '--design', '1']
      ),
      /no measurement for ml\.g5\.2xlarge in the file/,
    ],
  ];
  for (const [what, args, message] of failures)
    it(`exits 1 for ${what}, leaving the project as it was`, async () => {
      const dir = folder();
      const before = readFileSync(join(dir, 'p.infercalc.json'), 'utf8');
      const r = await run(dir, args(dir));
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
      expect(readFileSync(join(dir, 'p.infercalc.json'), 'utf8')).toBe(before);
    });

  it('exits 1 for a design that does not run on instances, and for a bad project naming its field', async () => {
    const bedrock: Design = {
      name: 'Bedrock',
      hosting: { type: 'bedrock', model: 'anthropic.claude-3-haiku' } as Design['hosting'],
      purchase: { type: 'on-demand' },
    };
    const r = await run(folder(chatProject([bedrock])), [
      'results.csv',
      '--project',
      'p.infercalc.json',
      '--design',
      'Bedrock',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('only a design that runs on instances takes a measured throughput');

    const dir = folder();
    writeFileSync(join(dir, 'p.infercalc.json'), JSON.stringify({ ...chatProject(), region: 42 }));
    const bad = await run(dir, ['results.csv', '--project', 'p.infercalc.json', '--design', '1']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('region');
  });

  it('writes atomically: no temporary file left, the file keeps its mode; a read-only folder exits 1 unchanged', async () => {
    const dir = folder();
    chmodSync(join(dir, 'p.infercalc.json'), 0o600);
    expect((await run(dir, ['results.csv', '--project', 'p.infercalc.json', '--design', '1'])).code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(statSync(join(dir, 'p.infercalc.json')).mode & 0o777).toBe(0o600);
    if (process.getuid?.() === 0) return; // root ignores folder permissions
    const locked = folder();
    const before = readFileSync(join(locked, 'p.infercalc.json'), 'utf8');
    chmodSync(locked, 0o500);
    const r = await run(locked, ['results.csv', '--project', 'p.infercalc.json', '--design', '1']);
    chmodSync(locked, 0o700);
    expect(r.code).toBe(1);
    expect(r.err).toContain('cannot save p.infercalc.json: permission denied');
    expect(readFileSync(join(locked, 'p.infercalc.json'), 'utf8')).toBe(before);
  });

  it('is listed in the help with its usage', async () => {
    const { ctx, out } = cliContext(folder());
    expect(await runCli(['throughput', 'import', '--help'], commands, ctx)).toBe(0);
    expect(out()).toContain(
      'usage: infercalc throughput import <results-file>... --project <project.json> --design <name or number>',
    );
  });
});
