// The feature extractor: normalisation, shapes, headline truecasing, and
// that modern typography (’ “ ”) yields the same features as CoNLL's.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { extractSentence } from '../../../server/src/analysis/entities/names/features';
import { hashString } from '../../../server/src/analysis/entities/names/hash';
import { CASE_LOWER, CASE_SHIFT, CASE_TITLE, emptyLexicon } from '../../../server/src/analysis/entities/names/lexicon';
import {
  isAllCapsSentence, lowerForm, normalizeToken, shapeOf,
} from '../../../server/src/analysis/entities/names/normalize';

/** Static keys of token `i` of a sentence, as a sorted list. */
function keysOf(tokens: string[], i: number, lexicon = emptyLexicon()): number[] {
  const f = extractSentence(tokens, lexicon);
  return [...f.keys.slice(f.offsets[i], f.offsets[i + 1])].sort((a, b) => a - b);
}

function check(name: string, actual: unknown, expected: unknown): void {
  assert.deepEqual(actual, expected, name);
}

test('normalisation maps curly quotes and apostrophes to CoNLL forms', () => {
  check('possessive', normalizeToken('’s'), "'s");
  check('apostrophe inside', normalizeToken('O’Brien'), "O'Brien");
  check('double quotes', normalizeToken('“'), '"');
  check('plain text untouched', normalizeToken('Astana'), 'Astana');
  check('digits fold', lowerForm('COVID-19'), 'covid-00');
});

test('shapes collapse runs and keep hyphens, periods and non-ASCII case', () => {
  check('hyphenated name', shapeOf('Kassym-Jomart'), 'Xx-Xx');
  check('abbreviation', shapeOf('U.S.'), 'X.X.');
  check('acronym', shapeOf('SCO'), 'X');
  check('umlaut', shapeOf('Müller'), 'Xx');
  check('initial capital letter outside ASCII', shapeOf('Ødegaard'), 'Xx');
  check('number', shapeOf('1,200'), 'd,d');
});

test('headlines in capitals are recognised, ordinary sentences are not', () => {
  check('headline', isAllCapsSentence(['XI', 'ARRIVES', 'IN', 'ASTANA']), true);
  check('sentence with an acronym', isAllCapsSentence(['The', 'SCO', 'met', 'in', 'Astana']), false);
  check('single word', isAllCapsSentence(['BREAKING']), false);
});

test('curly and straight possessives give identical features', () => {
  check('the possessive token', keysOf(['China', '’s', 'exports'], 1), keysOf(['China', "'s", 'exports'], 1));
  check('the name before it', keysOf(['China', '’s', 'exports'], 0), keysOf(['China', "'s", 'exports'], 0));
});

test('a capitals headline is truecased from the lexicon before featurising', () => {
  const lexicon = emptyLexicon();
  lexicon.words.set(hashString('arrives'), CASE_LOWER << CASE_SHIFT);
  lexicon.words.set(hashString('astana'), CASE_TITLE << CASE_SHIFT);
  const headline = extractSentence(['XI', 'ARRIVES', 'IN', 'ASTANA'], lexicon);
  check('forms', headline.forms, ['Xi', 'arrives', 'In', 'Astana']);
  const plain = extractSentence(['Xi', 'arrives', 'in', 'Astana'], lexicon);
  check('same word identity as in running text', headline.exact[3], plain.exact[3]);
  check('ordinary sentences keep their case', plain.forms[0], 'Xi');
});

test('features differ for different words and are never zero', () => {
  const a = keysOf(['Tokayev', 'said'], 0);
  const b = keysOf(['tokayev', 'said'], 0);
  assert.notDeepEqual(a, b);
  assert.ok(a.every((k) => k !== 0));
});
