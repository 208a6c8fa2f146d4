// Each hosting type and way to pay is defined once (src-shared/domain/hosting/<type>.ts,
// src-shared/domain/purchase/<way>.ts); everything else reaches it through its definition. This test
// keeps that true: the type name appears as a string literal in at most three source files.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HOSTING_TYPES, PURCHASE_TYPES } from '@shared/domain';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const LIMIT = 3;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|cjs|mjs|js)$/.test(e.name) ? [path] : [];
  });
}

const files = ['src-shared', 'src-main', 'src-renderer'].flatMap((d) =>
  sourceFiles(join(root, d)).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') })),
);

/**
 * Four hosting names are also the ids of AWS price services ('ec2', 'eks', 'lambda', 'bedrock'); the
 * price data code (refresh, normalisation, cache, catalog coverage) spells those as services, not as
 * hosting types, so it is left out for them.
 */
const PRICE_SERVICE_IDS = new Set(['ec2', 'eks', 'lambda', 'bedrock']);
const isPriceDataCode = (path: string) =>
  /^src-(main|shared)\/prices\//.test(path) || /^src-shared\/api\/schemas\/(prices|priceCatalog)\.ts$/.test(path);

/** Files that spell `name` as a whole string literal ('x', "x" or `x`). */
function filesWithLiteral(name: string): string[] {
  const literal = new RegExp(`(['"\`])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`);
  return files
    .filter((f) => !(PRICE_SERVICE_IDS.has(name) && isPriceDataCode(f.path)))
    .filter((f) => literal.test(f.text))
    .map((f) => f.path);
}

describe('each variant is spelled out in one place', () => {
  it('scans the sources and finds every type name where it is defined', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(filesWithLiteral('sagemaker-async')).toContain('src-shared/domain/hosting/sageMakerAsync.ts');
    expect(filesWithLiteral('reserved-instance')).toContain('src-shared/domain/purchase/reservedInstance.ts');
  });

  it.each([...HOSTING_TYPES])('hosting type %s appears as a literal in at most 3 files', (name) => {
    const found = filesWithLiteral(name);
    expect(found.length, found.join(', ')).toBeGreaterThan(0);
    expect(found.length, found.join(', ')).toBeLessThanOrEqual(LIMIT);
  });

  it.each([...PURCHASE_TYPES])('way to pay %s appears as a literal in at most 3 files', (name) => {
    const found = filesWithLiteral(name);
    expect(found.length, found.join(', ')).toBeGreaterThan(0);
    expect(found.length, found.join(', ')).toBeLessThanOrEqual(LIMIT);
  });
});
