// Where a source starts and ends when words in front of it only look like a
// subject: an opening adjunct ("In nearby Decatur,", "Just this week,",
// "Tuesday at … University,"), an adverb before the cue ("has always
// maintained", "would only say"), a verb the subject phrase ran into ("refused
// to answer", "goes on to"), and a speaker named after a description at the
// sentence's end ("said the company's chief executive, John Ferriola").
import { test } from 'node:test';
import { check } from './check';

test('an opening place adjunct is no apposition: "In nearby Decatur, …, said the company\'s chief executive, John Ferriola."', () => {
  check("In nearby Decatur, the big steel plant is hanging on, but it is under intense pressure from imports, said the company's chief executive, John Ferriola.", [
    { sentence: 'In nearby Decatur', sourced: true, cue: 'said', source: "the company's chief executive, John Ferriola" },
  ]);
});

test('an inverted speaker is a description with the name after it, a relative clause closing the sentence', () => {
  check('He also had a voice in decisions about investments in Ukraine, said a former spokesman for the Foreign Ministry, Oleg Voloshyn, who also worked there.', [
    { sentence: 'He also had a voice', sourced: true, cue: 'said', source: 'a former spokesman for the Foreign Ministry, Oleg Voloshyn' },
  ]);
});

test('a speaker after a quotation keeps its cue when an audience and a day close the sentence ("proclaimed to a cheering crowd on Monday")', () => {
  check('Guns are “the ultimate public health crisis,” Howard Dean, the former governor of Vermont, proclaimed to a cheering crowd on Monday.', [
    { sentence: 'Guns are', sourced: true, cue: 'proclaimed', source: 'Howard Dean, the former governor of Vermont' },
  ]);
});

test('"always" and "only" before the cue are adverbs, not the speaker', () => {
  check(
    'Mrs. Clinton herself, as well as her campaign, has always maintained that the server was secure. ' +
      'Asked about the plan, the Florida Republican would only say that his lack of knowledge was worrisome.',
    [
      { sentence: 'Mrs. Clinton herself', sourced: true, cue: 'maintained', source: 'Mrs. Clinton herself' },
      { sentence: 'Asked about the plan', sourced: true, cue: 'say', source: 'the Florida Republican' },
    ],
  );
});

test('an opening time phrase up to its comma is no subject ("Just this week,", "Tuesday at … University in Berea, after …,")', () => {
  check(
    'Just this week, the trade group for the insurers, which dominates many exchanges, warned that premiums would rise. ' +
      'Tuesday at Baldwin Wallace University in Berea, after winning Ohio in the primary, Gov. John Kasich, said, “I’m getting ready to rent a covered wagon.”',
    [
      { sentence: 'Just this week', sourced: true, cue: 'warned', source: 'the trade group' },
      { sentence: 'Tuesday at Baldwin', sourced: true, cue: 'said', source: 'Gov. John Kasich' },
    ],
  );
});

test('the subject ends before its own verb when a second verb reports ("refused to answer … but said", "goes on to fault …, saying")', () => {
  check(
    'The spokesman refused to answer questions on the election but said there was no telephone call planned. ' +
      'The report goes on to fault the use of a private email server, saying any information sent through it was compromised.',
    [
      { sentence: 'The spokesman refused', sourced: true, cue: 'said', source: 'The spokesman' },
      { sentence: 'The report goes', sourced: true, cue: 'saying', source: 'The report' },
    ],
  );
});

test('an opening adjunct that is a name stays the subject ("Just Eat, the delivery company, said")', () => {
  check('Just Eat, the delivery company, said orders fell by 4% in May.', [
    { sentence: 'Just Eat', sourced: true, cue: 'said', source: 'Just Eat' },
  ]);
});

test('two words after the cue are a whole clause when the second is a past verb ("The chair said prices rose.")', () => {
  check('The chair said prices rose. Police said two died. He told reporters afterwards. The minister said goodbye.', [
    { sentence: 'The chair said', sourced: true, cue: 'said', source: 'The chair' },
    { sentence: 'Police said two', sourced: true, cue: 'said', source: 'Police' },
    { sentence: 'He told reporters', sourced: false },
    { sentence: 'The minister said goodbye', sourced: false },
  ]);
});

test('a cue that ends in its preposition does not invert after an opening adjunct ("…, warned against the forces of hate")', () => {
  check('In her New Year speech, Merkel, who has adopted one of the most open policies in Europe toward asylum seekers, warned against the forces of hate once again brewing in Germany.', [
    { sentence: 'In her New Year speech', sourced: true, cue: 'warned against', source: 'Merkel' },
  ]);
});

