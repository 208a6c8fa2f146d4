/** What a job worker answers, as plain data (errors lose their class crossing threads, so they travel as fields). */
import type { ErrorKind, FileProblem } from '@shared/errors';
import type { JobResult } from './jobs';

export type WorkerAnswer =
  | { ok: true; result: JobResult }
  | { ok: false; error: { message: string; kind?: ErrorKind; problem?: FileProblem; stack?: string } };
