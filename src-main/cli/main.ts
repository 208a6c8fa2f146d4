/** Entry of `npx infercalc`: the CLI composes the same services as the app, without Electron. */
import { stderrLogger } from '../runtime/logger';
import { composeBackend, type Backend } from '../composition/composeBackend';
import { commands } from './commands';
import { runCli } from './run';

let backend: Backend | undefined;

runCli(process.argv.slice(2), commands, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  backend: () => (backend ??= composeBackend({ mode: 'cli', logger: stderrLogger })),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    // An unexpected failure: report it plainly; the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`infercalc: unexpected failure: ${message}\n`);
    if (process.env['INFERCALC_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 70;
  });
