import { strict as assert } from 'node:assert';
import { after, test } from 'node:test';
import type { SchemaJson } from '../../server/src/analysis/schema';
import { ARTICLES, cli, workspace } from './helpers';

const ws = workspace({
  'good.txt': ARTICLES.trade,
  'also-good.md': ARTICLES.markdown,
  'folder/inside.txt': ARTICLES.trade,
  'binary.txt': new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02, 0x48]),
  'latin1.txt': new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' owners said prices rose.')]),
  'utf16.txt': new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]),
  'big.txt': 'Prices rose 3%. '.repeat(4_000), // 64,000 bytes
  'huge.txt': new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61), // one byte over 10 MB
  'empty.txt': '',
});
after(() => ws.cleanup());

/**
 * Runs `analyze --format json` on good files with one bad file between them:
 * the bad one gets exactly one stderr line naming it and the reason, the good
 * ones are still analysed, and the exit status is 2.
 */
function check(bad: string, reason: RegExp, extra: string[] = []): void {
  const r = cli(['analyze', '--format', 'json', ...extra, 'good.txt', bad, 'also-good.md'], ws.dir);
  assert.equal(r.status, 2, `${bad}: ${r.stderr}`);
  const errors = r.stderr.split('\n').filter((l) => l.includes(bad));
  assert.equal(errors.length, 1, r.stderr);
  assert.match(errors[0] ?? '', new RegExp(`^marginalia: ${bad.replace(/\./g, '\\.')}: ${reason.source}`));
  const list = JSON.parse(r.stdout) as SchemaJson[];
  assert.deepEqual(
    list.map((j) => j.file),
    ['good.txt', 'also-good.md'],
  );
}

test('a missing file', () => check('nope.txt', /no such file/));
test('a folder', () => check('folder', /is a folder/));
test('a binary file (NUL bytes)', () => check('binary.txt', /is a binary file \(a NUL byte at byte 2\)/));
test('invalid UTF-8, with the offset of the first bad byte', () => check('latin1.txt', /is not valid UTF-8 \(first bad byte at offset 3\)/));
test('UTF-16 text is named as such', () => check('utf16.txt', /is UTF-16 text; save it as UTF-8/));
test('a file over --max-size', () => check('big.txt', /is 0\.061 MB \(64,000 bytes\), over the 0\.05 MB limit/, ['--max-size', '0.05']));
test('a file over the default limit of 10 MB', () => check('huge.txt', /is 10 MB \(10,485,761 bytes\), over the 10 MB limit/));

test('a file under --max-size passes', () => {
  const r = cli(['analyze', '--format', 'jsonl', '--max-size', '0.07', 'big.txt'], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trimEnd().split('\n').length, 1);
});

test('an empty file is analysed: nothing found, no failure', () => {
  const r = cli(['analyze', '--format', 'json', 'empty.txt'], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { version: 1, file: 'empty.txt', entities: [], actors: [], claims: [] });
});

test('several bad files: one line each; text and SARIF still report the good ones', () => {
  const text = cli(['analyze', 'nope.txt', 'good.txt', 'binary.txt'], ws.dir);
  assert.equal(text.status, 2);
  assert.equal(text.stderr.split('\n').filter((l) => /^marginalia: (nope|binary)\.txt: /.test(l)).length, 2);
  assert.match(text.stdout, /^good\.txt/m);
  assert.match(text.stdout, /1 file analysed · 2 failed/);
  const sarif = cli(['analyze', '--format', 'sarif', 'nope.txt', 'good.txt'], ws.dir);
  assert.equal(sarif.status, 2);
  const log = JSON.parse(sarif.stdout);
  const invocation = log.runs[0].invocations[0];
  assert.equal(invocation.executionSuccessful, false);
  assert.match(invocation.toolExecutionNotifications[0].message.text, /^nope\.txt: no such file/);
  assert.deepEqual(
    log.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri),
    ['good.txt'],
  );
});

test('one missing file alone: nothing on stdout for json, exit 2', () => {
  const r = cli(['analyze', '--format', 'json', 'nope.txt'], ws.dir);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
});
