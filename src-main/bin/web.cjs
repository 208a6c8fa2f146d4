#!/usr/bin/env node
// `npm run web [-- --port N]`: builds the app when the build is missing or older than the sources,
// then starts the web mode's server.
'use strict';
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..', '..');
const outputs = [join(root, 'out', 'main', 'web.js'), join(root, 'out', 'renderer', 'index.html')];
const inputs = ['src-main', 'src-renderer', 'src-shared', 'package.json', 'electron.vite.config.ts'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const builtAt = Math.min(...outputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
const sourcesAt = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
if (builtAt === 0 || sourcesAt > builtAt) {
  process.stderr.write('Building InferCalc (sources changed since the last build)...\n');
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  const result = spawnSync(bin, ['build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    process.stderr.write('infercalc web: the build failed; see the messages above.\n');
    process.exit(result.status ?? 1);
  }
}
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
require(outputs[0]);
