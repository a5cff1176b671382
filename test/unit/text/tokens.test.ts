// Tokens by the INTERFACES.md contract: the NER tagger and every later stage
// read these, so each rule is pinned here.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildDocument } from '../../../server/src/analysis/text/document';
import { tokensOf } from './check';

test('hyphenated words and inner apostrophes are one word', () => {
  assert.deepEqual(tokensOf('Kassym-Jomart met O’Brien and O\'Neill on China-Kazakhstan ties; don\'t.'), [
    'Kassym-Jomart', 'met', 'O’Brien', 'and', "O'Neill", 'on', 'China-Kazakhstan', 'ties', ';', "don't", '.',
  ]);
  assert.deepEqual(tokensOf('A 12-year plan in 2024-2025.'), ['A', '12-year', 'plan', 'in', '2024-2025', '.']);
});

test('a wire slug opening a headline is a word of its own before its hyphen; elsewhere a hyphen joins', () => {
  assert.deepEqual(tokensOf('EXCLUSIVE-U.S. probes shipping firm'), ['EXCLUSIVE', '-', 'U.S.', 'probes', 'shipping', 'firm']);
  assert.deepEqual(tokensOf('ANALYSIS-Why the Fed waits'), ['ANALYSIS', '-', 'Why', 'the', 'Fed', 'waits']);
  assert.deepEqual(tokensOf('The EXCLUSIVE-Rights deal and UPDATE-era rules.'), ['The', 'EXCLUSIVE-Rights', 'deal', 'and', 'UPDATE-era', 'rules', '.']);
});

test('a possessive ’s or \'s is a token of its own, and so is a bare ’ after s', () => {
  assert.deepEqual(tokensOf('China’s and Xi\'s parents’ store.'), ['China', '’s', 'and', 'Xi', "'s", 'parents', '’', 'store', '.']);
});

test('abbreviations keep their periods; the final period is separate otherwise', () => {
  assert.deepEqual(tokensOf('Mr. Smith of the U.S. met Dr. Lee on Jan. 5 at 9 a.m. in Acme Inc. offices.'), [
    'Mr.', 'Smith', 'of', 'the', 'U.S.', 'met', 'Dr.', 'Lee', 'on', 'Jan.', '5', 'at', '9', 'a.m.', 'in', 'Acme', 'Inc.', 'offices', '.',
  ]);
  assert.deepEqual(tokensOf('J. K. Rowling spoke.'), ['J.', 'K.', 'Rowling', 'spoke', '.']);
  assert.deepEqual(tokensOf('He took vitamin C.'), ['He', 'took', 'vitamin', 'C', '.']);
});

test('numbers keep inner separators; currency prefixes and % are symbols', () => {
  const doc = buildDocument('Trade hit US$41 billion, HK$3.5m, $83.10, €1.9 billion, £120,000 and ¥5; up 3.5%.', 'plain');
  const tokens = doc.sentences[0].tokens.map((t) => `${t.text}/${t.kind}`);
  assert.deepEqual(tokens, [
    'Trade/word', 'hit/word', 'US$/symbol', '41/number', 'billion/word', ',/punct', 'HK$/symbol', '3.5m/word', ',/punct',
    '$/symbol', '83.10/number', ',/punct', '€/symbol', '1.9/number', 'billion/word', ',/punct', '£/symbol', '120,000/number',
    'and/word', '¥/symbol', '5/number', ';/punct', 'up/word', '3.5/number', '%/symbol', './punct',
  ]);
});

test('ellipses are one token; other punctuation one character each', () => {
  assert.deepEqual(tokensOf('Wait... then … “go”—now?!'), ['Wait', '...', 'then', '…', '“', 'go', '”', '—', 'now', '?', '!']);
});

test('emoji stay whole, joiners and skin tones included', () => {
  assert.deepEqual(tokensOf('Fans cheered 🎉 and 👩‍💻 and 👍🏽 today.'), ['Fans', 'cheered', '🎉', 'and', '👩‍💻', 'and', '👍🏽', 'today', '.']);
});

test('non-Latin scripts and non-breaking spaces', () => {
  assert.deepEqual(tokensOf('Путин\u00a0прибыл в Астану.'), ['Путин', 'прибыл', 'в', 'Астану', '.']);
  assert.deepEqual(tokensOf('Café naïve résumé.'), ['Café', 'naïve', 'résumé', '.']);
});

test('ordinary words keep no period: "no." and "Ed." end in a period token', () => {
  assert.deepEqual(tokensOf('He said no.'), ['He', 'said', 'no', '.']);
  assert.deepEqual(tokensOf('I met Ed.'), ['I', 'met', 'Ed', '.']);
  assert.deepEqual(tokensOf('St. Louis grew.'), ['St.', 'Louis', 'grew', '.']);
});
