#!/usr/bin/env node
'use strict';
// The `marginalia` command: the bundled CLI (built by `npm run build`).
require('../dist/cli.js');
