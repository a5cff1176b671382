// The learned cue classifier (cues.json "model", trained on PolNeAR train) and
// the structural gates it must still pass: a verb PolNeAR treats as a stance
// or report after a subject sources the sentence; the same word as a noun, in
// a reduced relative clause or negated does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifiedCue } from '../../../server/src/analysis/claims/lexicon';
import { loadResources } from '../../../server/src/host/resources';
import { check } from './check';

const words = (s: string): string[] => s.toLowerCase().split(' ');
const caps = (s: string) => (k: number): boolean => /^[A-Z]/.test(s.split(' ')[k] ?? '');

test('the classifier scores a verb after a subject above a determiner-led noun', () => {
  const verb = 'The senator blasted the plan as reckless';
  const noun = 'the blast damaged 40 homes';
  const asVerb = classifiedCue(words(verb), caps(verb), 2);
  const asNoun = classifiedCue(words(noun), caps(noun), 1);
  assert.ok(asVerb, 'blasted after a subject is a cue');
  assert.ok(!asNoun || asNoun.reliability < asVerb.reliability, 'blast after "the" scores lower');
  const act = 'The board approved the final design';
  assert.equal(classifiedCue(words(act), caps(act), 2), undefined, 'an act PolNeAR rarely counts is never a classified cue');
});

test('learned cues source their sentence; their look-alikes do not', () => {
  check(
    'Senator Okafor blasted the plan as a waste of 2 billion dollars. ' +
      'The blast damaged 40 homes in March. ' +
      'Revenue rose 3%, short of the 9% growth the company had forecast in January.',
    [
      { sentence: 'Senator Okafor blasted', sourced: true, cue: 'blasted', source: 'Senator Okafor' },
      { sentence: 'The blast damaged', sourced: false, level: 'high' },
      { sentence: 'Revenue rose 3%', sourced: false, level: 'high' },
    ],
  );
});

test('"as X put it," attributes the main clause; a temporal "as" clause does not', () => {
  check(
    'As the auditor put it, the fund lost 40 million dollars in 2022. ' +
      'Prices rose 9% in May, as the bank observed. ' +
      'Rents, as one of the council’s advisers pointed out, doubled in 2021. ' +
      'The fund lost 40 million dollars as the auditor announced a review of 12 accounts.',
    [
      { sentence: 'As the auditor put it', sourced: true, source: 'the auditor' },
      { sentence: 'Prices rose 9%', sourced: true, source: 'the bank' },
      { sentence: 'Rents, as one', sourced: true, cue: 'pointed out', source: 'one of the council’s advisers' },
      { sentence: 'as the auditor announced', sourced: false, level: 'high' },
    ],
  );
});

test('"as X put it" keeps the main clause with adjuncts before its comma or after a closing quote; a clause after it does not', () => {
  check(
    'As the auditor said in a letter to the board in May, the fund lost 40 million dollars. ' +
      'As she told reporters last week, rents doubled in 2021. ' +
      'The main test is a “lawful source of income,” as a Treasury memo put it. ' +
      'As the auditor said that he would, the board cut 12 jobs in May.',
    [
      { sentence: 'As the auditor said in a letter', sourced: true, cue: 'said', source: 'the auditor' },
      { sentence: 'As she told reporters', sourced: true, source: 'she' },
      { sentence: 'The main test', sourced: true, cue: 'put it', source: 'a Treasury memo' },
      { sentence: 'As the auditor said that', sourced: false, level: 'high' },
    ],
  );
});

test('"so" stands for the reported clause; footage is a document that shows', () => {
  check(
    'The mayor does not think so. ' +
      'The video shows officers firing 12 shots at the car. ' +
      'The officers fired 12 shots at the car.',
    [
      { sentence: 'The mayor does not', sourced: true, cue: 'think', source: 'The mayor', level: 'low' },
      { sentence: 'The video shows', sourced: true, cue: 'shows', source: 'The video', kind: 'document' },
      { sentence: 'The officers fired', sourced: false, level: 'high' },
    ],
  );
});

