import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../../server/src/lsp/convert';

/** Checks that `offset` and `[line, character]` convert into each other. */
function check(text: string, offset: number, line: number, character: number): void {
  const index = new LineIndex(text);
  assert.deepEqual(index.positionAt(offset), { line, character }, `positionAt(${offset}) in ${JSON.stringify(text)}`);
  assert.equal(index.offsetAt({ line, character }), offset, `offsetAt(${line}:${character}) in ${JSON.stringify(text)}`);
}

test('plain lines with LF', () => {
  check('ab\ncd', 0, 0, 0);
  check('ab\ncd', 2, 0, 2);
  check('ab\ncd', 3, 1, 0);
  check('ab\ncd', 5, 1, 2);
});

test('CRLF counts as one line break and no position falls inside it', () => {
  const text = 'ab\r\ncd\r\n';
  check(text, 2, 0, 2);
  check(text, 4, 1, 0);
  check(text, 8, 2, 0);
  const index = new LineIndex(text);
  assert.equal(index.lineCount, 3);
  // Offset 3 sits between \r and \n: it maps to the end of line 0.
  assert.deepEqual(index.positionAt(3), { line: 0, character: 2 });
  // A character past the end of the line is the end of the line (LSP rule).
  assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
});

test('a lone CR is a line break too', () => {
  check('ab\rcd', 3, 1, 0);
  assert.equal(new LineIndex('a\r').lineCount, 2);
});

test('a BOM is one code unit at line 0', () => {
  const text = '\uFEFFXi said.';
  check(text, 0, 0, 0);
  check(text, 1, 0, 1);
  assert.equal(text.slice(1, 3), 'Xi');
});

test('emoji count as two UTF-16 code units', () => {
  const text = 'A 😀 B\n😀C';
  check(text, 5, 0, 5); // 'B'
  check(text, 9, 1, 2); // 'C' after an emoji on line 1
  const index = new LineIndex(text);
  assert.deepEqual(index.range({ start: 2, end: 4 }), { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } });
});

test('end of file, empty text and a final line break', () => {
  check('', 0, 0, 0);
  check('abc', 3, 0, 3);
  check('abc\n', 4, 1, 0);
  const index = new LineIndex('abc\n');
  assert.equal(index.offsetAt({ line: 7, character: 0 }), 4, 'a line past the end is the end of the text');
  assert.deepEqual(index.positionAt(99), { line: 1, character: 0 }, 'an offset past the end is clamped');
  assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
});

test('malformed positions never throw and clamp to the text', () => {
  const index = new LineIndex('ab\ncd');
  assert.equal(index.offsetAt({ line: -1, character: -1 }), 0);
  assert.equal(index.offsetAt({ line: Number.NaN, character: 1 }), 1);
  assert.equal(index.isValid({ line: 0, character: 2 }), true);
  assert.equal(index.isValid({ line: 0, character: 3 }), false);
  assert.equal(index.isValid({ line: 2, character: 0 }), false);
  assert.equal(index.isValid({ line: 1.5, character: 0 }), false);
});

test('span and range round-trip, reversed ranges are ordered', () => {
  const index = new LineIndex('one\r\ntwo three\nfour');
  const span = { start: 5, end: 8 };
  assert.deepEqual(index.span(index.range(span)), span);
  assert.deepEqual(index.span({ start: { line: 1, character: 3 }, end: { line: 1, character: 0 } }), span);
});

test('splitByLine cuts a span at line breaks and drops the breaks', () => {
  const text = 'Xi\r\nJinping came';
  const index = new LineIndex(text);
  const parts = index.splitByLine({ start: 0, end: 11 });
  assert.deepEqual(parts.map((p) => text.slice(p.start, p.end)), ['Xi', 'Jinping']);
});

test('agrees with vscode-languageserver-textdocument on random text', () => {
  const alphabet = fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '😀', '\uFEFF', 'é', '”');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), fc.nat(60), (text, n) => {
      const index = new LineIndex(text);
      const reference = TextDocument.create('file:///a.txt', 'plaintext', 1, text);
      const offset = Math.min(n, text.length);
      // Skip offsets inside a CRLF: the reference keeps them unnormalised.
      if (text[offset - 1] === '\r' && text[offset] === '\n') return;
      assert.deepEqual(index.positionAt(offset), reference.positionAt(offset));
      const position = reference.positionAt(offset);
      assert.equal(index.offsetAt(position), reference.offsetAt(position));
      assert.equal(index.lineCount, reference.lineCount);
    }),
    { numRuns: 500 },
  );
});
