// Page furniture is not a claim; the article's own headline is.
import { test } from 'node:test';
import { check } from './check';

test('plain text: headline kept; teaser repeated, subheading, byline, read-more and comment prompts dropped', () => {
  const text = [
    'Harbour Council Approves New Ferry Line',
    'By Jane Doe',
    'The harbour council approved a new ferry line on Tuesday, at a cost of $14 million.',
    'Funding',
    'The money comes from a 2% levy on cargo.',
    'Ferry fares to rise as fuel costs bite',
    'Ferry fares to rise as fuel costs bite',
    'Key figures:',
    'Read More',
    'Leave a Reply',
    'Reporting by Sam Tan; Editing by Ola Berg',
  ].join('\n\n');
  check(text, [
    { sentence: 'Harbour Council Approves', level: 'medium' },
    { sentence: 'By Jane Doe', claim: false },
    { sentence: 'The harbour council approved', level: 'high' },
    { sentence: 'Funding', claim: false },
    { sentence: 'Ferry fares to rise', claim: false },
    { sentence: 'Key figures:', claim: false },
    { sentence: 'Read More', claim: false },
    { sentence: 'Leave a Reply', claim: false },
    { sentence: 'Reporting by Sam Tan', claim: false },
  ]);
});

test('Markdown: a level-2 heading is furniture, list items without full stops are claims', () => {
  check('# Storm closes 30 schools\n\n## What we know\n\n- 30 schools closed in the county\n- 2 bridges shut by police\n', [
    { sentence: 'Storm closes', level: 'high' },
    { sentence: 'What we know', claim: false },
    { sentence: '30 schools closed', level: 'high' },
    { sentence: '2 bridges shut', level: 'high' },
  ], { fileName: 'storm.md' });
});

test('a repeated paragraph of prose stays a claim; only one-line teasers repeat away', () => {
  const para = 'The council spent $3 million on the pier in 2020, and the work took 14 months to finish.';
  const a = check(`Pier Reopens\n\n${para}\n\n${para}\n`, [{ sentence: 'The council spent', level: 'high' }]);
  if (a.claims.filter((c) => c.text === para).length !== 2) throw new Error('both copies of the paragraph must be claims');
});

test('prose that looks like furniture at first glance stays a claim', () => {
  check("Headline Here\n\nBy the time the polls closed, turnout had reached 61%.\n\nBy Kim's own count, 40 volunteers quit in 2022.\n\n''We saw 300 people at the door,'' the organiser said, ''and more came later.''\n", [
    { sentence: 'By the time', level: 'high' },
    { sentence: "By Kim's own count", level: 'high' },
    { sentence: "We saw 300", sourced: true, source: 'the organiser' },
  ]);
});

test('a correction or editor’s note is furniture; a sentence about an amended law is a claim', () => {
  const text = [
    'The council cut the fare to $2 on Monday.',
    'This article was amended on 24 October to correct the fare.',
    'Correction: An earlier version gave the wrong date.',
    'An earlier version of this story misspelled the mayor’s name.',
    'The law was amended on 24 October to cut fares by 10%.',
    'This interview has been lightly edited for length and clarity.',
  ].join('\n\n');
  check(text, [
    { sentence: 'The council cut', level: 'high' },
    { sentence: 'This interview has been', claim: false },
    { sentence: 'This article was amended', claim: false },
    { sentence: 'Correction: An earlier', claim: false },
    { sentence: 'An earlier version of this story', claim: false },
    { sentence: 'The law was amended', level: 'high' },
  ]);
});

test('an italic byline and the author note in its paragraph are furniture; the prose after them is a claim', () => {
  check(
    "# Opinion: the trams must run\n\n*By Helena Varga. Varga chairs the Brenford Commuters' Association.*\n\nAbout 42,000 people ride the trams every day.\n",
    [
      { sentence: 'By Helena Varga', claim: false },
      { sentence: 'Varga chairs', claim: false },
      { sentence: 'About 42,000', level: 'high' },
    ],
    { fileName: 'opinion.md' },
  );
});

