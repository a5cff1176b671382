// Check-worthiness: each rule has sentences that must be high and look-alikes that must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './check';
import { loadResources } from '../../../server/src/host/resources';

const high = (sentence: string, reason: string) => ({ sentence, level: 'high' as const, reason });
const notHigh = (sentence: string) => ({ sentence, notLevel: 'high' as const });

test('amounts, percentages and statistics are high', () => {
  check('Trade reached US$41 billion. Turnout was 38 per cent. The clinic treated 1,240 patients. About a fifth of the stock was lost.', [
    high('Trade reached', 'amount'),
    high('Turnout was', 'percent'),
    high('The clinic treated', 'statistic'),
    high('About a fifth', 'statistic'),
  ]);
});

test('rankings, measurable superlatives and comparisons are high; opinion superlatives are not', () => {
  check(
    'Norland overtook Estavia to become the top exporter. This is the mayor’s second visit to Kell. Oslin is the largest port on the coast. Rents are higher than in the capital. “It is the most exciting project I have seen,” Ines Roa said. He is the best finisher in the league.',
    [
      high('Norland overtook', 'ranking'),
      high('second visit', 'ranking'),
      high('Oslin is the largest', 'superlative'),
      high('Rents are higher', 'comparison'),
      notHigh('most exciting project'),
      notHigh('best finisher'),
    ],
  );
});

test('dated events are high; scheduled ones too', () => {
  check('The minister resigned on Tuesday. The bridge opened in 1996. The next round is scheduled for July 3 in Tunis.', [
    high('The minister resigned', 'dated-event'),
    high('The bridge opened', 'dated-event'),
    high('The next round', 'dated-event'),
  ]);
});

test('named actors make a statement medium; ages and small counts are medium, not high', () => {
  check('Hanna Berg chairs the Northern Rail Board. Lars Eng, 58, runs the depot. The two towns share a station.', [
    { sentence: 'Hanna Berg chairs', level: 'medium' },
    { sentence: 'Lars Eng, 58', level: 'medium' },
    { sentence: 'The two towns', level: 'medium' },
  ]);
});

test('forecasts, intentions, pledges, beliefs, questions, greetings and opinions are low even with numbers', () => {
  check(
    'Inflation is projected to ease to 3% by 2027. ' +
      'The minister said the state would spend $500 million on roads. ' +
      'The mayor promised to plant 10,000 trees. ' +
      'Karl Weiss wants the tax cut to 15%. ' +
      'Who, after all, knows the city better than its mayor? ' +
      'Thank you all for coming tonight. ' +
      'Not everyone welcomed the move. ' +
      'For the workers in Ostby, the timing is hard to take.',
    [
      { sentence: 'Inflation is projected', level: 'low' },
      { sentence: 'the state would spend', level: 'low' },
      { sentence: 'The mayor promised', level: 'low' },
      { sentence: 'Karl Weiss wants', level: 'low' },
      { sentence: 'Who, after all', level: 'low' },
      { sentence: 'Thank you all', level: 'low' },
      { sentence: 'Not everyone', level: 'low' },
      { sentence: 'For the workers', level: 'low' },
    ],
  );
});

test('a reported plan pinned to a day is a scheduled event: high', () => {
  check('The clerk said the results would be certified on Friday.', [{ sentence: 'The clerk said', level: 'high', sourced: true }]);
});

test('odd input never throws', () => {
  for (const text of ['', '\uFEFF', '🙂🙂 “', 'a\r\nb\r\n', '\u0000\u0001 said said said', '“'.repeat(500), 'According to']) check(text, []);
});

test('a belief after a personal pronoun is attributed and low, never a diagnostic', () => {
  check('They believe the mine will employ 400 people by 2030.', [{ sentence: 'They believe', sourced: true, cue: 'believe', source: 'They', level: 'low' }]);
});

test('speculation in the main clause is low unless a figure makes it high; "could not", a subordinate modal and a quoted one are not speculation', () => {
  check(
    'The endorsements may highlight the decline of the regional press. The merger could cost the Port of Lisbon 4% of its trade. Officials could not confirm the Port of Lisbon closure on Monday. The Port of Lisbon closed in May because the storm might return.',
    [
      { sentence: 'The endorsements may', level: 'low', reason: 'speculation' },
      { sentence: 'The merger could cost', level: 'high' },
      { sentence: 'Officials could not', notLevel: 'low' },
      { sentence: 'closed in May because', level: 'high' },
    ],
  );
});

