// Who speaks: the subject or inverted speaker of a reporting verb, read past the
// words that only look like a clause boundary (a focus adverb, a name that is
// also a modal, a compound adjective with a number, the medium after "by").
import { test } from 'node:test';
import { check } from './check';

test('a focus adverb before the subject is no part of it ("Even the organizer of a rally said")', () => {
  check('Even the organizer of a pro-Trump rally said the city rules increased the chance of violence.', [
    { sentence: 'Even the organizer', sourced: true, cue: 'said', source: 'the organizer of a pro-Trump rally' },
  ]);
});

test('a number inside a compound adjective counts nothing: "The 57-year-old scientist says" reports', () => {
  check('The 57-year-old scientist says she does not take the comparisons lightly. About 2,000 customer orders rose in May.', [
    { sentence: 'The 57-year-old scientist', sourced: true, cue: 'says', source: 'The 57-year-old scientist' },
    { sentence: 'About 2,000 customer', sourced: false },
  ]);
});

test('a capitalised modal before another capital opens a name ("said Will Doyle")', () => {
  check('"It is a pretty expensive business model," said Will Doyle, a professor of higher education at Vanderbilt University.', [
    { sentence: 'expensive business model', sourced: true, cue: 'said', source: 'Will Doyle' },
  ]);
});

test('the medium after "by" is no agent: "said by telephone" still reports the speaker before it', () => {
  check("''If Reagan had gone with Kemp, I would have been sitting in Siberia,'' Mr. Daniloff, now 81 and retired in Cambridge, said by telephone this week. The strike was called by the union.", [
    { sentence: 'If Reagan had gone', sourced: true, cue: 'said', source: 'Mr. Daniloff' },
    { sentence: 'The strike was called', sourced: false },
  ]);
});

test('"but said" after a question the verb took as object goes on with the subject ("put off deciding whether … but said")', () => {
  check(
    'Sullivan put off deciding whether Judicial Watch could question Clinton but said the group could come back later with that request. ' +
      'Shares in Vantor Rail dropped 8.3% after the train maker cut its forecast, blaming weak demand in Europe.',
    [
      { sentence: 'Sullivan put off', sourced: true, cue: 'said', source: 'Sullivan' },
      { sentence: 'Shares in Vantor Rail', sourced: false },
    ],
  );
});

test('a passive cue takes its agent after a short complement ("was called a charlatan by fellow physicians"); a place between makes an act', () => {
  check('Dr. Lane has been called a charlatan by fellow physicians for promoting 12 cures. Rusev was greeted at the airport by the prime minister, who thanked 200 guests.', [
    { sentence: 'Dr. Lane has been called', sourced: true, cue: 'called', source: 'fellow physicians' },
    { sentence: 'Rusev was greeted', sourced: false },
  ]);
});

test('an opening adjunct whose comma sits inside a quotation ends there ("On “Face the Nation,” Sen. Sanders … identified")', () => {
  check('On “Face the Nation,” Sen. Bernie Sanders, who lost the primaries to Clinton, identified young voters as one of the reasons to back Clinton.', [
    { sentence: 'On “Face the Nation', sourced: true, cue: 'identified', source: 'Sen. Bernie Sanders' },
  ]);
});

test('an -ed verb before "to be" ends the subject ("the show proved to be …, and offered")', () => {
  check('For the candidate, the talk show proved to be a safe space, and offered him a platform to say whatever he wanted.', [
    { sentence: 'For the candidate', sourced: true, source: 'the talk show' },
  ]);
});

test('a gerund clause after a preposition is no speaker ("for refusing to testify about the set-up Clinton used")', () => {
  check('A House panel voted Thursday to hold the aide in contempt of Congress for refusing to testify about the private email set-up Clinton used as secretary of state.', [
    { sentence: 'A House panel voted', sourced: false },
  ]);
});

test('a second verb of a relative clause is embedded, spoken by the pronoun ("demonstrators, who have taken to the streets and called for …")', () => {
  check('The unreleased police video has become a focal point for 300 demonstrators, who have taken to the streets and called for the footage to be released.', [
    { sentence: 'The unreleased police video', sourced: false, others: ['called for / who → demonstrators (embedded)'] },
  ]);
});

test('an object relative clause keeps its cue, with the subject between pronoun and cue as speaker ("which Apple\'s chief executive, Tim Cook, called")', () => {
  check(
    "Given the union's efforts to collect 13 billion euros -- which Apple's chief executive, Tim Cook, called ''total political crap'' -- one question that has emerged is whether firms will move. " +
      'The 9% growth that the company had forecast did not come in 2024.',
    [
      { sentence: 'Given the union', sourced: false },
      { sentence: 'The 9% growth', sourced: false, others: ['forecast / the company (embedded)'] },
    ],
  );
});

