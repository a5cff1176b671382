// Names an article explains by its own furniture and phrasing: a news agency
// in a dateline's parentheses, journalists in a credit line in parentheses,
// a data firm after "data from", a review aggregator, a company closed by a
// trade word, a ship after "the tanker". Spans are given by hand, as in
// context.test.ts, so the rules are tested on what a model can hand them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TokenSpan } from '../../../server/src/analysis/entities/names/decoder';
import { wireServices } from '../../../server/src/analysis/entities/names/wireServices';
import { dropBylineRoles } from '../../../server/src/analysis/entities/names/byline';
import { organisationsByContext } from '../../../server/src/analysis/entities/names/orgContext';
import { productsByContext } from '../../../server/src/analysis/entities/names/products';
import { camelCaseNames, firmOfPlace, firmsByLastWord, initialledBodies, nationalBodies, repairCompanyNames } from '../../../server/src/analysis/entities/names/companies';
import { numberedRoads } from '../../../server/src/analysis/entities/names/routes';
import { majorityTypes } from '../../../server/src/analysis/entities/names/majority';
import { longNames } from '../../../server/src/analysis/entities/names/longNames';
import { quotedTitles } from '../../../server/src/analysis/entities/names/quotedTitles';
import { dropQuotedCapitals } from '../../../server/src/analysis/entities/names/titleCase';
import { clubsNamedAlone, teamNicknames } from '../../../server/src/analysis/entities/names/nicknames';
import { scoreLineTeams } from '../../../server/src/analysis/entities/names/scoreLines';
import { dropTechnicalAcronyms } from '../../../server/src/analysis/entities/names/technicalAcronyms';
import { stripTitles } from '../../../server/src/analysis/entities/names/titles';
import { CASE_LOWER, CASE_SHIFT, CASE_TITLE, emptyLexicon } from '../../../server/src/analysis/entities/names/lexicon';
import { hashString } from '../../../server/src/analysis/entities/names/hash';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;
const CLASS = ['person', 'organization', 'place', 'misc'];

/** Sentences (tokens split at spaces) and spans as [sentence, first token, tokens, class]. */
function setup(sentences: string[], given: [number, number, number, number][]): { forms: string[][]; spans: TokenSpan[] } {
  return { forms: sentences.map((s) => s.split(' ')), spans: given.map(([sentence, start, length, cls]) => ({ sentence, start, end: start + length, cls })) };
}

const shown = (forms: string[][], spans: TokenSpan[]): string[] =>
  spans.filter((s) => s.end > s.start).map((s) => `${CLASS[s.cls]}:${forms[s.sentence]!.slice(s.start, s.end).join(' ')}`);

test('a name alone in parentheses before a dateline\'s dash is the agency, and keeps its type wherever named', () => {
  const { forms, spans } = setup(
    ['NEW DELHI , Feb 1 ( Meridian ) - India will spend more', 'according to documents seen by Meridian .', 'The talks ( Geneva ) - ended .'],
    [[0, 0, 2, LOC], [0, 6, 1, MISC], [1, 5, 1, MISC], [2, 3, 1, LOC]],
  );
  assert.deepEqual(shown(forms, wireServices(spans, forms)), ['place:NEW DELHI', 'organization:Meridian', 'organization:Meridian', 'place:Geneva']);
});

test('a credit line in parentheses names journalists, whatever the model made of them, and not the places after "in"', () => {
  const { forms, spans } = setup(
    ['( Reporting by Tomás Ferreira in Singapore and Aiko Tanaka in Washington ; Editing by Meera Iyer )'],
    [[0, 3, 2, PER], [0, 6, 1, LOC], [0, 8, 2, LOC], [0, 11, 1, LOC], [0, 15, 2, ORG]],
  );
  assert.deepEqual(shown(forms, dropBylineRoles(spans, forms, emptyLexicon())), [
    'person:Tomás Ferreira',
    'place:Singapore',
    'person:Aiko Tanaka',
    'place:Washington',
    'person:Meera Iyer',
  ]);
});

test('a review aggregator, a streaming platform and "data from" a firm the model took for a person are organisations', () => {
  const { forms, spans } = setup(
    ['It holds a 91% rating on the review aggregator Rotten Tomatoes .', 'ship-tracking data from Kpler shows nine tankers', 'data from Brazil show exports rose'],
    [[0, 9, 2, PER], [1, 3, 1, PER], [2, 2, 1, LOC]],
  );
  assert.deepEqual(shown(forms, organisationsByContext(spans, forms)), ['organization:Rotten Tomatoes', 'organization:Kpler', 'place:Brazil']);
});

