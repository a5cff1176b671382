// `marginalia: sourced` directives: the claim stays sourced:false but is suppressed, with the reason.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check } from './check';

test('inline Markdown comment suppresses the sentence before it, only that one', () => {
  const a = check('# Prices\n\nPrices rose 12% in May. <!-- marginalia: sourced -- checked with the bureau --> Exports fell 3% in May.\n', [
    { sentence: 'Prices rose', sourced: false, suppressed: 'checked with the bureau' },
    { sentence: 'Exports fell', sourced: false, suppressed: undefined, level: 'high' },
  ], { fileName: 'p.md' });
  assert.equal(a.claims.find((c) => c.text.startsWith('Exports'))?.suppressed, undefined);
});

test('a plain-text line comment suppresses every claim of the next block', () => {
  const a = check('// marginalia: sourced -- from the wire copy\nPrices rose 12% in May. Exports fell 3%.\n\nImports rose 5% in June.\n', [
    { sentence: 'Prices rose', suppressed: 'from the wire copy' },
    { sentence: 'Exports fell', suppressed: 'from the wire copy' },
  ]);
  assert.equal(a.claims.find((c) => c.text.startsWith('Imports'))?.suppressed, undefined);
});
