// Issue 10, failure 3: a large project froze everything (the export ran in the request handler,
// with no cap and no time budget). Exports now run on a worker thread with a budget and a memory
// cap, a bounded number at a time; the workbook they build is the one the in-thread export builds.
// Estimates and recommendations are computed by the renderer; no request computes them in main,
// which the import graph of the request handlers below shows.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { createHandlers } from '../../../src-main/api/createHandlers';
import { dispatch } from '../../../src-main/api/dispatch';
import { envelopeCodeOf } from '../../../src-main/api/errorCodes';
import { createServices } from '../../../src-main/composition/services';
import { silentLogger } from '../../../src-main/runtime/logger';
import { BackgroundWork, startJobWorker } from '../../../src-main/work/backgroundWork';
import type { ExportJob } from '../../../src-main/work/jobs';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';
import { PriceService } from '../../../src-main/prices/PriceService';
import { EXPORT_DATE, everyHostingDesigns, projectWith, testExporter } from '../export/fixtures';
import { repoRoot } from '../electron/support/projectCopy';
import { tempFolder } from '../projects/helpers';

const job = (designs = everyHostingDesigns()): ExportJob => ({
  kind: 'export',
  project: projectWith(designs),
  catalogData: loadEmbeddedSnapshot(),
  now: EXPORT_DATE.toISOString(),
  appVersion: '9.9.9',
});

/** A worker that answers every job the same way, for the protocol's edge cases. */
const scripted = (answer: string) => () =>
  new Worker(`require('node:worker_threads').parentPort.on('message', () => { ${answer} });`, { eval: true });

describe('exports on a worker thread', () => {
  it('builds the same workbook as the in-thread export', async () => {
    const offThread = await new BackgroundWork().run(job());
    const inThread = testExporter().build(job().project);
    expect(offThread.fileName).toBe(inThread.fileName);
    const a = XLSX.read(offThread.bytes);
    const b = XLSX.read(inThread.bytes);
    expect(a.SheetNames).toEqual(b.SheetNames);
    for (const name of a.SheetNames)
      expect(XLSX.utils.sheet_to_csv(a.Sheets[name]!)).toBe(XLSX.utils.sheet_to_csv(b.Sheets[name]!));
  });

  it('stops a job past its time budget and says so', async () => {
    const work = new BackgroundWork({ budgetMs: 50, startWorker: scripted('/* never answers */') });
    const error = await work.run(job()).catch((e: unknown) => e);
    expect(envelopeCodeOf(error)).toBe('too-large');
    expect((error as Error).message).toMatch(/took longer than 50 ms and was stopped/);
  });

  it('keeps the kind of an expected failure from the worker, and reports a crash', async () => {
    const failing = new BackgroundWork({
      startWorker: scripted(
        "require('node:worker_threads').parentPort.postMessage({ ok: false, error: { kind: 'prices-unavailable', message: 'no prices' } })",
      ),
    });
    const error = await failing.run(job()).catch((e: unknown) => e);
    expect([envelopeCodeOf(error), (error as Error).message]).toEqual(['unavailable', 'no prices']);
    const crashing = new BackgroundWork({ startWorker: scripted('process.exit(3)') });
    expect(((await crashing.run(job()).catch((e: unknown) => e)) as Error).message).toMatch(/exit code 3/);
  });

  it('runs a bounded number at once and refuses more than a few waiting', async () => {
    const work = new BackgroundWork({ maxRunning: 1, maxWaiting: 1, budgetMs: 200, startWorker: scripted('') });
    const runs = [work.run(job()), work.run(job()), work.run(job())].map((p) =>
      p.then(
        () => new Error('finished'),
        (e: unknown) => e as Error,
      ),
    );
    const [first, second, third] = await Promise.all(runs);
    expect(third!.message).toMatch(/too many exports at once/);
    // The first two ran (one after the other) and hit the budget.
    expect([first, second].map((e) => (e as Error).message)).toEqual([
      expect.stringMatching(/was stopped/),
      expect.stringMatching(/was stopped/),
    ]);
  });
});

describe('what runs on the request thread', () => {
  it('builds the workbook of both export operations on a worker, never in the handler', async () => {
    const folder = tempFolder();
    const services = createServices(
      {
        dataFolder: folder,
        mode: 'desktop',
        logger: silentLogger,
        env: {},
        dialogs: {
          chooseFileToOpen: async () => null,
          chooseFileToSave: async () => join(folder, 'book.xlsx'),
        },
      },
      new PriceService({ dataFolder: folder, logger: silentLogger }),
    );
    let started = 0;
    const counting = new BackgroundWork({ startWorker: () => (started++, startJobWorker(1024)) });
    const handlers = createHandlers({ ...services, background: counting });
    const context = { transport: 'ipc' as const, session: 'desktop-window' };
    const project = job().project;
    for (const operation of ['export.workbook', 'export.saveAs'])
      expect(await dispatch(handlers, operation, { project }, context, silentLogger), operation).toMatchObject({
        ok: true,
      });
    expect(started).toBe(2);
  });

  it('has no request handler that reaches the estimate, the recommender or the workbook builder', () => {
    const heavy =
      /\b(estimateProject|estimateDesign|recommendForProject|recommendForWorkload|optimizeDesign|analyzeCommitment)\b/;
    const reached = valueImportsFrom(['src-main/api/createHandlers.ts', 'src-main/web/server.ts']);
    expect(reached.length).toBeGreaterThan(10);
    const offenders = reached.filter((file) => {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      const fromDomain = [...text.matchAll(/import\s+(?!type\b)\{([^}]*)\}\s+from\s+'@shared\/domain'/g)];
      return fromDomain.some((m) => heavy.test(m[1]!.replace(/\btype\s+\w+/g, ''))) || WORKBOOK_BUILDER.test(file);
    });
    expect(offenders).toEqual([]);
  });
});

/** The modules that build a workbook (estimating every design): only the worker loads them. */
const WORKBOOK_BUILDER = /^src-main\/(export\/(exportService|buildWorkbook|exportData|sheets\/)|work\/jobs)/;

/** The src-main files reachable from `roots` through value imports (type-only imports load nothing). */
function valueImportsFrom(roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(repoRoot, file), 'utf8');
    for (const [, spec] of text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)';/gms)) {
      const target = relative(repoRoot, join(repoRoot, dirname(file), `${spec}.ts`));
      if (target.startsWith('src-main/')) visit(target);
    }
  };
  roots.forEach(visit);
  return [...seen].sort();
}
