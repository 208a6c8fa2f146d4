/**
 * `npm run bench -- export`: the comparison workbook of a 20-design project (target: under 200 ms)
 * and of the maximum 200-design project (time and memory should grow linearly with the designs),
 * over the embedded price snapshot; then, on a real web server, how fast `app.info` answers while
 * a 200-design export runs on the worker thread (target: within 100 ms), on the built server. Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { newProject } from '@shared/project/defaults';
import type { Design } from '@shared/project/schema';
import { ExportService } from '../../src-main/export/exportService';
import { loadEmbeddedSnapshot } from '../../src-main/prices/snapshot/loadSnapshot';

function designs(count: number): Design[] {
  const types = ['ml.c5.xlarge', 'ml.m5.xlarge', 'ml.g5.xlarge', 'ml.c5.2xlarge'];
  return Array.from({ length: count }, (_, i): Design => {
    const instanceType = types[i % types.length]!;
    if (i % 5 === 4)
      return {
        name: `Serverless ${i}`,
        hosting: { type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 20 },
        purchase: { type: 'on-demand' },
      };
    if (i % 5 === 3)
      return {
        name: `EC2 ${i}`,
        hosting: {
          type: 'ec2',
          instanceType: instanceType.slice(3),
          autoscaling: { min: 1, max: 10, targetInvocationsPerInstance: 600 },
        },
        purchase: { type: 'on-demand' },
      };
    return {
      name: `Real-time design number ${i} with a long name`,
      hosting: {
        type: 'sagemaker-realtime',
        instanceType,
        autoscaling: { min: 1, max: 10, targetInvocationsPerInstance: 600 },
        maxRequestsPerSecondPerInstance: 20,
      },
      purchase: { type: 'on-demand' },
    };
  });
}

const projectOf = (count: number) => ({ ...newProject('Bench'), designs: designs(count) });

/** A full garbage collection (the flag is set at run time, so the benchmark needs no node options). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function measureInThread(count: number, runs: number): void {
  const project = projectOf(count);
  const exporter = new ExportService({ catalogData: loadEmbeddedSnapshot, now: () => new Date(), appVersion: 'bench' });
  exporter.build(project); // warm up (snapshot expansion, module JIT)
  const times: number[] = [];
  let size = 0;
  let allocated = Infinity;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    size = exporter.build(project).bytes.length;
    times.push(performance.now() - start);
    allocated = Math.min(allocated, process.memoryUsage().heapUsed - heapBefore);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)]!;
  console.log(
    `export of a ${count}-design project: median ${median.toFixed(1)} ms (${(median / count).toFixed(2)} ms a design), best ${times[0]!.toFixed(1)} ms${count === 20 ? ' (target < 200 ms)' : ''}`,
  );
  console.log(
    `  workbook ${(size / 1024).toFixed(1)} KiB; heap grown during one build ${(allocated / 2 ** 20).toFixed(1)} MiB (${(allocated / count / 1024).toFixed(0)} KiB a design)`,
  );
}

/** The built web server (`npm run web`, which builds first when the sources changed) on a free port. */
async function startBuiltServer(): Promise<{ origin: string; secret: string; stop: () => void }> {
  const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dataFolder = mkdtempSync(join(tmpdir(), 'infercalc-bench-export-'));
  const child = spawn(process.execPath, ['src-main/bin/web.cjs', '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, INFERCALC_DATA_DIR: dataFolder },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/\?secret=[\w-]+)/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(new URL(match[1]!));
      }
    }, 20);
    child.once('exit', (code) => reject(new Error(`the web server exited with ${code}`)));
  });
  return { origin: url.origin, secret: url.searchParams.get('secret')!, stop: () => void child.kill('SIGTERM') };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** app.info's answer time on the real web server while a 200-design export runs off the request thread. */
async function measureResponsiveness(): Promise<void> {
  const server = await startBuiltServer();
  const call = (operation: string, body: unknown) =>
    fetch(`${server.origin}/api/${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-infercalc-secret': server.secret },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<{ ok: boolean }>);
  const timed = async () => {
    const t = performance.now();
    await call('app.info', {});
    return performance.now() - t;
  };
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) idle.push(await timed());
  idle.sort((a, b) => a - b);
  const started = performance.now();
  let done = false;
  const exported = call('export.workbook', { project: projectOf(200) }).then((r) => {
    done = true;
    return r;
  });
  const during: number[] = [];
  const slow: string[] = [];
  while (!done) {
    const at = performance.now() - started;
    const ms = await timed();
    during.push(ms);
    if (ms > 100) slow.push(`${ms.toFixed(0)} ms at ${at.toFixed(0)} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const exportMs = performance.now() - started;
  const ok = (await exported).ok;
  server.stop();
  during.sort((a, b) => a - b);
  console.log(
    `app.info on the web server while a 200-design export runs (${ok ? 'export ok' : 'export FAILED'} in ${exportMs.toFixed(0)} ms): ` +
      `${during.length} answers, median ${percentile(during, 0.5).toFixed(1)} ms, 90th percentile ${percentile(during, 0.9).toFixed(1)} ms, worst ${during[during.length - 1]!.toFixed(1)} ms (target < 100 ms)`,
  );
  if (slow.length > 0) console.log(`  answers over 100 ms (time since the export was sent): ${slow.join(', ')}`);
  console.log(
    `  with nothing else running: median ${percentile(idle, 0.5).toFixed(1)} ms, 90th percentile ${percentile(idle, 0.9).toFixed(1)} ms, worst ${idle[idle.length - 1]!.toFixed(1)} ms`,
  );
}

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  if (!process.env['ONLY_SERVER']) {
    measureInThread(20, 10);
    measureInThread(200, 5);
  }
  await measureResponsiveness();
}
