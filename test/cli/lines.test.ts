import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { LineIndex } from '../../server/src/cli/lines';

/**
 * `[[…]]` marks one span in `marked`; the SARIF region of that span must be
 * `expected` = [startLine, startColumn, endLine, endColumn, charOffset, charLength].
 */
function check(marked: string, expected: [number, number, number, number, number, number]): void {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]') - 2;
  const text = marked.replace('[[', '').replace(']]', '');
  const r = new LineIndex(text).region({ start, end });
  assert.deepEqual([r.startLine, r.startColumn, r.endLine, r.endColumn, r.charOffset, r.charLength], expected, marked);
}

test('SARIF regions: 1-based, end column exclusive, UTF-16 code units', () => {
  check('[[Xi]] said.', [1, 1, 1, 3, 0, 2]);
  check('a\nb [[cd]]', [2, 3, 2, 5, 4, 2]);
  check('😀 [[Xi]]', [1, 4, 1, 6, 3, 2]); // the emoji is two code units
  check('a\r\n[[b]]\r\n', [2, 1, 2, 2, 3, 1]);
  check('one\r[[two]]', [1, 5, 1, 8, 4, 3]); // a lone CR is not a SARIF line break by default
  check('[[a\nb]]', [1, 1, 2, 2, 0, 3]);
  check('[[a\n]]b', [1, 1, 1, 3, 0, 2]); // ends with its line break: still line 1
  check('ab[[]]', [1, 3, 1, 3, 2, 0]); // an insertion point
});

test('a BOM is not a column: line 1 column 1 is the first character after it', () => {
  check('\uFEFF[[Xi]] said.', [1, 1, 1, 3, 0, 2]);
  check('\uFEFFa\n[[b]]', [2, 1, 2, 2, 2, 1]);
});

test('spans outside the text are clamped, never thrown on', () => {
  const index = new LineIndex('ab\ncd');
  assert.deepEqual(index.position(99), { line: 2, column: 3 });
  assert.deepEqual(index.position(-4), { line: 1, column: 1 });
  assert.equal(index.region({ start: 4, end: 99 }).charLength, 1);
});
