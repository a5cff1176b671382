import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { alignEntitiesWithActors } from '../../../server/src/analysis/actors/alignEntities';
import type { Actor, Entity, EntityType, MentionKind } from '../../../server/src/analysis/types';

const text = 'Halden Robotics ASA said on Monday that Halden had hired President Ana Lind.';

function entity(phrase: string, type: EntityType, from = 0): Entity {
  const start = text.indexOf(phrase, from);
  return { start, end: start + phrase.length, text: phrase, type };
}

function actor(name: string, type: Actor['type'], mentions: [string, MentionKind, number?][]): Actor {
  const ms = mentions.map(([phrase, kind, from]) => {
    const start = text.indexOf(phrase, from ?? 0);
    return { start, end: start + phrase.length, text: phrase, kind };
  });
  return { id: name.toLowerCase().replace(/\s+/g, '-'), name, type, definition: ms[0], mentions: ms };
}

const company = actor('Halden Robotics ASA', 'organization', [
  ['Halden Robotics ASA', 'name'],
  ['Halden', 'name', 20],
]);
const president = actor('Ana Lind', 'person', [['President Ana Lind', 'title']]);

test('a name mention split or mistyped by the tagger becomes one entity of the actor type', () => {
  const tagged = [
    entity('Halden Robotics', 'person'),
    entity('ASA', 'person'),
    entity('Monday', 'date'),
    entity('Halden', 'person', 20),
    entity('Ana Lind', 'person'),
  ];
  const aligned = alignEntitiesWithActors(tagged, [company, president], text);
  assert.deepEqual(
    aligned.map((e) => `${e.text}|${e.type}`),
    ['Halden Robotics ASA|organization', 'Monday|date', 'Halden|organization', 'Ana Lind|person'],
  );
});

test('entities that already agree, title mentions and dates are left as they are', () => {
  const tagged = [entity('Halden Robotics ASA', 'organization'), entity('Monday', 'date'), entity('Ana Lind', 'person')];
  const aligned = alignEntitiesWithActors(tagged, [president, actor('Halden Robotics ASA', 'organization', [['Halden Robotics ASA', 'name']])], text);
  assert.equal(aligned, tagged, 'nothing to change: the same list comes back');
});

test('an entity reaching outside the mention is never cut', () => {
  const wide = entity('Halden Robotics ASA said', 'organization');
  const aligned = alignEntitiesWithActors([wide], [actor('Halden Robotics', 'person', [['Halden Robotics', 'name']])], text);
  assert.deepEqual(aligned, [wide]);
});

test('inside a title mention only the type of the name changes, never its span', () => {
  const aligned = alignEntitiesWithActors([entity('Ana Lind', 'place')], [president], text);
  assert.deepEqual(aligned.map((e) => `${e.text}|${e.type}`), ['Ana Lind|person']);
});

test('a place inside a name mention stays a place (countries are no actors)', () => {
  const tagged = [entity('Halden', 'place', 20)];
  const aligned = alignEntitiesWithActors(tagged, [actor('Halden', 'organization', [['Halden', 'name', 20]])], text);
  assert.deepEqual(aligned, tagged);
});

test('a speaker label in capitals before a colon takes its person actor\'s type even when tagged a place', () => {
  const transcript = 'Moderator Jo Berg opened.\nBERG: Why did fares rise?\nThe BERG bridge: closed.';
  const at = (phrase: string, from = 0) => transcript.indexOf(phrase, from);
  const label = { start: at('BERG'), end: at('BERG') + 4, text: 'BERG', type: 'place' as const };
  const prose = { start: at('BERG', label.end), end: at('BERG', label.end) + 4, text: 'BERG', type: 'place' as const };
  const berg: Actor = {
    id: 'jo-berg',
    name: 'Jo Berg',
    type: 'person',
    definition: { start: at('Jo Berg'), end: at('Jo Berg') + 7 },
    mentions: [
      { start: at('Jo Berg'), end: at('Jo Berg') + 7, text: 'Jo Berg', kind: 'name' },
      { start: label.start, end: label.end, text: 'BERG', kind: 'name' },
      { start: prose.start, end: prose.end, text: 'BERG', kind: 'name' },
    ],
  };
  const aligned = alignEntitiesWithActors([label, prose], [berg], transcript);
  // (The untagged "Jo Berg" becomes an entity of its actor, as any name mention does.)
  assert.deepEqual(aligned.map((e) => `${e.start}|${e.type}`), [`${at('Jo Berg')}|person`, `${label.start}|person`, `${prose.start}|place`]);
});

test('in a title mention only the name at its end takes the actor type; a name among the role words keeps its own', () => {
  const local = 'City manager Elena Sorensen said the team was ready.';
  const city = { start: 0, end: 4, text: 'City', type: 'organization' as const };
  const name = { start: 13, end: 27, text: 'Elena Sorensen', type: 'organization' as const };
  const manager: Actor = {
    id: 'elena-sorensen',
    name: 'Elena Sorensen',
    type: 'person',
    definition: { start: 0, end: 27 },
    mentions: [{ start: 0, end: 27, text: 'City manager Elena Sorensen', kind: 'title' }],
  };
  const aligned = alignEntitiesWithActors([city, name], [manager], local);
  assert.deepEqual(aligned.map((e) => `${e.type}:${e.text}`), ['organization:City', 'person:Elena Sorensen']);
});
