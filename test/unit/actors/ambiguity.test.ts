import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check } from './check';

test('two people with one surname stay apart by their titles', () => {
  const r = check(
    'Judge Alan Price heard the case against Owen Price on Monday. Judge Price said the evidence was weak. Owen Price smiled.',
    { 'Alan Price': 'person', 'Owen Price': 'person', Price: 'person' },
  );
  assert.equal(r.actorOf('Judge Price')?.name, 'Alan Price');
  assert.equal(r.mentionOf('Judge Price')?.candidates, undefined);
  assert.equal(r.actorOf('Owen Price', 1)?.name, 'Owen Price');
  assert.notEqual(r.actor('Alan Price').id, r.actor('Owen Price').id);
});

test('a bare shared surname the text cannot decide keeps both candidates', () => {
  const r = check('Price against Price\n\nJudge Alan Price sentenced his brother Owen Price on Monday.', {
    'Alan Price': 'person',
    'Owen Price': 'person',
    Price: 'person',
  });
  const first = r.mentionOf('Price', 0);
  assert.deepEqual([...(first?.candidates ?? [])].sort(), ['alan-price', 'owen-price']);
  assert.notEqual(r.actorOf('Price', 0)?.id, r.actorOf('Price', 1)?.id, 'two such names in one sentence are two people');
});

test('kinship learned from an apposition resolves a later "her sister"', () => {
  const r = check(
    'Mayor Ana Ruiz beat her sister, Councilor Lia Ruiz, on Tuesday. Lia Ruiz conceded and said she had called her sister.',
    { 'Ana Ruiz': 'person', 'Lia Ruiz': 'person' },
  );
  assert.equal(r.actorOf('her sister', 0)?.name, 'Lia Ruiz');
  assert.equal(r.actorOf('her sister', 1)?.name, 'Ana Ruiz');
  assert.equal(r.actorOf('she')?.name, 'Lia Ruiz');
});

test('a judge and a defendant sharing a surname: the first he/she after a bare surname decides', () => {
  const r = check(
    'Judge Sarah Lowe sentenced Daniel Lowe on Monday. Lowe, a former clerk, had admitted stealing from his employer. Lowe told the court she had read the reports.',
    { 'Sarah Lowe': 'person', 'Daniel Lowe': 'person', Lowe: 'person' },
  );
  assert.equal(r.actorOf('Lowe', 2)?.name, 'Daniel Lowe');
  assert.equal(r.actorOf('a former clerk')?.name, 'Daniel Lowe');
  assert.equal(r.actorOf('Lowe', 3)?.name, 'Sarah Lowe');
  assert.equal(r.mentionOf('Lowe', 3)?.candidates, undefined);
});