test('a relative opening the sentence is a connective: its clause is the main one', () => {
  check(
    'To which the mayor replied that the fund had lost 40 million dollars. ' +
      'To which she said, “Never.” ' +
      'The fund, which the mayor announced in May, lost 12 million dollars.',
    [
      { sentence: 'To which the mayor', sourced: true, cue: 'replied', source: 'the mayor' },
      { sentence: 'To which she said', sourced: true, cue: 'said', source: 'she' },
      { sentence: 'The fund, which', sourced: false, level: 'high' },
    ],
  );
});

test('a plan reported of someone and a report closing the sentence are attributions', () => {
  check(
    'The agency plans to publish its 2024 figures in March. ' +
      'Bonuses rose 12% last year, the Daily Ledger reports. ' +
      'Analysts read the reports of 2023 closely.',
    [
      { sentence: 'The agency plans', sourced: true, source: 'The agency', level: 'low' },
      { sentence: 'Bonuses rose 12%', sourced: true, source: 'the Daily Ledger' },
      { sentence: 'Analysts read', sourced: false },
    ],
  );
});

test('a stance taken by a subject is an attribution; a passive vote and the schema non-cues are not', () => {
  check(
    'The Harbour Times endorsed Mayor Osei for a second term in 2024. ' +
      'The rate rise was backed by five of seven members. ' +
      'The minister proposed a 5% levy on sugar. ' +
      'The club defended its record of 12 wins.',
    [
      { sentence: 'The Harbour Times endorsed', sourced: true, source: 'The Harbour Times' },
      { sentence: 'The rate rise was backed', sourced: false, level: 'high' },
      { sentence: 'The minister proposed', sourced: false },
      { sentence: 'The club defended', sourced: false },
    ],
  );
});

test('a classified cue needs a speaker: a name, a pronoun or a noun that reports', () => {
  check(
    'Higher rates have already pushed up borrowing costs by 2%. ' +
      'Officials blasted the 2% rise as reckless.',
    [
      { sentence: 'Higher rates', sourced: false, level: 'high' },
      { sentence: 'Officials blasted', sourced: true, source: 'Officials' },
    ],
  );
});

test('a name or noun in -ly is part of the source; an -ly adverb, "is like" and "To be sure" are no cues', () => {
  check(
    'Megyn Kelly said the debate cost 40 million dollars. ' +
      'The family said the fund lost 12 million dollars. ' +
      'Bankruptcy is like a chess game for 40 companies. ' +
      'His obsession with Mexico is seemingly genuine. ' +
      'To be sure, the fund lost 12 million dollars in May.',
    [
      { sentence: 'Megyn Kelly said', sourced: true, cue: 'said', source: 'Megyn Kelly' },
      { sentence: 'The family said', sourced: true, cue: 'said', source: 'The family' },
      { sentence: 'Bankruptcy is like', sourced: false },
      { sentence: 'His obsession', sourced: false },
      { sentence: 'To be sure', sourced: false, level: 'high' },
    ],
  );
});

test('the shown cue is the verb and the shown source the name (SCHEMA.md gold): no object, setting, article or apposition', () => {
  check(
    'Chief Executive Marguerite Hale told reporters that 1,800 jobs would go by May. ' +
      'The regulator said in a statement that it fined the bank 40 million dollars. ' +
      'Its chair, Dana Kowal, said the fund lost 12 million dollars. ' +
      'Its chief executive, Maarten de Groot, said the fund lost 3 million dollars. ' +
      'Turnout was 61%, according to a regulatory filing on Tuesday. ' +
      'People close to him said the fund lost 12 million dollars. ' +
      'A person close to her said the fund lost 9 million dollars.',
    [
      { sentence: 'Marguerite Hale told', cue: 'told', source: 'Chief Executive Marguerite Hale' },
      { sentence: 'The regulator said', cue: 'said', source: 'The regulator' },
      { sentence: 'Its chair', cue: 'said', source: 'Dana Kowal' },
      { sentence: 'Its chief executive', cue: 'said', source: 'Maarten de Groot' },
      { sentence: 'Turnout was 61%', cue: 'according to', source: 'a regulatory filing' },
      { sentence: 'People close to him', sourced: true, source: 'People close to him' },
      { sentence: 'A person close to her', sourced: true, source: 'A person close to her' },
    ],
    { tagger: loadResources().tagger },
  );
});

