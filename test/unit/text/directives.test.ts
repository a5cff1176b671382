// In-text directives: recognised in both formats, never prose, problems for
// a missing reason or an unknown name.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check } from './check';

test('an inline directive after a sentence is no prose (plain and Markdown)', () => {
  for (const format of ['plain', 'markdown'] as const) {
    const doc = check('[[Rents rose 20%.]] <!-- marginalia: sourced -- council data, 2024 --> [[Prices fell.]]', format);
    assert.deepEqual(doc.directives.map((d) => [d.name, d.reason, d.text]), [
      ['sourced', 'council data, 2024', '<!-- marginalia: sourced -- council data, 2024 -->'],
    ]);
    assert.deepEqual(doc.problems, []);
  }
});

test('a directive mid-sentence ends the sentence before it', () => {
  check('[[Rents rose 20%]] <!-- marginalia: sourced -- notes --> [[and prices fell.]]');
});

test('the whole-line form in plain text is no prose and no block', () => {
  const doc = check('[[Intro.]]\n\n// marginalia: sourced -- interview, 3 May\n[[Rents rose 20%.]]');
  assert.equal(doc.directives[0].reason, 'interview, 3 May');
  assert.equal(doc.blocks.length, 2);
});

test('in Markdown a "// marginalia" line is ordinary prose', () => {
  check('[[// marginalia: sourced -- x]]', 'markdown');
});

test('a Markdown directive on the line under a paragraph joins that block', () => {
  const doc = check('[[Rents rose.]]\n<!-- marginalia: sourced -- data -->\n\n[[Next.]]', 'markdown');
  assert.equal(doc.directives.length, 1);
  assert.ok(doc.blocks[0].end >= doc.directives[0].end);
});

test('missing reason: the directive applies, with a warning', () => {
  const doc = check('[[Rents rose.]] <!-- marginalia: sourced -->');
  assert.equal(doc.directives.length, 1);
  assert.equal(doc.directives[0].reason, undefined);
  assert.deepEqual(doc.problems.map((p) => [p.code, p.severity]), [['directive.missing-reason', 'warning']]);
});

test('unknown directive: a problem, no directive', () => {
  const doc = check('[[Rents rose.]] <!-- marginalia: sorced -- typo -->', 'markdown');
  assert.deepEqual(doc.directives, []);
  assert.deepEqual(doc.problems.map((p) => p.code), ['directive.unknown']);
});

test('other comments are no directives and no problems', () => {
  const doc = check('[[Rents rose.]] <!-- TODO check -->', 'markdown');
  assert.deepEqual([doc.directives, doc.problems], [[], []]);
});