test('a seeming or a hedging adverb is speculation; "appeared in court" is an act', () => {
  check(
    'The Lisbon mayor seems to have left the Port Authority board. It appeared that the Port Authority had lost its grip. The Lisbon mayor apparently resigned from the Port Authority board. The Lisbon mayor appeared in court with the Port Authority chief.',
    [
      { sentence: 'seems to have left', level: 'low', reason: 'speculation' },
      { sentence: 'It appeared that', level: 'low', reason: 'speculation' },
      { sentence: 'apparently resigned', level: 'low', reason: 'speculation' },
      { sentence: 'appeared in court', notLevel: 'low' },
    ],
  );
});

test('a table row is one claim with the figures of its cells; the header row is furniture; a name alone states nothing', () => {
  const { tagger } = loadResources();
  check('| Reservoir | Level |\n| --- | --- |\n| Ribeira Grande | 19% |\n| Lagoa Funda | |\n\nRibeira Grande is nearly empty.', [
    { sentence: 'Reservoir | Level', claim: false },
    { sentence: 'Ribeira Grande |', level: 'high', reason: 'percent' },
    { sentence: 'Lagoa Funda', level: 'low' },
    { sentence: 'Ribeira Grande is', level: 'medium' },
  ], { fileName: 'table.md', tagger });
});

test('an ordinal inside a name is no ranking; a month word before a name is no date', () => {
  check('Kowalczyk moved to Gdańsk after the Second World War. Her husband, the painter Jan Kowalczyk, painted ships.', [
    { sentence: 'Kowalczyk moved', notLevel: 'high' },
    { sentence: 'Her husband', notLevel: 'high' },
  ]);
});

test('an age said as "dies at 88", "She was 88." or "88 years old" is medium', () => {
  check('Irena Kowalczyk dies at 88. She was 88. Her brother is 91 years old. The firm cut 88 jobs.', [
    { sentence: 'dies at 88', level: 'medium', reason: 'age' },
    { sentence: 'She was 88', level: 'medium', reason: 'age' },
    { sentence: 'Her brother', level: 'medium', reason: 'age' },
    { sentence: 'The firm cut', level: 'high' },
  ]);
});

test('"a record of" is a document, not a ranking; "a record 12%" ranks', () => {
  check('Firms must keep a record of each decision. Exports rose by a record 12% in May.', [
    notHigh('Firms must keep'),
    high('Exports rose', 'ranking'),
  ]);
});

test('"in May" is a month, not the modal: a count in May is high; "may rise" speculates', () => {
  check('Monitors recorded 37 breaches in May. Prices rose 4% in May alone. Rates may rise again, the bank warned. Her sister, she added, would always have a place in her team.', [
    high('Monitors recorded', 'statistic'),
    high('Prices rose', 'percent'),
    notHigh('Rates may rise'),
    { sentence: 'Her sister', level: 'low' },
  ]);
});

test('a figure with its magnitude is one reason ("2.4 million", not "2.4")', () => {
  const analysis = check('The state will vaccinate 2.4 million children. Sales rose by 300 units.', [high('The state will', 'statistic'), high('Sales rose', 'statistic')]);
  const reasons = analysis.claims.flatMap((c) => c.reasons.filter((r) => r.kind === 'statistic').map((r) => r.text));
  assert.deepEqual(reasons, ['2.4 million', '300']);
});

test('a quotation carried on from the sentence before is a reported intention when it says what will be ("Every child … will get a dose")', () => {
  check('“We will not wait for another outbreak,” Srinivasan said. “Every child between nine months and 15 years will get a dose.”', [
    { sentence: 'Every child', sourced: true, inherited: true, level: 'low' },
  ]);
  // Not carried on: the article's own statement of a plan keeps its figure.
  check('Every child between nine months and 15 years will get a dose in 2026.', [{ sentence: 'Every child', sourced: false, level: 'high' }]);
});

test('"the worst hit" and "the hardest-hit region" rank damage: measurable, high', () => {
  check('The port city of Marsella is the worst hit. Aid reached the hardest-hit villages on Monday night. He is the worst finisher in the league.', [
    high('The port city', 'superlative'),
    high('Aid reached', 'superlative'),
    notHigh('worst finisher'),
  ]);
});

