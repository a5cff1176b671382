// Sentences holding several attributions, speaker labels and credit lines.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { loadResources } from '../../../server/src/host/resources';
import { check } from './check';

test('a second reporting verb in the sentence is kept as a further attribution', () => {
  check('Output fell 4% in May, the ministry said, citing figures from the statistics office. The ministry said output fell, citing figures from the statistics office. The mayor said the bridge was safe; the engineers added that it cost $4 million.', [
    { sentence: 'Output fell', sourced: true, cue: 'said', source: 'the ministry', others: ['citing / the ministry'] },
    { sentence: 'The ministry said output fell', sourced: true, others: ['citing / The ministry'] },
    { sentence: 'The mayor said the bridge', sourced: true, cue: 'said', source: 'The mayor', others: ['added / the engineers'] },
  ]);
});

test('a cue in a subordinate or relative clause is embedded: listed, never sourcing the sentence', () => {
  check(
    'The council closed the pool in 2021, although the mayor acknowledged that repairs were cheap. Prices rose 9% after the union, which said wages lagged, struck in March. Figueroa said the bus would leave at 6 am, though she acknowledged it was unlikely to work.',
    [
      { sentence: 'The council closed the pool', sourced: false, level: 'high', others: ['acknowledged / the mayor (embedded)'] },
      { sentence: 'Prices rose 9%', sourced: false, level: 'high', others: ['said / which → the union (embedded)'] },
      { sentence: 'Figueroa said the bus', sourced: true, source: 'Figueroa', others: ['acknowledged / she (embedded)'] },
    ],
  );
});

test('a relative clause is attributed to its pronoun, which stands for the phrase before it, past adverbs and a time phrase', () => {
  check(
    'Rates rose 2% under Ms Kamin, who in 2019 argued that they should fall. The vote came from China and Chile, which together vowed to cut coal by 40%. Rents rose 9%, angering tenants, many of whom say they will move. Output fell 3% at the plant, which the minister visited.',
    [
      { sentence: 'Rates rose 2%', sourced: false, others: ['argued / who → Ms Kamin (embedded)'] },
      { sentence: 'The vote came', sourced: false, others: ['vowed / which → China and Chile (embedded)'] },
      { sentence: 'Rents rose 9%', sourced: false, others: ['say / many of whom → tenants (embedded)'] },
      // "which" is the object there, and "visited" no cue: nothing is attributed.
      { sentence: 'Output fell 3%', sourced: false, others: [] },
    ],
  );
});

test('a relative pronoun right after a name stands for the whole name, "the" included', () => {
  check('In 2016 there were 2,521 shootings, a count from the Chicago Police Department which reported them weekly.', [
    { sentence: 'In 2016', others: ['reported / which → the Chicago Police Department (embedded)'] },
  ]);
});

test('a contracted auxiliary stays with its relative pronoun ("who’s called for", "who’ve said"): the clause is embedded, its source the pronoun', () => {
  check(
    'It has become an issue, with Hillary Clinton — who’s called for big tax hikes on the rich — lambasting the plan. Prices rose 4%, angering tenants, who’ve said they will move.',
    [
      { sentence: 'It has become an issue', sourced: false },
      { sentence: 'Prices rose 4%', sourced: false, others: ['said / who’ve → tenants (embedded)'] },
    ],
  );
});

test('"who" stands for the person before a place or an employer ("a consultant in Busan who"), and for the name that person is in apposition to; "which" for the name', () => {
  check(
    'Prices rose 9% last year, according to Mira Tan, a consultant in Busan who said the tenders were rushed. Costs rose 4% under the Bank of Korea, which said rates would rise.',
    [
      { sentence: 'Prices rose 9%', others: ['said / who → Mira Tan (embedded)'] },
      { sentence: 'Costs rose 4%', others: ['said / which → the Bank of Korea (embedded)'] },
    ],
  );
});

test('a possessor and a noun of saying attribute what follows to the possessor, never the whole sentence', () => {
  check(
    "Donald Trump's claim that there were 3,000 shootings in 2016 went viral. His repeated warnings about the bridge went unheeded for 12 years. The city's claims process took 40 days. Monday's estimate was higher.",
    [
      { sentence: 'went viral', sourced: false, others: ['claim / Donald Trump (embedded)'] },
      { sentence: 'His repeated warnings', sourced: false, others: ['warnings / His (embedded)'] },
      // "claims process" is a compound noun; a date owns no estimate.
      { sentence: "The city's claims process", others: [] },
      { sentence: "Monday's estimate", others: [] },
    ],
  );
});

