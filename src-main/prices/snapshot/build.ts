/**
 * `npm run snapshot`: rebuilds the embedded price snapshot from the public source files.
 * Usage: tsx src-main/prices/snapshot/build.ts [--sources DIR] [--check]
 * `--check` compares instead of writing and exits 1 when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnapshotCatalog } from './buildSnapshot';
import { compactSnapshot } from './compactFormat';
import { defaultSourcesDir, findRepoRoot, readSourceTexts, SNAPSHOT_RELATIVE_PATH } from './sourcePaths';

/** The exact bytes of the snapshot file for the given sources folder. */
export function renderSnapshotFile(sourcesDir: string): string {
  return `${JSON.stringify(compactSnapshot(buildSnapshotCatalog(readSourceTexts(sourcesDir))))}\n`;
}

function main(argv: string[]): number {
  const root = findRepoRoot(process.cwd());
  const at = argv.indexOf('--sources');
  const sourcesDir = at >= 0 && argv[at + 1] ? argv[at + 1]! : defaultSourcesDir(root);
  const target = join(root, SNAPSHOT_RELATIVE_PATH);
  const text = renderSnapshotFile(sourcesDir);
  if (argv.includes('--check')) {
    const same = readFileSync(target, 'utf8') === text;
    process.stderr.write(same ? 'snapshot is up to date\n' : 'snapshot is stale: run npm run snapshot\n');
    return same ? 0 : 1;
  }
  writeFileSync(target, text);
  process.stderr.write(`wrote ${SNAPSHOT_RELATIVE_PATH} (${Buffer.byteLength(text)} bytes)\n`);
  return 0;
}

// Run only as a script, not when a test imports renderSnapshotFile.
if (process.argv[1] && /[\\/]build\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
