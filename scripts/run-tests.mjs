// Runs the unit, protocol and CLI tests (compiled by `tsc -b` into out/) with
// Node's own test runner. Node 20's `--test DIR` would also run every helper
// module under a `test/` folder, so the test files are listed explicitly.
// Usage: node scripts/run-tests.mjs [unit|lsp|cli|golden ...]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const suites = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const roots = (suites.length ? suites : ['unit', 'golden', 'cli', 'lsp']).map((s) => join('out', 'test', s));

function collect(dir, into) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return into;
  }
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, into);
    else if (name.endsWith('.test.js')) into.push(path);
  }
  return into;
}

const files = roots.flatMap((r) => collect(r, []));
if (files.length === 0) {
  console.error('No compiled tests under out/test: run `tsc -b` first.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