test('"her" before a bare form is a possessive ("for her support of …, saying" speaks for the subject); "close to her said" still reports', () => {
  check('During a speech on Monday, Trump attacked Clinton for her support of military action in Libya, saying, "She is trigger happy." People close to her said she would run in 2026.', [
    { sentence: 'During a speech', sourced: true, source: 'Trump' },
    { sentence: 'People close to her', sourced: true, cue: 'said', source: 'People close to her' },
  ]);
});

test('a naming participle after a singular noun modifies it ("in a box labeled “medical problem”"); "which critics labeled" is a clause', () => {
  check('On her discharge papers, in a box labeled “medical problem,” a doctor had typed two words. The plan, which critics labeled “a giveaway,” passed in 2024.', [
    { sentence: 'On her discharge papers', sourced: false },
    { sentence: 'The plan, which critics', sourced: false, others: ['labeled / critics (embedded)'] },
  ]);
});

test('an embedded "that" clause speaker leaves its auxiliary and adverb to the verb ("that Obama has long called for")', () => {
  check('A spokesman said Monday that President Barack Obama has long called for tax fairness.', [
    { sentence: 'A spokesman said', sourced: true, cue: 'said', others: ['called for / President Barack Obama (embedded)'] },
  ]);
});

test('a closing speaker with "of" and an employer keeps the name ("“…,” Mr. Mahaney, of RBC Capital Markets, said")', () => {
  check("''We regularly survey 400 advertisers,'' Mr. Mahaney, of RBC Capital Markets, said.", [
    { sentence: 'We regularly survey', sourced: true, cue: 'said', source: 'Mr. Mahaney, of RBC Capital Markets' },
  ]);
});

test('"but" and a time adverbial before the verb go on with the subject ("… but on Tuesday wrote that …")', () => {
  check('The columnist Ruth Marcus has been critical of the mayor but on Tuesday wrote that she agreed with him on taxes.', [
    { sentence: 'The columnist Ruth Marcus', sourced: true, cue: 'wrote', source: 'The columnist Ruth Marcus' },
  ]);
});

test('a cue in a free relative ("what officials called", "what Trump says") does not source the sentence, unless a pointing subject and a copula make it the report ("That was what Liz Wahl said")', () => {
  check(
    'The weapon was used in Charleston in 2015, in what officials called a hate crime. ' +
      'The gap between what Trump says his plan would do and what it does began in 2015. ' +
      'That was what Liz Wahl said when she resigned from the network in 2014.',
    [
      { sentence: 'The weapon was used', sourced: false, others: ['called / officials (embedded)'] },
      { sentence: 'The gap between', sourced: false },
      { sentence: 'That was what Liz Wahl', sourced: true, cue: 'said', source: 'Liz Wahl' },
    ],
  );
});

test('a relative pronoun before a long prepositional phrase keeps its cue ("which in the wake of the defeat in 2012 urged")', () => {
  check("The pollster -- author of a 2013 report, which in the wake of the party's defeat in 2012 urged the party to focus on Hispanics -- said the party must change.", [
    { sentence: 'The pollster', sourced: true, cue: 'said', source: 'The pollster' },
  ]);
});

test('", now called X," names what comes before it; ", called X\'s remarks …" after an apposition is the subject\'s verb', () => {
  check(
    'On Oct. 23, during an appearance at the resort, now called Trump National Doral, the candidate boasted of his 40 deals. ' +
      "Minyon Moore, a senior adviser to the campaign, called Mr. Obama's remarks on Saturday \"a true wake-up call\" to 2 million supporters.",
    [
      { sentence: 'On Oct. 23', sourced: true, source: 'the candidate' },
      { sentence: 'Minyon Moore', sourced: true, cue: 'called', source: 'Minyon Moore' },
    ],
  );
});

test('a subject the length limit cut at "of" takes back its noun; "the closely watched primary" is an adjective', () => {
  check(
    'Last month, a bipartisan group of 32 national security experts at the Aspen Institute Homeland Security Group warned of a new threat. ' +
      'In the closely watched primary to replace Sen. Barbara Boxer, two Democrats won 40% of the vote.',
    [
      { sentence: 'Last month', sourced: true, cue: 'warned of', source: 'a bipartisan group of 32 national security experts at the Aspen Institute Homeland Security Group' },
      { sentence: 'In the closely watched', sourced: false },
    ],
  );
});