test('"not only" before the cue denies nothing, and is no part of the source', () => {
  check('The research not only documented faster increases in temperatures, but also drew links between emissions and extreme weather.', [
    { sentence: 'The research not only', sourced: true, cue: 'documented', source: 'The research' },
  ]);
});

test('a relative clause with commas of its own between the subject and the cue ("Sandy Phillips, who lost …, Colorado, in July 2012, said")', () => {
  check(
    'Sandy Phillips, who lost her daughter during the mass shooting in Aurora, Colorado, in July 2012, said that Sanders had treated her family disrespectfully. ' +
      'Voter participation: Sanders, whose coalition includes young people and independents, said closed primaries are unfair.',
    [
      { sentence: 'Sandy Phillips', sourced: true, cue: 'said', source: 'Sandy Phillips' },
      { sentence: 'Voter participation', sourced: true, cue: 'said', source: 'Sanders' },
    ],
  );
});

test('a first clause closed by a dash is no subject ("… an accident — Brendan Buck, a spokesman for Ryan, told POLITICO that …")', () => {
  check('And it wasn’t a one-off or an accident — Brendan Buck, a spokesman for Ryan, told POLITICO that the House speaker gave Priebus a heads up.', [
    { sentence: 'And it wasn’t', sourced: true, cue: 'told', source: 'Brendan Buck' },
  ]);
});

test('a time "ago" with "less than" before it stands between the subject and its cue', () => {
  check('The State Department less than two weeks ago said for the first time that top secret intelligence had passed through the server.', [
    { sentence: 'The State Department', sourced: true, cue: 'said', source: 'The State Department' },
  ]);
});

test('an inverted cue between commas inside the sentence names its speaker ("The contrast with Trump, said Doyle and others, would be clear")', () => {
  check(
    'The contrast with Trump, said Doyle and others, would be clear since Trump has no former presidents by his side. ' +
      'The paradox of Nancy, says Carl Anthony, historian at the National First Ladies Library, is that she was one of the most powerful first ladies.',
    [
      { sentence: 'The contrast with Trump', sourced: true, cue: 'said', source: 'Doyle and others' },
      { sentence: 'The paradox of Nancy', sourced: true, cue: 'says', source: 'Carl Anthony' },
    ],
  );
});

test('"told" after a name closing the sentence has its hearer after it, not its speaker ("…,” Joe Kasper told POLITICO.")', () => {
  check('“Eventually, positions are gonna soften on Donald Trump,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO.', [
    { sentence: 'Eventually, positions', sourced: true, cue: 'told', source: 'Joe Kasper' },
  ]);
});

test('a plural head with an adjective before a restrictive relative clause is the subject ("Current and former officials who spoke with …")', () => {
  check('Current and former officials who spoke with The Huffington Post said the organization has become a shell of itself.', [
    { sentence: 'Current and former', sourced: true, cue: 'said', source: 'former officials who spoke with The Huffington Post' },
  ]);
});

test('a cue after a subordinate clause\'s subject and its relative clause stays embedded ("after the Huffington Post, which …, said")', () => {
  check('The media silence about the poll comes two days after the Huffington Post, which originally said it would cover the campaign as entertainment, said it would treat the campaign as news.', [
    { sentence: 'The media silence', sourced: false },
  ]);
});

test('"This document, now available online, …" opens with its subject; "This week, …" with a time', () => {
  check(
    'This document, now available online, methodically exposed the deception behind the prosecution. ' +
      'This week, the trade group warned that premiums would rise.',
    [
      { sentence: 'This document', sourced: true, cue: 'exposed', source: 'This document' },
      { sentence: 'This week', sourced: true, cue: 'warned', source: 'the trade group' },
    ],
  );
});

test('a programme\'s title in quotation marks inside the apposition is no quotation the cue reports', () => {
  check('Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested business mogul Donald Trump’s refusal to disavow the Ku Klux Klan was disqualifying.', [
    { sentence: 'Joe Scarborough', sourced: true, cue: 'suggested', source: 'Joe Scarborough' },
  ]);
});

test('a participle after a name with "the" and a place of mention is a reduced relative ("The Crime Statistics Bureau cited in Trump’s tweet does not exist")', () => {
  check('The Crime Statistics Bureau cited in Trump’s tweet does not exist. The Crime Statistics Bureau cited higher figures in its report.', [
    { sentence: 'cited in Trump', sourced: false },
    { sentence: 'cited higher figures', sourced: true, cue: 'cited', source: 'The Crime Statistics Bureau' },
  ]);
});

