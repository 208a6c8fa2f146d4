/**
 * Where the snapshot builder finds its inputs and writes its output. The repo is checked out at
 * `<x>/main` beside the shared folder `<x>/shared` (or deeper), so the sources are found relative to the repo
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

/**
 * The nearest `shared/prices/sources` folder beside the repo or beside one of its parent folders (a
 * checkout at `<x>/main` finds `<x>/shared`; a second checkout deeper down finds the same folder).
 * Falls back to `<repo>/../shared/prices/sources`, so a missing folder is reported under that name.
 */
export function defaultSourcesDir(repoRoot: string): string {
  const fallback = join(dirname(repoRoot), 'shared', 'prices', 'sources');
  let dir = dirname(resolve(repoRoot));
  for (;;) {
    const candidate = join(dir, 'shared', 'prices', 'sources');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return fallback;
    dir = parent;
  }
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
