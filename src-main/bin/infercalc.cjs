#!/usr/bin/env node
// The `infercalc` command: runs the built CLI (built by `npm install`'s prepare step or `npm run build`).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const entry = join(__dirname, '..', '..', 'out', 'main', 'cli.js');
if (!existsSync(entry)) {
  process.stderr.write('infercalc: the CLI is not built yet; run "npm run build" in the InferCalc folder.\n');
  process.exit(2);
}
require(entry);