test('a time stamp, a photo caption and its credit are furniture; a shouted headline names no one by its capitals', () => {
  const text = [
    'DOCKWORKERS WALK OUT AT THREE PORTS',
    'By Tom Wirth\nUpdated 4:15 p.m. CET, Tuesday, October 7',
    'About 4,800 dockworkers stopped work on Tuesday.',
    '(Photo: Striking workers gather at the gates on Tuesday. Credit: Harbour Wire)',
    'Image: a ship waits outside the port in 2024.',
    'The union was updated on 12 ships by Tuesday.',
  ].join('\n\n');
  check(text, [
    { sentence: 'DOCKWORKERS WALK OUT', level: 'medium', reason: 'count' },
    { sentence: 'Updated 4:15', claim: false },
    { sentence: 'About 4,800 dockworkers', level: 'high' },
    { sentence: '(Photo: Striking', claim: false },
    { sentence: 'Credit: Harbour Wire', claim: false },
    { sentence: 'Image: a ship', claim: false },
    { sentence: 'The union was updated', level: 'high' },
  ]);
});

test('a Markdown image with its caption, a "Related:" line of links and an italic correction note are furniture', () => {
  check(
    '# Eastbrook approves 1,200 homes\n\n![Aerial view of the rail yard](images/yard.jpg)\n*The disused rail yard in 2023. Photo: City of Eastbrook*\n\nThe commission approved 1,200 homes on Thursday.\n\nRelated: [Eastbrook rents rise 9% in a year](https://example.com/rents) · [Where the buses run](https://example.com/bus)\n\n*Correction: An earlier version of this article misstated the size of the site. It is 38 acres, not 83.*\n',
    [
      { sentence: '![Aerial view', claim: false },
      { sentence: 'Photo: City of Eastbrook', claim: false },
      { sentence: 'The commission approved', level: 'high' },
      { sentence: 'Related: [Eastbrook', claim: false },
      { sentence: '*Correction:', claim: false },
      { sentence: 'It is 38 acres', claim: false },
    ],
    { fileName: 'fixture.md' },
  );
});

test('an italic image caption in its own paragraph right after the image is furniture; the prose after it is not', () => {
  check('![The yard](yard.jpg)\n\n*The disused rail yard in 2023, seen from the north, with the depot and the sheds that the city bought for $4 million.*\n\nThe yard closed in 2008.\n', [
    { sentence: 'The disused rail yard', claim: false },
    { sentence: 'The yard closed in 2008', level: 'high' },
  ], { fileName: 'fixture.md' });
});

test('a note about the writer after the byline or at the end is furniture; a sentence about someone else is a claim', () => {
  check(
    'Opinion: keep the night buses\n\nBy Rosa Delgado\n\nRosa Delgado is a nurse at St. Brendan\'s Hospital.\n\nThe routes lose $6.2 million a year.\n\nTom Hill is a nurse who rides the N14 every night since 2019.\n\nRosa Delgado writes about transit for the Courier.',
    [
      { sentence: 'Rosa Delgado is a nurse', claim: false },
      { sentence: 'The routes lose', level: 'high' },
      { sentence: 'Tom Hill is a nurse', level: 'high' },
      { sentence: 'Rosa Delgado writes', claim: false },
    ],
  );
});

test('a short title on a line of its own, its section on the next line of the same block, is a subheading; a short sentence is not', () => {
  check('Halvard posts record revenue.\n\nConference Call\nHalvard will host a call on Thursday at 5 p.m.\n\nRevenue rose 37%\nin the third quarter, the company said.', [
    { sentence: 'Conference Call', claim: false },
    { sentence: 'Halvard will host', level: 'high' },
  ]);
});

test('contact details and the forward-looking-statements notice of a release are furniture; a sentence citing a number is not', () => {
  check(
    'Halvard posts record revenue of $184 million.\n\nThis press release contains forward-looking statements within the meaning of the Act of 1995. Actual results may differ.\n\nMedia Contact:\nJordan Pike\npress@halvard.example.com\n\n+1 617 555 0142\n\nCall 911 if you see smoke, the fire service said on Monday.',
    [
      { sentence: 'This press release contains', claim: false },
      { sentence: 'Actual results may differ', claim: false },
      { sentence: 'Media Contact', claim: false },
      { sentence: '+1 617 555 0142', claim: false },
      { sentence: 'Call 911', sourced: true },
    ],
  );
});

test('a legal footer and a social prompt are furniture; prose that opens with the same words stays a claim', () => {
  const text = [
    'The mine will produce 2.8 million tonnes a year, the company said.',
    'Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites.',
    '© 2024 Tidewire Media',
    'Follow BBC News on Twitter and Instagram.',
    'This article originally appeared on The Conversation.',
    'Copyright lawyers said the ruling in 2024 was wrong.',
    'Follow-up tests in May found 12 cases.',
  ].join('\n\n');
  check(text, [
    { sentence: 'Copyright 2025 BBC', claim: false },
    { sentence: 'All rights reserved', claim: false },
    { sentence: 'The BBC is not responsible', claim: false },
    { sentence: '© 2024 Tidewire', claim: false },
    { sentence: 'Follow BBC News', claim: false },
    { sentence: 'This article originally', claim: false },
    { sentence: 'Copyright lawyers said', sourced: true },
    { sentence: 'Follow-up tests', level: 'high' },
  ]);
});

