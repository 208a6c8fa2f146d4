/**
 * Runs loadCacheOnce.ts in fresh Node processes and sums up the runs: the load a starting app pays,
 * without the benchmark process's warm code and garbage.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadTiming } from './loadCacheOnce';

const script = join(dirname(fileURLToPath(import.meta.url)), 'loadCacheOnce.ts');

/** One fresh process; `mode` (and the built worker for 'startup') as loadCacheOnce.ts takes them. */
export function loadInFreshProcess(
  folder: string,
  mode: 'whole' | 'phases' | 'startup',
  workerFile?: string,
): LoadTiming {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', script, folder, mode, ...(workerFile ? [workerFile] : [])],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as LoadTiming;
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "read 5, parse 8, …" from the per-phase medians of several runs. */
export function phaseSplit(runs: LoadTiming[]): string {
  const names = Object.keys(runs[0]!.phases);
  return names.map((n) => `${n} ${median(runs.map((r) => r.phases[n]!)).toFixed(1)}`).join(', ');
}
