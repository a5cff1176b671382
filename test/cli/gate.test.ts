import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { SchemaJson } from '../../server/src/analysis/schema';
import { ARTICLES, binPath, cli, workspace } from './helpers';

/** The newsroom CI gate of the README, verbatim but for the command path. */
const GATE = `#!/bin/sh
# Fail the build when an article states an unsourced high check-worthiness claim;
# keep the SARIF report for code scanning either way.
status=0
marginalia analyze --format sarif --fail-on high articles/*.txt articles/*.md > marginalia.sarif || status=$?
case $status in
  0) echo "marginalia: every check-worthy claim is sourced" ;;
  1) echo "marginalia: unsourced claims, see marginalia.sarif" ;;
  *) echo "marginalia: some articles could not be read" ;;
esac
exit $status
`;

const ws = workspace({
  'clean/articles/a.txt': 'The mayor waved.\n',
  'clean/articles/b.md': 'Residents cheered, [the council said](https://example.org).\n',
  'dirty/articles/a.txt': ARTICLES.trade,
  'dirty/articles/b.md': ARTICLES.markdown,
  'gate.sh': GATE.replace('marginalia analyze', `"${process.execPath}" "${binPath}" analyze`),
});
after(() => ws.cleanup());

function gate(project: string): { status: number | null; stdout: string } {
  const r = spawnSync('sh', [join(ws.dir, 'gate.sh')], { cwd: join(ws.dir, project), encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout };
}

test('the CI gate script passes sourced articles, fails on an unsourced high claim, and always leaves SARIF', () => {
  const clean = gate('clean');
  const cleanJson = JSON.parse(cli(['analyze', '--format', 'json', 'articles/a.txt', 'articles/b.md'], join(ws.dir, 'clean')).stdout) as SchemaJson[];
  const cleanHigh = cleanJson.some((j) => j.claims.some((c) => !c.sourced && c.checkworthy === 'high'));
  assert.equal(clean.status, cleanHigh ? 1 : 0, clean.stdout);
  assert.ok(existsSync(join(ws.dir, 'clean', 'marginalia.sarif')));

  const dirty = gate('dirty');
  const dirtyJson = JSON.parse(cli(['analyze', '--format', 'json', 'articles/a.txt', 'articles/b.md'], join(ws.dir, 'dirty')).stdout) as SchemaJson[];
  const dirtyHigh = dirtyJson.some((j) => j.claims.some((c) => !c.sourced && c.checkworthy === 'high'));
  assert.equal(dirty.status, dirtyHigh ? 1 : 0, dirty.stdout);
  if (dirtyHigh) assert.match(dirty.stdout, /unsourced claims, see marginalia\.sarif/);
  const log = JSON.parse(readFileSync(join(ws.dir, 'dirty', 'marginalia.sarif'), 'utf8'));
  assert.equal(log.version, '2.1.0');
});

test('the gate reports unreadable articles with status 2', () => {
  const r = spawnSync('sh', [join(ws.dir, 'gate.sh')], { cwd: ws.dir, encoding: 'utf8' });
  // No articles/ folder here: the shell passes the globs through unexpanded, so the files are missing.
  assert.equal(r.status, 2);
  assert.match(r.stdout, /could not be read/);
  assert.match(r.stderr, /marginalia: articles\/\*\.txt: no such file/);
});
