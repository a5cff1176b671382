import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { findEntities } from '../../../server/src/analysis/entities';
import { findPatternEntities } from '../../../server/src/analysis/entities/patterns';
import { buildDocument } from '../../../server/src/analysis/text/document';
import { check, oneSentence, parseMarked } from './check';

/** A one-sentence Markdown document whose first `[label](url)` is declared as a link. */
function withLink(text: string) {
  const open = text.indexOf('[');
  const mid = text.indexOf('](', open);
  const close = text.indexOf(')', mid);
  const label = text.slice(open + 1, mid);
  return oneSentence(text, {
    links: [{ start: open, end: close + 1, label: { start: open + 1, end: mid, text: label }, url: text.slice(mid + 2, close) }],
  });
}

test('never inside a link URL, but inside its label', () => {
  check('See [the [[2023|date]] review](https://example.org/2024/05/report-12%-rise-$5m) of costs.', withLink);
  check('Costs rose [by [[12%|percent]]](https://example.org/12-per-cent/2019) in [[March|date]].', withLink);
});

test('with the real Markdown document model: link URLs and footnote markers are not prose', () => {
  check('See [the [[2023|date]] review](https://example.org/2024/12%-$5m) on [[Monday|date]].', (text) => buildDocument(text, 'markdown'));
  check('It rose [[15%|percent]].[^1]\n\n[^1]: Audit office, [[14 January 2030|date]].', (text) => buildDocument(text, 'markdown'));
});

test('never inside bare URLs, autolinks or e-mail addresses', () => {
  check('Data at https://example.org/2024/05/12%-rise and www.example.org/$5m, or mail q2024@example.org in [[May 2024|date]].');
  check('See <https://example.org/2019/report> from [[2019|date]].', (text) => buildDocument(text, 'markdown'));
});

test('never inside directives, HTML comments, footnote references or inline code', () => {
  const directive = '<!-- marginalia: sourced -- figures from the 2023 report, 5% -->';
  check(`It rose [[5%|percent]] in [[2023|date]].${directive}`, (text) => {
    const start = text.indexOf('<!--');
    return oneSentence(text, {
      directives: [{ start, end: start + directive.length, text: directive, name: 'sourced' }],
    });
  });
  check('It rose [[4%|percent]].<!-- old figure: 3% in 2019 --> Code `rate = 5%` is not prose.', (text) => oneSentence(text));
  check('Costs rose [[15%|percent]][^2019] this way.', (text) => {
    const start = text.indexOf('[^');
    return oneSentence(text, { footnoteReferences: [{ start, end: start + 7, label: '2019' }] });
  });
});

test('footnote definitions outside sentences are read too', () => {
  const { text } = parseMarked('Costs rose.\n\n[^1]: Institute report, 14 January 2030.');
  const start = text.indexOf('Institute');
  const doc = oneSentence(text, {
    sentences: [{ start: 0, end: 11, text: 'Costs rose.', block: 0, tokens: [] }],
    footnoteDefinitions: [{ start: text.indexOf('[^1]'), end: text.length, label: '1', content: { start, end: text.length, text: text.slice(start) } }],
  });
  assert.deepEqual(findPatternEntities(doc).map((e) => e.text), ['14 January 2030']);
});

test('odd text: empty, BOM, CRLF, emoji, non-Latin scripts', () => {
  assert.deepEqual(findPatternEntities(buildDocument('', 'plain')), []);
  check('\uFEFFOn [[Tuesday|date]] 🎉 prices rose [[3%|percent]].\r\nВ [[2024|date]] году 价格 [[€5|money]].');
});

test('a megabyte of digits, commas or dots is scanned in linear time', () => {
  for (const unit of ['1', '1,', '1.', '12%', '$1', '2024-', 'a.', 'a', 'www.', '<!--', '`', 'May ', 'on Tuesday ', '5 per cent ', ' ']) {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = Date.now();
    findPatternEntities(oneSentence(text));
    const ms = Date.now() - started;
    assert.ok(ms < 5000, `${JSON.stringify(unit)} x 1 MB took ${ms} ms`);
  }
});

test('a name overlapping a pattern entity loses to it; other names stay', () => {
  const text = 'Kessler won on Tuesday in March.';
  const doc = buildDocument(text, 'plain');
  const tagger = {
    tag: () => [
      { start: 0, end: 7, text: 'Kessler', type: 'person' as const },
      { start: 15, end: 22, text: 'Tuesday', type: 'person' as const },
    ],
  };
  assert.deepEqual(
    findEntities(doc, tagger).map((e) => `${e.type}:${e.text}`),
    ['person:Kessler', 'date:Tuesday', 'date:March'],
  );
});
