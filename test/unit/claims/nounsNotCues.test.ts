// Words that look like cues but are nouns, prepositions or acts in their
// sentence ("phone calls", "registration lists", "activists like Angela
// Davis", "found a way"), each beside the reading that stays a cue.
import { test } from 'node:test';
import { check } from './check';

test('an -s cue closing a compound after a bare singular noun is a plural noun ("mailers and phone calls", "from registration lists")', () => {
  check(
    'The super PAC will hammer Clinton with negative ads, mailers and phone calls. ' +
      'Ohio removed 40,000 voters from registration lists because they did not respond to queries. ' +
      'The secretary of state says the talks will resume in May.',
    [
      { sentence: 'The super PAC', sourced: false },
      { sentence: 'Ohio removed', sourced: false },
      { sentence: 'The secretary of state', sourced: true, cue: 'says', source: 'The secretary of state' },
    ],
  );
});

test('"message" after a singular noun closes a compound ("a more personal campaign message:")', () => {
  check('President Obama is rolling out a new and more personal campaign message: "It is about me." The campaign messaged supporters that the rally was canceled.', [
    { sentence: 'President Obama is rolling', sourced: false },
    { sentence: 'The campaign messaged', sourced: true, cue: 'messaged', source: 'The campaign' },
  ]);
});

test('"plans that" is a noun with its relative clause; "plans to" is an intention', () => {
  check('The money sits in one of the college savings plans that your state offers, in a low-cost fund. The company plans to cut 400 jobs.', [
    { sentence: 'The money sits', sourced: false },
    { sentence: 'The company plans', sourced: true, cue: 'plans', source: 'The company' },
  ]);
});

test('"like" before a name is a preposition ("activists like Angela Davis", "Critics like Mr. Ruiz say")', () => {
  check(
    'The film, which weaves together the voices of historians and activists like Angela Davis, explains the history of policing in 40 cities. ' +
      'Critics like Mr. Ruiz say the plan is too costly.',
    [
      { sentence: 'The film, which weaves', cue: 'explains', source: 'The film', others: [] },
      { sentence: 'Critics like', sourced: true, cue: 'say', source: 'Critics like Mr. Ruiz', others: [] },
    ],
  );
});

test('"found a way" is an act; "found no evidence" is a finding', () => {
  check('They found a way through the Clean Air Act of 1970. Inspectors found no evidence of tampering at the plant in 2023.', [
    { sentence: 'They found a way', sourced: false },
    { sentence: 'Inspectors found', sourced: true, cue: 'found', source: 'Inspectors' },
  ]);
});

test('a causative "let" makes the verb after it no cue of the sentence ("may not let editorials tell them")', () => {
  check('Readers may not let editorials tell them how to vote in 2016, but they care enough to respond. Editorials tell readers how to vote, the study found.', [
    { sentence: 'Readers may not let', sourced: false },
    { sentence: 'Editorials tell readers', sourced: true },
  ]);
});

test('a participle after a passive auxiliary opens no source ("was lifted from the script Democrats used")', () => {
  check('The line was lifted from the script Democrats used in the 2012 election against Mitt Romney.', [
    { sentence: 'The line was lifted', sourced: false },
  ]);
});

test('"charged with" an offence is a legal act; "charged that" reports', () => {
  check('Mr. Obama freed seven Iranian men charged with or convicted of violating sanctions in 2016. The union charged that the company broke the 2019 contract.', [
    { sentence: 'Mr. Obama freed', sourced: false },
    { sentence: 'The union charged', sourced: true, cue: 'charged', source: 'The union' },
  ]);
});

test('a plural of a noun-or-verb cue before a verb of its own is the noun ("campaign-finance reports shows"); "reports that" reports', () => {
  check('Donations hit $1.1 billion in August, a USA TODAY analysis of newly filed campaign-finance reports shows. The agency reports that exports rose 4% in May.', [
    { sentence: 'Donations hit', sourced: true, cue: 'shows', source: 'a USA TODAY analysis of newly filed campaign-finance reports' },
    { sentence: 'The agency reports', sourced: true, cue: 'reports', source: 'The agency' },
  ]);
  check('Subsequent estimates put the figure closer to 54,000 pages.', [
    { sentence: 'Subsequent estimates put', sourced: true, cue: 'put', source: 'Subsequent estimates' },
  ]);
});

