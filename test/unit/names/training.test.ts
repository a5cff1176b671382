// Training on a tiny inline corpus converges in seconds, and the quantised
// model written by the trainer decodes its own training sentences back.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { tagSentences } from '../../../server/src/analysis/entities/names/decoder';
import { extractSentence } from '../../../server/src/analysis/entities/names/features';
import { BEGIN, LAST, labelOf, OUTSIDE, UNIT } from '../../../server/src/analysis/entities/names/labels';
import { emptyLexicon } from '../../../server/src/analysis/entities/names/lexicon';
import { decodeModel, encodeModel } from '../../../server/src/analysis/entities/names/model';
import { Perceptron, seededRandom } from '../../../scripts/train/ner/perceptron';

const O = OUTSIDE;
const BP = labelOf(0, BEGIN);
const LP = labelOf(0, LAST);
const UO = labelOf(1, UNIT);
const UL = labelOf(2, UNIT);

/** Invented sentences: [tokens, labels]. */
const FIXTURE: [string[], number[]][] = [
  ['Mara Quell visited Dorvik on Monday .'.split(' '), [BP, LP, O, UL, O, O, O]],
  ['The Tessaly Group hired Ivo Renn .'.split(' '), [O, labelOf(1, BEGIN), labelOf(1, LAST), O, BP, LP, O]],
  ['Officials in Dorvik praised Zentra .'.split(' '), [O, O, UL, O, UO, O]],
  ['Ivo Renn flew to Dorvik .'.split(' '), [BP, LP, O, O, UL, O]],
  ['Zentra said Mara Quell would lead .'.split(' '), [UO, O, BP, LP, O, O, O]],
];

test('the perceptron fits a tiny corpus and its exported model tags it back', () => {
  const started = Date.now();
  const docs = [{ sentences: FIXTURE.map(([tokens, labels]) => ({
    features: extractSentence(tokens, emptyLexicon()),
    gold: Uint8Array.from(labels),
  })) }];
  const perceptron = new Perceptron();
  const random = seededRandom(7);
  let errors = Infinity;
  for (let epoch = 0; epoch < 30 && errors > 0; epoch++) {
    random();
    errors = perceptron.epoch(docs);
  }
  assert.equal(errors, 0, 'an epoch without errors');
  const bytes = encodeModel({
    header: { demonyms: [], maxPhrase: 0 },
    ...perceptron.export(64, 1),
    wordKeys: new Uint32Array(0), wordValues: new Uint32Array(0),
    phraseKeys: new Uint32Array(0), phraseValues: new Uint32Array(0),
  });
  const model = decodeModel(bytes);
  const found = tagSentences(model, FIXTURE.map(([tokens]) => tokens));
  const names = found.map((s) => `${s.sentence}:${FIXTURE[s.sentence][0].slice(s.start, s.end).join(' ')}:${s.cls}`);
  assert.ok(names.includes('0:Mara Quell:0'), names.join(', '));
  assert.ok(names.includes('2:Dorvik:2'), names.join(', '));
  assert.ok(names.includes('1:Tessaly Group:1'), names.join(', '));
  assert.ok(!names.some((n) => n.includes('Officials') || n.includes('Monday')), names.join(', '));
  assert.ok(Date.now() - started < 10000, 'converges in seconds');
});

test('a model file that is not one is refused', () => {
  assert.throws(() => decodeModel(new Uint8Array(4)), /too short/);
  assert.throws(() => decodeModel(new Uint8Array(64)), /not a Marginalia name model/);
});
