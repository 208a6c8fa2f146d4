/** The CLI context the command tests run in: output captured in memory, a CLI-mode back end. */
import { join } from 'node:path';
import { silentLogger } from '../../../src-main/runtime/logger';
import type { CliContext } from '../../../src-main/cli/command';
import { composeBackend } from '../../../src-main/composition/composeBackend';

/** A captured CLI run's context and what it wrote so far. */
export interface CapturedCli {
  ctx: CliContext;
  out: () => string;
  err: () => string;
}

/** A context working in `cwd` with its back end's data under `dataFolder` (by default `cwd`/data). */
export function cliContext(cwd: string, dataFolder = join(cwd, 'data')): CapturedCli {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: {},
    cwd,
    backend: () => composeBackend({ mode: 'cli', logger: silentLogger, dataFolder, env: {} }),
  };
  return { ctx, out: () => out.join(''), err: () => err.join('') };
}
