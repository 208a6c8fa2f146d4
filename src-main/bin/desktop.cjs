#!/usr/bin/env node
// `npm start` (desktop.cjs preview) and `npm run dev` (desktop.cjs dev): checks Node, makes sure the
// Electron binary is installed (downloading it on first start), then hands over to electron-vite,
// which builds and launches the app. Any failure before the hand-over is one line and exit code 1.
'use strict';
const { spawn } = require('node:child_process');
const { dirname, join } = require('node:path');
const { ensureElectron, nodeVersionProblem } = require('./electronBinary.cjs');

const root = join(__dirname, '..', '..');
const [mode, ...rest] = process.argv.slice(2);

function fail(line) {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

if (mode !== 'preview' && mode !== 'dev') fail('usage: desktop.cjs preview|dev [electron-vite options]');
const nodeProblem = nodeVersionProblem(process.versions.node);
if (nodeProblem) fail(nodeProblem);

const electron = ensureElectron({ root });
if (electron.problem) fail(electron.problem);

// electron-vite honours ELECTRON_EXEC_PATH before it looks for path.txt.
const viteManifest = require.resolve('electron-vite/package.json', { paths: [root] });
const viteBin = join(dirname(viteManifest), require(viteManifest).bin['electron-vite']);
const child = spawn(process.execPath, [viteBin, mode, ...rest], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: electron.executable },
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => fail(`InferCalc: could not start electron-vite (${error.message}).`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
