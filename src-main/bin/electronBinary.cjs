// Makes sure the pinned Electron binary is present before the desktop app starts. Electron 42 and
// later download their binary lazily, and electron-vite only reads node_modules/electron/path.txt,
// so without this step a fresh clone never gets a binary. The download is done by Electron's own
// installer (node_modules/electron/install.js, i.e. @electron/get), so Electron's standard settings
// apply unchanged: ELECTRON_MIRROR, electron_config_cache, electron_use_remote_checksums,
// ELECTRON_GET_USE_PROXY with HTTPS_PROXY, and their .npmrc forms.
// Plain Node (no build needed), so it runs before anything else on `npm start` / `npm run dev`.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { spawnSync } = require('node:child_process');

/**
 * The Node versions the desktop tooling runs on: Electron declares 22.12 or later; its installer
 * and electron-vite also run on 20.19 or later (the first 20.x that loads ES modules with require()).
 */
const NODE_RANGE = { recommended: [22, 12], oldest: [20, 19] };

/** The `engines.node` range package.json must declare (a test keeps the two equal). */
const ENGINES_NODE = `^${NODE_RANGE.oldest.join('.')}.0 || >=${NODE_RANGE.recommended.join('.')}.0`;

const WEB_HINT = '"npm run web" runs InferCalc in the browser without Electron';

/** Null when this Node can run the desktop tooling, else the one-line message to print. */
function nodeVersionProblem(version) {
  const [major, minor] = String(version).replace(/^v/, '').split('.').map(Number);
  const at = (min) => major > min[0] || (major === min[0] && minor >= min[1]);
  if (at(NODE_RANGE.recommended) || (major === NODE_RANGE.oldest[0] && at(NODE_RANGE.oldest))) return null;
  return (
    `InferCalc: the desktop app needs Node ${NODE_RANGE.recommended.join('.')} or later ` +
    `(Electron's supported versions; a 20.x from ${NODE_RANGE.oldest.join('.')} on also runs it), and this is Node ${version}. ` +
    `Install a newer Node and run "npm start" again; ${WEB_HINT} (Node ${NODE_RANGE.oldest.join('.')} or later).`
  );
}

/** The electron package folder and its pinned version, as resolved from the project root. */
function electronPackage(root) {
  const manifest = require.resolve('electron/package.json', { paths: [root] });
  return { dir: dirname(manifest), version: JSON.parse(readFileSync(manifest, 'utf8')).version };
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The installed executable, or null: path.txt names an executable that exists (what Electron's own
 * launcher checks) and dist/version, which every Electron release carries, is not another version
 * (after an upgrade of the electron package). A present binary costs three file reads.
 */
function installedExecutable(pkg, env) {
  // An Electron of the user's own choosing (electron-vite's and Electron's own settings) is used as is.
  if (env.ELECTRON_EXEC_PATH) return env.ELECTRON_EXEC_PATH;
  const relative = readText(join(pkg.dir, 'path.txt'));
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  const version = readText(join(pkg.dir, 'dist', 'version'));
  if (!relative || (version !== null && version.trim().replace(/^v/, '') !== pkg.version)) return null;
  const executable = join(pkg.dir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}

/** The installer's reason in a few words: the first line of its error output, without "Error:". */
function installerReason(stderr) {
  const first = String(stderr ?? '')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '));
  if (!first) return 'the installer stopped without saying why';
  return first.replace(/^(\w*Error|Error):\s*/, '').slice(0, 300);
}

/**
 * Ensures the binary is there, downloading it with Electron's installer when it is not.
 * Returns { executable } or { problem } (one line, for the user); never throws for a failed download.
 */
function ensureElectron({ root, env = process.env, say = (line) => process.stdout.write(`${line}\n`) }) {
  let pkg;
  try {
    pkg = electronPackage(root);
  } catch {
    return { problem: `InferCalc: the electron package is not installed; run "npm install" first. ${WEB_HINT}.` };
  }
  const present = installedExecutable(pkg, env);
  if (present) return { executable: present };

  say(`Downloading Electron ${pkg.version} (first start only; kept in Electron's download cache)...`);
  const run = spawnSync(process.execPath, [join(pkg.dir, 'install.js')], {
    cwd: pkg.dir,
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  const executable = run.status === 0 ? installedExecutable(pkg, env) : null;
  if (executable) return { executable };
  const reason = run.error
    ? run.error.message
    : run.status === 0
      ? 'no executable after install'
      : installerReason(run.stderr);
  return {
    problem:
      `InferCalc: could not download Electron ${pkg.version} (${reason}). ` +
      'Check the network (a proxy needs ELECTRON_GET_USE_PROXY=1 and HTTPS_PROXY; a mirror, ELECTRON_MIRROR) ' +
      `and run "npm start" again; ${WEB_HINT}.`,
  };
}

module.exports = { ENGINES_NODE, NODE_RANGE, ensureElectron, installerReason, nodeVersionProblem };
