import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { resolveActors } from '../../../server/src/analysis/actors';
import { buildDocument } from '../../../server/src/analysis/text/document';
import type { Entity, EntityType } from '../../../server/src/analysis/types';

const WORDS = ['the', 'He', 'she', 'its', 'It', 'is', 'company', 'Mr', 'Ms', 'Ana', 'Lund', 'Bank', 'of', 'Orlia', '(OB)', ',', '.', '“', '”', 'said', 'her', 'sister', 'President', 'agency', '’s', '😀', '\r\n', '\n\n', '# ', '61-year-old', 'was', 'mayor', 'who', 'became'];
const TYPES: EntityType[] = ['person', 'organization', 'place', 'nationality', 'date'];

test('any text with any entity spans: no exception, spans in bounds, text matches, definition among mentions', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }),
      fc.array(fc.tuple(fc.nat(400), fc.nat(30), fc.constantFrom(...TYPES)), { maxLength: 12 }),
      fc.boolean(),
      (words, spans, markdown) => {
        const text = words.join(' ');
        const entities: Entity[] = spans.map(([start, length, type]) => {
          const s = Math.min(start, text.length);
          const e = Math.min(s + length, text.length);
          return { start: s, end: e, text: text.slice(s, e), type };
        });
        const actors = resolveActors(buildDocument(text, markdown ? 'markdown' : 'plain'), entities);
        const ids = new Set<string>();
        for (const a of actors) {
          assert.ok(!ids.has(a.id), 'ids are unique');
          ids.add(a.id);
          assert.match(a.id, /^[\p{Ll}\p{N}-]+$/u);
          for (const m of a.mentions) {
            assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
            assert.equal(text.slice(m.start, m.end), m.text);
          }
          assert.ok(a.mentions.some((m) => m.start === a.definition.start && m.end === a.definition.end));
        }
      },
    ),
    { numRuns: 300 },
  );
});
