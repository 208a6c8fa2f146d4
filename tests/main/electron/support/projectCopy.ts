// A fresh copy of the project as a clone would have it after `npm install`: its files copied, every package linked from this checkout's node_modules, except the electron package,
// which is copied without a downloaded binary (so the copy's first start really downloads, and
// the checkout's own electron package is never touched).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..', '..', '..');

// Build output, installed packages and local state are what a fresh clone does not have.
const NOT_IN_A_CLONE = new Set(['node_modules', 'out', 'dist', '.git', 'coverage', 'test-results']);

/** A new folder holding the copy; the caller removes it. */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'infercalc-clone-'));
  for (const name of readdirSync(repoRoot)) {
    if (!NOT_IN_A_CLONE.has(name)) cpSync(join(repoRoot, name), join(dir, name), { recursive: true });
  }
  const modules = join(repoRoot, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (name === 'electron') continue;
    symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  }
  const electron = join(modules, 'electron');
  const copy = join(dir, 'node_modules', 'electron');
  mkdirSync(copy);
  for (const name of readdirSync(electron)) {
    if (name === 'dist' || name === 'path.txt') continue; // a binary downloaded in this checkout
    if (name === 'node_modules') symlinkSync(join(electron, name), join(copy, name));
    else cpSync(join(electron, name), join(copy, name), { recursive: true });
  }
  return dir;
}
