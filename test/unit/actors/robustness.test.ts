import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { resolveActors } from '../../../server/src/analysis/actors';
import { buildDocument } from '../../../server/src/analysis/text/document';
import { check } from './check';

test('odd input gives no actors and no exception', () => {
  for (const text of ['', '\uFEFF', '   \r\n\r\n', '😀😀 😀', '\u0000\u0001binary\u0002', 'the the the he she it its']) {
    assert.deepEqual(resolveActors(buildDocument(text, 'plain'), []), []);
  }
});

test('spans stay exact with a BOM, CRLF line ends and emoji', () => {
  const r = check('\uFEFF😀 Sara Moll won.\r\n\r\nShe 😀 said Moll Group paid her.', {
    'Sara Moll': 'person',
    'Moll Group': 'organization',
  });
  assert.equal(r.actorOf('She')?.name, 'Sara Moll');
  assert.equal(r.actorOf('Moll Group')?.name, 'Moll Group');
});

test('entities out of order, overlapping or out of bounds do not break resolution', () => {
  const text = 'Tova Kern met Ulf Berg.';
  const doc = buildDocument(text, 'plain');
  const actors = resolveActors(doc, [
    { start: 14, end: 22, text: 'Ulf Berg', type: 'person' },
    { start: 0, end: 9, text: 'Tova Kern', type: 'person' },
    { start: 0, end: 4, text: 'Tova', type: 'person' },
    { start: 90, end: 99, text: 'nowhere', type: 'person' },
  ]);
  assert.deepEqual(actors.map((a) => a.name).sort(), ['Tova Kern', 'Ulf Berg']);
});

test('a person span made only of honorifics does not break resolution', () => {
  const text = 'Lund the (OB) became the mayor Ms Ms';
  const actors = resolveActors(buildDocument(text, 'plain'), [{ start: 31, end: 36, text: 'Ms Ms', type: 'person' }]);
  assert.equal(actors.length, 1);
  assert.equal(actors[0]?.mentions[0]?.text, 'Ms Ms');
});