test('"a third day" is an ordinal, not a fraction; "a third of the stock" is a fraction', () => {
  const analysis = check('Shares fell for a third day. A third of the stock was lost.', [high('A third of', 'statistic')]);
  assert.ok(!analysis.claims[0]!.reasons.some((r) => r.kind === 'statistic'), analysis.claims[0]!.reasons.map((r) => r.kind).join(','));
});

test('a scheduled event pinned to a day is high, though "expected"; a forecast of a move or a flood stays low', () => {
  check(
    'The summit is expected to run over Wednesday and Thursday. ' +
      'The two leaders are expected to sign the deal on Friday. ' +
      'Shares are expected to open higher on Monday. ' +
      'A second crest is expected on Wednesday. ' +
      'Growth is expected to slow to 2% next year.',
    [
      { sentence: 'The summit is expected', level: 'high', reason: 'dated-event' },
      { sentence: 'The two leaders', level: 'high' },
      { sentence: 'Shares are expected', level: 'low' },
      { sentence: 'A second crest', level: 'low' },
      { sentence: 'Growth is expected', level: 'low' },
    ],
  );
});

test('"the first … in three years" and "the first … since 2011" rank; a first visit does not', () => {
  check('That is the first fall in three years. It is the first strike since 2011. It was her first visit to the city.', [
    { sentence: 'That is the first fall', level: 'high', reason: 'ranking' },
    { sentence: 'It is the first strike', level: 'high', reason: 'ranking' },
    { sentence: 'It was her first visit', notLevel: 'high' },
  ]);
});

test('a quoted slogan in capitals names no one', () => {
  check('Parents wore shirts reading "Keep Our Schools Open." Parents met Rosa Delgado.', [
    { sentence: 'Parents wore shirts', notLevel: 'high' },
  ]);
  const analysis = check('Parents wore shirts reading "Keep Our Schools Open."', []);
  const claim = analysis.claims[0]!;
  assert.ok(!claim.reasons.some((r) => r.kind === 'named-actor'), `reasons: ${claim.reasons.map((r) => `${r.kind}:${r.text}`).join(', ')}`);
});

test('a first of its kind ranks ("first pill for …", "the first woman to lead"); a first time, a first half or a first train to a town do not', () => {
  check('Regulator approves first pill for peanut allergy. She became the first woman to lead the party. It was the first time he had visited. The first train to Leeds leaves at dawn.', [
    { sentence: 'Regulator approves', level: 'high', reason: 'ranking' },
    { sentence: 'She became the first', level: 'high', reason: 'ranking' },
    { sentence: 'It was the first time', notLevel: 'high' },
    { sentence: 'The first train', notLevel: 'high' },
  ]);
});

test('"the most" before a plural noun or a span of time counts something, high; before an adjective it judges, low', () => {
  check('Retail added the most jobs. Breaches hit records last year, the most on record. It was the most exciting match of the season. It is the most famous road in the county.', [
    { sentence: 'Retail added the most jobs', level: 'high', reason: 'superlative' },
    { sentence: 'Breaches hit records', level: 'high' },
    { sentence: 'the most exciting match', level: 'low' },
    { sentence: 'the most famous road', level: 'low' },
  ]);
});

test('"half of" is a proportion, high; "on behalf of" is none', () => {
  check('About half of bleached corals typically die. Half of all voters stayed home. He spoke on behalf of the union.', [
    { sentence: 'About half of bleached', level: 'high', reason: 'statistic' },
    { sentence: 'Half of all voters', level: 'high' },
    { sentence: 'He spoke on behalf', notLevel: 'high' },
  ]);
});

test('a clock time split at its colon is one time ("until 18:00"), no statistic', () => {
  const a = check('A red weather warning covers the west coast until 18:00', [{ sentence: 'A red weather warning', level: 'high', reason: 'dated-event' }]);
  assert.deepEqual(a.claims[0]!.reasons.map((r) => r.text), ['18:00']);
});

test('an ordinal before a part of a period ("the second half of 2024") is no ranking; before a noun it is ("her second visit")', () => {
  check('The team scored in the second half. It was her second visit to Astana.', [
    { sentence: 'The team scored', notLevel: 'high' },
    { sentence: 'her second visit', level: 'high', reason: 'ranking' },
  ]);
});

