// BILOU decoding rules: spans read off label sequences, and how the greedy
// decoder mends a label that does not fit after the previous one.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { closeOpenSpan } from '../../../server/src/analysis/entities/names/decoder';
import {
  BEGIN, choose, INSIDE, LABEL_COUNT, LAST, labelOf, OUTSIDE, spansOf, UNIT,
} from '../../../server/src/analysis/entities/names/labels';

const PER = 0;
const LOC = 2;
const B = (c: number) => labelOf(c, BEGIN);
const I = (c: number) => labelOf(c, INSIDE);
const L = (c: number) => labelOf(c, LAST);
const U = (c: number) => labelOf(c, UNIT);

/** Scores with `best` highest and `second` next. */
function scores(best: number, second?: number): number[] {
  const s = new Array<number>(LABEL_COUNT).fill(0);
  s[best] = 10;
  if (second !== undefined) s[second] = 5;
  return s;
}

function check(name: string, actual: unknown, expected: unknown): void {
  assert.deepEqual(actual, expected, name);
}

test('spans are read off BILOU labels, malformed runs included', () => {
  check('two names', spansOf([B(PER), L(PER), OUTSIDE, U(LOC)]), [
    { start: 0, end: 2, cls: PER },
    { start: 3, end: 4, cls: LOC },
  ]);
  check('a stray I starts a name', spansOf([OUTSIDE, I(LOC), L(LOC)]), [{ start: 1, end: 3, cls: LOC }]);
  check('class change ends a name', spansOf([B(PER), I(LOC)]), [
    { start: 0, end: 1, cls: PER },
    { start: 1, end: 2, cls: LOC },
  ]);
  check('nothing', spansOf([OUTSIDE, OUTSIDE]), []);
});

test('the decoder continues an open name unless the model says O', () => {
  // "Port Essen": after B-LOC the model prefers U-PER; the name goes on.
  check('continues', choose(scores(U(PER), L(LOC)), B(LOC)), B(LOC) * 256 + L(LOC));
  // "Riverside Union Hall that": after I-LOC the model says O; the previous closes.
  check('closes at O', choose(scores(OUTSIDE), I(LOC)), L(LOC) * 256 + OUTSIDE);
  check('B closes as U', choose(scores(OUTSIDE), B(PER)), U(PER) * 256 + OUTSIDE);
  // A continuation label with nothing open becomes a start.
  check('I after O starts', choose(scores(I(PER)), OUTSIDE), OUTSIDE * 256 + B(PER));
  check('L after O is a unit', choose(scores(L(PER)), OUTSIDE), OUTSIDE * 256 + U(PER));
  check('a fitting label is kept', choose(scores(L(PER)), B(PER)), B(PER) * 256 + L(PER));
});

test('a sentence cannot end inside a name', () => {
  const labels = Uint8Array.from([OUTSIDE, B(PER)]);
  closeOpenSpan(labels, 2);
  check('B becomes U', [...labels], [OUTSIDE, U(PER)]);
  const inside = Uint8Array.from([B(LOC), I(LOC)]);
  closeOpenSpan(inside, 2);
  check('I becomes L', [...inside], [B(LOC), L(LOC)]);
});
