// Attribution cues and their sources: every pattern, and the look-alikes that must not count.
import { test } from 'node:test';
import { loadResources } from '../../../server/src/host/resources';
import { check } from './check';

test('reporting verbs in any tense, with the source before them', () => {
  check(
    [
      'Mayor Ann Osei said the bridge would reopen.',
      'The ferry operator says fares rose 8% in June.',
      'Dr Paul Reyes told a council meeting that 40 beds were empty.',
      'The audit office estimated the repairs at 12 million euros.',
      'The port authority announced a 3% cut in fees on Monday.',
      'Forecasters warned that the river would rise again.',
      'Senator Ruiz hailed the deal as a turning point.',
      'The union pledged to keep striking.',
      'Residents vowed to rebuild the pier.',
      'Minister Hana Ito called for an inquiry into the collapse.',
      'Councillor Mbeki recalled that the pier opened in 1989.',
      'The defence argued that the contract was void.',
      'The mayor stressed that 200 homes had power again.',
      'The firm acknowledged that 3,000 accounts were exposed.',
      'The regulator alleged that the bank hid losses of $2 billion.',
      'The court ruled that the strike was lawful.',
      'The governor declared a state of emergency on Friday.',
      'An audit found that three in ten invoices were unpaid.',
      'The chief executive was quoted as saying profits would double.',
    ].join(' '),
    [
      { sentence: 'Mayor Ann Osei said', sourced: true, cue: 'said', source: 'Mayor Ann Osei' },
      { sentence: 'The ferry operator says', sourced: true, cue: 'says', source: 'The ferry operator' },
      { sentence: 'Dr Paul Reyes told', sourced: true, cue: 'told', source: 'Dr Paul Reyes' },
      { sentence: 'The audit office estimated', sourced: true, cue: 'estimated' },
      { sentence: 'The port authority announced', sourced: true, cue: 'announced', source: 'The port authority' },
      { sentence: 'Forecasters warned', sourced: true, cue: 'warned', source: 'Forecasters' },
      { sentence: 'Senator Ruiz hailed', sourced: true, cue: 'hailed', source: 'Senator Ruiz' },
      { sentence: 'The union pledged', sourced: true, cue: 'pledged' },
      { sentence: 'Residents vowed', sourced: true, cue: 'vowed', source: 'Residents' },
      { sentence: 'Minister Hana Ito called for', sourced: true, cue: 'called for', source: 'Minister Hana Ito' },
      { sentence: 'Councillor Mbeki recalled', sourced: true, cue: 'recalled' },
      { sentence: 'The defence argued', sourced: true, cue: 'argued' },
      { sentence: 'The mayor stressed', sourced: true, cue: 'stressed' },
      { sentence: 'The firm acknowledged', sourced: true, cue: 'acknowledged' },
      { sentence: 'The regulator alleged', sourced: true, cue: 'alleged' },
      { sentence: 'The court ruled', sourced: true, cue: 'ruled' },
      { sentence: 'The governor declared', sourced: true, cue: 'declared' },
      { sentence: 'An audit found', sourced: true, cue: 'found', source: 'An audit' },
      { sentence: 'was quoted as saying', sourced: true, source: 'The chief executive' },
    ],
  );
});

test('cue after the content: "…, officials said." / inverted "said X" / "according to"', () => {
  check(
    'Turnout was 41%, the highest since 1998, officials said. ' +
      'The tunnel will cost $900 million, said Lena Park, the transport secretary. ' +
      'Exports fell 6% in March, according to the statistics bureau. ' +
      'Two people familiar with the talks said a deal was close. ' +
      'The plant, which employs 600 people, said in a statement that it would close.',
    [
      { sentence: 'Turnout was 41%', sourced: true, cue: 'said', source: 'officials' },
      { sentence: 'The tunnel will cost', sourced: true, cue: 'said', source: 'Lena Park' },
      { sentence: 'Exports fell 6%', sourced: true, cue: 'according to', source: 'the statistics bureau' },
      { sentence: 'Two people familiar', sourced: true, source: 'Two people familiar with the talks' },
      { sentence: 'The plant, which employs', sourced: true, source: 'The plant' },
    ],
  );
});

test('a cue closing the sentence after a name in apposition ("…, its director, Rui Matos, said.") is sourced by the name', () => {
  check(
    'The festival, which ran for 10 days, sold 96,000 tickets in 2024, its director, Rui Matos, said. Ticket sales rose 9% in 2024, Rui Matos said. Marsh, 58, a former official at the port, said the berth cost $4 million.',
    [
      { sentence: 'The festival, which ran', sourced: true, cue: 'said', source: 'its director, Rui Matos' },
      { sentence: 'Ticket sales rose', sourced: true, source: 'Rui Matos' },
      { sentence: 'Marsh, 58', sourced: true, source: 'Marsh' },
    ],
  );
});

test('a subject separated from its cue by an apposition, and pronoun sources', () => {
  check('Marta Diaz, 61, a former judge who led the inquiry in 2019, said the report was late. It said 14 ministers had been warned. Its chair, Omar Bello, said the vote was close.', [
    { sentence: 'Marta Diaz, 61', sourced: true, source: 'Marta Diaz' },
    { sentence: 'It said 14', sourced: true, source: 'It' },
    { sentence: 'Its chair, Omar Bello', sourced: true, source: 'Its chair, Omar Bello' },
  ]);
});

test('documents as sources', () => {
  check('Rents rose 9% last year, according to a report by the housing agency. The memo said 120 posts would go.', [
    { sentence: 'Rents rose 9%', sourced: true, kind: 'document' },
    { sentence: 'The memo said', sourced: true, source: 'The memo', kind: 'document' },
  ]);
});

test('a cue inside a relative or subordinate clause does not source the main clause', () => {
  check(
    'The plan, which the minister announced in May, will cost $4 billion. ' +
      'Kato, who said last week that he would resign, left office on Friday with 3 aides. ' +
      'Sales were slower than the company promised investors in 2023. ' +
      'Revenue rose 3%, short of the 9% growth the company had forecast in January.',
    [
      { sentence: 'The plan, which', sourced: false, level: 'high' },
      { sentence: 'Kato, who said', sourced: false, level: 'high' },
      { sentence: 'Sales were slower', sourced: false, level: 'high' },
      { sentence: 'Revenue rose 3%', sourced: false, level: 'high' },
    ],
  );
});

test('"said" inside a quotation about something else is not the cue', () => {
  check('The slogan “They said it could not be done” was painted on 40 buses in 2021.', [{ sentence: 'The slogan', sourced: false, level: 'high' }]);
});

test('proposed, defended, refused, negated and participle uses are not cues', () => {
  check(
    'In 2013 the minister proposed a 5% tax on sugar. ' +
      'The club defended its record of 12 wins. ' +
      'The firm refused to pay the $3 million fine. ' +
      'The company has not commented on the 300 job cuts. ' +
      'A spokesperson declined to comment on the 300 job cuts. ' +
      'The decision, announced after a two-day meeting, was backed by five of seven members. ' +
      'Analysts polled by the bank expect growth. ' +
      'Rina Sato conceded at 11.40 pm.',
    [
      { sentence: 'the minister proposed', sourced: false },
      { sentence: 'The club defended', sourced: false },
      { sentence: 'The firm refused', sourced: false },
      { sentence: 'has not commented', sourced: false },
      { sentence: 'declined to comment', sourced: false },
      { sentence: 'The decision, announced', sourced: false, level: 'high' },
      { sentence: 'Rina Sato conceded', sourced: false, level: 'high' },
    ],
  );
});

test('extra cue words from the settings', () => {
  const text = 'The economist opined that rents were 20% too high.';
  check(text, [{ sentence: 'opined', sourced: false }]);
  check(text, [{ sentence: 'opined', sourced: true, cue: 'opined', source: 'The economist' }], { extraCues: ['opined'] });
});

test('cue shapes at the edges: a leading "According to", a fronted "Said X:", a contraction, a title-case headline', () => {
  check('According to the census bureau, 40% of homes are rented. Said Ruth Amos: “We counted 300 empty flats.” He’s claiming that rents doubled in 2020.', [
    { sentence: 'According to the census', sourced: true, cue: 'According to', source: 'the census bureau' },
    { sentence: 'Said Ruth Amos', sourced: true, source: 'Ruth Amos' },
    { sentence: 'claiming that rents', sourced: true, source: 'He' },
  ]);
  check('Retired Admiral Reveals Fleet Was Cut By A Third\n\nThe navy lost 12 ships in 2019.', [{ sentence: 'Retired Admiral', sourced: true, cue: 'Reveals' }]);
});

test('"responded by" is no passive agent; a participle with "by" is no cue (the belief verb after it is)', () => {
  check('The minister responded by publishing 200 pages of contracts. Economists polled by the bank expect growth of 2% in 2025.', [
    { sentence: 'The minister responded', sourced: true, source: 'The minister' },
    { sentence: 'Economists polled', sourced: true, cue: 'expect', source: 'Economists polled by the bank', level: 'low' },
  ]);
});

test('"show" reports only before a clause, or from a document (a polling average shows someone ahead)', () => {
  check('The survey shows that 30% of flats are empty. Polling averages show Kessler with a lead of 3 points. Mr Hale showed no emotion as the verdict was read on Friday.', [
    { sentence: 'The survey shows', sourced: true, cue: 'shows', kind: 'document' },
    { sentence: 'Polling averages show', sourced: true, cue: 'show', source: 'Polling averages', kind: 'document' },
    { sentence: 'Mr Hale showed', sourced: false },
  ]);
});

test('signing, voting and passing are acts, not reports: a signed deal or a vote keeps its diagnostic', () => {
  check('The two parties signed a coalition agreement in Velmar on Sunday. Engineers signed off on the design on March 3. Councillor Mbeki voted against the budget on Thursday. Velmar council passes leaner budget for 2026.', [
    { sentence: 'The two parties signed', sourced: false, level: 'high' },
    { sentence: 'Engineers signed off', sourced: false, level: 'high' },
    { sentence: 'Councillor Mbeki voted against', sourced: false, level: 'high' },
    { sentence: 'Velmar council passes', sourced: false },
  ]);
  // A subject read up to "against" stops before the verb it ran into.
  check('Mokoena voted against the plan and said it would cost 300 jobs. She voted against it and says the mill will close.', [
    { sentence: 'Mokoena voted', sourced: true, cue: 'said', source: 'Mokoena' },
    { sentence: 'She voted', sourced: true, cue: 'says', source: 'She' },
  ]);
});