test('a sentence whose main verb is a gesture sets a scene, low; a figure still makes it high', () => {
  check('Ruth Kessler, asked by reporters whether she would accept the offer, smiled. The mayor smiled as 4,000 ballots were counted in Harlow on Tuesday.', [
    { sentence: 'Ruth Kessler, asked', level: 'low', reason: 'scene' },
    { sentence: 'The mayor smiled as', level: 'high' },
  ]);
});

test('a score or a win-loss record is a statistic ("27-24", "(6-2)"); a season\'s span of years is not', () => {
  check('Harbor City rallies past Northfield 27-24 in overtime\n\nThe Gulls (6-2) trailed at halftime.', [
    { sentence: 'Harbor City rallies', level: 'high', reason: 'statistic' },
    { sentence: 'The Gulls (6-2)', level: 'high', reason: 'statistic' },
  ]);
});

test("a fact-checker's rating is its own judgement, low; a figure found or a name after the verb is no rating", () => {
  check('We rate it Misleading. We rate this claim Mostly False. We found 12 errors in the Harlow report. I gave Smith a call on Monday.', [
    { sentence: 'We rate it Misleading', level: 'low', reason: 'verdict' },
    { sentence: 'We rate this claim', level: 'low', reason: 'verdict' },
    { sentence: 'We found 12 errors', level: 'high' },
    { sentence: 'I gave Smith a call', notLevel: 'low' },
  ]);
});

test('a date inside an indirect question dates nothing: "declined to say whether a move in April …" is no dated event', () => {
  check('She declined to say whether a move in April was off the table. Asked whether rates would fall, she said: "We cut them on Tuesday."', [
    { sentence: 'She declined to say', notLevel: 'high' },
    { sentence: 'Asked whether rates', level: 'high', reason: 'dated-event' },
  ]);
});

test('"Best actor" names an award category, no judgement; "the best player" still judges', () => {
  check('Best actor went to Tomasz Wrona for his role as a miner. He is the best player in the league.', [
    { sentence: 'Best actor went', notLevel: 'low' },
    { sentence: 'He is the best player', level: 'low', reason: 'opinion' },
  ]);
});

test('a deed done before "and would …" keeps its level; the plan alone is an intention (the highest any part earns)', () => {
  check('The agency said it had sent alerts to 9,400 phones and would reopen the road. The agency said it would send alerts to 9,400 phones.', [
    { sentence: 'it had sent alerts', level: 'high' },
    { sentence: 'it would send alerts', level: 'low', reason: 'intention' },
  ]);
});

test('a relative risk ("38% more likely to report") is a statistic, no forecast; "more likely to rise" still forecasts', () => {
  check('They were 38% more likely to report symptoms of depression, the study found. Rates are more likely to rise in June.', [
    { sentence: 'They were 38% more likely', level: 'high' },
    { sentence: 'Rates are more likely', level: 'low', reason: 'forecast' },
  ]);
});

test('a clock time of a routine ("Every night at 11.40 p.m.") dates no event; "struck at 3.15 a.m." does', () => {
  check('Every night at 11.40 p.m., I wait for the bus outside the hospital. The quake struck at 3.15 a.m.', [
    { sentence: 'Every night at 11.40', level: 'low' },
    { sentence: 'The quake struck', level: 'high' },
  ]);
});

test('a change over time with a comparative ("have become more frequent", "has grown wider") is a comparison; "became leader" is none', () => {
  check('Heat domes have become more frequent over the continent. The gap has grown wider. She became leader of the party.', [
    { sentence: 'Heat domes', level: 'high', reason: 'comparison' },
    { sentence: 'The gap', level: 'high', reason: 'comparison' },
    { sentence: 'She became leader', level: 'medium' },
  ]);
});

test('an ordinal in figures ranks as one in words ("their 11th goal of the season", "finished 12th"); a century, a birthday or a day of the month does not', () => {
  check('Hartley scored his 11th goal of the season. The club finished 12th. The church dates from the 19th century. The vote is on the 14th.', [
    { sentence: 'Hartley scored', level: 'high', reason: 'ranking' },
    { sentence: 'The club finished', level: 'high', reason: 'ranking' },
    { sentence: 'The church dates', notLevel: 'high' },
    { sentence: 'The vote is', notLevel: 'high' },
  ]);
});

test('"a third" before a preposition is a fraction, no ranking; "a third term" ranks', () => {
  const analysis = check('The stock has fallen by a third over the past year. She won a third term in the city.', [high('The stock has', 'statistic'), high('She won', 'ranking')]);
  const rankings = analysis.claims.flatMap((c) => c.reasons.filter((r) => r.kind === 'ranking').map((r) => r.text));
  assert.deepEqual(rankings, ['third term']);
});

