// cueScore memoises the word-only part of the score; it must stay the plain
// sum of the weights of cueFeatures(), added in feature order (the same float).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFeatures, cueScore } from '../../../server/src/analysis/claims/cueFeatures';

const SENTENCES = [
  'the minister said on tuesday that talks would resume',
  'officials have also repeatedly warned : " prices will rise "',
  'xi hailed the unique links , reported state media',
  'warned',
];

/** Weights with awkward floats on some of the features the sentences produce, so the addition order shows. */
function weightsFor(words: string[][]): Record<string, number> {
  const weights: Record<string, number> = { b: 0.1 };
  let k = 1;
  for (const lower of words) {
    lower.forEach((_, i) => {
      for (const f of cueFeatures(lower, (j) => j === 0, i)) if (k++ % 3 !== 0) weights[f] = 1 / (k * 7) - 0.3 * (k % 5);
    });
  }
  return weights;
}

function check(lower: string[], weights: Record<string, number>, i: number): void {
  const capital = (j: number) => j === 0;
  let expected = 0;
  for (const f of cueFeatures(lower, capital, i)) expected += weights[f] ?? 0;
  assert.equal(cueScore(weights, lower, capital, i), expected, `${lower.join(' ')} @${i}`);
}

test('cueScore is the sum of the weights of cueFeatures, in order, for every token, twice (memo warm)', () => {
  const words = SENTENCES.map((s) => s.split(' '));
  const weights = weightsFor(words);
  for (let round = 0; round < 2; round++) for (const lower of words) lower.forEach((_, i) => check(lower, weights, i));
});

test('a different weight table is not served from another table’s memo', () => {
  const lower = 'he said so'.split(' ');
  const a = { 'w=said': 1.5, b: 0.25 };
  const b = { 'w=said': -2, b: 0.25 };
  check(lower, a, 1);
  check(lower, b, 1);
  assert.notEqual(cueScore(a, lower, () => false, 1), cueScore(b, lower, () => false, 1));
});