test('a trade word for makers closes a company\'s name ("Mahindra" + "Tractors")', () => {
  const { forms, spans } = setup(['Mahindra Tractors gained 4.2 %'], [[0, 0, 2, PER]]);
  repairCompanyNames(spans, forms, emptyLexicon());
  assert.deepEqual(shown(forms, spans), ['organization:Mahindra Tractors']);
});

test('a ship named after "the tanker" or "a vessel, the" is a work, no person', () => {
  const { forms, spans } = setup(
    ['investigators were focused on a single vessel , the Azure Crest , which carried crude', 'the tanker Ocean Pearl sailed', 'the carrier Ryanair said'],
    [[0, 9, 2, PER], [1, 2, 2, PER], [2, 2, 1, ORG]],
  );
  assert.deepEqual(shown(forms, productsByContext(spans, forms)), ['misc:Azure Crest', 'misc:Ocean Pearl', 'organization:Ryanair']);
});

test('a quoted title followed by "…, the studio\'s animated sequel" is a work there and in the headline', () => {
  const { forms, spans } = setup(
    ["' Ember Tide ' sails to a record", 'LOS ANGELES - " Ember Tide , " Halcyon Studios \' animated sequel about a family , took in $ 212 million .'],
    [[0, 1, 2, PER], [1, 4, 2, PER], [1, 8, 2, ORG]],
  );
  assert.deepEqual(shown(forms, quotedTitles(spans, forms)), ['misc:Ember Tide', 'misc:Ember Tide', 'organization:Halcyon Studios']);
});

test('ordinary words in capitals filling a quotation are a message, no name; a name in capitals there stays', () => {
  const { forms, spans } = setup(
    ['The crew received an " AIRSPEED DISAGREE " alert .', 'Fans chanted " NEW YORK " all night .'],
    [[0, 5, 2, ORG], [1, 3, 2, LOC]],
  );
  const lexicon = emptyLexicon();
  lexicon.words.set(hashString('disagree'), CASE_LOWER << CASE_SHIFT);
  lexicon.words.set(hashString('new'), CASE_LOWER << CASE_SHIFT);
  // "york": written in capitals, and inside place names (a share of 4 in the place bits).
  lexicon.words.set(hashString('york'), (CASE_TITLE << CASE_SHIFT) | (4 << (2 * 3)));
  assert.deepEqual(shown(forms, dropQuotedCapitals(spans, forms, lexicon)), ['place:NEW YORK']);
});

test('a word the model read as miscellany that speaks or has shares is a company; a people\'s word is not', () => {
  const { forms, spans } = setup(
    ['Boeing said it had no comment .', 'The Chinese said little .', 'a Boeing 737 freighter crashed', 'Shares of Airbus rose .'],
    [[0, 0, 1, MISC], [1, 1, 1, MISC], [2, 1, 2, MISC], [3, 2, 1, MISC]],
  );
  assert.deepEqual(shown(forms, organisationsByContext(spans, forms)), ['organization:Boeing', 'misc:Chinese', 'misc:Boeing 737', 'organization:Airbus']);
});

test('a law named "… Act" is a work, however the model typed it; "Act" alone or "ACT" is left alone', () => {
  const { forms, spans } = setup(
    ['under Section 4 of the Criminal Justice Act , 1984', 'the Act was passed', 'the Australian Capital Territory ( ACT ) said'],
    [[0, 5, 3, ORG], [1, 1, 1, ORG], [2, 1, 3, LOC], [2, 5, 1, ORG]],
  );
  assert.deepEqual(shown(forms, productsByContext(spans, forms)), ['misc:Criminal Justice Act', 'organization:Act', 'place:Australian Capital Territory', 'organization:ACT']);
});

test('an organisation runs on across "+" or "&" to the capitalised words after it ("Asthma + Lung UK")', () => {
  const { forms, spans } = setup(['according to the charity Asthma + Lung UK .'], [[0, 4, 1, ORG], [0, 7, 1, LOC]]);
  repairCompanyNames(spans, forms, emptyLexicon());
  assert.deepEqual(shown(forms, spans), ['organization:Asthma + Lung UK']);
});

test('"Line" closes a shipping company\'s name ("Stena Line")', () => {
  const { forms, spans } = setup(['Stena Line said all its sailings were cancelled'], [[0, 0, 2, PER]]);
  repairCompanyNames(spans, forms, emptyLexicon());
  assert.deepEqual(shown(forms, spans), ['organization:Stena Line']);
});