test('near the classifier boundary, a person speaks where an institution acts', () => {
  check('She unleashed a series of posts about the mayor. The agency unleashed a series of posts about the mayor. She fired off a series of posts about the mayor. The agency fired off a series of posts about the mayor.', [
    { sentence: 'She unleashed', sourced: true, cue: 'unleashed', source: 'She' },
    { sentence: 'The agency unleashed', sourced: false },
    { sentence: 'She fired off', sourced: true, cue: 'fired', source: 'She' },
    { sentence: 'The agency fired off', sourced: false },
  ]);
});

test('a passive participle with its agent after a comma is no cue; a main verb after an apposition is', () => {
  check('Guard members, called to service by the governor on Monday, patrol 12 streets. Ruth Kessler, the mayor’s sister, told reporters the count was over.', [
    { sentence: 'Guard members, called', sourced: false, level: 'high' },
    { sentence: 'Ruth Kessler, the mayor’s sister', sourced: true, cue: 'told', source: 'Ruth Kessler' },
  ]);
});

test('"per" before a source is "according to"; a rate ("per hour", "per cent") is not', () => {
  check('Chip prices fell for three quarters in 2024, per data from the tracker DRAMeXchange. Per the filing, the firm lost 4 million dollars in 2023. Wages rose to 12 euros per hour in 2023. The tax is 5 per cent of profits.', [
    { sentence: 'Chip prices fell', sourced: true, cue: 'per', source: 'data from the tracker DRAMeXchange', kind: 'document' },
    { sentence: 'Per the filing', sourced: true, cue: 'Per', source: 'the filing' },
    { sentence: 'Wages rose', sourced: false, level: 'high' },
    { sentence: 'The tax is 5', sourced: false },
  ]);
  check('Per Lunde, a fund manager, said the order book was thin. Rents rose 4% in 2024, per Eurostat.', [
    { sentence: 'Per Lunde', sourced: true, cue: 'said', source: 'Per Lunde' },
    { sentence: 'Rents rose', sourced: true, cue: 'per', source: 'Eurostat' },
  ]);
});

test('hiring is an act, not a report', () => {
  check('The company has hired about 300 people so far. It said none of them would lose their jobs.', [
    { sentence: 'The company has hired', sourced: false, level: 'high' },
    { sentence: 'It said', sourced: true, source: 'It' },
  ]);
});

test('a plural possessive stays inside the source; celebrating is an act, not a report', () => {
  check('Ticket prices rose 20% this year, according to the supporters’ trust. Rovers fans celebrated in the city centre until 3 a.m.', [
    { sentence: 'Ticket prices rose', sourced: true, cue: 'according to', source: 'the supporters’ trust' },
    { sentence: 'Rovers fans celebrated', sourced: false },
  ]);
});

test('an irregular passive without its agent reports nothing ("It was written after …")', () => {
  check('It was written after a train derailed in February 2023. The report was written by the board.', [
    { sentence: 'It was written after', sourced: false, level: 'high' },
    { sentence: 'The report was written by', sourced: true, source: 'the board' },
  ]);
});

test('a source with "and" inside its name is whole; "customer orders" after a number is a noun', () => {
  check('About 60 firefighters fought the blaze, Essex County Fire and Rescue Service said. The firm said that about 2,000 customer orders would be delayed.', [
    { sentence: 'About 60 firefighters', sourced: true, cue: 'said', source: 'Essex County Fire and Rescue Service' },
    { sentence: 'The firm said', sourced: true, source: 'The firm', others: [] },
  ]);
});

test('a day after the subject says when and is no part of the source', () => {
  check('Corvane on Thursday announced 300 job cuts.', [{ sentence: 'Corvane on Thursday', sourced: true, cue: 'announced', source: 'Corvane' }]);
  // The participle the day belongs to goes with it.
  check('A poll by the institute published on Thursday found that 64% of voters were against it.', [
    { sentence: 'A poll by the institute', sourced: true, cue: 'found', source: 'A poll by the institute' },
  ]);
});

test('a time adverbial before the cue is no part of its subject: "X, a provider of …, today announced", "X last week said"', () => {
  check(
    'Halvard Robotics, a leading provider of warehouse systems, today announced revenue of $4 million. ' +
      'Halvard Robotics, a maker of robots, on Tuesday announced 300 job cuts. ' +
      'A poll by the Courier last week found that 64% of voters were against it.',
    [
      { sentence: 'Halvard Robotics, a leading', sourced: true, cue: 'announced', source: 'Halvard Robotics' },
      { sentence: 'Halvard Robotics, a maker', sourced: true, cue: 'announced', source: 'Halvard Robotics' },
      { sentence: 'A poll by the Courier', sourced: true, cue: 'found', source: 'A poll by the Courier' },
    ],
  );
});

test('studying is an act, not a report', () => {
  check('She studied at the Gdansk University of Technology in 1960.', [{ sentence: 'She studied', sourced: false, level: 'high' }]);
});

test('"makes landfall" is an act: the headline’s death toll keeps its diagnostic; "made clear that" still reports', () => {
  check('Storm Ilse makes landfall near Port Anvers, killing at least 12. The minister made clear that 40 schools would close.', [
    { sentence: 'Storm Ilse makes', sourced: false, level: 'high' },
    { sentence: 'The minister made clear', sourced: true, source: 'The minister' },
  ]);
});

test('long subjects: a place phrase joined by "and", "near" and the like, a plural before "shows", a number with a slash', () => {
  check(
    [
      'Political observers in Ohio and around the country say the seat is safe.',
      'Residents of the town near the river told reporters the water rose 3 metres overnight.',
      'The average of polls taken over the past two weeks shows Ruiz leading by 4 points.',
      '“They are wrong,” said 9/11 widow Ana Ruiz.',
      // Look-alikes that stay unsourced: a compound plural after a quantity, "and" opening a new clause.
      'The plant fills 2,000 customer orders a day.',
      'Prices rose and in Berlin the council cut 40 jobs.',
    ].join(' '),
    [
      { sentence: 'Political observers', sourced: true, cue: 'say', source: 'Political observers in Ohio and around the country' },
      { sentence: 'Residents of the town', sourced: true, cue: 'told', source: 'Residents of the town near the river' },
      { sentence: 'The average of polls', sourced: true, cue: 'shows', source: 'The average of polls taken over the past two weeks' },
      { sentence: '“They are wrong,”', sourced: true, cue: 'said', source: '9/11 widow Ana Ruiz' },
      { sentence: 'The plant fills', sourced: false },
      { sentence: 'Prices rose', sourced: false },
    ],
  );
});

test('a belief before a "that" clause may have a source with a preposition; "analyses" are documents', () => {
  check(
    'Many people involved in the negotiations assumed that the mine had a buyer. Independent analyses agree the top 1% would gain most. The candidates met in three cities that week.',
    [
      { sentence: 'Many people involved', sourced: true, cue: 'assumed', source: 'Many people involved in the negotiations' },
      { sentence: 'Independent analyses', sourced: true, cue: 'agree', source: 'Independent analyses' },
      { sentence: 'The candidates met', sourced: false },
    ],
  );
});

test('an approval, an appointment, a signature is an act, even with a day between subject and verb', () => {
  check('The parliament of Ostria on Tuesday approved a law that limits software screening. The council on Monday appointed Ana Ruiz as its clerk. The CMA blocked a similar merger in 2019.', [
    { sentence: 'The parliament', sourced: false },
    { sentence: 'The council', sourced: false },
    { sentence: 'The CMA blocked', sourced: false },
  ]);
});

test('two sources joined by "and" close a sentence; a relative clause after an inverted source describes it; a passive "accused of" reports nothing', () => {
  check(
    [
      'Police searched the offices on Thursday, officers and a person with knowledge of the case said.',
      'The inquiry, which began in February, is looking at payments of 2.5 million euros, said the person, who spoke on condition of anonymity.',
      'Customs officials have been accused of taking bribes at other ports before.',
      'The chief executive was quoted as saying profits would double.',
    ].join(' '),
    [
      { sentence: 'Police searched', sourced: true, cue: 'said', source: 'officers and a person with knowledge of the case' },
      { sentence: 'The inquiry', sourced: true, cue: 'said', source: 'the person' },
      { sentence: 'Customs officials', sourced: false },
      { sentence: 'The chief executive was quoted', sourced: true },
    ],
  );
});

test('"agreed a contract" is an act; "agree that …" and "agree the top 1% would gain" report a view', () => {
  check('The striker has agreed a five-year contract and will join in July. Economists agree that rates will rise. Independent analyses agree the top 1% would gain most.', [
    { sentence: 'The striker', sourced: false },
    { sentence: 'Economists agree', sourced: true, cue: 'agree' },
    { sentence: 'Independent analyses', sourced: true, cue: 'agree' },
  ]);
});

test('"added about 9,000 homes" is an act; "added the words, “…”" reports; a source with a pronoun inside is a clause ("we also want rent" + "rules")', () => {
  check('Between 2000 and 2020 the city added about 9,000 homes. At the end she added the words, “Vote for Ruiz.” But building alone will not do it; we also want rent rules.', [
    { sentence: 'Between 2000', sourced: false },
    { sentence: 'At the end', sourced: true, cue: 'added', source: 'she' },
    { sentence: 'But building alone', cue: 'want', source: 'we' },
  ]);
});