test('raising or imposing a figure or a measure is an act; raising a concern or a question reports', () => {
  check(
    'The central bank raised its benchmark rate to 6.25% on Wednesday. ' +
      'The ministry imposed provisional duties on chicken in 2022. ' +
      'The senator raised concerns that the deal would cost 2 billion dollars. ' +
      'The senator raised the question of whether the deal cost 2 billion dollars.',
    [
      { sentence: 'The central bank raised', sourced: false, level: 'high' },
      { sentence: 'The ministry imposed', sourced: false, level: 'high' },
      { sentence: 'The senator raised concerns', sourced: true, cue: 'raised' },
      { sentence: 'The senator raised the question', sourced: true, cue: 'raised' },
    ],
  );
});

test('"put" reports only as an estimate ("puts growth at 1.2%"); putting a satellite in orbit or a bill forward is an act', () => {
  check(
    'The bank’s latest forecast puts growth at 1.2% for 2025. ' +
      'The company put its first satellite into orbit on Friday. ' +
      'The senator put forward a bill to cut taxes by 2%.',
    [
      { sentence: 'The bank’s latest forecast', sourced: true, cue: 'puts' },
      { sentence: 'The company put', sourced: false, level: 'high' },
      { sentence: 'The senator put', sourced: false },
    ],
  );
});

test('"by one estimate" sources like "according to"; a "with" phrase is no speaker; a description with its phrase keeps the name in apposition', () => {
  check(
    'About 300,000 acres of forest were damaged, by one estimate. ' +
      'By some estimates, unemployment hit 12% in May. ' +
      'The house was damaged by the storm in May. ' +
      'The appeal is 23% funded, with $412 million received of the $1.8 billion requested. ' +
      'His office put out a statement saying the plan would cost 2 billion dollars. ' +
      'A spokesman for the Ministry of Humanitarian Affairs, Joaquim Reis, said 14,000 houses were rebuilt.',
    [
      { sentence: 'About 300,000 acres', sourced: true, cue: 'by', source: 'one estimate' },
      { sentence: 'By some estimates', sourced: true, cue: 'By', source: 'some estimates' },
      { sentence: 'The house was damaged', sourced: false },
      { sentence: 'The appeal is 23%', sourced: false, level: 'high' },
      { sentence: 'His office put out', sourced: true, cue: 'put', source: 'His office' },
      { sentence: 'A spokesman for the Ministry', sourced: true, cue: 'said', source: 'Joaquim Reis' },
    ],
    { tagger: loadResources().tagger },
  );
});

test('"was called by" convenes, it names nothing; adding an amount in a currency is an act', () => {
  check(
    'The strike was called by the dockers’ union on Tuesday. ' +
      'The ministry said the demand would add €38 million a year to costs.',
    [
      { sentence: 'The strike was called', sourced: false, level: 'high' },
      { sentence: 'The ministry said', sourced: true, cue: 'said', others: [] },
    ],
  );
});

test('"the most ever offered" is no speaker of a further attribution', () => {
  check('Eleven groups bid for 4.5 gigawatts, the most ever offered in one round, the agency said on Monday.', [
    { sentence: 'Eleven groups bid', sourced: true, cue: 'said', source: 'the agency', others: [] },
  ]);
});

test('only verbs of saying stand before their subject: "…,” credited a program" keeps the subject that opens the sentence', () => {
  check(
    'Mayor Denise Alvarado, who took office promising to "take back the corners," credited a program that cut shootings by 11 percent. ' +
      '"It is too early," said Dr. Owen Pritchard.',
    [
      { sentence: 'Mayor Denise Alvarado', sourced: true, cue: 'credited', source: 'Mayor Denise Alvarado' },
      { sentence: '"It is too early,"', sourced: true, cue: 'said', source: 'Dr. Owen Pritchard' },
    ],
  );
});

test('"As reported by …" names a source as "according to" does; "as expected by" and "as he had promised" do not', () => {
  check(
    'As reported by the Chronicle, the city spent $4 million on the stadium last year. ' +
      'The council spent $9 million on roads, as first reported in the Ledger. ' +
      'As expected by analysts, the bank raised rates to 5 percent. ' +
      'He resigned in May, as he had promised in 2023.',
    [
      { sentence: 'As reported by the Chronicle', sourced: true, cue: 'As reported by', source: 'the Chronicle' },
      { sentence: 'The council spent', sourced: true, cue: 'as first reported in', source: 'the Ledger' },
      { sentence: 'As expected by analysts', sourced: false, level: 'high' },
      { sentence: 'He resigned in May', sourced: false },
    ],
  );
});