test('a train named by its departure time ("the 7.42 to London") is no figure and no date; "rose to 7.42 from 7.10" is a figure', () => {
  const analysis = check('I have caught the 7.42 from Reading for years. The index rose to 7.42 from 7.10.', [notHigh('I have caught'), high('The index rose', 'statistic')]);
  assert.deepEqual(analysis.claims[0]!.reasons.filter((r) => r.text === '7.42'), []);
});

test('a wire story\'s version slug ("UPDATE 2-Copper hits record …") is no figure', () => {
  const analysis = check('UPDATE 2-Copper hits record as Chilean mine strike enters second week', [high('UPDATE 2-Copper', 'ranking')]);
  assert.deepEqual(analysis.claims[0]!.reasons.filter((r) => r.kind === 'statistic'), []);
});

test('"for the first time in their history" ranks', () => {
  check('Brighton win the FA Cup for the first time in their history. Pupils met the mayor for the first time.', [high('Brighton win', 'ranking')]);
});

test('a telephone number is no figure and its first group no year; an age after "a man," is medium', () => {
  check(
    'Anyone with information is asked to contact the station on (021) 494 3330 or the confidential line on 1800 666 111. ' +
      'Police appeal after man, 34, seriously injured in city assault.',
    [
      { sentence: 'Anyone with information', notLevel: 'high' },
      { sentence: 'Police appeal after', level: 'medium' },
    ],
  );
});

test('a greeting after a transcript\'s speaker label is low, with the name tagger reading the label as a name', () => {
  const { tagger } = loadResources();
  check('The following is a transcript of a briefing by Health Minister Daniel Okafor on Tuesday.\n\nOKAFOR: Good morning. Today we are publishing the latest waiting list figures.', [
    { sentence: 'OKAFOR: Good morning', level: 'low' },
  ], { tagger });
});

test('a measure glued to its unit is a statistic ("90mph gusts", "41C")', () => {
  check('Ferry services cancelled as the storm brings 90mph gusts. Temperatures reached 41C in the city.', [
    { sentence: 'Ferry services', level: 'high', reason: 'statistic' },
    { sentence: 'Temperatures reached', level: 'high' },
  ]);
});

test('"is expected" before an undated time forecasts ("within 12 months", "later this year"); before a day it may schedule', () => {
  check('A final report is expected within 12 months. A ruling is expected later this year. Official results are expected early on Monday.', [
    { sentence: 'A final report', level: 'low', reason: 'forecast' },
    { sentence: 'A ruling', level: 'low', reason: 'forecast' },
    { sentence: 'Official results', level: 'high' },
  ]);
});

test('"the most common", "the most visited", "the least expensive" are measurable superlatives; "the most exciting" stays an opinion', () => {
  check('Runway overruns are among the most common types of serious accident. The Louvre is the most visited museum. It was the most exciting final in years.', [
    { sentence: 'Runway overruns', level: 'high', reason: 'superlative' },
    { sentence: 'The Louvre', level: 'high', reason: 'superlative' },
    { sentence: 'It was the most exciting', level: 'low' },
  ]);
});

test('a hope or a wish opening a report\'s content is low ("said she hoped to …"); one inside a quotation of its own is not the report\'s', () => {
  check(
    'Dr Raman said she hoped to look for carbon dioxide next year. Arthur Lira has said he wants a final vote before the end of 2025. ' +
      'Rachel Amos said the 4.99% rise was "the last thing we wanted to do".',
    [
      { sentence: 'Dr Raman', level: 'low', reason: 'intention' },
      { sentence: 'Arthur Lira', level: 'low', reason: 'intention' },
      { sentence: 'Rachel Amos', level: 'high' },
    ],
  );
});

