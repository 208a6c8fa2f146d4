// Import cycles (type-only ones included: they tie files together for the reader as much as for
// the compiler). The optimizer and its cost floor, and the optimizer memo and the instance-type
// sweep, used to import each other; no module outside the domain's definition tables (a hosting
// type's definition reads the shared cost modules, which read the tables) may be part of a cycle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../electron/support/projectCopy';

function sourceFiles(folder: string): string[] {
  return readdirSync(join(repoRoot, folder), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(folder, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')
        ? [join(folder, e.name)]
        : [],
  );
}

/** Every import (values and types) of each source file, resolved to source files. */
function importGraph(): Map<string, string[]> {
  const files = ['src-shared', 'src-main', 'src-renderer'].flatMap(sourceFiles);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const deps: string[] = [];
    for (const [, spec] of readFileSync(join(repoRoot, file), 'utf8').matchAll(/(?:from|import)\s+'([^']+)'/g)) {
      const base = spec!.startsWith('@shared/')
        ? join('src-shared', spec!.slice('@shared/'.length))
        : spec!.startsWith('.')
          ? relative(repoRoot, join(repoRoot, dirname(file), spec!))
          : null;
      const target = base && [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => known.has(c));
      if (target) deps.push(target);
    }
    graph.set(file, deps);
  }
  return graph;
}

/** The groups of files that import each other in a circle (strongly connected, more than one file). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) found.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('import cycles', () => {
  const graph = importGraph();
  const groups = cycles(graph);

  it('reads the whole source tree', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('src-shared/domain/recommend/optimizer.ts')).toContain('src-shared/domain/recommend/memo.ts');
  });

  it('finds none in main, the renderer, the API contract or the recommender', () => {
    const outside = groups.flat().filter((f) => !f.startsWith('src-shared/domain/') || f.includes('/recommend/'));
    expect(outside).toEqual([]);
  });

  it('would find one (the check itself works)', () => {
    const probe = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['a.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(cycles(probe)).toEqual([['a.ts', 'b.ts']]);
  });
});
