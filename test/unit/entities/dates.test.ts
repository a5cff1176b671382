import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check } from './check';

test('weekdays, without the part of day or the adverb around them', () => {
  check('The minister arrived on [[Tuesday|date|Tuesday]] and left on [[Monday|date|Monday]] evening.');
  check('A report published earlier on [[Tuesday|date|Tuesday]] said so.');
  check('Talks run over [[Wednesday|date]] and [[Thursday|date]].');
  check('Votes were counted on [[Wednesday|date]] morning; [[Friday|date]]’s meeting was cancelled.');
  check('Shops close on Tuesdays; the Sunday Times said so on [[Sunday|date]].');
});

test('months, with and without a day or a year', () => {
  check('Prices rose in the year to [[March|date|--03]], after a dip in [[Sept.|date|--09]]');
  check('It took office in [[September 2022|date|2022-09]] and again in [[Sept. 2023|date|2023-09]].');
  check('The vote is on [[July 2, 2024|date|2024-07-02]], the count on [[2 July 2024|date|2024-07-02]].');
  check('The next meeting is on [[July 17|date|--07-17]], the last was on [[14 January|date|--01-14]].');
  check('Filed on [[2024-05-17|date|2024-05-17]] in the registry, and on [[5 Jan 2024|date|2024-01-05]].');
  check('The deal was signed on [[Tuesday, July 2|date|--07-02 Tuesday]].');
  check('PRETORIA, [[June 12|date]] (Wire) - Talks stalled.');
  check('The test runs [[July 24-28|date|--07-24/--07-28]] and the fair [[3–5 May 2025|date|2025-05-03/2025-05-05]].');
});

test('names and verbs that look like months are not dates', () => {
  check('May we begin? Theresa May spoke to June Carter about it.');
  check('Officials said they may cut rates, and the team will march on.');
  check('Prices fell in [[May|date|--05]], and since [[May|date]] they have risen.');
});

test('years, but not counts or codes', () => {
  check('The bloc was set up in [[1996|date|1996]] and expanded in [[2001|date|2001]].');
  check('He suspended a [[2019|date]] agreement, citing a [[2023|date]] review.');
  check('Some 1996 people signed it; the plane was a Boeing 1996 and the room 2013.');
  check('Turnout reached 2,000 voters, and 2013.5 was the index. It cost [[$2024|money|USD 2024]].');
  check('Flight 2024 left at 1800 GMT with 2000 passengers.');
  check('Call the confidential line on 1800 666 111 or the station on (021) 494 3330 before [[2027|date]].');
  check('[[2013|date]] was a good year. It ended well. [[2014|date]] did not.');
  check('FRANCE LAUNCH [[1998|date]] WORLD CUP BUILD-UP');
  check('The firm has 1996 stores; the [[2019|date]] elections and China’s [[2013|date]] proposals; in [[2013|date]] talks resumed.');
});

test('ranges of years, decades and seasons of a year', () => {
  check('It holds the presidency for [[2024-2025|date|2024/2025]] and the budget for [[2024–25|date|2024/2025]].');
  check('The [[’90s|date|1990/1999]] and the [[\'20s|date]] differ.');
  check('Sales peaked in the [[1990s|date|1990/1999]] and again in [[spring 2024|date|2024-21]].');
  check('The score was 2024-2022 in the odd game; call 2024-5555.');
  check('The [[1999-00|date|1999/2000]] season.');
});

test('relative dates, the adverb before them excluded', () => {
  check('China [[last year|date|~]] overtook Russia; [[next year|date|~]] it may slow.');
  check('Trade rose earlier [[this month|date|~]] and will rise [[next spring|date|~]], more than [[last winter|date|~]].');
  check('Rates fell [[last October|date|~]].');
  check('[[Yesterday|date|~]] it rained; [[tonight|date|~]] it snows; [[tomorrow|date|~]] who knows.');
  check('The rate was [[5.1%|percent|5.1]] [[two years earlier|date|~]] and fell [[eight months later|date|~]], as [[a decade ago|date|~]].');
  check('Elections are held [[this season|date]] and [[next Tuesday|date|Tuesday ~]].');
});

test('durations and possessive "last" are not dates', () => {
  check('They have 32 years of ties, met for three days, dose every six hours, in as many years.');
  check('It was the last year of his term and its last season.');
  check('He read USA Today and the Today programme.');
});

test('relative dates explain what they are relative to', () => {
  const [last, ago] = check('It grew [[last year|date]] and fell [[three years ago|date]].');
  assert.equal(last.value?.kind === 'date' && last.value.relative, 'the year before publication');
  assert.equal(ago.value?.kind === 'date' && ago.value.relative, '3 years before publication');
});

test('holidays are days; the same word inside another name or before a thing is not', () => {
  check('The backlog will not fall by [[Christmas|date]]; shops close on [[Christmas Day|date]] and [[Boxing Day|date]].');
  check('Turkey prices rose before [[Thanksgiving|date]] and again over [[New Year’s Eve|date]].');
  check('Flights to Christmas Island resumed, and Christmas tree sales fell.');
});