test('an appeal to readers and a signpost are low: "Anyone with information is asked to call … on 101, quoting log 1874", "Please …", "Here is what changed"', () => {
  check(
    'Anyone with information is asked to call West Yorkshire Police on 101, quoting log 1874 of 14 March. Residents are urged to avoid the area until 6pm. ' +
      'Please do not travel on Monday. Here is what changed, who opposed it, and what could happen next. ' +
      // Look-alikes: a count asked of someone, a statement that opens with "This is what".
      'Voters were asked to choose between 3 plans in 2024. This is what 40% of voters said in May.',
    [
      { sentence: 'Anyone with information', level: 'low', reason: 'appeal', sourced: false },
      { sentence: 'Residents are urged', level: 'low', reason: 'appeal' },
      { sentence: 'Please do not travel', level: 'low', reason: 'appeal' },
      { sentence: 'Here is what', level: 'low', reason: 'signpost' },
      { sentence: 'Voters were asked', level: 'high' },
      { sentence: 'This is what', level: 'high' },
    ],
  );
});

test('a writer\'s own plan is an intention ("I will probably drive again next Saturday"); a count out of a stated whole is a statistic ("four of his last six matches")', () => {
  check('I will probably drive again next Saturday. I will be 60 in May. Meade has now lost four of his last six matches in charge. Meade has two dogs.', [
    { sentence: 'I will probably', level: 'low', reason: 'intention' },
    { sentence: 'I will be 60', level: 'high' },
    { sentence: 'Meade has now lost', level: 'high', reason: 'statistic' },
    { sentence: 'Meade has two', notLevel: 'high' },
  ]);
});

test('condolences are low ("Our thoughts are with every family …"); a hope after "that" is an intention ("wrote … that he hopes …")', () => {
  check('"Our thoughts are with every family who has lost a home today," the premier said. Michael Feroli wrote in a note to clients that he hopes for a cut in September.', [
    { sentence: '"Our thoughts', level: 'low', reason: 'greeting' },
    { sentence: 'Michael Feroli', level: 'low', reason: 'intention' },
  ]);
});

test('"one in ten", "by a quarter" are statistics; a plan stated of its subject is an intention, unless a second predicate states a deed', () => {
  check(
    'Only about one in ten people use their full allowance. Daily walking cuts dementia risk by a quarter, a large study finds. ' +
      'The researchers plan to run a randomised trial starting next year. Vyoma plans to fly four more missions and says it has signed contracts worth $38 million. ' +
      'He opposed an earlier plan to sell the division in 2019. Profits rose in the first quarter of 2024.',
    [
      { sentence: 'Only about one in ten', level: 'high', reason: 'statistic' },
      { sentence: 'Daily walking', level: 'high', reason: 'statistic' },
      { sentence: 'The researchers plan', level: 'low', reason: 'intention' },
      { sentence: 'Vyoma plans', level: 'high' },
      { sentence: 'He opposed', level: 'high' },
      { sentence: 'Profits rose', level: 'high' },
    ],
  );
});

test('a forecast or an intention lowers its own clause: a measurable fact in a coordinated clause keeps the sentence high; a bare verb after "and" shares the modal', () => {
  check(
    'The ministry said 40 people died and that the toll could rise. ' +
      'The company said it would buy back $5 billion of shares, and raised its dividend by 4 cents to 62 cents. ' +
      'Western Sydney is home to about 2.6 million people, and the population is projected to grow to 3 million. ' +
      // Look-alikes: the fact shares the cap's clause, or the other clause is only a stance.
      'The firm said it would invest $2 billion and create 400 jobs. ' +
      'Analysts said the cuts could save Corvane $400 million, but warned that the chips still faced strong competition. ' +
      'Japan said it would contribute $4.5 billion, while the United Kingdom committed 2.1 billion pounds to a new fund. ' +
      'Haddad, who has led the transport committee since 2019, said the city should buy the ferry. ' +
      'Rain is forecast for Friday afternoon.',
    [
      { sentence: 'The ministry said', level: 'high' },
      { sentence: 'The company said', level: 'high' },
      { sentence: 'Western Sydney', level: 'high' },
      { sentence: 'The firm said', level: 'low', reason: 'intention' },
      { sentence: 'Analysts said', level: 'low' },
      { sentence: 'Japan said', level: 'low' },
      { sentence: 'Haddad, who has led', level: 'high' },
      { sentence: 'Rain is forecast', level: 'low', reason: 'forecast' },
    ],
  );
});

test('an ordinal before a day\'s possessive counts a match\'s time, no rank ("after the second day\'s play"); "for a second day" still ranks', () => {
  check(
    "Desmond Fairweather was full of praise after the second day's play. Brittany Ferries cancelled its crossing for a second day.",
    [
      { sentence: 'Desmond Fairweather', level: 'medium' },
      { sentence: 'Brittany Ferries', level: 'high', reason: 'ranking' },
    ],
  );
});

