/**
 * Runs long work (see jobs.ts) on worker threads, so the thread that answers requests stays free
 * (`app.info` answers at once while a 200-design export runs), with a time budget and a memory cap
 * per job: a job past its budget is stopped and reported, never left running. At most `maxRunning`
 * jobs run at once (the machine's cores are shared with the UI); a few more wait their turn, and
 * beyond that a new job is refused rather than queued without end.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FileAccessError, InferCalcError } from '@shared/errors';
import type { Job, JobResult } from './jobs';
import type { WorkerAnswer } from './workerProtocol';

export interface BackgroundWorkOptions {
  /** How long one job may run (default 60 s). */
  budgetMs?: number;
  /** Heap limit of one job's thread (default 1,024 MB). */
  maxHeapMb?: number;
  maxRunning?: number;
  maxWaiting?: number;
  /** Starts a worker thread; the default finds the built worker, or the source one under a TS loader. */
  startWorker?: () => Worker;
}

export const DEFAULT_BUDGET_MS = 60_000;

export class BackgroundWork {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly budgetMs: number;

  constructor(private readonly options: BackgroundWorkOptions = {}) {
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  }

  /** Runs `job` on a worker thread; throws its error, or LimitExceededError past the budget. */
  async run(job: Job): Promise<JobResult> {
    await this.turn();
    try {
      return await this.runOnWorker(job);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private turn(): Promise<void> {
    const maxRunning = this.options.maxRunning ?? 2;
    if (this.running < maxRunning) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= (this.options.maxWaiting ?? 4))
      return Promise.reject(new InferCalcError('limit-exceeded', 'too many exports at once; try again in a moment'));
    return new Promise((resolve) =>
      this.waiting.push(() => {
        this.running++;
        resolve();
      }),
    );
  }

  private runOnWorker(job: Job): Promise<JobResult> {
    const worker = (this.options.startWorker ?? startJobWorker)(this.options.maxHeapMb ?? 1024);
    return new Promise<JobResult>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        outcome();
      };
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(
              new InferCalcError(
                'limit-exceeded',
                `the ${job.kind} took longer than ${inWords(this.budgetMs)} and was stopped; try fewer designs`,
              ),
            ),
          ),
        this.budgetMs,
      );
      worker.once('message', (answer: WorkerAnswer) =>
        finish(() => (answer.ok ? resolve(answer.result) : reject(errorFrom(answer.error)))),
      );
      worker.once('error', (error: Error & { code?: string }) =>
        finish(() =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new InferCalcError(
                  'limit-exceeded',
                  `the ${job.kind} needs more memory than allowed; try fewer designs`,
                )
              : error,
          ),
        ),
      );
      worker.once('exit', (code) =>
        finish(() => reject(new Error(`the ${job.kind} worker stopped (exit code ${code})`))),
      );
      worker.postMessage(job);
    });
  }
}

/** "50 ms", "60 s". */
function inWords(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

/** The worker's error as the error it was (its kind kept), or an unexpected Error with its stack. */
function errorFrom(error: Extract<WorkerAnswer, { ok: false }>['error']): Error {
  if (error.kind === 'file-access' && error.problem) return new FileAccessError(error.problem, error.message);
  if (error.kind) return new InferCalcError(error.kind, error.message);
  const unexpected = new Error(error.message);
  if (error.stack) unexpected.stack = error.stack;
  return unexpected;
}

/**
 * Where the built worker is for code in `folder`: out/main/jobWorker.js, next to this code (an
 * entry) or one folder up (a chunk in out/main/chunks); undefined when neither `exists`. Inside the
 * packaged app's app.asar too (Electron reads worker scripts from it), as the packaging test checks.
 */
export function builtJobWorkerPath(folder: string, exists: (path: string) => boolean = existsSync): string | undefined {
  return [join(folder, 'jobWorker.js'), join(folder, '..', 'jobWorker.js')].find((p) => exists(p));
}

/**
 * The built worker (see builtJobWorkerPath), or, when running from the sources (tests, benchmarks),
 * the TypeScript entry under tsx's loader.
 */
export function startJobWorker(maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
  const built = builtJobWorkerPath(__dirname);
  if (built) return new Worker(built, { resourceLimits });
  const source = join(__dirname, 'jobWorker.ts');
  return new Worker("require('tsx/cjs'); require(require('node:worker_threads').workerData);", {
    eval: true,
    workerData: source,
    resourceLimits,
  });
}
