// The one check() helper of the pattern-entity tests. Fixtures are plain
// sentences with inline markers: [[span|type]] or [[span|type|value]], where
// value is the compact form of the normalised value (see compact()). Every
// entity found must be marked and every marked one found, so unmarked text
// is a must-not-tag case.
import { strict as assert } from 'node:assert';
import { findPatternEntities } from '../../../server/src/analysis/entities/patterns';
import { buildDocument } from '../../../server/src/analysis/text/document';
import type { ArticleDocument, Entity, EntityValue } from '../../../server/src/analysis/types';

/** "2022-09", "Tuesday", "~" (relative), "USD 41000000000", "12". */
export function compact(value: EntityValue | undefined): string {
  if (!value) return '';
  if (value.kind === 'money') return `${value.currency} ${value.amount}`;
  if (value.kind === 'percent') return String(value.value);
  const parts = [value.iso, value.weekday, value.relative ? '~' : undefined].filter(Boolean);
  return parts.join(' ');
}

interface Expected {
  start: number;
  end: number;
  text: string;
  type: string;
  value?: string;
}

/** Strips the markers: the plain text and what must be found in it. */
export function parseMarked(marked: string): { text: string; expected: Expected[] } {
  const expected: Expected[] = [];
  let text = '';
  const re = /\[\[([^|\]]+)\|([a-z]+)(?:\|([^\]]*))?\]\]/g;
  let at = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(at, m.index);
    const start = text.length;
    text += m[1];
    expected.push({ start, end: text.length, text: m[1], type: m[2], ...(m[3] !== undefined ? { value: m[3] } : {}) });
    at = m.index + m[0].length;
  }
  text += marked.slice(at);
  return { text, expected };
}

/** A document of one block and one sentence, for cases the naive document model cannot build (links, directives). */
export function oneSentence(text: string, extra: Partial<ArticleDocument> = {}): ArticleDocument {
  return {
    text,
    format: 'markdown',
    blocks: [{ start: 0, end: text.length, kind: 'paragraph', firstSentence: 0, sentenceCount: 1 }],
    sentences: [{ start: 0, end: text.length, text, block: 0, tokens: [] }],
    links: [],
    footnoteReferences: [],
    footnoteDefinitions: [],
    directives: [],
    problems: [],
    ...extra,
  };
}

/**
 * Runs the pattern rules over `marked` (without its markers) and asserts the
 * entities are exactly the marked ones, with their compact values when given.
 */
export function check(marked: string, document?: (text: string) => ArticleDocument): Entity[] {
  const { text, expected } = parseMarked(marked);
  const doc = document ? document(text) : buildDocument(text, 'plain');
  const found = findPatternEntities(doc);
  const show = (e: { text: string; type: string }) => `${e.type}:${JSON.stringify(e.text)}`;
  assert.deepEqual(
    found.map((e) => `${show(e)}@${e.start}`),
    expected.map((e) => `${show(e)}@${e.start}`),
    `in: ${text}`,
  );
  for (const e of found) assert.equal(e.text, text.slice(e.start, e.end));
  expected.forEach((e, i) => {
    if (e.value !== undefined) assert.equal(compact(found[i].value), e.value, `value of ${show(e)} in: ${text}`);
  });
  return found;
}