test('a lawsuit, an offer and a summons are acts; "all the experts I interviewed said" reports', () => {
  check(
    [
      'The FTC sued to stop the deal in March.',
      'The airline has offered 4.5% over two years.',
      'The mediation office has called both sides to a meeting on Thursday.',
      'In her favor, all the experts I interviewed said her proposals were more detailed.',
      'Its chair called the ruling “a win for every family.”',
    ].join(' '),
    [
      { sentence: 'The FTC sued', sourced: false },
      { sentence: 'The airline has offered', sourced: false },
      { sentence: 'The mediation office', sourced: false },
      { sentence: 'In her favor', sourced: true, cue: 'said', source: 'all the experts I interviewed' },
      { sentence: 'Its chair called', sourced: true, cue: 'called' },
    ],
  );
});

test('a document verb closing the sentence ("…, the letter reads.", "…, other studies have shown.") is a cue; a person reading is not', () => {
  check('Rents in the city rose 12% in 2024, other studies have shown. “Charter schools offer parents of color hope,” the letter reads. She reads the council minutes every week. Crime fell 8% last year, as police records have shown.', [
    { sentence: 'Rents in the city', sourced: true, cue: 'shown', source: 'other studies', kind: 'document' },
    { sentence: '“Charter schools', sourced: true, cue: 'reads', source: 'the letter' },
    { sentence: 'She reads', sourced: false },
    { sentence: 'Crime fell', sourced: true, cue: 'shown', source: 'police records' },
  ]);
});

test('"state" after a name is the noun; a weak cue ("recorded") yields to "according to" in the same sentence, and stays the cue alone', () => {
  check('Karvella state to vaccinate 2.4 million children by June. Karvella recorded 3,184 measles cases in 2025, according to data from the state health directorate. Monitors recorded 37 breaches in May alone.', [
    { sentence: 'Karvella state', sourced: false },
    { sentence: 'Karvella recorded', sourced: true, cue: 'according to', source: 'data from the state health directorate' },
    { sentence: 'Monitors recorded', sourced: true, cue: 'recorded', source: 'Monitors' },
  ]);
});

test('a sentence opening with "In" and a poll, survey or study reports its finding; a reporting verb of the sentence wins; "the study area" is no document', () => {
  check('In the previous Washington Post/ABC News national poll, conducted in early September, Clinton led Trump by 5 points. In a survey of 1,000 voters conducted in May, 40% backed the plan. In a report on Monday, the IMF said growth would slow to 2%. In the study area, rainfall fell 20% last year.', [
    { sentence: 'In the previous', sourced: true, cue: 'In', source: 'the previous Washington Post/ABC News national poll', kind: 'document' },
    { sentence: 'In a survey', sourced: true, cue: 'In', source: 'a survey of 1,000 voters' },
    { sentence: 'In a report', sourced: true, cue: 'said', source: 'the IMF' },
    { sentence: 'In the study area', sourced: false },
  ]);
});

test('an obligation, a permission or watching reports nothing ("The bill would require councils to …"); "per" after a comma inside a closing quotation mark still attributes', () => {
  check('The bill would require councils in England to approve 1.5 million homes by 2030. The rules allowed firms to defer 40% of the tax. Investors will watch inflation data due on Friday. Proxies are barred when voting “to fill a vacancy on the ticket,” per the party’s bylaws.', [
    { sentence: 'The bill would require', sourced: false, level: 'high' },
    { sentence: 'The rules allowed', sourced: false },
    { sentence: 'Investors will watch', sourced: false },
    { sentence: 'Proxies are barred', sourced: true, cue: 'per', source: 'the party’s bylaws' },
  ]);
});

test('a verb opening the sentence with its object is an imperative, not an inverted report ("Consider the numbers."); "Said Ellis: …" still inverts', () => {
  check('Consider the numbers. Said Ellis: “We will appeal.”', [
    { sentence: 'Consider the numbers', sourced: false },
    { sentence: 'Said Ellis', sourced: true, cue: 'Said', source: 'Ellis' },
  ]);
});

test('markets prose: "European shares fell" and "reviving worries" hold plural nouns, not cues; a participle after a subordinate clause is not the sentence subject\'s report; an adverb is no part of the source', () => {
  check('European shares fell for a third day as oil prices jumped after OPEC+ said it would extend cuts, reviving worries about inflation. Shares in Vantor Rail dropped 8.3% after the train maker cut its forecast, blaming higher steel costs. The company now expects operating profit of 410 million euros. The ministry said exports rose 4%, adding that imports fell.', [
    { sentence: 'European shares fell', sourced: false, others: ['said / OPEC+ (embedded)'] },
    { sentence: 'Shares in Vantor Rail', sourced: false },
    { sentence: 'The company now expects', sourced: true, cue: 'expects', source: 'The company' },
    { sentence: 'The ministry said', sourced: true, cue: 'said', source: 'The ministry', others: ['adding / The ministry'] },
  ]);
});

test('a speaker whose name ends in -ing, or a noun in -ing after "the", is no verb taking the cue as its object', () => {
  check('Fleming says the levy raised 4 million euros. A person familiar with the planning says the vote cost 2 million euros. Critics, who attended the hearing, say the figure is 9 million. Raising fears of a slowdown, exports fell 3%.', [
    { sentence: 'Fleming says', sourced: true, cue: 'says', source: 'Fleming' },
    { sentence: 'A person familiar', sourced: true, cue: 'says', source: 'A person familiar with the planning' },
    { sentence: 'Critics, who attended', sourced: true, cue: 'say', source: 'Critics' },
    { sentence: 'Raising fears', sourced: false },
  ]);
});

test('"the official" and "the public" are people: the verb after them reports; "its official forecast" stays a noun', () => {
  check('"The port handled 4 million tonnes," the official said. The public says the fares rose 8%. The bank kept the official forecast of 3% growth.', [
    { sentence: '"The port handled', sourced: true, cue: 'said', source: 'the official' },
    { sentence: 'The public says', sourced: true, cue: 'says', source: 'The public' },
    { sentence: 'The bank kept', sourced: false },
  ]);
});

test('an aside between dashes parts the subject from its cue; a dash ends the content before a closing cue', () => {
  check('Jana Sims — a teacher from Mount Pleasant — says fares rose 8% in June. Many riders -- including students, nurses and cleaners -- said the trams were late 40 times. Exports fell 3% – the steepest drop since 2009 – economists said. Imports fell 2% — the first fall in a decade — and exports rose.', [
    { sentence: 'Jana Sims', sourced: true, cue: 'says', source: 'Jana Sims' },
    { sentence: 'Many riders', sourced: true, cue: 'said', source: 'Many riders' },
    { sentence: 'Exports fell 3%', sourced: true, cue: 'said', source: 'economists' },
    { sentence: 'Imports fell 2%', sourced: false },
  ]);
});

test('an opening participle clause is no part of the subject; "shook her head and said" is the subject\'s; ", known as" names, it reports nothing', () => {
  check('Asked on Monday whether fares would rise, Mayor Lena Ortiz shook her head and said the budget had a 4% surplus. Asked on Tuesday whether the forecast changed his plan, Whitcombe shook his head and said the tax cut would cost 40 million. Speaking to reporters in Lagos, the minister said the port handled 4 million tonnes. The state added a week, known as the Golden Week, after voters faced long lines in 2004.', [
    { sentence: 'Asked on Monday', sourced: true, cue: 'said', source: 'Mayor Lena Ortiz' },
    { sentence: 'Asked on Tuesday', sourced: true, cue: 'said', source: 'Whitcombe' },
    { sentence: 'Speaking to reporters', sourced: true, cue: 'said', source: 'the minister' },
    { sentence: 'The state added', sourced: false },
  ]);
});

test('after a quotation the cue inverts with any speaker: "added a …", a long phrase, a “ typed for ”', () => {
  check('“The port needed 40 new cranes,” added a South Carolina Democrat. “The levy raised 4 million euros,” said Stefan Vlad of the University of Texas School of Law. “It cost 3 million euros,“ said Lara Noble, an attorney with the Campaign Legal Center. The firm added 300 jobs in May.', [
    { sentence: '“The port needed', sourced: true, cue: 'added', source: 'a South Carolina Democrat' },
    { sentence: '“The levy raised', sourced: true, cue: 'said', source: 'Stefan Vlad of the University of Texas School of Law' },
    { sentence: '“It cost', sourced: true, cue: 'said', source: 'Lara Noble' },
    { sentence: 'The firm added', sourced: false },
  ]);
});

test('"another …" speaks after a quotation; a pronoun with its auxiliary, or a yes or a no, is a whole reply', () => {
  check('“The pier is closed,” said another ferry user, Jo Baye. Mayor Ruiz said she would. The council said no. The port said it had 400 berths.', [
    { sentence: '“The pier', sourced: true, cue: 'said', source: 'another ferry user, Jo Baye' },
    { sentence: 'Mayor Ruiz said', sourced: true, cue: 'said', source: 'Mayor Ruiz' },
    { sentence: 'The council said', sourced: true, cue: 'said', source: 'The council' },
    { sentence: 'The port said', sourced: true, cue: 'said', source: 'The port' },
  ]);
});

test('a headline label with a title before a known name attributes what follows the colon', () => {
  // The shipped name tagger makes Ben Carson a person actor, as in a real article.
  check('Dr. Ben Carson: Clinton unfit to serve as president\n\nCarson spoke in Iowa on Monday.', [{ sentence: 'Dr. Ben Carson:', sourced: true, cue: ':', source: 'Dr. Ben Carson' }], { tagger: loadResources().tagger });
});

test('without a quotation before it only a verb of saying stands before its subject; "…, shows X" and "…, question X" keep their subject first', () => {
  check('An analysis of 40 councils that have raised fees since Jan. 1, 2015, shows Democratic councils outpacing Republican ones in recent weeks. Some Democrats, however, question the wisdom of backing Scott. Fares rose 8% in June, notes the report. Fares rose 9% in May, warned the minister.', [
    { sentence: 'An analysis of 40', sourced: true, cue: 'shows', source: 'An analysis of 40 councils' },
    { sentence: 'Some Democrats', sourced: true, cue: 'question', source: 'Some Democrats' },
    { sentence: 'Fares rose 8%', sourced: true, cue: 'notes', source: 'the report' },
    { sentence: 'Fares rose 9%', sourced: true, cue: 'warned', source: 'the minister' },
  ], { tagger: loadResources().tagger });
});

