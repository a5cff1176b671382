// partitionPoint: the first index where the predicate stops holding, checked
// against a linear scan on every prefix length of small sorted arrays.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { partitionPoint } from '../../server/src/analysis/partition';

function check(sorted: number[], below: number): void {
  const linear = sorted.findIndex((x) => !(x < below));
  const expected = linear < 0 ? sorted.length : linear;
  assert.equal(partitionPoint(sorted.length, (i) => sorted[i]! < below), expected, `${below} in [${sorted.join(', ')}]`);
}

test('the first index not below the key, as a linear scan finds it', () => {
  const arrays = [[], [5], [1, 3, 3, 3, 7], [0, 2, 4, 6, 8, 10, 12], [2, 2, 2]];
  for (const sorted of arrays) for (let key = -1; key <= 13; key++) check(sorted, key);
});

test('a predicate that holds everywhere gives the length, nowhere gives 0', () => {
  assert.equal(partitionPoint(9, () => true), 9);
  assert.equal(partitionPoint(9, () => false), 0);
  assert.equal(partitionPoint(0, () => true), 0);
});
