/**
 * `npm run bench`: runs every `*.bench.ts` in this folder (or those named on the command line) and
 * prints their figures. Benchmarks print measurements; they never assert timings (shared machines).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The AWS SDK's Node 20 notice is noise in benchmark output.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

// An async main rather than top-level await: the package is CommonJS, where tsx cannot await at top level.
async function main(): Promise<void> {
  for (const file of files) {
    console.log(`\n== ${file.replace('.bench.ts', '')}`);
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> };
    await mod.run();
  }
}

void main();
