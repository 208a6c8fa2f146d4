/**
 * Where the snapshot builder finds its inputs and writes its output. The repo is checked out at
 * `<x>/main` beside the shared folder `<x>/shared`, so the sources are found relative to the repo
 * root; nothing here names a machine's absolute path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SOURCE_FILES, type SourceName, type SourceTexts } from './sourceFiles';

/** The committed snapshot file, relative to the repo root. */
export const SNAPSHOT_RELATIVE_PATH = join('src-main', 'prices', 'snapshot', 'prices-snapshot.json');

/** Walks up from `start` to the folder whose package.json is this project's. */
export function findRepoRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'infercalc')
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no infercalc package.json above ${start}`);
    dir = parent;
  }
}

/** `<repo>/../shared/prices/sources`. */
export function defaultSourcesDir(repoRoot: string): string {
  return join(dirname(repoRoot), 'shared', 'prices', 'sources');
}

/** Reads every source file; a missing file fails with its name. */
export function readSourceTexts(sourcesDir: string): SourceTexts {
  const out = {} as SourceTexts;
  for (const [name, file] of Object.entries(SOURCE_FILES) as [SourceName, (typeof SOURCE_FILES)[SourceName]][]) {
    const path = join(sourcesDir, file.file);
    if (!existsSync(path)) throw new Error(`price source file missing: ${file.file} (looked in ${sourcesDir})`);
    out[name] = readFileSync(path, 'utf8');
  }
  return out;
}