test('a poll, polling or a dated email that shows a figure is its source; a name with "the" inside it is one phrase; a year is no quantity', () => {
  check('Recent polling shows that 40% of riders back the levy. A new Elden Times/Rock the Vote survey of those 18 to 35 years old shows a 62%-32% divide on the levy. A Sept. 15, 2011 email shows the council sent 10 staffers to the event. The firm shipped 2,000 customer orders in May.', [
    { sentence: 'Recent polling', sourced: true, cue: 'shows', source: 'Recent polling' },
    { sentence: 'A new Elden Times', sourced: true, cue: 'shows' },
    { sentence: 'A Sept. 15', sourced: true, cue: 'shows' },
    { sentence: 'The firm shipped', sourced: false },
  ]);
});

test('what someone called a thing, in a quotation after a short object, is attributed to them; calling members to a meeting is a summons', () => {
  check('Mayor Ruiz called it “predatory.” In April, Senator Cole called the port’s plans to open a 1.6 billion euro terminal “an absolute disgrace.” The union called its 400 members to a meeting on Friday.', [
    { sentence: 'Mayor Ruiz called', sourced: true, cue: 'called', source: 'Mayor Ruiz' },
    { sentence: 'In April, Senator Cole', sourced: true, cue: 'called', source: 'Senator Cole' },
    { sentence: 'The union called', sourced: false },
  ]);
});

test('"As X told the Daily News, …" attributes the main clause; a subordinator inside a dashed aside leaves the cue after it governing', () => {
  check('As Mayor Ruiz told the Elden Daily News, the levy raised 4 million euros. However, as one clerk told Palo Alto Weekly (PAW), “We lost 300 files.” In May 2013 - four months after Ruiz left office - the council told reporters that 40 homes had flooded. As the company reported profits, shares rose 4%.', [
    { sentence: 'As Mayor Ruiz told', sourced: true, cue: 'told', source: 'Mayor Ruiz' },
    { sentence: 'However, as one clerk', sourced: true, cue: 'told', source: 'one clerk' },
    { sentence: 'In May 2013', sourced: true, cue: 'told', source: 'the council' },
    { sentence: 'As the company reported', sourced: false },
  ]);
});

test('a headline "NAME on TOPIC: …" attributes what follows the colon to the known name', () => {
  check('Ortiz on the Levy: It Raised 4 Million Euros\n\nMayor Lena Ortiz spoke in Elden on Monday.', [{ sentence: 'Ortiz on the Levy', sourced: true, cue: ':', source: 'Ortiz' }], { tagger: loadResources().tagger });
});

test('whatever was done "by telling them that …", the doer said it; "by selling 40 shops" reports nothing', () => {
  check('Mayor Ruiz pitched the levy to riders by telling them that fares would fall 8%. The firm cut costs by selling 40 shops.', [
    { sentence: 'Mayor Ruiz pitched', sourced: true, cue: 'telling', source: 'Mayor Ruiz' },
    { sentence: 'The firm cut', sourced: false },
  ]);
});

test('a short prepositional aside between subject and cue: the subject stands before it, and a subordinator before that embeds the cue', () => {
  check('Cole has fought the levy since Ruiz, at Monday’s debate, cited derogatory comments Cole had made about it. Ruiz, at Monday’s debate, cited figures showing fares rose 8%. The minister, in a statement, said 40 homes had flooded.', [
    { sentence: 'Cole has fought', sourced: false, others: ['cited / Ruiz (embedded)'] },
    { sentence: 'cited figures', sourced: true, cue: 'cited', source: 'Ruiz' },
    { sentence: 'The minister, in a statement', sourced: true, cue: 'said', source: 'The minister' },
  ]);
});

test('a cue word that may be a noun is one after "one" or "another"; "one said" keeps its pronoun; "No one said" denies a speaker', () => {
  check('In one tweet Friday, Mayor Ruiz said: “We cut fares by 8%.” The port will close in May, one said. No one said the port had 40 berths.', [
    { sentence: 'In one tweet', sourced: true, cue: 'said', source: 'Mayor Ruiz' },
    { sentence: 'The port will close', sourced: true, cue: 'said', source: 'one' },
    { sentence: 'No one said', sourced: false },
  ]);
});

test('"including" lists, it reports nothing', () => {
  check('Earlier this month, the bank was fined 185 million euros, including a record 100 million euro penalty imposed by the regulator. There was a panoply of dignitaries, including Mayor Lena Ortiz, at the opening on Monday.', [
    { sentence: 'Earlier this month', sourced: false },
    { sentence: 'There was a panoply', sourced: false },
  ], { tagger: loadResources().tagger });
});

test('the source leaves out a day after a name, an adverb before the cue, an opening time phrase and a mixed-case dateline', () => {
  check('Senator Lena Ortiz (D-Elden) on Saturday criticized the 4% levy. The Rail Users Union has twice complained about 40 late trains. A month later, the mayor visited the port and explained why fares rose 8%. Elden (Wire) – Mayor Dan Cole has cut the levy, saying that fares rose 8%. Cole has even claimed the port handled 4 million tonnes.', [
    { sentence: 'Senator Lena Ortiz', sourced: true, cue: 'criticized', source: 'Senator Lena Ortiz (D-Elden)' },
    { sentence: 'The Rail Users Union', sourced: true, cue: 'complained', source: 'The Rail Users Union' },
    { sentence: 'A month later', sourced: true, cue: 'explained', source: 'the mayor' },
    { sentence: 'Elden (Wire)', sourced: true, cue: 'saying', source: 'Mayor Dan Cole' },
    { sentence: 'Cole has even', sourced: true, cue: 'claimed', source: 'Cole' },
  ]);
});

test('a closing speaker before ", and …", a floating "both", "in particular" and a coordinated "He and …" are read', () => {
  check('The port opened a 40-berth terminal, a spokeswoman, Ana White, said on Saturday, and it has handled 9 ships since. He and Councillor Bob Lee (Elden) both condemned the 4% levy in a statement. Riders and drivers have in particular noted the 8% rise in fares.', [
    { sentence: 'The port opened', sourced: true, cue: 'said', source: 'a spokeswoman, Ana White' },
    { sentence: 'He and Councillor', sourced: true, cue: 'condemned', source: 'He and Councillor Bob Lee (Elden)' },
    { sentence: 'Riders and drivers', sourced: true, cue: 'noted' },
  ]);
});

test('a study that links, ties or attributes one thing to another states a finding; a road that links two towns does not', () => {
  check('The study, published in the journal Nature Geoscience, links the loss to two record-hot summers. New research ties sugar to heart disease. The road links the port to the city.', [
    { sentence: 'The study, published', sourced: true, cue: 'links', source: 'The study', kind: 'document' },
    { sentence: 'New research ties', sourced: true, cue: 'ties', source: 'New research' },
    { sentence: 'The road links', sourced: false },
  ]);
});

test('a product recall, a withdrawal or a guessed verb before a counted object is an act; "recalled that …" still reports', () => {
  check('Supermarket chain recalls 40,000 jars of baby food. In January it withdrew 2,500 packs of sliced ham. Officials counted 2,500 ballots by hand. The agency flagged 300 accounts last week. Councillor Mbeki recalled that the pier opened in 1989.', [
    { sentence: 'Supermarket chain recalls', sourced: false, level: 'high' },
    { sentence: 'In January it withdrew', sourced: false },
    { sentence: 'Officials counted', sourced: false },
    { sentence: 'The agency flagged', sourced: false },
    { sentence: 'Councillor Mbeki recalled', sourced: true, cue: 'recalled' },
  ]);
});

test('"hold" reports a ruling only before "that": "would hold hearings" and "held talks" are acts', () => {
  check('The court held that the 2019 zoning law was unconstitutional. Senator Dellinger said he would hold hearings next month. The two ministers held talks in Oslo on Monday.', [
    { sentence: 'The court held', sourced: true, cue: 'held', source: 'The court' },
    { sentence: 'Senator Dellinger said', sourced: true, cue: 'said', others: [] },
    { sentence: 'The two ministers held', sourced: false, level: 'high' },
  ]);
});

test('a rate held at a level or steady is an act: "Central bank holds rates at 4.5%" is unsourced; "holds that" still reports', () => {
  check('Central bank holds rates at 4.5% as inflation cools\n\nThe bank held borrowing costs steady on Thursday. The union holds that the 2024 deal is unfair.', [
    { sentence: 'Central bank holds', sourced: false, level: 'high' },
    { sentence: 'The bank held borrowing', sourced: false, level: 'high' },
    { sentence: 'The union holds that', sourced: true, cue: 'holds' },
  ]);
});

test('"are forecast to" is a passive with no agent: the subject is no source ("Economists forecast …" is one)', () => {
  check('Temperatures are forecast to reach 40C on Wednesday. Economists forecast that growth would slow to 1% in 2025.', [
    { sentence: 'Temperatures are forecast', sourced: false, level: 'low' },
    { sentence: 'Economists forecast', sourced: true, cue: 'forecast', source: 'Economists' },
  ]);
});

test('a strike or an election called is an act, a call for something reports however short, and "a government plan to" is a noun', () => {
  check(
    'Union leaders have called a nationwide strike for Oct. 24. The minister called the strike "a disgrace". The mayor called for calm. Thousands marched in 2024 to protest against a government plan to raise the retirement age.',
    [
      { sentence: 'Union leaders have called', sourced: false, level: 'high' },
      { sentence: 'The minister called the strike', sourced: true, cue: 'called' },
      { sentence: 'The mayor called for calm', sourced: true, cue: 'called for' },
      { sentence: 'Thousands marched', sourced: false, level: 'high' },
    ],
  );
});

test('a plea or an appeal for something is a call too, however short ("pleaded for calm", "pleads for his life")', () => {
  check("The mother pleaded for calm. Keith Scott's wife pleads for his life. Police appealed for witnesses. The team played for pride.", [
    { sentence: 'The mother pleaded', sourced: true, cue: 'pleaded for', source: 'The mother' },
    { sentence: "Keith Scott's wife", sourced: true, cue: 'pleads for' },
    { sentence: 'Police appealed', sourced: true, cue: 'appealed for', source: 'Police' },
    { sentence: 'The team played', sourced: false },
  ]);
});