test('a town and a plural the model left untagged after "the" are a team, and its nickname follows; "the Golan Heights" stays a place', () => {
  const { forms, spans } = setup(
    ['the Thunder beat the Boston Celtics 121-118', 'The Celtics had won five straight', 'troops on the Golan Heights', 'the Dallas Cowboys won', 'in the United States'],
    [[0, 4, 1, LOC], [2, 3, 1, LOC], [3, 1, 2, LOC], [4, 2, 2, LOC]],
  );
  assert.deepEqual(shown(forms, teamNicknames(spans, forms)), [
    'organization:Boston Celtics',
    'organization:Celtics',
    'place:Golan',
    'organization:Dallas Cowboys',
    'place:United States',
  ]);
});

test('a currency or product of recent years named alone is a work ("Bitcoin fell", "ChatGPT")', () => {
  const { forms, spans } = setup(['Bitcoin fell 9 % as ChatGPT users grew'], [[0, 0, 1, PER], [0, 5, 1, ORG]]);
  assert.deepEqual(shown(forms, productsByContext(spans, forms)), ['misc:Bitcoin', 'misc:ChatGPT']);
});

test('a time zone after a clock time and a barrister\'s rank after a name are no names; a state after a town stays', () => {
  const { forms, spans } = setup(
    ['traffic was restored at 17:11 UTC', "Ellison 's barrister , Sean Doherty SC , told the court", 'COLUMBIA , SC - Voters went'],
    [[0, 5, 1, ORG], [1, 4, 2, PER], [1, 6, 1, ORG], [2, 0, 1, LOC], [2, 2, 1, LOC]],
  );
  assert.deepEqual(shown(forms, dropTechnicalAcronyms(spans, forms)), ['person:Sean Doherty', 'place:COLUMBIA', 'place:SC']);
});

test('a British councillor\'s "Cllr" is a title, left out of the name', () => {
  const { forms, spans } = setup(['Opposition leader Cllr Tom Briggs said residents would pay more'], [[0, 2, 3, PER]]);
  assert.deepEqual(shown(forms, stripTitles(spans, forms, emptyLexicon())), ['person:Tom Briggs']);
});

test('a camel-case word the model read alone as a place is a firm ("MicroStrategy, the largest corporate holder")', () => {
  const { forms, spans } = setup(['MicroStrategy , the largest corporate holder of bitcoin , slid 15 %', 'McAllen is a city'], [[0, 0, 1, LOC], [1, 0, 1, LOC]]);
  camelCaseNames(spans, forms);
  assert.deepEqual(shown(forms, spans), ['organization:MicroStrategy', 'place:McAllen']);
});

test('a "person" ending in a club word is the club ("Harlow Vale", "Northam Town"); an untagged name before "Athletic" is one too; "David Villa" stays a person', () => {
  const { forms, spans } = setup(['Harlow Vale beat Northam Town 2-1 .', 'Castlemere Athletic lost to David Villa'], [[0, 0, 2, PER], [0, 3, 2, PER], [1, 4, 2, PER]]);
  assert.deepEqual(shown(forms, clubsNamedAlone(spans, forms)), ['organization:Harlow Vale', 'organization:Northam Town', 'organization:Castlemere Athletic', 'person:David Villa']);
});

test('a name closed by an instrument\'s head is one work, no person or firm ("the James Webb Space Telescope")', () => {
  const { forms, spans } = setup(['The James Webb Space Telescope found it , NASA said'], [[0, 1, 2, PER], [0, 4, 1, ORG], [0, 8, 1, ORG]]);
  assert.deepEqual(shown(forms, productsByContext(spans, forms)), ['misc:James Webb Space Telescope', 'organization:NASA']);
});

test('the names on either side of a score are teams, wherever named; a team\'s first word alone is its short name; a station is no person; a coach keeps his name', () => {
  const { forms, spans } = setup(
    ['Carrick Ravens 27-24 Wexmoor : Okafor double', 'Wexmoor led 20-3 at Foxley Park , where Carrick have not lost .', 'Coach Alan Pryce told Radio Carrick that Pryce was proud .', 'The 2024-25 season ended .'],
    [[0, 0, 2, ORG], [0, 3, 1, PER], [0, 5, 1, PER], [1, 0, 1, PER], [1, 4, 2, LOC], [1, 8, 1, PER], [2, 1, 2, PER], [2, 4, 2, PER], [2, 7, 1, PER]],
  );
  assert.deepEqual(shown(forms, scoreLineTeams(spans, forms)), [
    'organization:Carrick Ravens',
    'organization:Wexmoor',
    'person:Okafor',
    'organization:Wexmoor',
    'place:Foxley Park',
    'organization:Carrick',
    'person:Alan Pryce',
    'organization:Radio Carrick',
    'person:Pryce',
  ]);
});

