import { strict as assert } from 'node:assert';
import { after, test } from 'node:test';
import type { SchemaJson } from '../../server/src/analysis/schema';
import { ARTICLES, cli, workspace } from './helpers';

/** Flag every unsourced claim, whatever its level, so the tests do not depend on check-worthiness. */
const FLAG_ALL = JSON.stringify({ diagnostics: { lowestLevel: 'low', low: 'warning', medium: 'warning', high: 'warning' } });

const ws = workspace({
  'plain/article.txt': ARTICLES.trade,
  'project/.marginalia.json': JSON.stringify({ ...JSON.parse(FLAG_ALL), ignore: ['drafts', 'README.md'] }),
  'project/news/deep/article.txt': ARTICLES.trade,
  'project/drafts/draft.txt': ARTICLES.trade,
  'project/README.md': ARTICLES.markdown,
  'broken/.marginalia.json': '{ "diagnostics": { "high": "error" }, }',
  'broken/article.txt': ARTICLES.trade,
  'badfield/.marginalia.json': '{\n  "cue": ["briefed"],\n  "maxFileSizeMB": "big"\n}',
  'badfield/article.txt': ARTICLES.trade,
  'tiny/.marginalia.json': JSON.stringify({ maxFileSizeMB: 0.0001 }),
  'tiny/article.txt': ARTICLES.trade,
  'elsewhere/flag-all.json': FLAG_ALL,
});
after(() => ws.cleanup());

/** The unsourced claims of a file, read from the CLI's own JSON (the oracle for what must be flagged). */
function unsourced(path: string): SchemaJson['claims'] {
  const r = cli(['analyze', '--format', 'json', path], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  return (JSON.parse(r.stdout) as SchemaJson).claims.filter((c) => !c.sourced);
}

test('no project file: the defaults; the text report says where no settings came from', () => {
  const r = cli(['analyze', 'plain/article.txt'], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!r.stdout.includes('settings from'));
  assert.ok(!r.stderr.includes('.marginalia.json'));
});

test('the nearest .marginalia.json above the file applies: every unsourced claim is flagged', () => {
  const expected = unsourced('project/news/deep/article.txt');
  assert.ok(expected.length > 0, 'the fixture has unsourced sentences');
  const r = cli(['analyze', 'project/news/deep/article.txt'], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /settings from .*project\/\.marginalia\.json/);
  assert.match(r.stdout, new RegExp(`^Claims \\(\\d+; ${expected.length} unsourced flagged\\)$`, 'm'));
  assert.equal(r.stdout.split('\n').filter((l) => /^ {2}! /.test(l)).length, expected.length);
});

test('ignore globs skip a folder and a file name, with a note on stderr, not a failure', () => {
  const r = cli(['analyze', '--format', 'jsonl', 'project/drafts/draft.txt', 'project/README.md', 'project/news/deep/article.txt'], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trimEnd().split('\n').length, 1);
  assert.match(r.stderr, /^marginalia: project\/drafts\/draft\.txt: skipped \(not selected by the include\/ignore globs/m);
  assert.match(r.stderr, /^marginalia: project\/README\.md: skipped/m);
});

test('broken JSON: one warning line with line and column, the defaults apply, the file is still analysed', () => {
  const r = cli(['analyze', '--format', 'json', 'broken/article.txt'], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  const warnings = r.stderr.split('\n').filter((l) => l.includes('.marginalia.json'));
  assert.equal(warnings.length, 1, r.stderr);
  assert.match(warnings[0] ?? '', /^marginalia: warning: .*broken\/\.marginalia\.json:1:\d+: Not valid JSON .* Using the default settings\.$/);
  assert.equal((JSON.parse(r.stdout) as SchemaJson).file, 'article.txt');
});

test('bad fields: a warning per field, named with its position; the rest of the file still applies', () => {
  const r = cli(['analyze', 'badfield/article.txt'], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /badfield\/\.marginalia\.json:2:3: Unknown key "cue"; it is ignored\. Did you mean "cues"\?/);
  assert.match(r.stderr, /badfield\/\.marginalia\.json:3:3: "maxFileSizeMB" must be a number greater than 0/);
});

test('maxFileSizeMB from the project file limits size (0.0001 MB = 104 bytes); --max-size overrides it', () => {
  const limited = cli(['analyze', 'tiny/article.txt'], ws.dir);
  assert.equal(limited.status, 2);
  assert.match(limited.stderr, /^marginalia: tiny\/article\.txt: is [\d.]+ MB \(\d+ bytes\), over the 0\.0000992 MB limit/m);
  assert.equal(cli(['analyze', '--max-size', '5', 'tiny/article.txt'], ws.dir).status, 0);
});

test('--config FILE applies one project file to every article; a missing one is an error before any work', () => {
  const expected = unsourced('plain/article.txt');
  const r = cli(['analyze', '--config', 'elsewhere/flag-all.json', 'plain/article.txt'], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^Claims \\(\\d+; ${expected.length} unsourced flagged\\)$`, 'm'));
  const missing = cli(['analyze', '--config', 'elsewhere/none.json', 'plain/article.txt'], ws.dir);
  assert.equal(missing.status, 2);
  assert.equal(missing.stdout, '');
  assert.match(missing.stderr, /^marginalia: elsewhere\/none\.json: Cannot read the project file: not found\.$/m);
});