test('"Vatican spokesman the Rev. Federico Lombardi told" is one speaker; "“…,” Will wrote." is a name; a participle after an apposition with its "that" clause is the verb', () => {
  check(
    'Vatican spokesman the Rev. Federico Lombardi told reporters Thursday that the pope has no plans to meet 12 candidates. ' +
      '“This might hasten the eclipse of three candidates,” Will wrote. ' +
      'Rep. Chris Collins, R-N.Y., noted in a guest column in Saturday’s New York Times that anger is fueling the rise.',
    [
      { sentence: 'Vatican spokesman', sourced: true, source: 'Vatican spokesman the Rev. Federico Lombardi' },
      { sentence: 'This might hasten', sourced: true, cue: 'wrote', source: 'Will' },
      { sentence: 'Rep. Chris Collins', sourced: true, cue: 'noted', source: 'Rep. Chris Collins' },
    ],
  );
});

test('"once" right before the cue is an adverb ("Ferdie Pacheco once said:"); "That\'s what X wrote" reports; "Here is what we know" is no one\'s report', () => {
  check(
    'Famed fight doctor Ferdie Pacheco once said: “Cassius Clay was born in Louisville in 1942.”\n\n' +
      'That’s what my friend Andy McCarthy at the National Review wrote recently.\n\nHere is what we know.\n',
    [
      { sentence: 'Famed fight doctor', sourced: true, cue: 'said', source: 'Famed fight doctor Ferdie Pacheco' },
      { sentence: 'That’s what my friend', sourced: true, source: 'my friend Andy McCarthy at the National Review' },
      { sentence: 'Here is what we know', sourced: false },
    ],
  );
});

test('adverbs alone are no speaker ("Perhaps counterintuitively, deeply reported features …", "did not, however, personally found"); "a later tweet" and "her professed opposition" are nouns', () => {
  check(
    'Perhaps counterintuitively, deeply reported features and investigative pieces drew 4 million readers. ' +
      'Obama did not, however, personally found the group in 2014. ' +
      'In a later tweet, the candidate boasted that 12 states followed his lead. ' +
      'The backers of her party were already skeptical of her professed opposition to the 2015 deal.',
    [
      { sentence: 'Perhaps counterintuitively', sourced: false },
      { sentence: 'Obama did not', sourced: false },
      { sentence: 'In a later tweet', sourced: true, cue: 'boasted', source: 'the candidate' },
      // (The backers' stance is theirs: the holder is the noun before "of her party"; "professed" is no cue.)
      { sentence: 'The backers of her party', sourced: true, cue: 'were already skeptical', source: 'The backers of her party' },
    ],
  );
});

test('a quoted complement lets the passive cue reach its agent ("has been called “unaccountable” by residents")', () => {
  check('The ferry operator has been called “unaccountable” by residents for cancelling 40 sailings since June.', [
    { sentence: 'The ferry operator', sourced: true, cue: 'called', source: 'residents' },
  ]);
});

test('a participle going on after the main verb has the subject alone, not the verb ("The nurse later sued, claiming …")', () => {
  check(
    'The nurse later sued, claiming the quarantine violated her rights. ' +
      'Hundreds of demonstrators marched through Center City on Monday, chanting "Bernie or Jill." ' +
      'Mr. Obama freed seven Iranian men in 2016, saying the deal was fair. ' +
      'For the second night, party supporters gathered Monday in the square, clapping, singing, chanting and waving balloons.',
    [
      { sentence: 'The nurse later sued', sourced: true, cue: 'claiming', source: 'The nurse' },
      { sentence: 'Hundreds of demonstrators', sourced: true, cue: 'chanting', source: 'Hundreds of demonstrators' },
      { sentence: 'Mr. Obama freed', sourced: true, cue: 'saying', source: 'Mr. Obama' },
      { sentence: 'For the second night', sourced: true, cue: 'chanting', source: 'party supporters' },
    ],
  );
});

test('a pointing subject\'s free relative with a name in apposition reports ("That is what the operator\'s own manager, Petra Halvorsen, wrote")', () => {
  check("That is what the operator's own manager, Petra Halvorsen, wrote in a letter to staff last month. This is what the board, in a rare move, decided in 2021.", [
    { sentence: 'That is what', sourced: true, cue: 'wrote', source: "the operator's own manager, Petra Halvorsen" },
    { sentence: 'This is what the board', sourced: false },
  ]);
});