test('a verb and the modifier of its object before a noun cue are no speaker ("declined multiple requests for", "has renewed Republican calls for")', () => {
  check(
    'Fiorina, 61, declined multiple requests for an interview for this article. ' +
      'The investigation into the meetings has renewed Republican calls for a special prosecutor. ' +
      'The nominee has been trying to assuage fears within his own party that he is alienating voters. ' +
      'Behind the scenes, trusted aides have talked with the campaign about the best steps going forward.',
    [
      { sentence: 'Fiorina, 61', sourced: false },
      { sentence: 'The investigation into', sourced: false },
      { sentence: 'The nominee has been', sourced: false },
      { sentence: 'Behind the scenes', sourced: true, cue: 'talked', source: 'trusted aides' },
    ],
  );
});

test('"people", "police" and other plurals without -s head a restrictive relative clause before the cue', () => {
  check(
    'Still, while the industry cannot block all terror content, people who have battled other online threats say it could be doing more. ' +
      'Women who have used the service say the waiting times have doubled.',
    [
      { sentence: 'Still, while', sourced: true, cue: 'say', source: 'people who have battled other online threats' },
      { sentence: 'Women who have', sourced: true, cue: 'say', source: 'Women who have used the service' },
    ],
  );
});

test('"this past week" between the subject and the cue says when, and is no source', () => {
  check('Reince Priebus, the GOP chairman, this past week announced the creation of a website to explain the process.', [
    { sentence: 'Reince Priebus', sourced: true, cue: 'announced', source: 'Reince Priebus' },
  ]);
});

test('"At least half of voters … say": "at least" before a figure sets no scene', () => {
  check('At least half of voters in each state say the positions of the two candidates are about right.', [
    { sentence: 'At least half', sourced: true, cue: 'say', source: 'At least half of voters in each state' },
  ]);
});

test('a scare quotation inside the subject\'s relative clause is no quotation the cue reports ("Humphrey, who calls Trump a “sociopath,” said")', () => {
  check('Humphrey, who calls Trump a “sociopath,” said he does not believe the effort requires a settled alternative.', [
    { sentence: 'Humphrey, who', sourced: true, cue: 'said', source: 'Humphrey' },
  ]);
});

test('"There," opening a sentence is an adverb before its subject', () => {
  check('There, the district chairman Chuck Williams declined to name the three delegates but said one was an avowed supporter.', [
    { sentence: 'There, the district', sourced: true, cue: 'said', source: 'the district chairman Chuck Williams' },
  ]);
});

test('"asked banks … for records" is a request, no report; the attribution after it sources the sentence', () => {
  check(
    'The Treasury Department has asked banks in Singapore and Dubai for records of payments to the firm going back to 2023, according to two of the people. ' +
      'The company asked the court for a delay of six weeks. ' +
      'She asked whether the plan had been approved by the board.',
    [
      { sentence: 'The Treasury Department', sourced: true, cue: 'according to', source: 'two of the people' },
      { sentence: 'The company asked', sourced: false },
      { sentence: 'She asked whether', sourced: true, cue: 'asked', source: 'She' },
    ],
  );
});

test('a verb the classifier guessed that moves its object to a figure is an act ("raises spending to 1.2 trillion rupees")', () => {
  check('India raises rural jobs spending to 1.2 trillion rupees in budget. Sanders supports raising the minimum wage to $15 by 2020.', [
    { sentence: 'India raises', sourced: false },
    { sentence: 'Sanders supports', sourced: true, cue: 'supports', source: 'Sanders' },
  ]);
});

test('a denial names what it denies in a gerund or one noun; money raised "of" a sum is an act', () => {
  check(
    'The RSF has denied targeting civilians. The company denied wrongdoing. ' +
      'A donor conference in London last April raised pledges of about $2.1 billion, less than half of what aid agencies had asked for.',
    [
      { sentence: 'The RSF has denied', sourced: true, cue: 'denied', source: 'The RSF' },
      { sentence: 'The company denied', sourced: true, cue: 'denied', source: 'The company' },
      { sentence: 'A donor conference', sourced: false },
    ],
  );
});

