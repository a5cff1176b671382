// The reader's words shared by the editor and the CLI (server/src/analysis/describe.ts).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  actorTypeName,
  describeReason,
  describeReasons,
  entityTypeLabel,
  oneLine,
  reasonPhrase,
  unsourcedMessage,
} from '../../server/src/analysis/describe';
import type { CheckworthyReason, Claim } from '../../server/src/analysis/types';

/** Every kind the check-worthiness rules emit today, with the phrase a reader sees. */
const EMITTED: Record<string, string> = {
  age: 'an age',
  amount: 'an amount',
  belief: 'a belief',
  comparison: 'a comparison',
  count: 'a count',
  'dated-event': 'a dated event',
  event: 'an event',
  forecast: 'a forecast',
  greeting: 'a greeting',
  scene: 'a scene set (a gesture)',
  appeal: 'an appeal to readers',
  signpost: 'a signpost to what follows',
  verdict: "a fact-checker's rating",
  intention: 'an intention',
  'named-actor': 'a fact about a named actor',
  opinion: 'an opinion',
  speculation: 'speculation',
  percent: 'a percentage',
  question: 'a question',
  ranking: 'a ranking',
  statistic: 'a statistic',
  superlative: 'a superlative',
  vague: 'a vague subject',
};

const LEVELS = new Set(['high', 'medium', 'low']);

/** Reasons laid out in `sentence` at the first occurrence of each text. */
function reasons(sentence: string, list: [string, string][]): CheckworthyReason[] {
  return list.map(([kind, text]) => {
    const start = sentence.indexOf(text);
    assert.ok(start >= 0, `"${text}" is in the sentence`);
    return { kind, start, end: start + text.length, text };
  });
}

/** The describe.ts reading of `list` in `sentence`. */
function check(sentence: string, list: [string, string][], expected: string): void {
  assert.equal(describeReasons(reasons(sentence, list)), expected);
}

test('every reason kind the rules emit has its own phrase', () => {
  for (const [kind, phrase] of Object.entries(EMITTED)) {
    assert.equal(reasonPhrase(kind), phrase, kind);
    assert.equal(describeReason({ kind, start: 0, end: 3, text: 'Not\neveryone' }), `${phrase}: Not everyone`, kind);
  }
});

test('the rules emit no kind without a phrase (a new kind needs one in describe.ts)', () => {
  const dir = join(__dirname, '..', '..', '..', 'server', 'src', 'analysis', 'claims', 'checkworthy', 'rules');
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/kind: '([a-z-]+)'|[Ee]vidence\([^;]*?'([a-z-]+)', '(?:high|medium|low)'/g)) found.add(m[1] ?? m[2]!);
    // `proportion ? 'statistic' : 'count'`: both arms of a conditional kind (not of a conditional level).
    for (const m of source.matchAll(/\? '([a-z-]+)' : '([a-z-]+)'/g)) for (const k of [m[1]!, m[2]!]) if (!LEVELS.has(k)) found.add(k);
  }
  assert.ok(found.size >= 15, `the scan finds the rules' kinds (found ${[...found].join(', ')})`);
  for (const kind of found) assert.ok(kind in EMITTED, `kind "${kind}" has a phrase in describe.ts and in this test`);
});

test('the vague-subject kind reads as a subject, not "a vague"', () => {
  check('Not everyone agrees.', [['vague', 'Not everyone']], 'states a vague subject: Not everyone');
});

test('unknown kinds read as their own words with the right article; odd kinds never break the phrase', () => {
  assert.equal(reasonPhrase('upswing-signal'), 'an upswing signal');
  assert.equal(reasonPhrase('trade_flow'), 'a trade flow');
  assert.equal(reasonPhrase('hedgeWord'), 'a hedge word');
  assert.equal(reasonPhrase(''), 'a detail');
  assert.equal(reasonPhrase('--'), 'a detail');
  // Names of Object.prototype members are kinds like any other, not lookups.
  assert.equal(reasonPhrase('constructor'), 'a constructor');
  assert.equal(reasonPhrase('toString'), 'a to string');
});

test('nested reasons are left out, one kind is listed together, repeats once', () => {
  const s = 'On March 4 and Tuesday, sales of US$1.4 billion were more than before, on Tuesday.';
  check(
    s,
    [
      ['dated-event', 'March 4'],
      ['dated-event', 'Tuesday'],
      ['amount', 'US$1.4 billion'],
      ['statistic', '1.4'],
      ['comparison', 'more than'],
    ],
    'states a dated event: March 4, Tuesday; an amount: US$1.4 billion; a comparison: more than',
  );
  // The same span twice (two rules agreeing) is one entry.
  check(s, [['amount', 'US$1.4 billion'], ['amount', 'US$1.4 billion']], 'states an amount: US$1.4 billion');
  // A statistic on its own is kept: nothing wider covers it.
  check('Output rose 1.4 times.', [['statistic', '1.4']], 'states a statistic: 1.4');
});

test('synonyms share one entry; a reason without text is its phrase alone', () => {
  check('It cost $5 and €6.', [['money', '$5'], ['amount', '€6']], 'states an amount: $5, €6');
  assert.equal(describeReasons([{ kind: 'question', start: 0, end: 0, text: ' ' }]), 'states a question');
  assert.equal(describeReasons([]), '');
});

test('the unsourced message: reasons when there are any, the check-worthiness when not', () => {
  const s = 'Exports rose to US$41 billion, the biggest on record.';
  const claim: Claim = { start: 0, end: s.length, text: s, checkworthy: 'high', sourced: false, reasons: reasons(s, [['amount', 'US$41 billion'], ['ranking', 'biggest']]) };
  assert.equal(unsourcedMessage(claim), 'Unsourced claim: states an amount: US$41 billion; a ranking: biggest');
  assert.equal(unsourcedMessage({ ...claim, checkworthy: 'medium', reasons: [] }), 'Unsourced claim (medium check-worthiness): no one is cited for it');
});

test('entity and actor type names', () => {
  assert.equal(entityTypeLabel('money'), 'Amount of money');
  assert.equal(entityTypeLabel('organization'), 'Organisation');
  assert.equal(entityTypeLabel('percent'), 'Percentage');
  assert.equal(entityTypeLabel('law-text'), 'Law text');
  assert.equal(entityTypeLabel('constructor'), 'Constructor');
  assert.equal(entityTypeLabel(''), 'Entity');
  assert.equal(actorTypeName('organization'), 'organisation');
  assert.equal(actorTypeName('person'), 'person');
});

test('oneLine flattens line breaks and shortens long text without splitting an emoji', () => {
  assert.equal(oneLine('a\r\n  b\tc'), 'a b c');
  assert.equal(oneLine('x'.repeat(130)), 'x'.repeat(119) + '…');
  const emoji = oneLine('x'.repeat(8) + '😀' + 'y'.repeat(5), 10);
  assert.equal(emoji, 'x'.repeat(8) + '…');
  assert.equal(oneLine('short', 10), 'short');
});