test('"began by saying" continues the subject; "some" before a cue is a source, not a compound noun', () => {
  check(
    'Dean appeared on television on Tuesday and began by saying he had never met the 40 patients. ' +
      'The minister responded by noting that the budget had grown by 4 percent. ' +
      'He made his fortune by saying yes to every deal in 2004. ' +
      'But some note that the deficit reached 6 percent last year.',
    [
      { sentence: 'Dean appeared', sourced: true, cue: 'saying', source: 'Dean' },
      { sentence: 'The minister responded', sourced: true, source: 'The minister' },
      { sentence: 'He made his fortune', sourced: false, level: 'high' },
      { sentence: 'But some note', sourced: true, cue: 'note', source: 'some' },
    ],
  );
});

test('a subject with a restrictive relative clause speaks, clause and all; "It is clear that voters want" keeps its own subject', () => {
  check(
    'Analysts who follow the sector say the arrangement cost $4 million. ' +
      'A lawyer who represents the families said the company paid $2 million. ' +
      'People who have seen the plans say the tower will rise 40 floors. ' +
      'It is clear that voters want lower taxes.',
    [
      { sentence: 'Analysts who follow', sourced: true, cue: 'say', source: 'Analysts who follow the sector' },
      { sentence: 'A lawyer who represents', sourced: true, cue: 'said', source: 'A lawyer who represents the families' },
      { sentence: 'People who have seen', sourced: true, cue: 'say', source: 'People who have seen the plans' },
      { sentence: 'It is clear', level: 'low' },
    ],
  );
});

test('in a title-case headline a verb after a comma is the subject\'s second verb, not an inverted report ("…, Raises Full-Year Outlook"); "…, Says Mayor Ana Ruiz" inverts', () => {
  check('Halvard Robotics Reports Record Third-Quarter Revenue, Raises Full-Year Outlook', [{ sentence: 'Halvard Robotics Reports', sourced: false }]);
  check('Budget Is Safe, Says Mayor Ana Ruiz', [{ sentence: 'Budget Is Safe', sourced: true, cue: 'Says', source: 'Mayor Ana Ruiz' }]);
});

test('what a court or inquest "heard" is attributed to it; "heard evidence" and "She heard a noise" report nothing', () => {
  check(
    'The court heard that the couple billed the board for 11,000 hours. The inquest heard he had been dead for 3 days. ' +
      'The committee heard evidence from 12 witnesses in May. She heard a noise at 3 a.m. on Friday.',
    [
      { sentence: 'The court heard', sourced: true, cue: 'heard', source: 'The court' },
      { sentence: 'The inquest heard', sourced: true, cue: 'heard', source: 'The inquest' },
      { sentence: 'The committee heard', sourced: false, level: 'high' },
      { sentence: 'She heard a noise', sourced: false },
    ],
  );
});

test('a court report closing "…, a court has heard." and "The jury was told …" are attributed to the body; "Residents were told" is not', () => {
  check(
    'A care worker stole £40,000 from residents in Norwich, a court has heard. The jury was told that the thefts came to light in 2022. ' +
      'Jurors have been told she spent £9,000 on holidays. Residents were told that the water was unsafe on Monday. The man was told to leave the court.',
    [
      { sentence: 'A care worker', sourced: true, cue: 'heard', source: 'a court' },
      { sentence: 'The jury was told', sourced: true, cue: 'told', source: 'The jury' },
      { sentence: 'Jurors have been told', sourced: true, cue: 'told', source: 'Jurors' },
      { sentence: 'Residents were told', sourced: false },
      { sentence: 'The man was told', sourced: false },
    ],
  );
  check('Care worker stole £40,000 from dementia patients, court hears', [{ sentence: 'Care worker stole', sourced: true, cue: 'hears', source: 'court' }]);
});

test('"like that of" compares, it is no verb of liking ("Summers like that of 2022 …")', () => {
  check('Summers like that of 2022, when 60,000 people died, could become normal by the 2040s, according to the agency.', [
    { sentence: 'Summers like that', sourced: true, cue: 'according to', others: [] },
  ]);
});