test('a "person" closed by a trade word is a firm; a nationality word before a body closed by a head noun is part of its name; a numbered road is a place', () => {
  const { forms, spans } = setup(
    ['Shares in Helix Silicon fell .', 'The Norwegian Cabin Crew Association struck .', 'A Norwegian minister spoke .', 'Crews closed Highway 63 and Route 9 .', 'Harrison Ford smiled .'],
    [[0, 2, 2, PER], [1, 1, 1, MISC], [1, 2, 3, ORG], [2, 1, 1, MISC], [4, 0, 2, PER]],
  );
  const out = numberedRoads(nationalBodies(firmsByLastWord(spans, forms), forms), forms);
  assert.deepEqual(shown(forms, out), ['organization:Helix Silicon', 'organization:Norwegian Cabin Crew Association', 'misc:Norwegian', 'place:Highway 63', 'place:Route 9', 'person:Harrison Ford']);
});

test('a place in the dateline is a place wherever its name stands alone, whatever the model made of it there', () => {
  const { forms, spans } = setup(
    ['PORT CLEMENT , Barlovento — Hurricane Delphine strengthened .', 'Barlovento braces for a direct hit .', 'The storm will make landfall on Barlovento .', 'Keisha Alleyne spoke .'],
    [[0, 0, 2, LOC], [0, 3, 1, LOC], [1, 0, 1, PER], [2, 6, 1, ORG], [3, 0, 2, PER]],
  );
  assert.deepEqual(shown(forms, majorityTypes(spans, forms)), ['place:PORT CLEMENT', 'place:Barlovento', 'place:Barlovento', 'place:Barlovento', 'person:Keisha Alleyne']);
});

test('a firm "of" a known place is the firm and the place; a body whose head takes its place in its name stays whole', () => {
  const { forms, spans } = setup(
    ['It was published by Varnell Music of New York .', 'The Royal Bank of Scotland and the Civil Aviation Administration of China agreed .', 'The Rally for the Return of Refugees and Democracy in Rwanda spoke .'],
    [[0, 4, 5, ORG], [1, 1, 4, ORG], [1, 7, 5, ORG], [2, 1, 10, ORG]],
  );
  const isPlace = (form: string): boolean => ['New York', 'York', 'Scotland', 'China', 'Rwanda'].includes(form);
  assert.deepEqual(shown(forms, firmOfPlace(spans, forms, isPlace)), [
    'organization:Varnell Music',
    'place:New York',
    'organization:Royal Bank of Scotland',
    'organization:Civil Aviation Administration of China',
    'organization:Rally for the Return of Refugees and Democracy in Rwanda',
  ]);
});

test('a long body name is one across "for"/"to" after "the" and across "and" once joined, and after "St."; two firms joined by "and" stay two', () => {
  const { forms, spans } = setup(
    ['The Centers for Disease Control and Prevention said so .', 'Patients at St. Brendan Regional Medical Center waited .', 'The Right to Fix Coalition spoke .', 'Google and Apple said no .'],
    [[0, 4, 1, ORG], [1, 2, 1, ORG], [1, 3, 4, LOC], [2, 3, 2, ORG], [3, 0, 1, ORG], [3, 2, 1, ORG]],
  );
  assert.deepEqual(shown(forms, longNames(spans, forms)), [
    'organization:Centers for Disease Control and Prevention',
    'organization:St. Brendan Regional Medical Center',
    'organization:Right to Fix Coalition',
    'organization:Google',
    'organization:Apple',
  ]);
});

test('a name given its initials in brackets is a body, and so is every mention of the initials', () => {
  const { forms, spans } = setup(
    ['The opposition Jan Shakti Morcha ( JSM ) won 47 seats .', 'The JSM leader spoke .', 'Pragati Dal lost .'],
    [[0, 2, 3, PER], [0, 6, 1, ORG], [1, 1, 1, PER], [2, 0, 2, PER]],
  );
  assert.deepEqual(shown(forms, initialledBodies(spans, forms)), ['organization:Jan Shakti Morcha', 'organization:JSM', 'organization:JSM', 'person:Pragati Dal']);
});
