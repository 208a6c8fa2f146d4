/**
 * Entry of `npm run web`: serves the built renderer and the API on 127.0.0.1 and prints the URL
 * with the secret. Options: --port N (or PORT): default 5757; 0 picks a free port.
 */
import { join } from 'node:path';
import { stderrLogger } from '../runtime/logger';
import { composeBackend } from '../composition/composeBackend';
import { generateSecret } from './requestGuard';
import { startWebServer } from './server';
import { parsePortArgument } from './portArgument';

async function main(): Promise<void> {
  const port = parsePortArgument(process.argv.slice(2), process.env);
  if (!port.ok) {
    process.stderr.write(`infercalc web: ${port.message}\n`);
    process.exit(1);
  }
  const backend = composeBackend({ mode: 'web', logger: stderrLogger });
  const running = await startWebServer({
    handlers: backend.handlers,
    events: backend.services.events,
    logger: stderrLogger,
    rendererDir: join(__dirname, '..', 'renderer'),
    sessions: backend.services.sessions,
    secret: generateSecret(),
    port: port.value,
  });
  process.stdout.write(`InferCalc web mode: open ${running.url}\n`);
  process.stdout.write(`Data folder: ${backend.services.inputs.dataFolder}\n`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`infercalc web: could not start: ${message}\n`);
  process.exit(2);
});