test('a sentence with one attribution has no further ones', () => {
  check('The agency said exports rose 12% in 2023. Exports rose 12% in 2023.', [
    { sentence: 'The agency said', sourced: true, others: [] },
    { sentence: 'Exports rose 12% in 2023.', sourced: false, others: [] },
  ]);
});

test('a transcript speaker label in capitals sources what follows; furniture labels do not', () => {
  check('MODERATOR: Turnout fell to 48% in the last election.\n\nOKAFOR: Well, look, my party won 30 states.\n\nUpdate: The bridge reopened on Monday after 40 days.\n\nHOST: Thanks.', [
    { sentence: 'Turnout fell', sourced: true, cue: ':', source: 'MODERATOR' },
    { sentence: 'Well, look', sourced: true, cue: ':', source: 'OKAFOR' },
    { sentence: 'The bridge reopened', sourced: false },
    { sentence: 'HOST: Thanks', sourced: false },
  ]);
});

test('a headline "Name: what they said" is attributed to the named actor (with the name tagger)', () => {
  const { tagger } = loadResources();
  check('Angela Merkel: Germany Will Take 800,000 Refugees This Year\n\nThe city of Dresden: a history in 12 buildings.', [
    { sentence: 'Germany Will Take', sourced: true, cue: ':', source: 'Angela Merkel' },
    { sentence: 'a history in 12 buildings', sourced: false },
  ], { tagger });
});

test('a credit line after a quotation attributes the whole quotation; a dash elsewhere does not', () => {
  check(
    '“Rents doubled in two years. We moved out in 2022.” ― Ana Ruiz\n\n“The clinic closed in May.”― Tom Ellis, nurse.\n\nPrices rose 8% ― the highest since 1990.\n\nWASHINGTON ― The vote failed 52-48.',
    [
      { sentence: 'Rents doubled', sourced: true, source: 'Ana Ruiz', inherited: true },
      { sentence: 'We moved out', sourced: true, cue: '―', source: 'Ana Ruiz' },
      { sentence: 'The clinic closed', sourced: true, cue: '―', source: 'Tom Ellis' },
      { sentence: 'Prices rose 8%', sourced: false, level: 'high' },
      { sentence: 'The vote failed', sourced: false },
    ],
  );
});

test('a pull quote\'s credit line with a particle in the name ("— Rubén del Campo, Aemet spokesperson") sources the quote above it', () => {
  const { tagger } = loadResources();
  const analysis = check(
    '> "This is an extraordinarily long episode. We expect it to last at least until Sunday."\n> — Rubén del Campo, Aemet spokesperson\n',
    [
      { sentence: 'This is an extraordinarily', sourced: true, source: 'Rubén del Campo' },
      { sentence: 'We expect it', sourced: true, source: 'Rubén del Campo' },
    ],
    { tagger, fileName: 'pull-quote.md' },
  );
  assert.deepEqual(analysis.entities.filter((e) => e.text === 'Rubén del Campo').map((e) => e.type), ['person']);
});

test('the source of "pointed to" is before it; of "according to" and a passive "by", after it; a trailing name keeps its apposition', () => {
  check(
    'The fund pointed to the vote as a sign of rising tariffs. Turnout fell 8%, according to the electoral commission. The deal was first reported by the Ledger in May. Sales fell 5% last year, said Ana Ruiz, a former adviser to the board who now runs a shop in Porto.',
    [
      { sentence: 'The fund pointed', sourced: true, cue: 'pointed to', source: 'The fund' },
      { sentence: 'Turnout fell 8%', sourced: true, source: 'the electoral commission' },
      { sentence: 'The deal was first', sourced: true, source: 'the Ledger' },
      { sentence: 'Sales fell 5%', sourced: true, cue: 'said', source: 'Ana Ruiz' },
    ],
  );
});

test('a conjunction opening the sentence is not part of the speaker; a classified verb after "and" does not borrow the subject', () => {
  check('But Megan Hale, a senior associate at the Institute for School Reform in Boston, said parents still want neighbourhood schools. But the group has since grown to 12 members, and allowed several countries to join in 2017.', [
    { sentence: 'But Megan Hale', sourced: true, cue: 'said', source: 'Megan Hale' },
    { sentence: 'But the group has since', sourced: false, level: 'high' },
  ]);
});