test('sacking, resigning and nominating are acts, not reports: a reshuffle keeps its diagnostic', () => {
  check('The prime minister, Owen Carlisle, sacked three cabinet ministers on Monday. Two junior ministers resigned on Monday evening. The president nominated Ana Ruiz to the court in 2024.', [
    { sentence: 'The prime minister, Owen Carlisle, sacked', sourced: false, level: 'high' },
    { sentence: 'Two junior ministers resigned', sourced: false, level: 'high' },
    { sentence: 'The president nominated', sourced: false, level: 'high' },
  ]);
});

test('a long source after "according to" is not cut inside a name ("… in the Journal of Adolescent Health Research")', () => {
  check('Teenagers sleep an hour less, according to a study of 12,400 students published on Wednesday in the Journal of Adolescent Health Research.', [
    { sentence: 'Teenagers sleep', sourced: true, source: 'a study of 12,400 students published on Wednesday in the Journal of Adolescent Health Research' },
  ]);
});

test('thanks given and a deal negotiated are acts: the "said" after them is the cue', () => {
  check('Team president Alan Castellano thanked the council and said the franchise was thrilled to stay. Mayor Denise Okafor, who negotiated the $640 million agreement, left at 11 p.m. on Tuesday.', [
    { sentence: 'Team president Alan Castellano thanked', sourced: true, cue: 'said', source: 'Team president Alan Castellano' },
    { sentence: 'Mayor Denise Okafor, who negotiated', sourced: false, level: 'high', others: [] },
  ]);
});

test('a word that is a noun as often as a verb, with a verb right after it, is the noun ("Treasury note rose", "police report said")', () => {
  check('The yield on the 10-year Treasury note rose to 4.49% on Friday. The police report said 12 people were hurt. Analysts note that the 4% rise was the largest since 2019.', [
    { sentence: 'The yield on the 10-year', sourced: false, level: 'high' },
    { sentence: 'The police report said', sourced: true, cue: 'said', source: 'The police report' },
    { sentence: 'Analysts note that', sourced: true, cue: 'note', source: 'Analysts' },
  ]);
});

test('figures revised are acts, with or without a particle before the object; a body revising its own estimates is their source', () => {
  check('The agency also revised up the figures for November by 100,000 jobs, painting a healthier picture of the labor market. The government also revised up its estimates for November by 100,000 jobs. Critics painted him as a liar in 2019.', [
    { sentence: 'The agency also revised up', sourced: false, level: 'high' },
    { sentence: 'The government also revised up', sourced: true, source: 'The government' },
    { sentence: 'Critics painted him', sourced: true, cue: 'painted', source: 'Critics' },
  ]);
});

test('a meeting convened or summoned is an act, not a report', () => {
  check('President Anya Dolgova convened her security council on Sunday morning. The speaker summoned all 120 members to the chamber on Friday.', [
    { sentence: 'President Anya Dolgova convened', sourced: false, level: 'high' },
    { sentence: 'The speaker summoned', sourced: false, level: 'high' },
  ]);
});

test('a cue word closing a compound after a common noun is the noun ("heat stress"); after a capitalised author it reports ("IG report:")', () => {
  check('The survey counts reefs under heat stress, not dead coral, since 2023. Analysts stress that the 4% rise was the largest since 2019.', [
    { sentence: 'The survey counts reefs', sourced: false },
    { sentence: 'Analysts stress that', sourced: true, cue: 'stress', source: 'Analysts' },
  ]);
});

test('a participle that is an adjective before "to" is no cue ("area exposed to heat", "committed to the plan")', () => {
  check('The survey counts reef area exposed to heat, not dead coral, since 2023. The council remained committed to the $40 million plan in May.', [
    { sentence: 'The survey counts reef', sourced: false },
    { sentence: 'The council remained', sourced: false },
  ]);
});

test('what anyone may do reports nothing; a candidacy is no report; "had shown" reports from a poll', () => {
  check('Under city rules, a candidate may request a recount when the margin is under 0.5%. Moreau ran as an independent with the backing of the Greens in 2024. Exit polls by the Institut Civica had shown Moreau ahead by four points.', [
    { sentence: 'Under city rules', sourced: false, level: 'high' },
    { sentence: 'Moreau ran as', sourced: false },
    { sentence: 'Exit polls by', sourced: true, cue: 'shown', source: 'Exit polls by the Institut Civica' },
  ]);
});

test('making an act one\'s cause is no report ("has made cutting tariffs a priority"); "made clear that" still reports', () => {
  check('The minister has made cutting tariffs a priority since March 2024. The minister made clear that 300 jobs would go.', [
    { sentence: 'The minister has made cutting', sourced: false, level: 'high' },
    { sentence: 'The minister made clear', sourced: true, source: 'The minister' },
  ]);
});

test('something made is an act ("made a 41-yard field goal", "made a profit"); "made a statement that" and "made the case that" report', () => {
  check('Kicker Luis Ortega made a 41-yard field goal in overtime on Sunday. The minister made a statement that 300 jobs would go. He made the case that rates should fall by 2%.', [
    { sentence: 'Kicker Luis Ortega made', sourced: false, level: 'high' },
    { sentence: 'The minister made a statement', sourced: true, cue: 'made' },
    { sentence: 'He made the case', sourced: true, cue: 'made' },
  ]);
});

test('a cue in a "when" clause stays embedded past a name in apposition; a closing speaker may be followed by "on Monday"', () => {
  check(
    'The fraud came to light in 2022 when a nurse, Priya Anand, reported discrepancies in staff rotas. ' +
      'Prices rose 4 percent, the union leader, Ana Ruiz, said on Monday. ' +
      '"Nobody believed it," Efua Mensah-Boateng, 52, said in her office last month.',
    [
      { sentence: 'The fraud came to light', sourced: false, level: 'high' },
      { sentence: 'Prices rose 4 percent', sourced: true, cue: 'said', source: 'the union leader, Ana Ruiz' },
      { sentence: '"Nobody believed it,"', sourced: true, cue: 'said', source: 'Efua Mensah-Boateng' },
    ],
  );
});

test('"point to" after a plural or a pronoun, "puts … at" an estimate and "disputes" a figure report; "The key point to remember" does not', () => {
  check(
    'Union leaders point to a surplus of 12 million pounds in 2023. The trust puts the loss at 9%. The trust disputes that figure. ' +
      'The key point to remember is that prices rose 4% in May. He put the book on the table in 2020.',
    [
      { sentence: 'Union leaders point', sourced: true, cue: 'point to', source: 'Union leaders' },
      { sentence: 'The trust puts', sourced: true, cue: 'puts', source: 'The trust' },
      { sentence: 'The trust disputes', sourced: true, cue: 'disputes', source: 'The trust' },
      { sentence: 'The key point', sourced: false },
      { sentence: 'He put the book', sourced: false },
    ],
  );
});

test('the bare form of a verb of saying after a plural subject reports ("Election scholars caution that …", "Union leaders reject that argument"); "not" is no "note"', () => {
  check(
    'Election scholars caution that high turnout in the primaries does not translate to a win in November. Union leaders reject that argument. ' +
      'Lawmakers have not set a date for the 2026 vote.',
    [
      { sentence: 'Election scholars', sourced: true, cue: 'caution', source: 'Election scholars' },
      { sentence: 'Union leaders', sourced: true, cue: 'reject', source: 'Union leaders' },
      { sentence: 'Lawmakers have not', sourced: false },
    ],
  );
});

test('an object named "as" a quotation is named in the subject\'s words ("Reid has gone after Trump as a “human leech”"); "served as", a passive and "defended" are not', () => {
  check(
    'In recent weeks, Reid has gone after Trump as a “human leech” and a “spoiled brat.” ' +
      'Senate Minority Leader Harry Reid (D-Nev.), in particular, has been steadily pounding Trump as a “con artist” in 2016. ' +
      'Fiorina routinely characterizes herself as a "change warrior" who "saved the company." ' +
      'The city served as a "test bed" for the scheme in 2019. The plan was billed as a "fresh start" in 2020. ' +
      'Trump defended his campaign manager as a "very decent man" on Tuesday.',
    [
      { sentence: 'In recent weeks', sourced: true, cue: 'gone after', source: 'Reid' },
      { sentence: 'Senate Minority Leader', sourced: true, cue: 'pounding', source: 'Senate Minority Leader Harry Reid (D-Nev.)' },
      { sentence: 'Fiorina routinely', sourced: true, cue: 'characterizes', source: 'Fiorina' },
      { sentence: 'The city served', sourced: false },
      { sentence: 'The plan was billed', sourced: false },
      { sentence: 'Trump defended', sourced: false },
    ],
  );
});

test('"point to" after an adverb still has its plural subject; "appealed for" and "pleaded for" report like "called for"', () => {
  check(
    'These voters specifically point to the 1994 crime bill, which put 100,000 more officers on the streets. ' +
      'Police appealed for witnesses to come forward after the crash on Friday. ' +
      'His wife pleaded for calm on Friday. ' +
      'The appeal for calm came after 40 people were arrested. The United Nations appeal for Sarvana is 23% funded. ' +
      'The only point to note is that 40 people were arrested.',
    [
      { sentence: 'These voters', sourced: true, cue: 'point to', source: 'These voters' },
      { sentence: 'Police appealed', sourced: true, cue: 'appealed for', source: 'Police' },
      { sentence: 'His wife pleaded', sourced: true, cue: 'pleaded for', source: 'His wife' },
      { sentence: 'The appeal for calm', sourced: false },
      // (The bare form after a name is a noun: only "appealed", "appeals", "appealing" are listed.)
      { sentence: 'The United Nations appeal', sourced: false },
      { sentence: 'The only point', sourced: false },
    ],
  );
});

test('a reaction to a pronoun closing the sentence reports it ("The RSF denied it."); a pronoun opening a clause is its subject', () => {
  check('The RSF denied it. The council welcomed this. He denied it was true. The RSF took it.', [
    { sentence: 'The RSF denied', sourced: true, cue: 'denied', source: 'The RSF' },
    { sentence: 'The council welcomed', sourced: true, cue: 'welcomed' },
    { sentence: 'He denied it', sourced: true, cue: 'denied', source: 'He' },
    { sentence: 'The RSF took', sourced: false },
  ]);
});