test('"hope" after a singular noun is a noun ("this season of financial hope, we might wish"); "Officials hope" is a belief', () => {
  check('In this season of financial hope, we might wish that the candidates would reckon with one large number. Officials hope the deal will hold. Supporters of the law hope this is a transition period.', [
    { sentence: 'In this season', notLevel: 'high' },
    { sentence: 'Officials hope', sourced: true, cue: 'hope', source: 'Officials' },
    { sentence: 'Supporters of the law', sourced: true, cue: 'hope', source: 'Supporters of the law' },
  ]);
});

test('a participle with its preposition opens no source ("…, compared to 11% of Democratic claims.")', () => {
  check('Fewer than half of the ads were true, compared to 11% of Democratic claims.', [
    { sentence: 'Fewer than half', sourced: false },
  ]);
});

test('a cue that is the object of the past verb closing its source is a noun ("Fiorina showed subtle hints"); "A poll released Friday found" keeps its subject', () => {
  check('Fiorina showed subtle hints of frustration on Monday. The Obama team poured more determined effort into Ohio in 2012. A poll released Friday found that 40 percent back the plan.', [
    { sentence: 'Fiorina showed', sourced: false },
    { sentence: 'The Obama team', sourced: false },
    { sentence: 'A poll released', sourced: true, cue: 'found', source: 'A poll released Friday' },
  ]);
});

test('a past verb after a name inside the would-be source makes it a clause ("Mook convened senior staff … to map out plans"); "People briefed on the move said" keeps it', () => {
  check('Last June, Mook convened senior staff for a strategy meeting to map out plans to organize in the March states. People briefed on the move said it would cost $40 million.', [
    { sentence: 'Mook convened', sourced: false },
    { sentence: 'People briefed', sourced: true, cue: 'said', source: 'People briefed on the move' },
  ]);
});

test('a published document reports nothing by being published ("The board\'s own review, published last year, found")', () => {
  check("The board's own review, published last year, found that pupils who ate lunch scored higher. A poll released Friday found that 40 percent back the plan.", [
    { sentence: "The board's own review", sourced: true, cue: 'found', source: "The board's own review", others: [] },
    { sentence: 'A poll released', sourced: true, cue: 'found', others: [] },
  ]);
});

test('a verb the classifier guessed before a share ("covers roughly one in six packs") is an act', () => {
  check('The recall is the largest to date. It covers roughly one in six packs the company has sold since 2023.', [{ sentence: 'It covers', sourced: false }]);
});

test('an -s cue before a plural verb of being or staying is its subject ("Evacuation orders remain in place"); "Court orders were issued" too', () => {
  check('Evacuation orders remain in place for six villages. Court orders were issued on Monday.', [
    { sentence: 'Evacuation orders', sourced: false },
    { sentence: 'Court orders', sourced: false },
  ]);
});

test('"She has stopped short of calls …" reports nothing; a source after "according to" ends before a dangling "to"', () => {
  check(
    'She has stopped short of calls from her opponents to break up the big banks in 2016. ' +
      'The department gave an incomplete response in 2014, according to a report from the inspector general to be released Thursday.',
    [
      { sentence: 'She has stopped short', sourced: false },
      { sentence: 'The department gave', sourced: true, cue: 'according to', source: 'a report from the inspector general' },
    ],
  );
});

test('a verb of speaking, making, giving or going on reports only with something said after it', () => {
  check(
    'Clinton spoke to the Planned Parenthood Action Network on Friday. ' +
      'Jennifer Palmieri spoke to reporters Friday after a series of posts by the senator. ' +
      'Mr. Obama spoke emotionally of his many flights across the Mall in 2016. ' +
      'Obama made gun control a priority in 2013. ' +
      'Ruiz made the case that fares must rise 8% in 2025. ' +
      'Scott Slinker gave the candidate $250 last summer. ' +
      'The minister gave an interview to the Courier on Friday. ' +
      'Ruiz gave no details of the plan on Friday. ' +
      'Sanders continues to trail Clinton by more than 300 delegates. ' +
      'Protesters continued to call for the release of the video on Friday. ' +
      'Compromise was unlikely in 2016, given the polarized climate. ' +
      '“Fares will rise by 8% in 2025,” she continued.',
    [
      { sentence: 'Clinton spoke', sourced: false },
      { sentence: 'Jennifer Palmieri spoke', sourced: false },
      { sentence: 'Mr. Obama spoke', sourced: true, source: 'Mr. Obama' },
      { sentence: 'Obama made', sourced: false },
      { sentence: 'Ruiz made', sourced: true, source: 'Ruiz' },
      { sentence: 'Scott Slinker', sourced: false },
      // (An interview given is an occasion of speaking; what was said in it is not in the sentence.)
      { sentence: 'The minister gave', sourced: false },
      { sentence: 'Ruiz gave no details', sourced: true, source: 'Ruiz' },
      { sentence: 'Sanders continues', sourced: false },
      { sentence: 'Protesters continued', sourced: true, source: 'Protesters' },
      { sentence: 'Compromise was', sourced: false },
      { sentence: '“Fares will rise', sourced: true, cue: 'continued', source: 'she' },
    ],
  );
});