test('a reporting participle after a name is an embedded attribution; a group before a "that" clause may hold a view', () => {
  check('The advert ends with footage of Ruiz saying, “We will win 40 seats,” and the band playing. But environmentalists worry that the mine could leak.', [
    { sentence: 'The advert ends', sourced: false, others: ['saying / Ruiz (embedded)'] },
    { sentence: 'But environmentalists worry', sourced: true, cue: 'worry', source: 'environmentalists', level: 'low' },
  ]);
});

test('an adjective between a determiner and a word makes it a noun; a classified word inside a clause is no cue', () => {
  check('The bank’s latest forecast puts growth at 1.2% next year. Chief executive Ana Ruiz told investors that orders from Poland had doubled.', [
    { sentence: 'latest forecast puts', sourced: true, cue: 'puts', source: 'The bank’s latest forecast' },
    { sentence: 'Chief executive Ana Ruiz told', sourced: true, cue: 'told', others: [] },
  ]);
});

test('a further attribution needs a plain speaker: not a weekday, a possessive, or a clause', () => {
  check('Prices rose 4% in May, the ministry said, and a union official on Friday saying wages lagged was ignored. The mayor said the dam was safe, although the plan Kaine defended critics accused of bias.', [
    { sentence: 'Prices rose 4%', sourced: true, source: 'the ministry', others: [] },
    { sentence: 'The mayor said the dam', sourced: true, source: 'The mayor', others: [] },
  ]);
});

test('a verb inside an opening prepositional phrase is no further attribution; one in an opening subordinate clause is', () => {
  check('In a signed article for the state-backed media published earlier on Tuesday, the mayor promised 300 new homes. When Ruiz cited the figures, the council said rents rose 4%.', [
    { sentence: 'In a signed article', sourced: true, cue: 'promised', others: [] },
    { sentence: 'When Ruiz cited', sourced: true, cue: 'said', others: ['cited / Ruiz (embedded)'] },
  ]);
});

test('a transcript turn runs to the end of its paragraph; the next label starts a new one', () => {
  check('MODERATOR: Why did fares rise?\n\nOKAFOR: The contract is not the problem. Fuel costs doubled in 2022.\n\nHADDAD: The contract is the problem.\n\nFuel costs rose 40% in 2023.', [
    { sentence: 'The contract is not', sourced: true, source: 'OKAFOR' },
    { sentence: 'Fuel costs doubled', sourced: true, inherited: true, source: 'OKAFOR' },
    { sentence: 'The contract is the problem', sourced: true, source: 'HADDAD' },
    { sentence: 'Fuel costs rose 40%', sourced: false, level: 'high' },
  ]);
});

test('an -s word after a quantity is a plural noun, not a cue', () => {
  check('The debate may shift few votes: a poll last week put the gap at 2%. The firm cut 300 jobs in May.', [
    { sentence: 'The debate may shift', notLevel: 'medium' },
    { sentence: 'The firm cut 300 jobs', sourced: false, level: 'high' },
  ]);
  const analysis = check('The debate may shift few votes: the gap is 2%.', []);
  assert.ok(!analysis.claims[0]!.attribution || analysis.claims[0]!.attribution.cue.text !== 'votes', 'votes is no cue');
});

test('in a speaker’s turn every sentence is the speaker’s, a short answer too; what a sentence reports itself is a further attribution', () => {
  const { tagger } = loadResources();
  const analysis = check(
    'Mayor Ines Fuller spoke to the Courier.\n\nFuller: We approved 3,200 homes last year. The contractor, Vantor Rail, told us that steel prices had doubled. But we also need rent rules.\n\nFuller: Yes.',
    [
      { sentence: 'We approved', sourced: true, cue: ':', source: 'Fuller' },
      { sentence: 'The contractor', sourced: true, cue: ':', source: 'Fuller', inherited: true },
      { sentence: 'But we also need', sourced: true, cue: ':', source: 'Fuller', inherited: true },
      { sentence: 'Yes.', sourced: true, cue: ':', source: 'Fuller' },
    ],
    { tagger },
  );
  const told = analysis.claims.find((c) => c.text.startsWith('The contractor'));
  assert.ok(told?.otherAttributions?.some((a) => a.cue.text === 'told' && a.source.text === 'Vantor Rail'), 'the source shown is the name in apposition');
});

