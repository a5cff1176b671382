import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildTokens, encodeTokens, TOKEN_TYPES } from '../../../server/src/lsp/semanticTokens';
import { defaultSettings } from '../../../server/src/lsp/settingsModel';
import { documentSymbols, flatSymbols } from '../../../server/src/lsp/symbols';
import { Fixture } from './fixture';
import { sample } from './sample';

/** Tokens as [text, type, modifiers] for readable assertions. */
function check(f: Fixture, expected: [string, string, string[]][]): void {
  const tokens = buildTokens(f.analysis(), defaultSettings(), f.lines);
  const got = tokens.map((t) => {
    const modifiers = [t.modifiers & 1 ? 'definition' : '', t.modifiers & 2 ? 'unsourced' : ''].filter(Boolean);
    return [f.text.slice(t.start, t.end), t.type, modifiers] as [string, string, string[]];
  });
  assert.deepEqual(got, expected);
}

test('entities and non-entity actor mentions become tokens; definition and unsourced modifiers', () => {
  check(sample(), [
    ['Maria Lopez', 'person', ['definition', 'unsourced']],
    ['Northwind Mining', 'organization', ['definition', 'unsourced']],
    ['Santiago', 'place', ['unsourced']],
    ['Tuesday', 'date', ['unsourced']],
    ['Northwind Mining', 'organization', ['unsourced']],
    ['Chile', 'place', ['unsourced']],
    ['US$2.4 billion', 'money', ['unsourced']],
    ['last year', 'date', ['unsourced']],
    ['Lopez', 'person', []],
    ['the company', 'organization', []],
    ['She', 'person', []],
    ['China', 'place', []],
    ['The judge', 'person', ['unsourced']],
    ['Carlos Lopez', 'person', ['definition', 'unsourced']],
    ['the miner', 'organization', ['unsourced']],
    ['Friday', 'date', ['unsourced']],
  ]);
});

test('overlapping entities keep the earlier, longer one; a token across a line break is split per line', () => {
  const f = new Fixture('The Bank of\nChile rose.').entity('Bank of\nChile', 'organization').entity('Chile', 'place');
  check(f, [
    ['Bank of', 'organization', []],
    ['Chile', 'organization', []],
  ]);
});

test('encoding is relative, line by line, in UTF-16 units; a range keeps only the tokens it meets', () => {
  const f = new Fixture('😀 Chile\nand Peru').entity('Chile', 'place').entity('Peru', 'place');
  const tokens = buildTokens(f.analysis(), defaultSettings(), f.lines);
  const place = TOKEN_TYPES.indexOf('place');
  assert.deepEqual(encodeTokens(tokens, f.lines).data, [0, 3, 5, 2, 0, 1, 4, 4, place, 0]);
  assert.deepEqual(encodeTokens(tokens, f.lines, { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } }).data, [1, 4, 4, place, 0]);
});

test('document symbols: actors with mention counts first, then entities by type, each once with its count', () => {
  const f = sample();
  const symbols = documentSymbols(f.analysis(), f.lines);
  assert.deepEqual(symbols.map((s) => s.name), ['Actors', 'Places', 'Dates', 'Amounts']);
  assert.deepEqual(symbols[0].children?.map((c) => `${c.name} (${c.detail})`), [
    'Maria Lopez (person · 3 mentions · President)',
    'Northwind Mining (organisation · 4 mentions)',
    'Carlos Lopez (person · 2 mentions)',
  ]);
  assert.deepEqual(symbols[1].children?.map((c) => `${c.name} (${c.detail})`), ['Santiago (once)', 'Chile (once)', 'China (once)']);
  // People and organisations that are actors are not listed again as entities.
  assert.ok(!symbols.some((s) => s.name === 'People' || s.name === 'Organisations'));
  // Every child lies inside its parent (the protocol requires it).
  for (const s of symbols) {
    for (const c of s.children ?? []) {
      const inside = f.lines.span(c.range);
      const outer = f.lines.span(s.range);
      assert.ok(outer.start <= inside.start && inside.end <= outer.end, `${c.name} inside ${s.name}`);
      const sel = f.lines.span(c.selectionRange);
      assert.ok(inside.start <= sel.start && sel.end <= inside.end);
    }
  }
  const flat = flatSymbols('file:///a.txt', symbols);
  assert.equal(flat.find((s) => s.name === 'Chile')?.containerName, 'Places');
});

test('document symbols: a person entity that no actor covers is listed under People', () => {
  const f = new Fixture('Ana met Bo. Ana left.').entity('Ana', 'person').entity('Bo', 'person').entity('Ana', 'person', 1);
  const symbols = documentSymbols(f.analysis(), f.lines);
  assert.deepEqual(symbols.map((s) => s.name), ['People']);
  assert.deepEqual(symbols[0].children?.map((c) => `${c.name} (${c.detail})`), ['Ana (2 times)', 'Bo (once)']);
});
