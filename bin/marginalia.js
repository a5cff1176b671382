#!/usr/bin/env node
'use strict';
// The `marginalia` command: the bundled CLI, built by `npm install` (prepare) or `npm run build`.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write(`marginalia: ${cli} is missing; run \`npm run build\` in ${join(__dirname, '..')} first.\n`);
  process.exit(2);
}
require(cli);
