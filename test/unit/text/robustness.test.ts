// Odd input never breaks the model: CRLF, BOM, emoji, NBSP, zero-width
// characters, garbage, huge lines; plus fast-check properties over random
// strings and random mutations of a fixture article.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildDocument } from '../../../server/src/analysis/text/document';
import { assertInvariants, check } from './check';

const FIXTURE = [
  '# Council raises rents by 20% as tenants protest',
  '',
  'HARBOURTON, May 3 (Wire) - The city council of Harbourton raised rents by 20% on Tuesday, Mayor J. R. Vance said.',
  'Mr. Vance, 61, told reporters: “We had no choice.” Tenants disagreed… Prices rose to US$4.5 billion.',
  '',
  '> “It is a scandal,” said Ana Ruiz of the U.S. Tenants’ League.',
  '',
  '- 1,240 homes affected ([report](https://example.org/r))',
  '- £3.5 million set aside[^1]',
  '',
  '| Town | Rise |',
  '|---|---|',
  '| Harbourton | 20% |',
  '',
  '```',
  'not prose. Not at all.',
  '```',
  '',
  'Rents rose. <!-- marginalia: sourced -- council minutes --> Shares of Acme Inc. fell 3.5%. 🎉👩‍💻',
  '',
  '[^1]: Council budget, p. 4.',
].join('\n');

test('CRLF, BOM, NBSP and zero-width characters keep exact offsets', () => {
  check('\ufeff[[Prices rose.]]\r\n\r\n[[Rents fell.]]\r\n');
  check('[[Prices\u00a0rose.]]\u00a0[[Rents\u200bfell.]]');
  check('[[Mr.\u00a0Smith left.]]');
  const doc = check('\ufeff[[Read More]]\r\n[[Next line.]]');
  assert.equal(doc.sentences[0].start, 1);
});

test('emoji never split, at any place in a sentence', () => {
  check('[[🎉 Fans cheered.]] [[Then 👍🏽.]] [[🇰🇿!]]');
  check('[[😀]]\n\n[[😀😀 ok]]');
});

test('empty, blank and garbage input yield an empty or sane model', () => {
  for (const format of ['plain', 'markdown'] as const) {
    for (const text of ['', ' ', '\n\n\r\n', '\ufeff', '\u0000\u0001\ufffd', '\ud800', '\udc00x', '****', '- ', '#', '> ', '|', '[', '`', '<!--', '<!-- marginalia:']) {
      const doc = buildDocument(text, format);
      assertInvariants(doc);
      assert.equal(doc.problems.filter((p) => p.code.startsWith('internal')).length, 0, JSON.stringify(text));
    }
  }
});

test('5 MB without a line break stays linear', () => {
  const unit = 'The U.S. Senate voted 52 to 48 on Jan. 5... “Why?” he asked [see `x` and [link](u)] ';
  const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
  for (const format of ['plain', 'markdown'] as const) {
    const t0 = performance.now();
    const doc = buildDocument(text, format);
    const ms = performance.now() - t0;
    assert.ok(doc.sentences.length > 1000, format);
    assert.ok(ms < 20_000, `${format} took ${ms} ms`);
  }
  for (const bad of ['['.repeat(200_000), '`'.repeat(50_000) + 'x`'.repeat(50_000), '<!--'.repeat(100_000), '*a'.repeat(200_000), '. '.repeat(300_000)]) {
    const t0 = performance.now();
    assertInvariants(buildDocument(bad, 'markdown'));
    assertInvariants(buildDocument(bad, 'plain'));
    assert.ok(performance.now() - t0 < 10_000, `pathological input took too long: ${bad.slice(0, 10)}`);
  }
});

test('property: random strings never throw and keep every invariant', () => {
  const chars = fc.constantFrom(
    ...'aZ .!?…。"”’\'()[]`*_#>-|\n\r\t\u00a0\u200b\ufeff1,$%^:<>/\\~='.split(''),
    ...['😀', '\ud83d', '<!--', '-->', '](x)', '[^1]', '[^1]:', 'Mr.', 'U.S.', '<!-- marginalia: sourced -- r -->', '// marginalia: x'],
    ...['```', '    ', '---', '|---|', '1. ', '- ', '> ', '<b>', '&amp;', '[r]: http://x'],
  );
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 80 }), fc.boolean(), (parts, markdown) => {
      assertInvariants(buildDocument(parts.join(''), markdown ? 'markdown' : 'plain'));
    }),
    { numRuns: 400 },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
      assertInvariants(buildDocument(s, 'markdown'));
      assertInvariants(buildDocument(s, 'plain'));
    }),
    { numRuns: 200 },
  );
});

test('property: random mutations of a fixture article keep every invariant', () => {
  const edit = fc.record({ at: fc.nat(FIXTURE.length), del: fc.nat(6), ins: fc.string({ maxLength: 4, unit: fc.constantFrom(...'.\n*[]()`>#-| “”\'"😀'.split(''), '\r\n', '<!--') }) });
  fc.assert(
    fc.property(fc.array(edit, { maxLength: 6 }), fc.boolean(), (edits, markdown) => {
      let text = FIXTURE;
      for (const e of edits) text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
      assertInvariants(buildDocument(text, markdown ? 'markdown' : 'plain'));
    }),
    { numRuns: 400 },
  );
});

test('the fixture article reads as expected in both formats', () => {
  const doc = buildDocument(FIXTURE, 'markdown');
  assertInvariants(doc);
  assert.equal(doc.sentences[0].text, 'Council raises rents by 20% as tenants protest');
  assert.ok(doc.sentences.some((s) => s.text === 'Mr. Vance, 61, told reporters: “We had no choice.”'));
  assert.ok(!doc.sentences.some((s) => s.text.includes('not prose')));
  assert.equal(doc.directives.length, 1);
  assert.equal(doc.footnoteDefinitions.length, 1);
  assertInvariants(buildDocument(FIXTURE, 'plain'));
});
