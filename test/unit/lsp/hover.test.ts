import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { actorCard, cardAt, claimCard, entityCard, formatValue } from '../../../server/src/lsp/hover';
import { Fixture } from './fixture';
import { sample } from './sample';

/** The card at the `delta`-th code unit of the `nth` occurrence of `needle`, or undefined. */
function check(f: Fixture, needle: string, expected: RegExp[] | undefined, options: { delta?: number; nth?: number; not?: RegExp[] } = {}): string | undefined {
  const card = cardAt(f.analysis(), f.offset(needle, options.delta ?? 0, options.nth ?? 0), f.lines);
  if (!expected) {
    assert.equal(card, undefined, `no card at ${needle}`);
    return undefined;
  }
  assert.ok(card, `a card at ${needle}`);
  for (const re of expected) assert.match(card.markdown, re);
  for (const re of options.not ?? []) assert.doesNotMatch(card.markdown, re);
  return card.markdown;
}

test('entity card: type, normalised value and occurrence count', () => {
  const f = sample();
  check(f, 'US$2.4 billion', [/\*\*Amount of money\*\* · US\$2\.4 billion/, /Value: 2,400,000,000 USD/, /Occurs once/], { delta: 4 });
  check(f, 'Santiago', [/\*\*Place\*\*/, /Occurs once/], { not: [/Value/] });
  check(f, 'last year', [/Date: 2025/, /Relative to the year before publication/]);
  check(f, 'Tuesday', [/Weekday: Tuesday/]);
});

test('entity card counts the same words of the same type, whatever the case', () => {
  const f = new Fixture('Sales rose in Chile. chile exported more. Chile Street is a place too.')
    .entity('Chile', 'place')
    .entity('chile', 'place')
    .entity('Chile Street', 'place');
  check(f, 'Chile', [/Occurs 2 times/]);
  assert.match(entityCard(f.analysis(), f.analysis().entities[2]), /Occurs once/);
});

test('actor card: full name, type, role, first mention line, mentions by kind, claims it sources', () => {
  const f = sample();
  const card = check(f, 'She', [
    /\*\*Maria Lopez\*\* · person/,
    /Role: President/,
    /First mentioned on line 1: “President Maria Lopez”/,
    /3 mentions: 1 name, 1 title, 1 pronoun/,
    /Source of 2 claims:\n- line 3: “Lopez said the company would expand\.”\n- line 3: “She told analysts/,
  ]);
  assert.ok(card);
});

test('actor card from an ambiguous mention names the other candidate', () => {
  const f = sample();
  check(f, 'Lopez', [/\*\*Maria Lopez\*\*/, /ambiguous: it may also be Carlos Lopez/], { nth: 1 });
  // The unambiguous mention says nothing of the kind.
  check(f, 'Carlos Lopez', [/\*\*Carlos Lopez\*\*/, /First mentioned on line 5: “The judge”/], { not: [/ambiguous/, /Source of/] });
});

test('an organisation card lists descriptions; an actor mention wins over the entity under it', () => {
  const f = sample();
  check(f, 'Northwind Mining', [/\*\*Northwind Mining\*\* · organisation/, /4 mentions: 2 names, 2 descriptions/], { nth: 1, not: [/Occurs/] });
  check(f, 'the miner', [/\*\*Northwind Mining\*\*/]);
});

test('claim card: check-worthiness and why, unsourced', () => {
  const f = sample();
  check(f, 'copper', [
    /\*\*Claim\*\* · check-worthiness \*\*high\*\* — states an amount: US\$2\.4 billion; a ranking: largest/,
    /\*\*Unsourced\*\*/,
  ]);
});

test('claim card: sourced, with the cue, the source and the actor\'s full name, and the content', () => {
  const f = sample();
  check(f, 'said', [/check-worthiness \*\*low\*\*$/m, /\*\*Sourced\*\*: cue “said”, source “Lopez” → Maria Lopez \(indirect\)/, /Content: “the company would expand”/]);
  check(f, 'told', [/source “She” → Maria Lopez/], { not: [/Content/] });
});

