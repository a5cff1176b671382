import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { blockLookup, SpanIndex, spanAt } from '../../../server/src/lsp/lookup';
import { Fixture } from './fixture';

const span = fc.tuple(fc.nat(50), fc.nat(10)).map(([start, length]) => ({ start, end: start + length }));

test('SpanIndex answers overlap and containment like a linear scan', () => {
  fc.assert(
    fc.property(fc.array(span, { maxLength: 30 }), span, (spans, probe) => {
      const index = new SpanIndex(spans);
      assert.equal(index.overlapsAny(probe), spans.some((s) => s.start < probe.end && probe.start < s.end));
      assert.equal(index.containsAny(probe), spans.some((s) => s.start <= probe.start && probe.end <= s.end));
    }),
    { numRuns: 1000 },
  );
});

test('spanAt prefers the narrowest containing span, then one ending at the offset', () => {
  const spans = [
    { start: 0, end: 20 },
    { start: 5, end: 9 },
    { start: 12, end: 14 },
  ];
  assert.deepEqual(spanAt(spans, 6), spans[1]);
  assert.deepEqual(spanAt(spans, 10), spans[0]);
  assert.deepEqual(spanAt([{ start: 2, end: 4 }], 4), { start: 2, end: 4 });
  assert.equal(spanAt([{ start: 2, end: 4 }], 5), undefined);
});

test('blockLookup finds the paragraph of an offset, by sentence then by block', () => {
  const f = new Fixture('First one. Second one.\n\nThird one.\n');
  const blockOf = blockLookup(f.analysis());
  assert.equal(blockOf(f.offset('Second')), 0);
  assert.equal(blockOf(f.offset('Third')), 1);
  assert.equal(blockOf(f.text.indexOf('\n\n') + 1), -1);
});
