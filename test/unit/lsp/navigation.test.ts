import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { ResponseError } from 'vscode-languageserver';
import type { Span } from '../../../server/src/analysis/types';
import { definitionSpans } from '../../../server/src/lsp/definition';
import { highlights } from '../../../server/src/lsp/highlights';
import { referenceSpans } from '../../../server/src/lsp/references';
import { prepareRename, rename, renameEdits, renameTarget } from '../../../server/src/lsp/rename';
import { Fixture } from './fixture';
import { sample } from './sample';

const texts = (f: Fixture, spans: Span[]) => spans.map((s) => f.text.slice(s.start, s.end));

/** Definition from the `delta`-th unit of the `nth` `needle` lands on `expected` (definition texts). */
function checkDefinition(f: Fixture, needle: string, expected: string[], nth = 0, delta = 0): void {
  assert.deepEqual(texts(f, definitionSpans(f.analysis(), f.offset(needle, delta, nth))), expected, `definition from ${needle}#${nth}`);
}

test('definition: every kind of mention lands on the defining mention', () => {
  const f = sample();
  checkDefinition(f, 'She', ['President Maria Lopez']);
  checkDefinition(f, 'the company', ['Northwind Mining'], 0, 5);
  checkDefinition(f, 'the miner', ['Northwind Mining']);
  checkDefinition(f, 'Northwind Mining', ['Northwind Mining'], 1);
  checkDefinition(f, 'The judge', ['Carlos Lopez']);
});

test('definition: from the definition itself, itself; at its end too (cursor after the word)', () => {
  const f = sample();
  checkDefinition(f, 'President Maria Lopez', ['President Maria Lopez'], 0, 3);
  checkDefinition(f, 'Carlos Lopez', ['Carlos Lopez'], 0, 'Carlos Lopez'.length);
});

test('definition: an ambiguous mention returns every candidate, the likeliest first', () => {
  const f = sample();
  checkDefinition(f, 'Lopez', ['President Maria Lopez', 'Carlos Lopez'], 1);
});

test('definition: nothing outside actor mentions', () => {
  const f = sample();
  checkDefinition(f, 'Santiago', []);
  checkDefinition(f, 'arrived', []);
  assert.deepEqual(definitionSpans(f.analysis(), 10_000), []);
});

test('references: every mention; the declaration only when asked', () => {
  const f = sample();
  const at = f.offset('the miner', 4);
  assert.deepEqual(texts(f, referenceSpans(f.analysis(), at, true)), ['Northwind Mining', 'Northwind Mining', 'the company', 'the miner']);
  assert.deepEqual(texts(f, referenceSpans(f.analysis(), at, false)), ['Northwind Mining', 'the company', 'the miner']);
  assert.deepEqual(referenceSpans(f.analysis(), f.offset('Chile'), true), []);
});

test('highlights: the actor\'s mentions (definition as write), or the same entity elsewhere', () => {
  const f = sample();
  const actor = highlights(f.analysis(), f.lines, f.offset('She'));
  assert.equal(actor.length, 3);
  assert.deepEqual(actor.map((h) => h.kind), [3, 2, 2]);
  const g = new Fixture('Exports to Chile rose. Chile bought more. A Chilean firm.').entity('Chile', 'place').entity('Chile', 'place', 1).entity('Chilean', 'nationality');
  assert.deepEqual(highlights(g.analysis(), g.lines, g.offset('Chile', 1, 1)).map((h) => h.range.start.character), [11, 23]);
  assert.deepEqual(highlights(g.analysis(), g.lines, g.offset('rose')), []);
});