test('a quotation that is all question, then its tag, is low ("“Where are another 212 families supposed to go?” she asked."); an age closing the sentence is medium', () => {
  check(
    '"Where are another 212 families supposed to go?" she asked. "I laughed so hard I cried," said Josh Whitlow, 24. ' +
      // Look-alike: a fact reported after the question's tag.
      '"Who pays?" she asked, adding that 40 families had left in 2024.',
    [
      { sentence: '"Where are another', level: 'low', reason: 'question' },
      { sentence: '"I laughed', level: 'medium', reason: 'age' },
      { sentence: '"Who pays?"', level: 'high' },
    ],
  );
});

test('a scheduled interview on a day is a dated event; "and more will follow" is a clause of its own; a modal after "than" measures a comparison', () => {
  check(
    'Investigators arrived on Sunday afternoon and are expected to interview the master on Monday. ' +
      'We have released 40,000 tonnes of grain from the reserve, and more will follow. ' +
      'It estimates that 1,240 more people died than would normally be expected.',
    [
      { sentence: 'Investigators arrived', level: 'high' },
      { sentence: 'We have released', level: 'high' },
      { sentence: 'It estimates', level: 'high' },
    ],
  );
});

test('"a third man" counts one more person, no rank; "a third term" still ranks', () => {
  check('A third man, aged 19, was arrested. Nadia Kessler won a third term.', [
    { sentence: 'A third man', level: 'medium' },
    { sentence: 'Nadia Kessler won', level: 'high', reason: 'ranking' },
  ]);
});

test('a relative clause on the subject is a clause of its own ("Whitcombe, who co-founded Veltrix in 2011, said the firm would spend …" is high); one on an object stays under the cap', () => {
  check(
    'Whitcombe, who co-founded Veltrix in 2011, said the firm would spend about $8 billion. ' +
      'The winner is expected to face Rep. Aisha Grant, who has no serious primary opponent, in November. ' +
      'The mayor detested the new tower, which cost $90 million.',
    [
      { sentence: 'Whitcombe, who', level: 'high' },
      { sentence: 'The winner', level: 'low' },
      { sentence: 'The mayor detested', level: 'low' },
    ],
  );
});

test('"a figure that could not be independently verified" is the writer\'s caveat, no intention: the figure keeps its level', () => {
  check('The ministry said 40 people had died, a figure that could not be independently verified. The ministry said it could rebuild 40 schools.', [
    { sentence: 'The ministry said 40', level: 'high' },
    { sentence: 'The ministry said it could', level: 'low', reason: 'intention' },
  ]);
});

test('a demand, a proposal and a commitment stated of their subject are intentions; the deed of demanding or proposing, dated, is not', () => {
  check(
    [
      'The union is seeking 18% over two years.',
      'The Alliance has proposed phasing out drilling by 2035.',
      'The statement also committed both sides to raising bilateral trade to $10 billion a year by 2030.',
      'The council proposed a 4% levy in March.',
      'The fund committed 2.1 billion pounds in 2024.',
      'Police are seeking 12 suspects after the raid on Monday.',
    ].join(' '),
    [
      { sentence: 'The union is seeking', level: 'low', reason: 'intention' },
      { sentence: 'The Alliance has proposed', level: 'low', reason: 'intention' },
      { sentence: 'The statement also committed', level: 'low', reason: 'intention' },
      high('The council proposed a 4% levy', 'percent'),
      high('The fund committed', 'amount'),
      high('Police are seeking 12 suspects', 'statistic'),
    ],
  );
});

test('a consequence foretold in the writer\'s voice ("If …, … will …", "That would be …") is a forecast; a condition in a quotation is the speaker\'s', () => {
  check(
    [
      'If the tram does what its champions say it will, residents there will be 20 minutes from the station rather than 50.',
      'That would be the biggest change to their lives since the estates were built.',
      'If rain falls, crews cleared 40 drains on Monday.',
      'That was the biggest rise since 1990.',
    ].join(' '),
    [
      { sentence: 'If the tram does', level: 'low', reason: 'forecast' },
      { sentence: 'That would be the biggest', level: 'low', reason: 'forecast' },
      high('If rain falls', 'dated-event'),
      high('That was the biggest rise', 'superlative'),
    ],
  );
});

