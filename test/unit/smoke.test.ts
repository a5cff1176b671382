import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

test('analyze returns spans that match the text', () => {
  const text = 'President Xi Jinping arrived on Tuesday. He said trade rose 12 per cent.';
  const result = analyze(text, { fileName: 'a.txt' });
  for (const s of result.document.sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.ok(result.document.sentences.length >= 2);
});