test('a note that a transcript\'s questions or answers were edited is furniture; the answer after it in its paragraph is a claim', () => {
  check('Questions have been shortened for clarity.\n\nAnswers were lightly edited for length. Turnout rose to 61% in 2024.\n\nThe questions were shortened by 20% in 2024, the editor said.', [
    { sentence: 'Questions have been shortened', claim: false },
    { sentence: 'Answers were lightly', claim: false },
    { sentence: 'Turnout rose', level: 'high' },
    { sentence: 'The questions were shortened', level: 'high' },
  ]);
});

test('a live report signing off is furniture ("That is all from us for now.", "We will resume coverage at 06:00 tomorrow."); its time stamp dates no entry', () => {
  check(
    '**12:20** — Readers have been sending us pictures of the harbour at Porthleven.\n\n**14:15** — That is all from us for now. We will resume coverage at 06:00 tomorrow.\n\n- 13:55 UTC — configuration change deployed\n',
    [
      { sentence: 'Readers have been', notLevel: 'high' },
      { sentence: 'That is all', claim: false },
      { sentence: 'We will resume', claim: false },
      { sentence: 'configuration change', level: 'high', reason: 'dated-event' },
    ],
    { fileName: 'live.md' },
  );
});

test('"The following is an edited transcript of …" is a note about the article, furniture', () => {
  check('The following is an edited transcript of a press conference held in Wellington on Monday 3 June.\n\nOKAFOR: Good morning to you all. Waiting lists fell 12% in 2024.', [
    { sentence: 'The following is', claim: false },
    { sentence: 'Waiting lists fell', sourced: true },
  ]);
});

test('a long sentence that introduces a list is a claim; a short lead-in is furniture', () => {
  check('There are several types of ISA, and you can split your allowance between them:\n\n- Cash ISA: up to £20,000.\n\nKey figures as of Monday:\n\n- 41,000 homes without power.\n', [
    { sentence: 'There are several types', level: 'medium' },
    { sentence: 'Key figures', claim: false },
    { sentence: '41,000 homes', level: 'high' },
  ], { fileName: 'list.md' });
});

test('a story\'s credit line is furniture ("This fact check was reported with assistance from Ben Ostrowski."); a story about assistance is a claim', () => {
  const text = [
    'The senator missed 40 votes in 2024.',
    'This fact check was reported with assistance from Ben Ostrowski.',
    'The aid was delivered with assistance from the Red Cross in March.',
  ].join('\n\n');
  check(text, [
    { sentence: 'The senator missed', level: 'high' },
    { sentence: 'This fact check', claim: false },
    { sentence: 'The aid was delivered', level: 'high' },
  ]);
});

test('a live page\'s entry time alone on its line is furniture ("03:52"); "The interview has been edited …" is the publisher\'s note; "The report has been updated to include 40 cases" is news', () => {
  const text = ['03:52\nThe final ward has declared 212 votes.', 'The interview has been edited for length and clarity.', 'The report has been updated to include 40 new cases.'].join('\n\n');
  check(text, [
    { sentence: '03:52', claim: false },
    { sentence: 'The final ward', level: 'high' },
    { sentence: 'The interview has been', claim: false },
    { sentence: 'The report has been', level: 'high' },
  ]);
});

test('a broadcaster\'s "Image caption," and "Image source," lines and a caption closed by its credit are furniture; prose that opens with "Picture," is not', () => {
  const text = [
    'Depositors pull 2.1 billion marks from Nordvik',
    'Image caption,\nCustomers queued outside the main branch on Monday\nImage source, Getty Images',
    'Workers on a housing site in Harlund. Construction added 14,000 jobs in the quarter. Photograph: Jens Aberg/Norland Daily',
    'A test tram crosses the Wyre viaduct in April. Photo: Simon Hale/Brenmoor Echo',
    'Customers withdrew 2.1 billion marks on Monday.',
    'Picture, if you will, 4,000 people queuing in the rain on Monday.',
    'The bank said 61 branches stayed open. Photographs of the queues spread online on Monday.',
  ].join('\n\n');
  check(text, [
    { sentence: 'Image caption', claim: false },
    { sentence: 'Customers queued', claim: false },
    { sentence: 'Image source', claim: false },
    { sentence: 'Workers on a housing site', claim: false },
    { sentence: 'Construction added 14,000', claim: false },
    { sentence: 'Photograph: Jens', claim: false },
    { sentence: 'A test tram', claim: false },
    { sentence: 'Customers withdrew', level: 'high' },
    { sentence: 'Picture, if you will', level: 'high' },
    { sentence: 'The bank said 61', sourced: true },
    { sentence: 'Photographs of the queues', level: 'high' },
  ]);
});