test('a parenthetical reporting verb after a comma is the main one and reports what comes before it; a participle after a comma and an adverb modifies', () => {
  check(
    'Negotiators agreed on Sunday to extend the ceasefire by 30 days, the United Nations said, after four days of talks. The ceasefire, first agreed in April, has largely held, although both sides have accused each other of violations. The plan, officials said, would cost 3 million euros.',
    [
      { sentence: 'Negotiators agreed', sourced: true, cue: 'said', source: 'the United Nations' },
      { sentence: 'The ceasefire, first', sourced: false },
      { sentence: 'The plan, officials said', sourced: true, cue: 'said', source: 'officials' },
    ],
  );
});

test('a further source with a long proper name is still shown ("the Institute for Electoral Reform and Civic Data")', () => {
  check('The Harbour Gazette reports that turnout fell 4% in 2024, according to the Institute for Electoral Reform and Civic Data.', [
    { sentence: 'The Harbour Gazette reports', sourced: true, others: ['according to / the Institute for Electoral Reform and Civic Data'] },
  ]);
});

test('a source names an actor only by whole words ("commissioned" is no mention of the Commission)', () => {
  const a = check('Commission chair Rosa Delacroix spoke. A study commissioned by the city estimated the project would add 3,400 trips a day.', [
    { sentence: 'A study commissioned', sourced: true, source: 'A study commissioned by the city' },
  ], { tagger: loadResources().tagger });
  assert.ok(a.actors.some((x) => x.name === 'Commission'), 'the fixture names the Commission as an actor');
  const claim = a.claims.find((c) => c.text.startsWith('A study'));
  assert.equal(claim?.attribution?.source.actor, undefined);
});

test('a source read after "according to" stops at an adjunct of time or cause ("ahead of a planned listing")', () => {
  check('It lost $412 million in 2023, according to statements filed with the regulator ahead of a planned listing.', [
    { sentence: 'It lost', sourced: true, cue: 'according to', source: 'statements filed with the regulator' },
  ]);
});

test('a cue after "and" has the sentence\'s subject for its source, without the verb before it ("The minister visited the site and said")', () => {
  check('The minister visited the site and said 300 homes were flooded. First Minister Carys Pryddech thanked emergency workers and urged people not to travel on Friday.', [
    { sentence: 'The minister visited', sourced: true, cue: 'said', source: 'The minister' },
    { sentence: 'First Minister Carys Pryddech', sourced: true, cue: 'urged', source: 'First Minister Carys Pryddech' },
  ]);
});

test('a participle after a comma has the subject for its source, without an irregular past or an -ed verb and its object', () => {
  check(
    "The bank cut its growth forecast to 0.6%, citing weak demand in factories. The firm raised prices 4% in May, saying costs had risen. The bank's revised forecast was 2% in May, officials said.",
    [
      // Its own forecast is the bank's figure: "cut its growth forecast" attributes the sentence first, "citing" goes on.
      { sentence: 'The bank cut', sourced: true, cue: 'cut', source: 'The bank', others: ['citing / The bank'] },
      { sentence: 'The firm raised', sourced: true, cue: 'saying', source: 'The firm' },
      // A participle after a possessive is an adjective: the subject is whole, and the cue is the closing "said".
      { sentence: "The bank's revised", sourced: true, cue: 'said', source: 'officials' },
    ],
  );
});

test('"according to" closing a sentence attributed to a speaker is a further attribution, whatever its phrase holds', () => {
  check('Officials said prices rose 4%, according to a transcript of the show. Most voters say they prefer lower prices, according to an Associated Press-GfK poll released Thursday.', [
    { sentence: 'Officials said prices', sourced: true, cue: 'said', source: 'Officials', others: ['according to / a transcript of the show'] },
    { sentence: 'Most voters say', sourced: true, cue: 'say', others: ['prefer / they', 'according to / an Associated Press-GfK poll released Thursday'] },
  ]);
});

