// Question-and-answer interviews (attribution/interview.ts): the answers are
// the interviewee's words, whatever they report themselves; an explainer's
// questions, an italic note and what follows a thematic break are not.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/analyze';
import { loadResources } from '../../../server/src/host/resources';

const { tagger } = loadResources();

/** The claims of `text` with the shipped name tagger: the interviewee is a person actor. */
function claimsOf(text: string, fileName = 'fixture.md') {
  return analyze(text, { fileName, tagger }).claims;
}

function claimStarting(text: string, opening: string, fileName?: string) {
  const claim = claimsOf(text, fileName).find((c) => c.text.replace(/^[*_]+/, '').startsWith(opening));
  assert.ok(claim, `a claim opening "${opening}"`);
  return claim;
}

const INTERVIEW = [
  'Rents rose 41% since 2019. We spoke to Housing Minister Teodora Lisk about her plan.',
  '',
  '**Your government promised 100,000 homes. How many have been built?**',
  '',
  'About 62,000. Construction costs went up by a third in two years.',
  '',
  '**Critics say a cap will drive landlords away. Are they wrong?**',
  '',
  'They said the same thing in Vienna. Supply fell 2% there.',
  '',
  '*This interview was edited for length.*',
  '',
  '---',
  '',
  'Teodora Lisk has been minister since 2022.',
].join('\n');

test('an answer after a bold question is the interviewee\'s, with the question as its cue', () => {
  const answer = claimStarting(INTERVIEW, 'About 62,000.');
  assert.equal(answer.sourced, true);
  assert.equal(answer.attribution?.source.text, 'Housing Minister Teodora Lisk');
  assert.equal(answer.attribution?.source.actor, 'teodora-lisk');
  assert.equal(answer.attribution?.cue.text, 'How many have been built?');
  assert.equal(answer.attribution?.kind, 'answer');
  assert.equal(claimStarting(INTERVIEW, 'Construction costs').attribution?.source.text, 'Housing Minister Teodora Lisk');
});

test('what an answer reports itself stays a further attribution under the interviewee\'s', () => {
  const answer = claimStarting(INTERVIEW, 'They said the same thing');
  assert.equal(answer.attribution?.source.text, 'Housing Minister Teodora Lisk');
  assert.deepEqual(answer.otherAttributions?.map((a) => `${a.cue.text} / ${a.source.text}`), ['said / They']);
});

test('an italic note and the text after a thematic break are no answers', () => {
  assert.equal(claimStarting(INTERVIEW, 'Teodora Lisk has been minister').sourced, false);
});

test('plain text "Q:" and "A:" paragraphs make an interview too', () => {
  const text = 'Mayor Ana Ruiz sat down with us on Monday.\n\nQ: How many buses run today?\n\nA: About 400, up from 310 in 2020.\n\nQ: Will fares rise?\n\nA: Not this year.\n';
  const answer = claimStarting(text, 'A: About 400', 'fixture.txt');
  assert.equal(answer.attribution?.source.text, 'Mayor Ana Ruiz');
  assert.equal(answer.attribution?.cue.text, 'Q: How many buses run today?');
});

test('an explainer\'s bold questions, with no one interviewed, leave its answers unsourced', () => {
  const text = 'Mayor Ana Ruiz wants a rent cap.\n\n**What is a rent cap?**\n\nA limit of 3% a year on rent rises.\n\n**Who pays?**\n\nLandlords lose about $40 million a year.\n';
  assert.equal(claimStarting(text, 'Landlords lose').sourced, false);
});

test('one "Q:" and "A:" pair inside a news story answers in the interviewee\'s words; the story after it is the writer\'s', () => {
  const text =
    'In an interview on Sunday, Chancellor Rachel Hamid said she would not raise taxes again.\n\n' +
    'Q: Will you rule out cuts to public services?\nA: We will protect the NHS and schools. Other departments will find savings of 2%.\n\n' +
    'The government borrowed £14bn in May, official figures show. Inflation stood at 3.8% in August.\n';
  const answer = claimStarting(text, 'A: We will protect', 'fixture.txt');
  assert.equal(answer.attribution?.source.actor, 'rachel-hamid');
  assert.equal(answer.attribution?.cue.text, 'Q: Will you rule out cuts to public services?');
  assert.equal(claimStarting(text, 'Other departments', 'fixture.txt').attribution?.kind, 'answer');
  assert.equal(claimStarting(text, 'Inflation stood', 'fixture.txt').sourced, false);
});

test('the interview sentence\'s subject is interviewed, a pronoun for someone named before included; the reporter named with the outlet\'s possessive is not ("She spoke with the Burlington Courier\'s Paul Renner")', () => {
  const text =
    'Senator Eleanor Marsh has chaired the transport subcommittee since 2023. She spoke with the Burlington Courier\'s Paul Renner on Thursday.\n\n' +
    'Q: The state says 142 bridges are deficient. How did it get that bad?\n\nA: We underfunded maintenance for thirty years.\n\n' +
    'Q: Does the bill have the votes?\n\nA: It has 52 votes in the Senate today.\n';
  const answer = claimStarting(text, 'A: We underfunded', 'fixture.txt');
  assert.equal(answer.attribution?.source.actor, 'eleanor-marsh');
  assert.equal(answer.attribution?.source.text, 'Senator Eleanor Marsh');
});