test('prepareRename: a name, an alias, the name part of a title; refused on pronouns, descriptions and titles', () => {
  const f = new Fixture('President Maria Lopez spoke. Ms Lopez of the Copper Board (CB) said she was glad. The CB agreed.')
    .actor('maria-lopez', 'Maria Lopez', 'person', [
      ['President Maria Lopez', 'title'],
      ['Ms Lopez', 'title'],
      ['she', 'pronoun'],
    ])
    .actor('copper-board', 'Copper Board', 'organization', [
      ['the Copper Board', 'description'],
      ['CB', 'alias'],
      ['CB', 'alias', 1],
    ]);
  const a = f.analysis();
  const part = (needle: string, delta = 0, nth = 0) => {
    const t = renameTarget(a, f.offset(needle, delta, nth));
    return t && 'text' in t ? t.text : t;
  };
  assert.equal(part('President Maria Lopez', 12), 'Maria Lopez');
  assert.equal(part('Ms Lopez', 4), 'Lopez');
  assert.equal(part('CB', 1), 'CB');
  assert.match(JSON.stringify(part('President')), /not the title/);
  assert.match(JSON.stringify(part('she')), /pronoun of Maria Lopez/);
  assert.match(JSON.stringify(part('the Copper Board', 2)), /description/);
  assert.equal(part('spoke'), undefined);
  assert.throws(() => prepareRename(a, f.lines, f.offset('she')), ResponseError);
  assert.equal(prepareRename(a, f.lines, f.offset('spoke')), null);
  assert.deepEqual(prepareRename(a, f.lines, f.offset('Maria')), {
    range: { start: { line: 0, character: 10 }, end: { line: 0, character: 21 } },
    placeholder: 'Maria Lopez',
  });
});

test('rename: names and titles change, word by word for shorter forms; pronouns, descriptions and aliases never', () => {
  const f = new Fixture('President Maria Lopez of the Copper Board (CB) spoke. Lopez said she was glad. Maria Lopez left.')
    .actor('maria-lopez', 'Maria Lopez', 'person', [
      ['President Maria Lopez', 'title'],
      ['Lopez', 'name', 1],
      ['she', 'pronoun'],
      ['Maria Lopez', 'name', 1],
    ])
    .actor('copper-board', 'Copper Board', 'organization', [
      ['Copper Board', 'name'],
      ['CB', 'alias'],
    ]);
  const a = f.analysis();
  const target = renameTarget(a, f.offset('Maria'));
  assert.ok(target && 'actor' in target);
  const apply = (edits: { start: number; end: number; newText: string }[]) => {
    let out = f.text;
    for (const e of [...edits].reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    return out;
  };
  assert.equal(apply(renameEdits(a, target, 'Ana Silva')), 'President Ana Silva of the Copper Board (CB) spoke. Silva said she was glad. Ana Silva left.');
  // A new name with another number of words leaves the bare surname alone rather than guess.
  assert.equal(apply(renameEdits(a, target, 'Ana Maria Silva')), 'President Ana Maria Silva of the Copper Board (CB) spoke. Lopez said she was glad. Ana Maria Silva left.');
  // From the surname, longer forms change just that word.
  const surname = renameTarget(a, f.offset('Lopez', 0, 1));
  assert.ok(surname && 'actor' in surname);
  assert.equal(apply(renameEdits(a, surname, 'Silva')), 'President Maria Silva of the Copper Board (CB) spoke. Silva said she was glad. Maria Silva left.');
  const board = renameTarget(a, f.offset('Copper'));
  assert.ok(board && 'actor' in board);
  assert.equal(apply(renameEdits(a, board, 'Metals Board')), 'President Maria Lopez of the Metals Board (CB) spoke. Lopez said she was glad. Maria Lopez left.');
});

test('rename request: a WorkspaceEdit for the document; bad names are refused', () => {
  const f = sample();
  const edit = rename('file:///a.txt', f.analysis(), f.lines, f.offset('Carlos'), 'Carl Lopes');
  assert.deepEqual(edit?.changes?.['file:///a.txt']?.map((e) => e.newText), ['Carl Lopes']);
  assert.throws(() => rename('file:///a.txt', f.analysis(), f.lines, f.offset('Carlos'), ' \n '), ResponseError);
  assert.throws(() => rename('file:///a.txt', f.analysis(), f.lines, f.offset('the miner'), 'X'), ResponseError);
  assert.equal(rename('file:///a.txt', undefined, f.lines, 0, 'X'), null);
});