test('what will, must or may be said is not said: a modal before the cue leaves the sentence unsourced ("Ofgem will announce the cap on May 27")', () => {
  check(
    'Ofgem will announce the July cap on May 27. Suppliers must write to customers at least 30 days before any change. ' +
      '“This might hasten the eclipse of the front-runner,” Will wrote. ' +
      'Ed Krayewski may have said it best when he blogged: “The race is over.” ' +
      'The Washington Times reports Beck will endorse Cruz at a rally on Saturday.',
    [
      { sentence: 'Ofgem will announce', sourced: false, level: 'high' },
      { sentence: 'Suppliers must write', sourced: false },
      { sentence: 'This might hasten', sourced: true, cue: 'wrote', source: 'Will' },
      { sentence: 'Ed Krayewski', sourced: true, cue: 'said' },
      { sentence: 'The Washington Times', sourced: true, cue: 'reports', source: 'The Washington Times' },
    ],
  );
});

test('British spellings of learned cues report like the American ones ("criticised", "recognised", "favoured"); British nouns stay nouns', () => {
  check('The plan was criticised by parents. Campaigners criticised the decision. Health workers blame rumours spread on messaging apps.', [
    { sentence: 'The plan was', sourced: true, cue: 'criticised', source: 'parents' },
    { sentence: 'Campaigners criticised', sourced: true, cue: 'criticised', source: 'Campaigners' },
    { sentence: 'Health workers blame', sourced: true, cue: 'blame', source: 'Health workers' },
  ]);
});

test('acknowledging or admitting a thing is a reaction that reports it ("Rahman acknowledges the trade-off.")', () => {
  check('Rahman acknowledges the trade-off. The minister admitted the mistake on Monday. She acknowledged receipt of 40 letters in May.', [
    { sentence: 'Rahman acknowledges', sourced: true, cue: 'acknowledges', source: 'Rahman' },
    { sentence: 'The minister admitted', sourced: true, cue: 'admitted', source: 'The minister' },
  ]);
});

test('"accounting for a quarter", "a category 2 call" and "suspected heart attacks" report nothing', () => {
  check(
    "Chile is the world's biggest copper producer, accounting for about a quarter of global supply. " +
      'The average wait for a category 2 call, which includes suspected heart attacks and strokes, was 47 minutes. The officers suspected that he had fled.',
    [
      { sentence: 'Chile is', sourced: false, level: 'high' },
      { sentence: 'The average wait', sourced: false, level: 'high', others: [] },
      { sentence: 'The officers suspected', sourced: true, cue: 'suspected' },
    ],
  );
});

test('a statement issued "on Monday saying …" reports; a phone or names released, or terms agreed, report nothing', () => {
  check(
    'The ministry issued a statement on Monday saying the talks had failed. The company released its new phone in May. ' +
      'The police released the names of the victims. The agency released data on Friday showing inflation rose to 3%. ' +
      'Arsenal have agreed personal terms with the midfielder. The two sides agreed that talks would resume in May. Her campaign released a new ad on Wednesday touting the cuts.',
    [
      { sentence: 'The ministry issued', sourced: true, cue: 'issued', source: 'The ministry' },
      { sentence: 'The company released', sourced: false },
      { sentence: 'The police released', sourced: false },
      { sentence: 'The agency released', sourced: true, source: 'The agency' },
      { sentence: 'Arsenal have agreed', sourced: false },
      { sentence: 'The two sides agreed', sourced: true, cue: 'agreed' },
      { sentence: 'Her campaign released', sourced: true, source: 'Her campaign' },
    ],
  );
});

test('"Spain recorded its hottest June" is what befell Spain, no report; a station recording a temperature reports it', () => {
  check('Spain recorded its hottest June since records began in 1961. The station recorded the highest temperature ever measured in Britain.', [
    { sentence: 'Spain recorded', sourced: false, level: 'high' },
    { sentence: 'The station recorded', sourced: true, source: 'The station' },
  ]);
});

test('"dealing a setback to the attorney general" strikes a blow, it reports nothing', () => {
  check('A federal appeals court on Tuesday upheld a lower court ruling that blocked Texas from enforcing new limits, dealing a setback to the state attorney general.', [
    { sentence: 'A federal appeals court', sourced: false, level: 'high' },
  ]);
});

test('"has been receiving treatment" is what the subject got, no report', () => {
  check('King Charles III will open the parliament. Charles, 76, has been receiving treatment for cancer since early 2024. The palace said his doctors had approved the trip.', [
    { sentence: 'Charles, 76', sourced: false, level: 'high' },
    { sentence: 'The palace said', sourced: true },
  ], { tagger: loadResources().tagger });
});

test('"The court heard <name> <verb> …" is the court report\'s attribution; a thing "used" reports nothing', () => {
  check(
    'The court heard Ellison used the money to pay for overseas holidays. The tribunal heard the officer had ignored three warnings. ' +
      'The court heard evidence from 12 witnesses. The survey used more than 600 camera traps. ' +
      'The researchers used Swedish health registers to follow patients. He has long used that fact to bludgeon his rivals.',
    [
      { sentence: 'The court heard Ellison', sourced: true, cue: 'heard', source: 'The court', others: [] },
      { sentence: 'The tribunal heard', sourced: true, cue: 'heard', source: 'The tribunal' },
      { sentence: 'The court heard evidence', sourced: false },
      { sentence: 'The survey used', sourced: false },
      { sentence: 'The researchers used', sourced: false },
      { sentence: 'He has long used', sourced: true, cue: 'used', source: 'He' },
    ],
  );
});

test('"has since said" and "continue to show" report: "since" after a perfect is an adverb, "continue to" reads through to its verb', () => {
  check(
    'Mrs. Clinton has since said she would support a wage increase of 15%. The company had since acknowledged that 40 workers were hurt. ' +
      'Still, polls continue to show that 60% of voters back the plan. ' +
      // Look-alikes: "since" opening a clause, and going on with no verb of saying.
      'Prices have risen 8% since officials said the plan would work. Prices continue to rise by 2% a month.',
    [
      { sentence: 'Mrs. Clinton has since', sourced: true, cue: 'said', source: 'Mrs. Clinton' },
      { sentence: 'The company had since', sourced: true, cue: 'acknowledged', source: 'The company' },
      { sentence: 'Still, polls', sourced: true, cue: 'continue to show', source: 'polls' },
      { sentence: 'Prices have risen', sourced: false },
      { sentence: 'Prices continue', sourced: false },
    ],
  );
});

test('a body that counted or tallied a figure is its source ("counted 19 of them", "counted at least 40,000 marchers"); a vote count and "counts 40 members" are none', () => {
  check(
    'The International Air Transport Association counted 19 of them in 2023. Police counted at least 40,000 marchers. ' +
      'The researchers tallied 1,120 excess deaths. Officials counted 2,500 ballots by hand. The club counts 40 members.',
    [
      { sentence: 'The International Air Transport Association', sourced: true, cue: 'counted', source: 'The International Air Transport Association' },
      { sentence: 'Police counted', sourced: true, cue: 'counted', source: 'Police' },
      { sentence: 'The researchers tallied', sourced: true, cue: 'tallied', source: 'The researchers' },
      { sentence: 'Officials counted', sourced: false },
      { sentence: 'The club counts', sourced: false },
    ],
  );
});

test('acts the classifier guesses outside politics report nothing: "had looked comfortable", "adds to a growing list", "has chaired a meeting", "has upgraded its warning"', () => {
  check(
    'Harlow had looked comfortable after Jamie Pryce scored in the ninth minute. The result adds to a growing list of 5,000 planets. ' +
      'Steve Reed has chaired a meeting of the emergency committee. The Met Office has upgraded its warning to amber. ' +
      // Look-alikes that still report.
      'Clinton looked past November to a time when a woman would be president. She added that 40 schools would close.',
    [
      { sentence: 'Harlow had looked', sourced: false },
      { sentence: 'The result adds', sourced: false },
      { sentence: 'Steve Reed has chaired', sourced: false },
      { sentence: 'The Met Office', sourced: false },
      { sentence: 'Clinton looked past', sourced: true, cue: 'looked' },
      { sentence: 'She added', sourced: true, cue: 'added' },
    ],
  );
});

test('a verb that needs an object and has none after it is in a relative clause without "that" ("The witness Fashola referred to, …, pleaded guilty")', () => {
  check(
    'The witness Fashola referred to, a former director at one of the firms, pleaded guilty in 2023. The figure Smith mentioned was wrong by 40%. ' +
      // Look-alikes: the object comes after the cue, or after an aside.
      'The lawyer Ana Ruiz referred to the 2019 ruling. The minister Ana Ruiz cited, in her speech, a 2019 report.',
    [
      { sentence: 'The witness Fashola', sourced: false },
      { sentence: 'The figure Smith', sourced: false },
      { sentence: 'The lawyer Ana Ruiz', sourced: true, cue: 'referred to' },
      { sentence: 'The minister Ana Ruiz', sourced: true, cue: 'cited' },
    ],
  );
});

test('a noun before a past verb is no cue ("Technology shares bore the brunt", "The fisheries accord lapsed in 2022"); what is reported to an authority is an act', () => {
  check(
    'Technology shares bore the brunt of the selling. The previous fisheries accord lapsed in 2022. Han reported the discrepancy to the FBI in 2021. ' +
      // Look-alikes that still report: a verb of saying before a participle, a figure reported, a feeling.
      'Critics say increased spending will not help. The ministry reported 412 new cases on Monday. Immigrants feel discriminated against more often.',
    [
      { sentence: 'Technology shares', sourced: false },
      { sentence: 'The previous fisheries', sourced: false, level: 'high' },
      { sentence: 'Han reported', sourced: false },
      { sentence: 'Critics say', sourced: true, cue: 'say' },
      { sentence: 'The ministry reported', sourced: true, cue: 'reported' },
      { sentence: 'Immigrants feel', sourced: true, cue: 'feel' },
    ],
  );
});

