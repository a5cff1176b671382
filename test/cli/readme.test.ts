// The README's terminal example is real output: every line it shows (but the
// "…" that marks a cut) must be a line the command prints today.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, repoRoot } from './helpers';

test('the README terminal example matches `marginalia analyze samples/company-results.txt`', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const intro = readme.indexOf('`npx marginalia analyze samples/company-results.txt`');
  assert.ok(intro > 0, 'the README introduces the example');
  const open = readme.indexOf('```\n', intro);
  const close = readme.indexOf('\n```', open + 4);
  const shown = readme.slice(open + 4, close).split('\n').filter((l) => l.trim() !== '…' && l.trim() !== '');
  assert.ok(shown.length >= 5, 'the example has lines');
  const r = cli(['analyze', 'samples/company-results.txt'], repoRoot);
  assert.equal(r.status, 0, r.stderr);
  const printed = new Set(r.stdout.split('\n'));
  for (const line of shown) assert.ok(printed.has(line), `README line not printed by the command:\n${line}`);
});
