/**
 * Renderer benchmarks (`npm run bench -- renderer`): the time to recompute a 20-design comparison
 * after one input changes, with the RootStore built in Node over a fake API serving the embedded
 * price snapshot, observed the way the UI observes it (a reaction); and the size of the renderer
 * bundle. Prints figures and targets; never asserts timings (shared machines vary).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { configure, reaction } from 'mobx';
import type { HostingType } from '@shared/project/schema';
import { restrictToRegions, regionsWithPrices } from '../../src-main/api/areas/priceCatalog';
import { loadEmbeddedSnapshot } from '../../src-main/prices/snapshot/loadSnapshot';
import { RootStore } from '../../src-renderer/stores/RootStore';
import { createFakeApi, sampleAppInfo } from '../renderer/fakeApi';
import { quietProjectFiles } from '../renderer/projectFakes';
import { repoRoot } from '../e2e/support/webApp';

const TARGET_MS = 16;
const TYPES: HostingType[] = [
  'sagemaker-realtime',
  'sagemaker-serverless',
  'sagemaker-async',
  'ec2',
  'eks',
  'lambda',
  'sagemaker-multi-model',
  'sagemaker-batch',
  'bedrock',
  'sagemaker-multi-container',
];

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall-clock figures, and the median CPU time of this process (what a loaded, shared machine inflates less). */
function stats({ wall, cpu }: Samples): string {
  const s = [...wall].sort((a, b) => a - b);
  const p95 = s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!;
  return `median ${median(wall).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${s[s.length - 1]!.toFixed(2)} ms, CPU median ${median(cpu).toFixed(2)} ms (${wall.length} runs; target < ${TARGET_MS} ms)`;
}

interface Samples {
  wall: number[];
  cpu: number[];
}

async function buildStore(): Promise<RootStore> {
  const data = loadEmbeddedSnapshot();
  const fake = createFakeApi({
    ...quietProjectFiles,
    'app.info': () => sampleAppInfo,
    'prices.catalog': ({ regions }) => ({
      data: restrictToRegions(data, regions),
      availableRegions: regionsWithPrices(data),
    }),
  });
  const store = new RootStore(fake.api, { today: '2026-11-27' });
  await store.start();
  // 20 designs of every hosting type, half of them autoscaled over the business-hours week.
  for (let i = 0; i < 20; i++) {
    const d = store.designs.addNew(TYPES[i % TYPES.length]!);
    if (i % 2 === 0 && 'instanceType' in d.hosting && d.hosting.type !== 'sagemaker-batch')
      store.designs.setScaling(d, 'autoscaling');
  }
  return store;
}

/** Times one change and the recompute of everything observed, over several runs (wall clock and CPU). */
function time(store: RootStore, change: (i: number) => void, read: () => unknown, runs = 40): Samples {
  const dispose = reaction(read, () => {}, { fireImmediately: true });
  const samples: Samples = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    change(i);
    samples.wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    samples.cpu.push((c.user + c.system) / 1000);
  }
  dispose();
  return samples;
}

function bundleSize(): string {
  const dir = join(repoRoot, 'out', 'renderer', 'assets');
  if (!existsSync(dir)) execSync('npm run build', { cwd: repoRoot, stdio: 'ignore' });
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    raw += statSync(join(dir, f)).size;
    gz += gzipSync(readFileSync(join(dir, f))).length;
  }
  return `${files.length} files, ${(raw / 1024).toFixed(0)} KiB raw, ${(gz / 1024).toFixed(0)} KiB gzipped`;
}

export async function run(): Promise<void> {
  configure({ enforceActions: 'always' });
  const store = await buildStore();
  const rows = () => store.comparison.rows.map((r) => r.estimate?.monthlyUsd);
  const designs = store.designs.designs;
  const one = designs.find(
    (d) => d.hosting.type === 'sagemaker-realtime' && 'autoscaling' in d.hosting && d.hosting.autoscaling,
  )!;

  const t0 = performance.now();
  rows();
  console.log(`first comparison of ${designs.length} designs (cold): ${(performance.now() - t0).toFixed(1)} ms`);

  console.log(
    `one design's input changed (max instances), table recomputed: ${stats(
      time(
        store,
        (i) =>
          store.designs.patchHosting(one, {
            autoscaling: { min: 1, max: 10 + (i % 5), targetInvocationsPerInstance: 70 },
          }),
        rows,
      ),
    )}`,
  );
  console.log(
    `a workload input changed (inference time), all 20 re-estimated: ${stats(time(store, (i) => store.workloadForm.setNumber('inferenceMs', String(100 + (i % 7))), rows))}`,
  );
  const charts = () => [
    store.comparison.curveData,
    store.comparison.crossovers.length,
    store.comparison.hourlyData.length,
  ];
  console.log(
    `a workload input changed, table + charts (20 designs × 11 traffic levels): ${stats(
      time(
        store,
        (i) => store.workloadForm.setNumber('inferenceMs', String(100 + (i % 7))),
        () => [rows(), charts()],
        40,
      ),
    )}`,
  );
  console.log(
    `a workload input changed, recommendations recomputed (recommender sweep over the region's instance types): ${stats(
      time(
        store,
        (i) => store.workloadForm.setNumber('inferenceMs', String(100 + (i % 7))),
        () => store.recommendations.recommendations.length,
        20,
      ),
    )}`,
  );
  console.log(`renderer bundle (out/renderer/assets): ${bundleSize()}`);
}