test('a warning or an order issued with nothing said after it is an act; "issued a warning that …" reports; contacting someone is an act', () => {
  check(
    'The RFS issued an emergency warning for the area shortly after 2pm. The agency issued a warning that the dam could fail. Full Fact contacted the person who posted the claim.',
    [
      { sentence: 'The RFS issued', sourced: false },
      { sentence: 'The agency issued', sourced: true, cue: 'issued' },
      { sentence: 'Full Fact contacted', sourced: false },
    ],
  );
});

test('a cue is the verb without the day after it ("officials said Sunday", "The mayor said Monday that …")', () => {
  check('At least 24 people were killed, officials said Sunday. The mayor said Monday that 40 homes were lost.', [
    { sentence: 'At least 24', sourced: true, cue: 'said', source: 'officials' },
    { sentence: 'The mayor said', sourced: true, cue: 'said', source: 'The mayor' },
  ]);
});

test('a plural noun after a nationality is no cue before a past verb ("The Portuguese champions rejected …, according to Record")', () => {
  check('The Portuguese champions rejected an opening offer of €70m last week, according to Record.', [
    // (The closing "according to" attributes the clause before it, the rejection included; the rejection is a further attribution.)
    { sentence: 'The Portuguese champions', sourced: true, cue: 'according to', source: 'Record' },
  ]);
});

test('sport\'s acts report nothing ("shared a stand of 187", "started seventh", "dedicated the award", "he shrugged"); sharing news and starting by asking still report', () => {
  check(
    'Okonkwo shared a stand of 187 with Baptiste, the highest partnership of the series. The 26-year-old Dane started seventh on the grid. ' +
      'Castellane, 41, dedicated the award to her father. Asked whether he would stay, Mr Lund shrugged. ' +
      // Look-alikes that still report.
      'Flea shared the news on social media last week. Her view is shared by Sen. Warren. Hannity started by asking whether 40 staff had left.',
    [
      { sentence: 'Okonkwo shared', sourced: false },
      { sentence: 'The 26-year-old Dane', sourced: false },
      { sentence: 'Castellane, 41', sourced: false },
      { sentence: 'Asked whether', sourced: false },
      { sentence: 'Flea shared', sourced: true, cue: 'shared' },
      { sentence: 'Her view is shared', sourced: true },
      { sentence: 'Hannity started', sourced: true },
    ],
  );
});

test('a participle that describes or names its noun reports nothing ("one of the largest ever found", "The vaccine, called NVX-14, …")', () => {
  check(
    'The team uncovered a timber circle, one of the largest ever found in southern England. The vaccine, called NVX-14 and developed by Halden Bio, was tested on 12,480 volunteers. ' +
      'The storm, named Ciarán, killed 12 people. It was the hottest day ever recorded in 2024. ' +
      // Look-alikes: a subject that calls or finds.
      'Trump called Clinton a liar in 2016. An audit found that three in ten forms were wrong.',
    [
      { sentence: 'The team uncovered', sourced: false },
      { sentence: 'The vaccine, called', sourced: false },
      { sentence: 'The storm, named', sourced: false },
      { sentence: 'It was the hottest', sourced: false },
      { sentence: 'Trump called', sourced: true, cue: 'called' },
      { sentence: 'An audit found', sourced: true, cue: 'found' },
    ],
  );
});

test('acts outside politics report nothing ("draws thousands", "reviewed the disclosures", "classed as affordable", "has banned her", "600 written objections"); "is drawing criticism" and "has written that …" still report', () => {
  check(
    'Hartwell draws thousands in Ohio on Sunday. She reviewed the disclosures in 2024. The council approved 212 homes, 30 of them classed as affordable. ' +
      'Her family has banned her from climbing in 2025. The plan went ahead despite more than 600 written objections. I have covered campaigns for 25 years. ' +
      // Look-alikes that still report.
      'He is drawing criticism after a speech in 2016. Ana Ruiz has written that 40 schools would close. RT covered the action as a rightful move in 2014.',
    [
      { sentence: 'Hartwell draws', sourced: false },
      { sentence: 'She reviewed', sourced: false },
      { sentence: 'The council approved', sourced: false },
      { sentence: 'Her family', sourced: false },
      { sentence: 'The plan went', sourced: false },
      { sentence: 'I have covered', sourced: false },
      { sentence: 'He is drawing', sourced: true },
      { sentence: 'RT covered', sourced: true },
      { sentence: 'Ana Ruiz has written', sourced: true, cue: 'written' },
    ],
  );
});

test('a closing "according to X" after a comma attributes the clause before it, a verb of saying inside it included ("… have announced cuts since January, according to the staff union.")', () => {
  check(
    'At least nine other universities have announced redundancy programmes since January, according to the University and College Staff Union. ' +
      // Look-alike: a quotation's own speaker stays.
      '"We will close 40 courses," the rector said, according to the Daily Post.',
    [
      { sentence: 'At least nine', sourced: true, cue: 'according to', source: 'the University and College Staff Union' },
      { sentence: '"We will close', sourced: true },
    ],
  );
});

test('fees, rules and things started are acts ("charged me £86", "have reintroduced roaming charges", "started a food bank"); "charged the swimmer with …", "started his answer with a story" still report', () => {
  check(
    'My provider, Orbitel, charged me £86 for one week of roaming. Many UK networks have reintroduced roaming charges since 2021. Jones started a food bank in 2015. ' +
      // Look-alikes that still report.
      'Police charged the swimmer with filing a false report in 2016. He started his answer with a story about his 2 parents.',
    [
      { sentence: 'My provider', sourced: false },
      { sentence: 'Many UK networks', sourced: false },
      { sentence: 'Jones started', sourced: false },
      { sentence: 'Police charged', sourced: true, cue: 'charged' },
      { sentence: 'He started', sourced: true },
    ],
  );
});

test('after a closing "according to", a noun phrase with its own relative clause is the source ("according to figures she shared with the Ledger")', () => {
  check('Sales fell by roughly a quarter in 2016, according to figures she shared with the Ledger.', [
    { sentence: 'Sales fell', sourced: true, cue: 'according to', source: 'figures she shared with the Ledger' },
  ]);
});

test('a speaker tag closing the sentence after a comma, with only its hearer after it, attributes the clause before ("Vietnam has asked China …, spokeswoman Doan Minh Chau told a regular briefing.")', () => {
  check(
    'Vietnam has asked China to share data on its 11 dams, foreign ministry spokeswoman Doan Minh Chau told a regular briefing.',
    [{ sentence: 'Vietnam has asked China to', sourced: true, cue: 'told', others: ['asked / Vietnam'] }],
  );
});

test('market and act wording reports nothing: "31 basis points to 3.92%", "…, surprising most economists", "issues a "boil water" notice"', () => {
  check(
    'Yields on two-year government bonds dropped 31 basis points to 3.92%, while the lek fell. ' +
      'The central bank cut its main rate to 4.75% on Thursday, surprising most economists. ' +
      'The company issues a "boil water" notice covering 16,500 homes. ' +
      // Look-alike: a speaker who points to a figure.
      'Ana Ruiz points to the 12% rise in rents since 2020.',
    [
      { sentence: 'Yields on two-year', sourced: false },
      { sentence: 'The central bank cut', sourced: false },
      { sentence: 'The company issues', sourced: false },
      { sentence: 'Ana Ruiz points', sourced: true, cue: 'points to' },
    ],
  );
});

test('a bare name before its apposition is the subject, no content ("Anna Roth, leader of the Greens, spoke on Monday." says nothing); "counted votes" is the count itself', () => {
  check(
    'Anna Roth, leader of the Greens, spoke on Monday. The National Electoral Directorate counted votes on Sunday. ' +
      // Look-alikes that report.
      'Anna Roth, leader of the Greens, said 40 jobs would go. Prices rose 4%, the minister said.',
    [
      { sentence: 'Anna Roth, leader of the Greens, spoke', sourced: false },
      { sentence: 'The National Electoral', sourced: false },
      { sentence: 'Anna Roth, leader of the Greens, said', sourced: true, source: 'Anna Roth' },
      { sentence: 'Prices rose', sourced: true, source: 'the minister' },
    ],
  );
});

test('acts that look like cues: a level hit, a bid rejected, a measure introduced, a law that exempts; their reports stay cues', () => {
  check(
    [
      'Health officials issue red heat alert as Marrowby braces for 41C',
      'Cocoa hits record above $12,000 a tonne on Monday.',
      'Gold hit a fresh high of $2,400 on Tuesday.',
      'Senator Ruiz hit back at the mayor, saying the 8% levy was unfair.',
      'Harbury United have rejected a third bid from Ashcombe Rovers worth £62m.',
      'The ministry rejected the claims that 40 beds were empty.',
      'The Supreme Court this month rejected a request from Democrats to restore an extra week of voting.',
      'Northam introduced a 1% charge on empty homes in 2019.',
      'It exempts newly built homes and 40 villages.',
      'It warned that 40 villages were at risk.',
    ].join(' \n\n'),
    [
      { sentence: 'Cocoa hits record', sourced: false, level: 'high' },
      { sentence: 'Gold hit a fresh high', sourced: false, level: 'high' },
      { sentence: 'Senator Ruiz hit back', sourced: true },
      { sentence: 'Harbury United have rejected', sourced: false, level: 'high' },
      { sentence: 'The ministry rejected the claims', sourced: true, cue: 'rejected' },
      { sentence: 'The Supreme Court this month', sourced: true, cue: 'rejected' },
      { sentence: 'Northam introduced', sourced: false, level: 'high' },
      { sentence: 'It exempts', sourced: false },
      { sentence: 'It warned that', sourced: true, cue: 'warned', source: 'It' },
      { sentence: 'Health officials issue red', sourced: false, level: 'high' },
    ],
  );
});

