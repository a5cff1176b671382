// The verdict runs a check-worthiness rule only when the sentence holds one of
// the cues the rule declares (rule.ts RuleCues). That is a speed-up only: a
// rule must find nothing in a sentence without its cues. These fixtures give
// every rule a sentence that fires it and sentences near it that do not, and
// compare each rule's own findings with the cues the skip would see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../../server/src/analysis/text/document';
import { findPatternEntities } from '../../../server/src/analysis/entities/patterns';
import { viewSentence, type SentenceView } from '../../../server/src/analysis/claims/view';
import { CHECKWORTHY_RULES } from '../../../server/src/analysis/claims/checkworthy';
import type { CheckworthyContext, CheckworthyRule } from '../../../server/src/analysis/claims/checkworthy/rule';

const FIXTURE = [
  // Each short sentence fires a rule through one cue only, so a cue missing from a rule's list shows.
  'Exports reached $4 billion.', 'They paid 9 billion rand.', 'Thousands came.', 'Rates hit 12%.',
  'Rates hit 12 per cent.', 'It is a percentage point.', 'Half of them came.', 'Three of the seven came.',
  'Marsh, 58, came.', 'The 52-year-old came.', 'It was the second visit.', 'The firm overtook them.',
  'It set a record.', 'It is the biggest.', 'It is the lowest-ever.', 'It is the world-largest.', 'It is the best.', 'It is the most exciting.',
  'It is bigger than that.', 'It came up from there.', 'It was compared with that.', 'It came twice.',
  'It doubled.', 'It tripled.', 'It halved.', 'It is three times that.', 'It came on Tuesday.',
  'It came in June.', 'It came in 2023.', 'It came last week.', 'It came tonight.', 'It came at 11.40 pm.',
  'The council met.', 'The council voted.', 'Growth is expected to ease.', 'Growth is likely to ease.',
  'That is a hollow promise.', 'She should resign.', 'It is hard to say.', 'Prices may rise.', 'The deal could collapse.', 'The mayor smiled.', 'We rate it Misleading.',
  'That would be right.', 'If it rains, it will flood.',
  // And sentences with no cue at all.
  'Nobody knows why the river is so calm.', 'What a quiet morning it is?', 'Thank you all for coming.',
].join(' ');

function contexts(): CheckworthyContext[] {
  const document = buildDocument(FIXTURE, 'plain');
  const entities = findPatternEntities(document);
  const views: SentenceView[] = document.sentences.map((s, i) => viewSentence(s, i, false));
  return views.map((view) => ({
    view,
    entities: entities.filter((e) => e.start >= view.sentence.start && e.end <= view.sentence.end),
    attribution: {} as CheckworthyContext['attribution'],
    headline: false,
  }));
}

/** Whether the sentence holds one of the rule's declared cues (the test the verdict makes, written out plainly). */
function hasCue(rule: CheckworthyRule, c: CheckworthyContext): boolean {
  const cues = rule.cues;
  if (!cues) return true;
  const words = new Set(cues.words ?? []);
  const digit = (s: string) => /^[0-9]/.test(s);
  return (
    c.view.lower.some((w, i) => words.has(w) || (cues.word?.(w) ?? false) || (cues.digit && (digit(w) || digit(c.view.tokens[i]!.text))) || (cues.hyphen && w.includes('-')) || (cues.ed && w.endsWith('ed'))) ||
    c.entities.some((e) => cues.entityTypes?.includes(e.type))
  );
}

function check(rule: CheckworthyRule, c: CheckworthyContext): boolean {
  const found = rule.run(c);
  if (!hasCue(rule, c)) assert.deepEqual(found, [], `${rule.id} found something in "${c.view.sentence.text}" without any of its cues`);
  return found.length > 0;
}

test('a rule with cues finds nothing in a sentence without them; each such rule fires somewhere', () => {
  const cs = contexts();
  for (const rule of CHECKWORTHY_RULES.values()) {
    if (!rule.cues || rule.id === 'intention' || rule.id === 'belief') continue;
    let fired = false;
    for (const c of cs) fired = check(rule, c) || fired;
    assert.ok(fired, `${rule.id} never fires on the fixture (the test would prove nothing for it)`);
  }
});
