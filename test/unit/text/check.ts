// One helper for the document-model tests: fixtures mark the expected
// sentences inline with [[ … ]]; every built document is also checked
// against the model's invariants.
import { strict as assert } from 'node:assert';
import { buildDocument } from '../../../server/src/analysis/text/document';
import type { ArticleDocument, DocumentFormat, TextSpan } from '../../../server/src/analysis/types';

/** Removes the [[ ]] markers; returns the plain text and the marked spans. */
export function unmark(marked: string): { text: string; spans: { start: number; end: number; text: string }[] } {
  let text = '';
  const spans: { start: number; end: number; text: string }[] = [];
  const open: number[] = [];
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[[', i)) {
      open.push(text.length);
      i++;
    } else if (marked.startsWith(']]', i) && open.length && marked[i + 2] !== ']') {
      const start = open.pop()!;
      spans.push({ start, end: text.length, text: text.slice(start, text.length) });
      i++;
    } else text += marked[i];
  }
  spans.sort((a, b) => a.start - b.start);
  return { text, spans };
}

/**
 * Builds the document of `marked` (markers removed) and asserts that its
 * sentences are exactly the marked spans. Returns the document for more checks.
 */
export function check(marked: string, format: DocumentFormat = 'plain'): ArticleDocument {
  const { text, spans } = unmark(marked);
  const doc = buildDocument(text, format);
  assertInvariants(doc);
  const got = doc.sentences.map((s) => `${s.start}-${s.end} ${JSON.stringify(s.text)}`);
  const want = spans.map((s) => `${s.start}-${s.end} ${JSON.stringify(s.text)}`);
  assert.deepEqual(got, want, `sentences of ${JSON.stringify(text)}`);
  return doc;
}

/** The tokens of the only sentence of `text`, as strings. */
export function tokensOf(text: string, format: DocumentFormat = 'plain'): string[] {
  const doc = buildDocument(text, format);
  assertInvariants(doc);
  return doc.sentences.flatMap((s) => s.tokens.map((t) => t.text));
}

function assertSpan(text: string, span: TextSpan, what: string): void {
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} out of bounds: ${span.start}-${span.end}`);
  assert.equal(text.slice(span.start, span.end), span.text, `${what} text`);
}

/** Every span in bounds and equal to its text; sentences sorted, disjoint, inside their block; tokens inside their sentence. */
export function assertInvariants(doc: ArticleDocument): void {
  const text = doc.text;
  let last = -1;
  for (const [i, s] of doc.sentences.entries()) {
    assertSpan(text, s, `sentence ${i}`);
    assert.ok(s.start >= last, `sentence ${i} overlaps or is out of order`);
    assert.ok(s.end > s.start, `sentence ${i} is empty`);
    last = s.end;
    const block = doc.blocks[s.block];
    assert.ok(block && block.start <= s.start && s.end <= block.end, `sentence ${i} outside its block`);
    let t0 = s.start;
    for (const t of s.tokens) {
      assertSpan(text, t, `token of sentence ${i}`);
      assert.ok(t.start >= t0 && t.end <= s.end && t.end > t.start, `token ${JSON.stringify(t.text)} misplaced`);
      t0 = t.end;
    }
    // Never split a surrogate pair.
    for (const p of [s.start, s.end]) assert.ok(!isLowSurrogate(text.charCodeAt(p)) || !isHighSurrogate(text.charCodeAt(p - 1)), `sentence ${i} splits a surrogate pair`);
  }
  let blockEnd = -1;
  for (const [i, b] of doc.blocks.entries()) {
    assert.ok(b.start >= blockEnd && b.end <= text.length && b.start < b.end, `block ${i} misplaced`);
    blockEnd = b.end;
    assert.ok(b.sentenceCount > 0 && doc.sentences[b.firstSentence]?.block === i, `block ${i} sentence index`);
  }
  for (const l of doc.links) {
    assertSpan(text, l.label, 'link label');
    assert.ok(l.start <= l.label.start && l.label.end <= l.end && l.end <= text.length, 'link span');
  }
  for (const f of doc.footnoteDefinitions) assertSpan(text, f.content, 'footnote content');
  for (const d of doc.directives) assertSpan(text, d, 'directive');
  for (const r of doc.footnoteReferences) assert.ok(r.start < r.end && r.end <= text.length, 'footnote reference');
  // The model catches its own failures as an `internal.*` problem: there must be none.
  assert.deepEqual(doc.problems.filter((p) => p.code.startsWith('internal')), [], 'internal failure');
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