test('claim card: a claim marked sourced by hand shows the reason', () => {
  const f = new Fixture('Exports doubled in 2024. <!-- marginalia: sourced -- customs data -->').claim('Exports', '2024.', 'high', {
    suppressed: 'customs data',
    reasons: [['statistic', 'doubled']],
  });
  const markdown = claimCard(f.analysis(), f.analysis().claims[0]);
  assert.match(markdown, /\*\*Marked sourced by hand\*\*: customs data/);
  assert.doesNotMatch(markdown, /Unsourced/);
  // The directive itself shows the card of the claim it silences.
  const analysis = f.analysis();
  analysis.claims[0].suppressed = { reason: 'customs data', directive: f.span('<!-- marginalia: sourced -- customs data -->') };
  assert.match(cardAt(analysis, f.offset('marginalia:'), f.lines)?.markdown ?? '', /Marked sourced by hand/);
});

test('no card between sentences or past the end; article text is escaped', () => {
  const f = sample();
  assert.equal(cardAt(f.analysis(), f.text.indexOf('\n\n') + 1, f.lines), undefined);
  const g = new Fixture('Revenue of *Acme* rose.').actor('acme', '*Acme*', 'organization', [['*Acme*', 'name']]);
  assert.match(actorCard(g.analysis(), g.analysis().actors[0], g.lines), /\*\*\\\*Acme\\\*\*\*/);
});

test('formatValue handles every value kind', () => {
  assert.equal(formatValue({ kind: 'percent', value: 3.5 }), 'Value: 3.5 %');
  assert.equal(formatValue({ kind: 'date', iso: '2024/2025' }), 'Date: 2024 to 2025');
  assert.equal(formatValue({ kind: 'date' }), undefined);
  assert.equal(formatValue({ kind: 'money', amount: 120000, currency: 'GBP' }), 'Value: 120,000 GBP');
});

test('claim card lists the further attributions of the sentence, saying which attribute only their clause, and what "which" stands for', () => {
  const f = new Fixture('Rates rose 2% in May, the bank said, although the union, which said wages lagged, disagreed.').claim('Rates', 'disagreed.', 'high', {
    attribution: { cue: 'said', source: 'the bank' },
  });
  const claim = f.analysis().claims[0];
  claim.otherAttributions = [
    { cue: f.span('said', 1), source: { ...f.span('which'), antecedent: f.span('the union') }, embedded: true },
  ];
  const markdown = claimCard(f.analysis(), claim);
  assert.match(markdown, /Also attributed in this sentence:\n- cue “said”, source “which” → the union — inside the sentence: it attributes only its own clause/);
  const plain = claimCard(sample().analysis(), sample().analysis().claims[0]);
  assert.doesNotMatch(plain, /Also attributed/);
});

test('claim card of an interview answer says the cue is the question it answers', () => {
  const f = new Fixture('Will fares rise? Not this year.').claim('Not this', 'year.', 'low', {
    attribution: { cue: 'Will fares rise?', source: 'Will' },
  });
  const claim = f.analysis().claims[0];
  claim.attribution = { ...claim.attribution!, kind: 'answer', inherited: true };
  assert.match(claimCard(f.analysis(), claim), /an answer in an interview: the cue is the question/);
});

test('actor card counts the claims where the actor is a further voice of the sentence', () => {
  const f = new Fixture('The mayor said the bridge was safe; Dana Kowal added that it cost $4 million.')
    .actor('dana-kowal', 'Dana Kowal', 'person', [['Dana Kowal', 'name']])
    .claim('The mayor', 'million.', 'high', { attribution: { cue: 'said', source: 'The mayor' } });
  const analysis = f.analysis();
  assert.doesNotMatch(actorCard(analysis, analysis.actors[0], f.lines), /Source of/);
  analysis.claims[0].otherAttributions = [{ cue: f.span('added'), source: { ...f.span('Dana Kowal'), actor: 'dana-kowal' } }];
  assert.match(actorCard(analysis, analysis.actors[0], f.lines), /Source of one claim:\n- line 1: “The mayor said the bridge/);
});