test('the role, desk and date lines under a byline are furniture; a short sentence after a byline paragraph is not', () => {
  const text = [
    'Former manager says drugmaker hid contamination',
    'By Jonas Aldren\nBusiness reporter, Tarnby',
    'By Clara Mensah, Health Correspondent\nThursday 9 October 2025',
    'By Martin Reyes\nCity Hall Reporter',
    'Tue 11 Mar 2025 06.00 GMT',
    'A former manager resigned on Monday after 11 batches failed their tests.',
    'October 9 was the deadline, the company said.',
  ].join('\n\n');
  check(text, [
    { sentence: 'Business reporter', claim: false },
    { sentence: 'Health Correspondent', claim: false },
    { sentence: 'Thursday 9 October 2025', claim: false },
    { sentence: 'City Hall Reporter', claim: false },
    { sentence: 'Tue 11 Mar', claim: false },
    { sentence: 'A former manager resigned', sourced: false, level: 'high' },
    { sentence: 'October 9 was the deadline', sourced: true },
  ]);
});

test('a heading of related links with the headlines under it, a wire\'s "Our Standards" line and a newsletter\'s prompts are furniture; prose about related stories is not', () => {
  const text = [
    '# Civic Alliance wins most seats in Haldane',
    'The Alliance won 31 of 80 seats on Sunday.',
    'More on this story\nEstmark\'s regional banks: how exposed are they?\nWhat is the deposit guarantee?',
    'RELATED COVERAGE\nPalm oil futures jump on Indonesian supply worries',
    'Related Topics\nBanking\nEstmark economy',
    'Our Standards: The Meridian Wire Trust Principles.',
    'Read our [full guide to Haldane’s parties](https://example.org/guide) for background.',
    '*Forwarded this newsletter? [Subscribe here](https://example.org/subscribe).*',
    'Related stories about the election drew 40,000 readers on Monday.',
    'Read the [commission’s count](https://example.org/count): the Alliance won 31 seats and the Greens won 9.',
  ].join('\n\n');
  check(
    text,
    [
      { sentence: 'More on this story', claim: false },
      { sentence: 'how exposed are they', claim: false },
      { sentence: 'Palm oil futures', claim: false },
      { sentence: 'Estmark economy', claim: false },
      { sentence: 'Our Standards', claim: false },
      { sentence: 'Read our [full guide', claim: false },
      { sentence: 'Forwarded this newsletter', claim: false },
      { sentence: 'Subscribe here', claim: false },
      { sentence: 'Related stories about', level: 'high' },
      { sentence: 'Read the [commission', sourced: true },
    ],
    { fileName: 'fixture.md' },
  );
});

test('a breadcrumb above the headline, a section name under a dated line, an italic caption and an explainer\'s question headings are furniture; the headline and a lone rhetorical question stay claims', () => {
  const text = [
    'TechLedger | Competition & Regulation',
    'Kestrel hit with record £412m fine over app store rules',
    'Last updated on 12 April 2025\nNorthern Premiership',
    '*Photo: The rocket lifts off from Skarvik on Thursday. (NORMET/Handout)*',
    'The regulator fined Kestrel £412m on Tuesday.',
    'When does the closure start?',
    'The bridge closes on 3 March for 14 weeks.',
    'What about buses?',
    'Route 14 will divert via Mill Lane from 3 March.',
  ].join('\n\n');
  check(
    text,
    [
      { sentence: 'TechLedger', claim: false },
      { sentence: 'Kestrel hit with record', level: 'high' },
      { sentence: 'Northern Premiership', claim: false },
      { sentence: 'Photo: The rocket', claim: false },
      { sentence: 'When does the closure', claim: false },
      { sentence: 'What about buses', claim: false },
      { sentence: 'The bridge closes', level: 'high' },
    ],
    { fileName: 'fixture.md' },
  );
  check('Prices rose 4% in May.\n\nWho pays for it?\n\nThe council pays 40% of the bill, officials said.', [{ sentence: 'Who pays for it?', level: 'low' }]);
});