test('coordinated subjects are one source ("Employers in care, hospitality and construction say"); a second clause keeps its own', () => {
  check(
    'Employers in care, hospitality and construction say they will be hit hardest. In Paris, officials and police said the talks would resume. ' +
      'The ministry cut rates and officials said more cuts were possible. ' +
      'The researchers relied on a study of more than 400,000 patients, according to a study of more than 400,000 patients published in JAMA Neurology.',
    [
      { sentence: 'Employers in care', sourced: true, cue: 'say', source: 'Employers in care, hospitality and construction' },
      { sentence: 'In Paris', sourced: true, cue: 'said', source: 'officials and police' },
      { sentence: 'The ministry cut', sourced: true, cue: 'said', source: 'officials' },
      { sentence: 'The researchers relied', sourced: true, cue: 'according to', source: 'a study of more than 400,000 patients published in JAMA Neurology' },
    ],
  );
});

test('after a quotation a speaker phrase may open with a modifier and run past its name ("said former Gov. Bill Richardson of New Mexico")', () => {
  check(
    '“It has become mainstream,” said former Gov. Bill Richardson of New Mexico. ' +
      '“I don’t know where he stands,” said undecided Republican voter Stephanie Hooton of Derry, N.H., before the event. ' +
      '“He is reprising that role,” said former Pennsylvania Gov. and Democratic Party Chairman Ed Rendell. ' +
      // Look-alikes: an object or an adverb after the cue is no speaker.
      '“We won,” said nothing about Russia to anyone. “We won,” said only once in March.',
    [
      { sentence: '“It has become', sourced: true, cue: 'said', source: 'former Gov. Bill Richardson of New Mexico' },
      { sentence: '“I don’t know', sourced: true, cue: 'said', source: 'undecided Republican voter Stephanie Hooton of Derry' },
      { sentence: '“He is reprising', sourced: true, cue: 'said', source: 'former Pennsylvania Gov. and Democratic Party Chairman Ed Rendell' },
      { sentence: '“We won,” said nothing', sourced: false },
      { sentence: '“We won,” said only', sourced: false },
    ],
  );
});

test('a name in apposition may carry where its bearer is from ("One pastor …, Darran Whiting of Liberty Baptist Church in Marion, said"); a scare quotation in two apostrophes is no quotation a speaker follows', () => {
  check(
    'One pastor supporting the bill, Darran Whiting of Liberty Baptist Church in Marion, said he had made 150 calls. ' +
      "Mr. Scott, who has called the comments ''racially toxic,'' portrayed the nominee as a passing affliction.",
    [
      { sentence: 'One pastor', sourced: true, cue: 'said', source: 'One pastor supporting the bill, Darran Whiting of Liberty Baptist Church in Marion' },
      { sentence: 'Mr. Scott', sourced: true, cue: 'portrayed', source: 'Mr. Scott' },
    ],
  );
});

test('an anonymous source\'s relative clause is part of its subject ("A researcher who asked not to be named said", "who declined to be identified told")', () => {
  check(
    'A researcher who asked not to be named said the data held 4 million records. An official who declined to be identified told reporters that 40 staff had left.',
    [
      { sentence: 'A researcher who asked', sourced: true, cue: 'said', source: 'A researcher who asked not to be named' },
      { sentence: 'An official who declined', sourced: true, cue: 'told', source: 'An official who declined to be identified' },
    ],
  );
});

test('an inverted speaker after a quotation ends before where or when it spoke ("said President Teburoro Kaitu in a televised address on Tuesday"); "of the Central Bank" stays', () => {
  check(
    '"We will not be moved," said President Teburoro Kaitu in a televised address on Tuesday evening. "Prices rose," said Ana Ruiz of the Central Bank.',
    [
      { sentence: '"We will not', sourced: true, source: 'President Teburoro Kaitu' },
      { sentence: '"Prices rose', sourced: true, source: 'Ana Ruiz of the Central Bank' },
    ],
  );
});

test('a second predicate\'s subject ends before the first predicate\'s present verb ("Chief executive Simon Lacey apologises and says …"); "A few minutes later they …" is no verb', () => {
  check(
    'Chief executive Simon Lacey apologises and says a damaged valve caused the leak. The agency opens 14 shelters and says 300 people have registered. ' +
      '"You lied," Kelly charged in her speech.',
    [
      { sentence: 'Chief executive', sourced: true, cue: 'says', source: 'Chief executive Simon Lacey' },
      { sentence: 'The agency opens', sourced: true, cue: 'says', source: 'The agency' },
      { sentence: '"You lied', sourced: true, cue: 'charged' },
    ],
  );
});
