import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { resolveActors } from '../../../server/src/analysis/actors';
import { buildDocument } from '../../../server/src/analysis/text/document';
import type { Entity, EntityType } from '../../../server/src/analysis/types';

/** Resolves `text` with the given (imperfect) tagger spans, each named by its text and nth occurrence. */
function withSpans(text: string, spans: [string, EntityType, number?][]): ReturnType<typeof resolveActors> {
  const entities: Entity[] = spans.map(([needle, type, nth = 0]) => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
    assert.ok(start >= 0, `fixture has ${needle}`);
    return { start, end: start + needle.length, text: needle, type };
  });
  return resolveActors(buildDocument(text, 'plain'), entities.sort((a, b) => a.start - b.start));
}

test('a name the tagger cut in two is one mention ("Mayor Lise" + "Dorn")', () => {
  const text = 'Mayor Lise Dorn won again. Dorn thanked voters.';
  const actors = withSpans(text, [['Mayor Lise', 'person'], ['Dorn', 'person'], ['Dorn', 'person', 1]]);
  assert.equal(actors.length, 1);
  assert.equal(text.slice(actors[0]?.definition.start, actors[0]?.definition.end), 'Mayor Lise Dorn');
  assert.equal(actors[0]?.mentions[0]?.kind, 'title');
});

test('an institution cut at "of" is rejoined; a place after "of" joins too', () => {
  const text = 'The Central Bank of Orlia raised rates. The bank said inflation was high.';
  const actors = withSpans(text, [['Central Bank', 'organization'], ['Orlia', 'place']]);
  assert.equal(actors[0]?.name, 'Central Bank of Orlia');
  assert.equal(actors[0]?.mentions.map((m) => m.text).join('|'), 'Central Bank of Orlia|The bank');
});

test('a titled name typed organisation is a person; an institution typed person is an organisation', () => {
  const text = 'Councilor Ada Brun criticised the Harbour Transit Agency. The agency said it would reply.';
  const actors = withSpans(text, [['Councilor Ada Brun', 'organization'], ['Harbour Transit Agency', 'person']]);
  const byName = new Map(actors.map((a) => [a.name, a]));
  assert.equal(byName.get('Ada Brun')?.type, 'person');
  assert.equal(byName.get('Harbour Transit Agency')?.type, 'organization');
  assert.ok(byName.get('Harbour Transit Agency')?.mentions.some((m) => m.text === 'The agency'));
});

test('a role word opening an institution\'s name leaves it an institution ("Justice Department")', () => {
  const text = 'The Justice Department sued Brightlane on Thursday. The department said fans had paid too much.';
  const actors = withSpans(text, [['Justice Department', 'organization']]);
  assert.deepEqual(actors.map((a) => `${a.type}:${a.name}`), ['organization:Justice Department']);
  assert.ok(actors[0]?.mentions.some((m) => m.text === 'The department'));
});

test('trailing junk the tagger swept in is trimmed; lower-case fragments are dropped', () => {
  const text = 'She spoke at Riverside Union Hall that night with the mayor.';
  const actors = withSpans(text, [['Riverside Union Hall that', 'organization'], ['night', 'organization']]);
  assert.deepEqual(actors.map((a) => a.name), ['Riverside Union Hall']);
});

test('a legal-form suffix makes a company, and its shorter names join it whatever they were typed', () => {
  const text = 'Halden Robotics posts profit\n\nHalden Robotics ASA beat forecasts. Halden plans a new plant, the company said.';
  const actors = withSpans(text, [['Halden Robotics', 'person'], ['Halden Robotics', 'person', 1], ['ASA', 'person'], ['Halden', 'person', 2]]);
  assert.equal(actors.length, 1);
  assert.equal(actors[0]?.type, 'organization');
  assert.equal(actors[0]?.mentions.map((m) => m.text).join('|'), 'Halden Robotics|Halden Robotics ASA|Halden|the company');
});

test('a name the tagger mostly calls a place is not an actor, even where it was typed organisation', () => {
  const text = 'China will work with Kazakhstan. China and Kazakhstan agreed. China said so.';
  const actors = withSpans(text, [['China', 'organization'], ['Kazakhstan', 'place'], ['China', 'place', 1], ['Kazakhstan', 'place', 1], ['China', 'place', 2]]);
  assert.deepEqual(actors, []);
});

test('the credit in a dateline is a news organisation even when the tagger missed it; a bracket elsewhere is not', () => {
  const text = 'PRETORIA, June 12 (Kestrel Wire) - Talks stalled (again) - officials said.';
  const actors = withSpans(text, []);
  assert.deepEqual(actors.map((a) => [a.name, a.type]), [['Kestrel Wire', 'organization']]);
});

test('a role companies hold too ("rival", "partner") keeps an organisation one; a person role makes it a person', () => {
  const text = 'Harlow agreed to buy its rival Penmarsh Stores. Lawyer Ana Brun advised the board.';
  const actors = withSpans(text, [['Penmarsh Stores', 'organization'], ['Ana Brun', 'organization']]);
  const byName = new Map(actors.map((a) => [a.name, a]));
  assert.equal(byName.get('Penmarsh Stores')?.type, 'organization');
  assert.equal(byName.get('Ana Brun')?.type, 'person');
});

test('a name in apposition to a person’s role ("foreign minister, Oğuz Yılmaz,") is a person; to a role companies share, it stays an organisation', () => {
  const text = 'Tarsia’s foreign minister, Oğuz Yılmaz, said talks would go on. Its regulator, Ofcom, said nothing.';
  const actors = withSpans(text, [['Oğuz Yılmaz', 'organization'], ['Ofcom', 'organization']]);
  const byName = new Map(actors.map((a) => [a.name, a]));
  assert.equal(byName.get('Oğuz Yılmaz')?.type, 'person');
  assert.equal(byName.get('Ofcom')?.type, 'organization');
});

test('a name in apposition to an institution noun ("mediation office, Medlingsinstitutet,") is an organisation', () => {
  const text = 'Sweden’s mediation office, Medlingsinstitutet, has called a meeting.';
  const actors = withSpans(text, [['Medlingsinstitutet', 'person']]);
  assert.equal(actors[0]?.type, 'organization');
});