test('a subject denied by "no", "none", "neither" or "nobody" is no source; "No. 10" and "No wonder" are no denial', () => {
  check(
    [
      'No regulator has accused it of wrongdoing.',
      'Neither company disclosed the 40 job cuts.',
      'No. 10 said the talks would resume on Monday.',
      'No wonder Trump said the port had 40 berths.',
    ].join(' \n\n'),
    [
      { sentence: 'No regulator', sourced: false, level: 'medium' },
      { sentence: 'Neither company', sourced: false },
      { sentence: 'No. 10 said', sourced: true, cue: 'said' },
      { sentence: 'No wonder Trump', sourced: true, cue: 'said' },
    ],
  );
});

test('a cue in a relative clause with a long subject, in a parenthesis after "who", or after a name and its description in an "after" clause does not source the main clause', () => {
  check(
    [
      'The decline of Orvan, which linguists at the University of Tessaly warned in 2019 could lose half its speakers, was steepest in 12 districts.',
      'The mayor faced questions about the shortfall, which the city\'s finance office has blamed on falling parking revenue.',
      'The rally has squeezed exporters who, analysts say, sold 40% of the crop in advance.',
      'Technology shares fell 4% after Perdana Digital, the country\'s biggest chipmaker, said its revenue would drop.',
      'A report that the agency released on Monday found that 40% of homes were damp.',
      'Vantor Chips, the country\'s second-biggest chipmaker, said its revenue fell 8%.',
      'And that, Mr. Manafort said, was in the works for 40 days.',
      'All of which, he said, would cost 12 million euros.',
      'As John Cornyn, the No. 2 in the GOP leadership, put it: "This person will not be confirmed in 2016."',
    ].join(' \n\n'),
    [
      { sentence: 'The decline of Orvan', sourced: false, level: 'high', others: ['warned / linguists at the University of Tessaly (embedded)'] },
      { sentence: 'The mayor faced questions', sourced: false },
      { sentence: 'The rally has squeezed', sourced: false, level: 'high', others: ['say / analysts (embedded)'] },
      { sentence: 'Technology shares fell', sourced: false, level: 'high' },
      { sentence: 'A report that the agency', sourced: true, cue: 'found' },
      { sentence: 'Vantor Chips, the country', sourced: true, cue: 'said', source: 'Vantor Chips' },
      { sentence: 'And that, Mr. Manafort', sourced: true, cue: 'said', source: 'Mr. Manafort' },
      { sentence: 'All of which', sourced: true, cue: 'said', source: 'he' },
      { sentence: 'As John Cornyn', sourced: true, cue: 'put it' },
    ],
  );
});

test('bodies that speak outside politics ("The authority advised …", "The regulator warned …") are sources; advice is an appeal, low; their acts stay unsourced', () => {
  check(
    [
      'The authority advised people to drink water and avoid exercise between 11 a.m. and 5 p.m. on Monday.',
      'The regulator warned that 40 lenders were at risk.',
      'The hospital treated 40 patients on Monday.',
    ].join(' '),
    [
      { sentence: 'The authority advised', sourced: true, cue: 'advised', source: 'The authority', level: 'low' },
      { sentence: 'The regulator warned', sourced: true, cue: 'warned', source: 'The regulator' },
      { sentence: 'The hospital treated', sourced: false, level: 'high' },
    ],
  );
});

test('a firm named with its possessive speaks ("Sainsbury\'s said …", "Marlowe\'s reported …"); "Trump\'s reported affair" is an adjective', () => {
  check("Sainsbury's said on Tuesday that sales rose 4%. Its rival Marlowe's reported a 3% rise in sales. Trump's reported affair drew 40 complaints.", [
    { sentence: "Sainsbury's said", sourced: true, cue: 'said', source: "Sainsbury's" },
    { sentence: "Its rival Marlowe's", sourced: true, cue: 'reported' },
    { sentence: "Trump's reported affair", sourced: false },
  ]);
});

test('acts outside politics read as cues no more: a figure recorded by its subject, a thing found, a plea, a date set, a market value, goods delivered, a campaign led, a vote counted; observers, findings, verdicts and speeches still report', () => {
  check(
    [
      'The bank recorded a loss of $40 million in the first quarter.',
      'Monitors from the OSCE recorded 37 breaches in May alone.',
      'Police found a body in the river on Monday night.',
      'Officers found them on Monday night after a scanner flagged the container.',
      'An audit found 40 errors in the accounts.',
      'The jury found him guilty of 3 counts of fraud.',
      'Graham Pelling, 61, had admitted 14 counts of fraud at a hearing in January.',
      'The minister admitted that 40 schools had closed.',
      'The Bank of Kestria announces its next decision on June 5.',
      'Shares in Verdano rose 14% on Monday, valuing the company at about 4.1 billion euros.',
      'Amara Osei-Lind started the company in 2019 with two friends, delivering vaccines to 40 clinics.',
      'Sanders delivered a snappy retort: "No one is tearing up 40 contracts."',
      'In 1978 she led the first airborne radar campaign over Greenland.',
      'Four of its six voting members backed the decision on Thursday.',
      '44 percent would back the plan, a poll by Ipsos found.',
      'The stolen files include names and addresses for roughly 340,000 people.',
    ].join(' '),
    [
      { sentence: 'The bank recorded', sourced: false, level: 'high' },
      { sentence: 'Monitors from the OSCE', sourced: true, cue: 'recorded' },
      { sentence: 'Police found a body', sourced: false, level: 'high' },
      { sentence: 'Officers found them', sourced: false, level: 'high' },
      { sentence: 'An audit found', sourced: true, cue: 'found' },
      { sentence: 'The jury found him guilty', sourced: true, cue: 'found' },
      { sentence: 'Graham Pelling, 61', sourced: false, level: 'high' },
      { sentence: 'The minister admitted', sourced: true, cue: 'admitted' },
      { sentence: 'The Bank of Kestria', sourced: false, level: 'high' },
      { sentence: 'Shares in Verdano', sourced: false, level: 'high' },
      { sentence: 'Amara Osei-Lind started', sourced: false, level: 'high' },
      { sentence: 'Sanders delivered', sourced: true, cue: 'delivered' },
      { sentence: 'In 1978 she led', sourced: false, level: 'high' },
      { sentence: 'Four of its six', sourced: false, level: 'high' },
      { sentence: '44 percent would back', sourced: true },
      { sentence: 'The stolen files', sourced: false, level: 'high' },
    ],
  );
});

test('a cue inside a relative clause\'s report ("who said they had reported") and one in an object relative after a summing apposition ("a figure campaigners have called inadequate") do not source the main clause', () => {
  check(
    [
      'Residents who said they had reported cracks in the parapet last spring gathered on the riverbank on Sunday.',
      'The bridge budget was 12 million pounds this year, a figure campaigners have called inadequate.',
      'Officials who visited the site said 40 people had died.',
    ].join(' '),
    [
      { sentence: 'Residents who said', sourced: false, level: 'high' },
      { sentence: 'The bridge budget', sourced: false, level: 'high' },
      { sentence: 'Officials who visited', sourced: true, cue: 'said', source: 'Officials who visited the site' },
    ],
  );
});

test('a passive hedge with no one behind it ("both believed to be in their twenties", "said to be worth $4 billion") sources nothing; polls counted are no poll that reports', () => {
  check(
    [
      'The search for the two missing men, both believed to be in their twenties, continued into Tuesday evening.',
      'The company, said to be worth $4 billion, was sold on Monday.',
      'He is believed to have fled to Spain, police said.',
      'Her party has trailed or tied in four of the last five published surveys.',
      'Bush remains fourth in most surveys.',
    ].join(' '),
    [
      { sentence: 'The search for the two', sourced: false, level: 'high' },
      { sentence: 'The company, said', sourced: false, level: 'high' },
      { sentence: 'He is believed', sourced: true, cue: 'said', source: 'police' },
      { sentence: 'Her party has trailed', sourced: false, level: 'high' },
      { sentence: 'Bush remains fourth', sourced: true, cue: 'in' },
    ],
  );
});

test('an order given by a government or a minister is a deed; a court\'s order is its ruling and reports', () => {
  check(
    'The government on Thursday ordered pilots to operate 20% of scheduled flights. Minister Owen Pryce ordered urgent inspections of 47 bridges. The judge ordered the Courier to pay costs of 600,000 pounds. The court ordered that the 40 files be released.',
    [
      { sentence: 'The government on Thursday', sourced: false, level: 'high' },
      { sentence: 'Minister Owen Pryce', sourced: false, level: 'high' },
      { sentence: 'The judge ordered', sourced: true, cue: 'ordered' },
      { sentence: 'The court ordered', sourced: true, cue: 'ordered' },
    ],
  );
});

test('a cue inside a relative clause with its own subject ("who party leaders said would …", "a law that, officials say, covered …") does not source the main clause; a price set, a stock and a passive forecast are no reports; a list entry of figures is no speaker\'s label', () => {
  check(
    [
      'Oraon, who party leaders said would be sworn in on November 28, has never held office.',
      'The regulation goes further than a 2019 law that, officials say, covered only 12 appliances.',
      'Hoshida shares, which have lost a fifth of their value this year, closed down 2.3% on Monday.',
      'Medicines priced more than 10 per cent above that benchmark will be cut in January.',
      'The restriction is not expected to be lifted before 2028.',
      'And that, Mr. Manafort said, was in the works for 40 days.',
    ].join(' \n\n'),
    [
      { sentence: 'Oraon, who party', sourced: false, level: 'high' },
      { sentence: 'The regulation goes', sourced: false, level: 'high' },
      { sentence: 'Hoshida shares', sourced: false, level: 'high' },
      { sentence: 'Medicines priced', sourced: false, level: 'high' },
      { sentence: 'The restriction is not', sourced: false, level: 'low', reason: 'forecast' },
      { sentence: 'And that, Mr. Manafort', sourced: true, cue: 'said' },
    ],
  );
  check('- Harbour Building Society: five-year fix at 4.19%, no fee\n- Minister Ana Ruiz: We will cut taxes by 5%', [
    { sentence: 'Harbour Building Society', sourced: false, level: 'high' },
    { sentence: 'We will cut taxes', sourced: true, cue: ':' },
  ], { fileName: 'fixture.md', tagger: loadResources().tagger });
});