test('markup is nobody: "<tweet id=…>" pasted into an article gives the tag name no source "<"', () => {
  check('<tweet id="672138489358585856" author="@example">Suspect in custody, 2 dead</tweet>.', [{ sentence: '<tweet', sourced: false }]);
});

test('"show" after a singular noun is the noun of a compound ("the TLC reality show “Cake Boss”"); "data show" still reports', () => {
  check(
    'Christie was joined on Monday by Buddy Valastro, star of the TLC reality show “Cake Boss.” ' +
      'The late night show “Lopez Tonight” was cancelled in 2011. ' +
      'The survey data show a rise of 4% in 2024.',
    [
      { sentence: 'Christie was joined', sourced: false },
      { sentence: 'The late night show', sourced: false },
      { sentence: 'The survey data', sourced: true, cue: 'show', source: 'The survey data' },
    ],
  );
});

test('a bare verb after a noun closing a longer prepositional phrase of a plural agrees with that plural ("FEC records from the 2008 election cycle show")', () => {
  check('FEC records from the 2008 presidential election cycle show that he gave $4,600 to Giuliani. Polls there show Ruiz trailing by 4 points.', [
    { sentence: 'FEC records', sourced: true, cue: 'show', source: 'FEC records from the 2008 presidential election cycle' },
    { sentence: 'Polls there', sourced: true, cue: 'show' },
  ]);
});

test('"recall" after a singular noun is the noun of a compound ("council recall fails"); "continued to call for" reads through to the report', () => {
  check('Harrowgate council recall fails by 312 votes. Opponents of the sale continued to call for an independent audit of the deal.', [
    { sentence: 'Harrowgate council recall', sourced: false },
    { sentence: 'Opponents of the sale', sourced: true, cue: 'continued to call for', source: 'Opponents of the sale' },
  ]);
});

test('granting, overturning and upholding are acts of a court; its participle after them keeps the court as source', () => {
  check(
    'Judge Ramona Achterberg granted a preliminary injunction sought by the Vellmar Hosts Association. ' +
      'The appeals court overturned the ruling in 2019. ' +
      'The court upheld the ban in 2020, ruling that it was lawful.',
    [
      { sentence: 'Judge Ramona', sourced: false },
      { sentence: 'The appeals court', sourced: false },
      { sentence: 'The court upheld', sourced: true, cue: 'ruling', source: 'The court' },
    ],
  );
});

test('what a body runs is its business ("which runs the port"); a story or an ad it ran reports', () => {
  check(
    'Ruiz runs the city’s largest shelter, which housed 400 people in 2024. ' +
      'Salvo Terminals, which runs the port under a 30-year concession, handled 2 million containers in 2024. ' +
      'The Ledger ran a story on Friday that said 40 homes were empty.',
    [
      { sentence: 'Ruiz runs', sourced: false },
      { sentence: 'Salvo Terminals', sourced: false, others: [] },
      { sentence: 'The Ledger ran', sourced: true, cue: 'ran', source: 'The Ledger' },
    ],
  );
});

test('an -s word before a present verb of a price\'s move is a plural noun, no cue ("Halvard shares slump 18%")', () => {
  check('Halvard shares slump 18% after profit warning\n\nHalvard shares data with its partners, the company said.', [
    { sentence: 'Halvard shares slump', sourced: false, level: 'high' },
    { sentence: 'Halvard shares data', sourced: true, cue: 'said' },
  ]);
});

test('"shares" before an auxiliary is the subject\'s noun, not a verb of sharing ("Norvex shares had gained 18%")', () => {
  check('Norvex shares had gained 18% this year through Thursday\'s close, lagging the 24% rise in the Nasdaq.', [
    { sentence: 'Norvex shares had', sourced: false },
  ]);
});
