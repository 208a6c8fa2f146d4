/**
 * `infercalc throughput import <results-file>... --project <project.json> --design <name or number>`:
 * sets a design's measured throughput per instance from load-test results (LLMeter stats.json, FMBench
 * all_metrics CSV, the plain CSV), exactly as typing `maxOutputTokensPerSecondPerInstance` (or
 * `maxRequestsPerSecondPerInstance`), `concurrencyPerInstance` and `throughputSource` would. The
 * point is the highest throughput within the workload's latency target, or the one at `--concurrency`.
 * The project is rewritten atomically and only when everything is valid; `--dry-run` writes nothing.
 */
import { resolve } from 'node:path';
import {
  applyLoadTestPoint,
  loadTestRows,
  pointAtConcurrency,
  recommendedPoint,
  type LoadTestRow,
} from '@shared/loadtest/applyLoadTest';
import { serializeProject } from '@shared/project/parseProjectText';
import type { Design, Project } from '@shared/project/schema';
import { DOCUMENT_FILE_MODE, temporaryPathFor, writeFileAtomic } from '../../files/atomicWrite';
import { nodeFileSystem } from '../../files/fileSystem';
import { writeError } from '../../projects/fileErrors';
import { readResultFiles } from '../../loadtest/readResultFiles';
import { parseCommandArgs } from '../args';
import { CliFailure, EXIT_BAD_INPUT, EXIT_OK, type CliCommand } from '../command';
import { printJson, readProject } from '../projectInput';
import { escapeControls } from '../safeText';

const usage =
  'infercalc throughput import <results-file>... --project <project.json> --design <name or number> [--concurrency N] [--instances N] [--dry-run] [--json]';

function bad(message: string): CliFailure {
  return new CliFailure(EXIT_BAD_INPUT, message);
}

/** A whole number ≥ 1 from an option, or a usage error naming the option. */
function positiveInteger(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1_000_000)
    throw bad(`--${option}: expected a whole number from 1 to 1000000 (got "${escapeControls(value)}")`);
  return Number(value);
}

/** The design named (exactly) or numbered (1 = the first); an ambiguous or unknown one is an error listing the designs. */
export function findDesign(project: Project, which: string): { design: Design; index: number } {
  const list = project.designs.map((d, i) => `${i + 1}. ${escapeControls(d.name)}`).join('; ');
  const named = project.designs.flatMap((d, i) => (d.name === which ? [i] : []));
  if (named.length > 1)
    throw bad(`${named.length} designs are named "${escapeControls(which)}"; give its number instead (${list})`);
  if (named.length === 1) return { design: project.designs[named[0]!]!, index: named[0]! };
  if (/^\d+$/.test(which)) {
    const index = Number(which) - 1;
    const design = project.designs[index];
    if (design) return { design, index };
  }
  throw bad(`no design "${escapeControls(which)}" in the project (${list || 'it has no designs'})`);
}

function n(x: number | undefined): string {
  return x === undefined ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: x >= 100 ? 0 : 2 });
}

/** One line per measured point, for the messages and the listing. */
function rowText(r: LoadTestRow): string {
  const p = r.point;
  const lat = r.latency ? `p${r.latency.percentile} ${n(r.latency.ms)} ms` : 'no latency';
  const marks = [
    !r.sameInstance && 'other instance type',
    r.meetsTarget === false && 'over the latency target',
    r.tooManyFailed && 'over 1% failed',
  ].filter(Boolean);
  return `  ${p.instanceType ?? '(instance not stated)'}, concurrency ${p.concurrency}: ${n(p.requestsPerSecond)} req/s, ${n(p.outputTokensPerSecond)} output tokens/s, p50 ${n(p.latencyMs.p50)} ms, ${lat}${marks.length ? ` (${marks.join(', ')})` : ''}`;
}

export const throughputImportCommand: CliCommand = {
  name: 'throughput import',
  summary: "Set a design's measured throughput from load-test results (LLMeter, FMBench or the plain CSV).",
  usage,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        project: { type: 'string' },
        design: { type: 'string' },
        concurrency: { type: 'string' },
        instances: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
      },
      usage,
    );
    if (positionals.length === 0) throw bad(`missing <results-file>\nusage: ${usage}`);
    if (!values.project) throw bad(`missing --project <project.json>\nusage: ${usage}`);
    if (values.design === undefined) throw bad(`missing --design <name or number>\nusage: ${usage}`);
    const concurrency = positiveInteger(values.concurrency, 'concurrency');
    const instances = positiveInteger(values.instances, 'instances') ?? 1;

    const projectPath = resolve(ctx.cwd, values.project);
    const project = await readProject(ctx, projectPath);
    const { design, index } = findDesign(project, values.design);
    const results = await readResultFiles(positionals.map((p) => resolve(ctx.cwd, p)));
    const w = project.workload;
    const listing = loadTestRows(results.points, design, w).map(rowText).join('\n');
    const picked =
      concurrency === undefined
        ? recommendedPoint(results.points, design, w)
        : pointAtConcurrency(results.points, design, w, concurrency);
    if (!picked.ok) throw bad(`${picked.reason}\nmeasured points:\n${listing}`);
    const applied = applyLoadTestPoint(design, picked, w, instances);
    if (!applied.ok) throw bad(`design "${escapeControls(design.name)}": ${applied.reason}`);

    const updated: Project = { ...project, designs: project.designs.map((d, i) => (i === index ? applied.design : d)) };
    if (!values['dry-run']) {
      try {
        await writeFileAtomic(
          nodeFileSystem,
          projectPath,
          serializeProject(updated),
          temporaryPathFor,
          DOCUMENT_FILE_MODE,
        );
      } catch (error) {
        throw writeError(projectPath, error);
      }
    }
    const f = applied.fields;
    if (values.json) {
      printJson(ctx, {
        project: projectPath,
        written: !values['dry-run'],
        design: design.name,
        format: results.format,
        files: results.fileNames,
        point: picked.point,
        fields: f,
      });
      return EXIT_OK;
    }
    const figure =
      f.maxOutputTokensPerSecondPerInstance !== undefined
        ? `${n(f.maxOutputTokensPerSecondPerInstance)} output tokens/s per instance`
        : `${n(f.maxRequestsPerSecondPerInstance)} req/s per instance`;
    ctx.stdout(
      `design "${escapeControls(design.name)}": ${figure}, ${f.concurrencyPerInstance} concurrent requests per instance\n` +
        `  measured: ${escapeControls(f.throughputSource)}\n` +
        (picked.why.includes('over the') ? '  warning: this point does not meet the latency target\n' : '') +
        (values['dry-run'] ? 'dry run: nothing written\n' : `wrote ${projectPath}\n`),
    );
    return EXIT_OK;
  },
};