test('after a passive of perception the -ing cue is the subject\'s report ("can be heard saying"); in a relative clause it sources nothing', () => {
  check(
    'In the video, Ruiz can be heard saying that the plan failed in 2019. ' +
      'Officer Dane Holt is clearly seen telling the driver that the car was stolen. ' +
      'The mayor was seen leaving the building at 9 p.m. on Friday. ' +
      'A man who was seen saying that the car was stolen in 2019 was arrested on Friday.',
    [
      { sentence: 'In the video', sourced: true, cue: 'saying', source: 'Ruiz' },
      { sentence: 'Officer Dane Holt', sourced: true, cue: 'telling', source: 'Officer Dane Holt' },
      { sentence: 'The mayor was seen', sourced: false },
      { sentence: 'A man who', sourced: false },
    ],
  );
});

test('"About 60 percent of pupils" opening the sentence is the whole source: "about" before a number counts, it sets no scene', () => {
  check(
    'About 60 percent of pupils in the study said they felt more alert in the morning. Over a third of residents said they felt safe. In his article Xi said trade rose 4% in 2024.',
    [
      { sentence: 'About 60 percent', sourced: true, cue: 'said', source: 'About 60 percent of pupils in the study' },
      { sentence: 'Over a third', sourced: true, cue: 'said', source: 'Over a third of residents' },
      { sentence: 'In his article', sourced: true, cue: 'said', source: 'Xi' },
    ],
  );
});

test('"that" after a preposition is a demonstrative, no relative pronoun: "One of the authors of that report, X, said" reports', () => {
  check(
    'One of the authors of that 2013 report, Ari Fleischer, said the nomination would test its conclusions. ' +
      'Critics of that plan, including the mayor, said it would cost $40 million. ' +
      'The council approved a plan that the mayor said would cost $40 million.',
    [
      { sentence: 'One of the authors', sourced: true, cue: 'said', source: 'One of the authors of that 2013 report, Ari Fleischer' },
      { sentence: 'Critics of that plan', sourced: true, cue: 'said' },
      { sentence: 'The council approved', sourced: false },
    ],
  );
});

test('a participle right after its noun, before the sentence\'s own verb, modifies the noun and reports nothing ("A ceasefire agreed in Jeddah … lasted")', () => {
  check(
    'A ceasefire agreed in Jeddah in May 2023 lasted less than a week. ' +
      'The plan announced in March was dropped on Friday. ' +
      'Officials briefed on the talks said the deal was close. ' +
      'Officials agreed in Jeddah on Friday that the truce would hold.',
    [
      { sentence: 'A ceasefire agreed', sourced: false, level: 'high' },
      { sentence: 'The plan announced', sourced: false, level: 'high' },
      { sentence: 'Officials briefed', sourced: true, cue: 'said', source: 'Officials briefed on the talks', others: [] },
      { sentence: 'Officials agreed', sourced: true, cue: 'agreed', source: 'Officials' },
    ],
  );
});

test('a subject pronoun right after a short adjunct opens the reported clause ("Police said on Friday they arrested 12 people")', () => {
  check('Police said on Friday they arrested 12 people. The minister conceded at 11.40 pm. She spoke on Friday about her plans.', [
    { sentence: 'Police said', sourced: true, cue: 'said', source: 'Police' },
    { sentence: 'The minister conceded', sourced: false },
    { sentence: 'She spoke', sourced: false },
  ]);
});

test('a name in apposition after an office may hold a lower-case particle ("…, Mohammed bin Abdulaziz Al-Khulaifi, said")', () => {
  check("Qatar's Minister of State for Foreign Affairs, Mohammed bin Abdulaziz Al-Khulaifi, said both sides had agreed to talks.", [
    { sentence: "Qatar's Minister", sourced: true, cue: 'said', source: "Qatar's Minister of State for Foreign Affairs, Mohammed bin Abdulaziz Al-Khulaifi" },
  ]);
});

test('a fraction of those asked speaks, with an adverb or "more than" before it ("Nearly a quarter said", "More than a third of voters said")', () => {
  check('Nearly a quarter said they were undecided. More than a third of voters said the economy was their main worry. More than half said they would vote early.', [
    { sentence: 'Nearly a quarter', sourced: true, cue: 'said', source: 'Nearly a quarter' },
    { sentence: 'More than a third', sourced: true, cue: 'said' },
    { sentence: 'More than half', sourced: true, cue: 'said' },
  ]);
});