test('a measurable superlative in a figure of speech and an aesthetic one judge; a first within a whole domain ranks; "Not every …" names no one', () => {
  check(
    [
      'This is the biggest test yet for Pryce.',
      'Saltmarsh has long been the prettiest festival on the summer calendar.',
      'The firm is the biggest employer in the county.',
      'It is the first manslaughter prosecution of a company in the county.',
      'It was the first time the river had flooded.',
      'Not every sector joined the rally.',
      'Not all of the 40 branches reopened on Monday.',
    ].join(' '),
    [
      { sentence: 'This is the biggest test', level: 'low', reason: 'opinion' },
      { sentence: 'Saltmarsh has long been', level: 'low', reason: 'opinion' },
      high('The firm is the biggest employer', 'superlative'),
      high('It is the first manslaughter', 'ranking'),
      notHigh('It was the first time'),
      { sentence: 'Not every sector', level: 'low', reason: 'vague' },
      high('Not all of the 40 branches', 'statistic'),
    ],
  );
});

test('a magnitude glued to its figure is a figure ("2.1bn marks", "£4m"); a word that only holds a digit is not', () => {
  check('Depositors pull 2.1bn marks as central bank steps in. The fund lost 300m on the deal. The M4 was closed.', [
    high('Depositors pull', 'statistic'),
    high('The fund lost', 'statistic'),
    notHigh('The M4 was closed'),
  ]);
});

test('a spelled-out number in a unit of measure or in a toll of dead or hurt is a statistic; an anecdotal count stays medium', () => {
  check(
    [
      'Two fishermen drowned off the coast on Monday.',
      'Eleven passengers were treated in hospital for ear injuries.',
      'The river rose by four metres in six hours.',
      'The parliament passed the bill by nine votes.',
      'Three people came to the meeting.',
    ].join(' '),
    [
      high('Two fishermen', 'statistic'),
      high('Eleven passengers', 'statistic'),
      high('The river rose', 'statistic'),
      high('The parliament passed', 'statistic'),
      { sentence: 'Three people came', level: 'medium', reason: 'count' },
    ],
  );
});

test('a clock time glued to am/pm, "the following year" and "over the weekend" date an event; "every weekend" does not', () => {
  check(
    [
      'Crews arrived at 2.47am and left at 7.15pm.',
      'They searched until 2am.',
      'The request was refused the following year by the trustees.',
      'Retailers pulled the tins over the weekend.',
      'Volunteers walk the beach every weekend.',
    ].join(' '),
    [
      high('Crews arrived', 'dated-event'),
      high('They searched', 'dated-event'),
      high('The request was refused', 'dated-event'),
      high('Retailers pulled', 'dated-event'),
      notHigh('Volunteers walk'),
    ],
  );
});

test('a past denied ("did not respond to a request for comment") is an event, medium, as "declined to comment" is; a present or future denial is not', () => {
  check('Her representatives did not respond to a request for comment. A spokesperson declined to comment. Rents do not fall in winter. The council will not comment.', [
    { sentence: 'Her representatives', level: 'medium', reason: 'event' },
    { sentence: 'A spokesperson declined', level: 'medium' },
    { sentence: 'Rents do not fall', level: 'low' },
    { sentence: 'The council will not', level: 'low' },
  ]);
});

test('a passive appeal to a group ("Residents are urged to clear gutters …") and advice on a condition ("If you …, you can …") are low, whatever figures they hold', () => {
  check('Residents are urged to clear gutters within 20 metres of their homes. If you were born in 1970 or later, you can check your pension date online. Residents cleared gutters on 40 streets on Monday.', [
    { sentence: 'Residents are urged', level: 'low', reason: 'appeal' },
    { sentence: 'If you were born', level: 'low', reason: 'forecast' },
    high('Residents cleared gutters', 'statistic'),
  ]);
});

test('an ordinal that only counts off in the telling ("There is a second problem") ranks nothing; an instruction to the reader ("Put your bin out by 7am …") is an appeal; a body named like an instruction still speaks', () => {
  check('There is a second problem. Put your bin out by 7am on your collection day. The party finished second in the 2019 election. Keep Britain Tidy said 40 streets were clean.', [
    { sentence: 'There is a second problem', level: 'low' },
    { sentence: 'Put your bin out', level: 'low', reason: 'appeal' },
    high('The party finished second', 'ranking'),
    { sentence: 'Keep Britain Tidy', sourced: true, level: 'high' },
  ]);
});
