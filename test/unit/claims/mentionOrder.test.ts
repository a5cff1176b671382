import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { byStartThenOrder, type IndexedMention } from '../../../server/src/analysis/claims/attribution/mentionOrder';

/** The comparator sort the packed one stands for. */
function reference(all: IndexedMention[]): IndexedMention[] {
  return [...all].sort((x, y) => x.start - y.start || x.order - y.order);
}

/** Mentions of `actors` actors in visiting order, with starts from a small range so that many tie. */
function mentions(actors: number, seed: number): IndexedMention[] {
  let s = seed;
  const random = (n: number): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s % n;
  };
  const out: IndexedMention[] = [];
  for (let i = 0; i < actors; i++) {
    const count = random(6);
    for (let j = 0; j < count; j++) {
      const start = random(40);
      out.push({ start, end: start + 1 + random(5), order: i * 67108864 + j });
    }
  }
  return out;
}

test('mentions come out by start, ties in visiting order, as the comparator sort gives them', () => {
  for (let seed = 1; seed <= 200; seed++) {
    const all = mentions(1 + (seed % 12), seed);
    assert.deepEqual(byStartThenOrder([...all]), reference(all), `seed ${seed}`);
  }
});

test('inputs the packing cannot hold take the comparator sort', () => {
  const odd: IndexedMention[] = [
    { start: 5.5, end: 7, order: 0 },
    { start: 2, end: 3, order: 1 },
    { start: 2, end: 4, order: 67108864 },
  ];
  assert.deepEqual(byStartThenOrder([...odd]), reference(odd));
  const falling: IndexedMention[] = [
    { start: 3, end: 4, order: 2 },
    { start: 3, end: 5, order: 1 },
  ];
  assert.deepEqual(byStartThenOrder([...falling]), reference(falling));
  assert.deepEqual(byStartThenOrder([]), []);
});
