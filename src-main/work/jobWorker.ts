/**
 * The worker thread's entry (built as out/main/jobWorker.js): runs one job per message and answers
 * with its result (the workbook's bytes are transferred, not copied) or its error as plain data.
 */
import { parentPort } from 'node:worker_threads';
import { FileAccessError, InferCalcError } from '@shared/errors';
import { runJob, type Job } from './jobs';
import type { WorkerAnswer } from './workerProtocol';

parentPort?.on('message', (job: Job) => {
  let answer: WorkerAnswer;
  try {
    const built = runJob(job);
    // Transfer only a buffer of its own (a small Buffer can be a view into a shared pool).
    const own = built.bytes.byteOffset === 0 && built.bytes.byteLength === built.bytes.buffer.byteLength;
    const result = { ...built, bytes: own ? built.bytes : new Uint8Array(built.bytes) };
    answer = { ok: true, result };
    parentPort!.postMessage(answer, [result.bytes.buffer as ArrayBuffer]);
    return;
  } catch (error) {
    answer = {
      ok: false,
      error: {
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof InferCalcError ? { kind: error.kind } : {}),
        ...(error instanceof FileAccessError ? { problem: error.problem } : {}),
        ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
      },
    };
  }
  parentPort!.postMessage(answer);
});
