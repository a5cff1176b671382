// Markdown: prose only, with markers outside the sentences and inline
// markup found at its exact offsets.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildDocument } from '../../../server/src/analysis/text/document';
import { check } from './check';

const md = (marked: string) => check(marked, 'markdown');

test('headings: the # marker and a closing sequence are outside the sentence', () => {
  const doc = md('# [[Mayor wins second term]]\n\n## [[Results]] ##\n\n[[The mayor won.]]');
  assert.deepEqual(doc.blocks.map((b) => [b.kind, b.level]), [['heading', 1], ['heading', 2], ['paragraph', undefined]]);
  md('[[Setext title]]\n===\n\n[[Body.]]');
});

test('paragraph lines join; soft line breaks are spaces', () => {
  md('[[The committee said on Tuesday\nThat rates would rise.]] [[Next.]]');
});

test('list items, ordered and not, markers outside', () => {
  const doc = md('[[Key figures:]]\n\n- [[Ten schools closed]]\n- [[Two roads shut.]] [[More later.]]\n\n1. [[First point]]\n2) [[Second point]]\n');
  assert.deepEqual(doc.blocks.map((b) => b.kind), ['paragraph', 'listItem', 'listItem', 'listItem', 'listItem']);
  md('- [[Item one\n  continues here.]]\n\n  [[Second paragraph.]]');
});

test('block quotes: the > markers are outside, continuation lines stay in the sentence', () => {
  const doc = md('> [[“We moved people,” she said.]] [[“We will keep\n> going.”]]');
  assert.equal(doc.blocks[0].kind, 'blockquote');
  md('> - [[Quoted item]]');
});

test('a table row is one sentence from its first cell to its last, the delimiter row is none, the header row a block of its own kind', () => {
  const doc = md('| [[Town | Homes]] |\n|---|---|\n| [[Bewdley | 1,240]] |\n| [[a `|` b | x \\| y]] |');
  assert.deepEqual(doc.blocks.map((b) => b.kind), ['tableHeader', 'tableRow', 'tableRow']);
  // The pipes between cells are punctuation tokens: no name runs across two cells.
  assert.deepEqual(doc.sentences[1]!.tokens.map((t) => t.text), ['Bewdley', '|', '1,240']);
});

test('code blocks, fences, HTML blocks and front matter are not prose', () => {
  md('---\ntitle: Floods.\ndate: 2024\n---\n\n[[Body text.]]');
  md('[[Intro.]]\n\n```\nconst x = 1. Not prose.\n```\n\n    indented code. Not prose.\n\n<div>\nHTML. Not prose.\n</div>\n\n[[Outro.]]');
});

test('inline code, HTML and emphasis are inside the sentence but yield no tokens', () => {
  const doc = md('[[Call `f(). Stop.` now.]] [[It is **very** <b>bold</b> _indeed_.]]');
  assert.deepEqual(doc.sentences[0].tokens.map((t) => t.text), ['Call', 'now', '.']);
  assert.deepEqual(doc.sentences[1].tokens.map((t) => t.text), ['It', 'is', 'very', 'bold', 'indeed', '.']);
  assert.deepEqual(md('[[Use snake_case names.]]').sentences[0].tokens.map((t) => t.text), ['Use', 'snake_case', 'names', '.'].flatMap((t) => (t === 'snake_case' ? ['snake', '_', 'case'] : [t])));
});

test('links: the text is prose, the URL is not, and the link is kept', () => {
  const text = 'Rain reached 142 mm ([gauge data](https://x.example/rain "Title")). The [review](<https://y.example/a b>) said so.';
  const doc = buildDocument(text, 'markdown');
  assert.deepEqual(doc.sentences.map((s) => s.text), [
    'Rain reached 142 mm ([gauge data](https://x.example/rain "Title")).',
    'The [review](<https://y.example/a b>) said so.',
  ]);
  assert.deepEqual(doc.links.map((l) => [l.label.text, l.url, text.slice(l.start, l.end)]), [
    ['gauge data', 'https://x.example/rain', '[gauge data](https://x.example/rain "Title")'],
    ['review', 'https://y.example/a b', '[review](<https://y.example/a b>)'],
  ]);
  assert.deepEqual(doc.sentences[0].tokens.map((t) => t.text), ['Rain', 'reached', '142', 'mm', '(', 'gauge', 'data', ')', '.']);
});

test('reference links and autolinks; undefined brackets stay literal prose', () => {
  const doc = buildDocument('See [the report][r] and <https://z.example/x>. With [President Tokayev] too.\n\n[r]: https://r.example', 'markdown');
  assert.deepEqual(doc.links.map((l) => [l.label.text, l.url]), [['the report', 'https://r.example'], ['https://z.example/x', 'https://z.example/x']]);
  assert.deepEqual(doc.sentences[1].tokens.map((t) => t.text), ['With', '[', 'President', 'Tokayev', ']', 'too', '.']);
});

test('footnote references and definitions; definitions are not prose', () => {
  const text = '[[It will cost €1.9 billion[^1].]] [[That is 15% more.[^note]]]\n\n[^1]: Cost review, 2030.\n[^note]: See [the audit](https://a.example).\n';
  const doc = md(text);
  const plain = doc.text;
  assert.deepEqual(doc.footnoteReferences.map((r) => [r.label, plain.slice(r.start, r.end)]), [['1', '[^1]'], ['note', '[^note]']]);
  assert.deepEqual(doc.footnoteDefinitions.map((d) => [d.label, d.content.text]), [['1', 'Cost review, 2030.'], ['note', 'See [the audit](https://a.example).']]);
  assert.deepEqual(doc.links.map((l) => l.url), ['https://a.example']);
  assert.deepEqual(doc.sentences[0].tokens.map((t) => t.text), ['It', 'will', 'cost', '€', '1.9', 'billion', '.']);
});

test('HTML comments are ignored, not prose', () => {
  md('[[Prices rose.]] <!-- editor: check this --> [[Rents fell.]]');
});

test('CRLF and a BOM keep their offsets', () => {
  const doc = md('\ufeff# [[Title]]\r\n\r\n[[Line one\r\ncontinues.]] [[Two.]]\r\n\r\n- [[Item]]\r\n');
  assert.equal(doc.sentences[0].start, 3);
  md('\ufeff---\r\na: b\r\n---\r\n[[Body.]]');
});

test('emphasis around a whole sentence stays with it; an image inside a link is no prose', () => {
  md('[[**Bold claim.**]] [[Next one.]]');
  const doc = md('[[[![logo](a.png) Home](https://h.example) is here.]] [[Ok.]]');
  assert.deepEqual(doc.sentences[0].tokens.map((t) => t.text), ['Home', 'is', 'here', '.']);
  assert.deepEqual(doc.links.map((l) => l.url), ['https://h.example']);
});