test('a source names its actor before a participle only ("Economists polled by Harbourline News" are no mention of it); an author after "released by" is named', () => {
  const { tagger } = loadResources();
  const analysis = check(
    'Harbourline News runs a monthly poll. Prices will rise 4% this year, said economists polled by Harbourline News. ' +
      'The Police Department keeps records. Burglaries fell 12% in May, according to data released by the Police Department.',
    [
      { sentence: 'Prices will rise', sourced: true, source: 'economists polled by Harbourline News' },
      { sentence: 'Burglaries fell', sourced: true, source: 'data released by the Police Department' },
    ],
    { tagger },
  );
  const actorOf = (start: string) => analysis.claims.find((c) => c.text.startsWith(start))?.attribution?.source.actor;
  assert.equal(actorOf('Prices will rise'), undefined);
  assert.equal(actorOf('Burglaries fell'), 'police-department');
});

test('a document closing a headline after its comma governs it ("Engineer warned of cracks …, emails show")', () => {
  check('Engineer warned of cracks months before bridge closure, emails show', [
    { sentence: 'Engineer warned', sourced: true, cue: 'show', source: 'emails', others: ['warned of / Engineer'] },
  ]);
});

test('a relative pronoun after a name and its apposition stands for the name ("McConnell, now the Senate majority leader, who …")', () => {
  check(
    'Obama had a frosty relationship with McConnell, now the Senate majority leader, who in 2010 said the goal was to make Obama a one-term president. ' +
      'The rules were set by the IMF, the Washington-based lender, which said in May that growth would slow to 2%.',
    [
      { sentence: 'Obama had', sourced: false, others: ['said / who → McConnell (embedded)'] },
      { sentence: 'The rules were', sourced: false, others: ['said / which → the IMF (embedded)'] },
    ],
  );
});

test('a second clause with its own speaker keeps that speaker: a name and its description after ", and", a share of those asked', () => {
  check(
    'The White House contends that it is on track to meet the targets, and Brian Deese, the climate change adviser, said his staff were preparing models. ' +
      'About three in 10 voters said they prefer a more liberal agenda, but six in 10 said they want the next president to continue those policies. ' +
      'More than six in 10 said they were not looking forward to the campaign; 46 percent said they were unenthusiastic. ' +
      'The mayor, who spoke to Ana Ruiz, the city planner, said the bridge would reopen in May.',
    [
      { sentence: 'The White House contends', sourced: true, cue: 'contends', source: 'The White House', others: ['said / Brian Deese'] },
      { sentence: 'About three in 10', sourced: true, cue: 'said', source: 'About three in 10 voters', others: ['said / six in 10', 'want / they'] },
      { sentence: 'More than six in 10', sourced: true, cue: 'said', others: ['said / 46 percent'] },
      { sentence: 'The mayor, who spoke', sourced: true, cue: 'said', source: 'The mayor' },
    ],
  );
});

test('a person named at the end of a source is its actor, not the organisation in front of the role ("Green Union co-leader Elif Demir")', () => {
  const { tagger } = loadResources();
  const analysis = check(
    'Elif Demir, 52, has led the Green Union since May. “We will not join,” said Green Union co-leader Elif Demir. A spokesman for the Green Union said it would vote no.',
    [
      { sentence: '“We will not join', sourced: true, source: 'Green Union co-leader Elif Demir' },
      { sentence: 'A spokesman', sourced: true, source: 'A spokesman for the Green Union' },
    ],
    { tagger },
  );
  const actorOf = (start: string) => analysis.claims.find((c) => c.text.startsWith(start))?.attribution?.source.actor;
  assert.equal(actorOf('“We will not join'), 'elif-demir');
  assert.equal(actorOf('A spokesman'), 'green-union');
});

test('a person named before "of" and an organisation is the source\'s actor ("Tomás Ferreira of Halden Securities"), the nearest one before it', () => {
  const { tagger } = loadResources();
  const analysis = check(
    'Halden Securities and Nexa Bank compete. Tomás Ferreira of Halden Securities said the price could draw buyers. ' +
      'A friend of Ana Ruiz, Paulo Lima of Nexa Bank, said the plan would work.',
    [
      { sentence: 'Tomás Ferreira', sourced: true, source: 'Tomás Ferreira of Halden Securities' },
      { sentence: 'A friend of Ana Ruiz', sourced: true, source: 'A friend of Ana Ruiz, Paulo Lima of Nexa Bank' },
    ],
    { tagger },
  );
  const actorOf = (start: string) => analysis.claims.find((c) => c.text.startsWith(start))?.attribution?.source.actor;
  assert.equal(actorOf('Tomás Ferreira'), 'tomas-ferreira');
  assert.equal(actorOf('A friend of Ana Ruiz'), 'paulo-lima');
});
