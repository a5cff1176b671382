// Headline and digest labels: a speaker named before a colon said what follows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/analyze';
import { loadResources } from '../../../server/src/host/resources';
import { check } from './check';

test('a label before a colon and a quotation speaks: after a dash, led by "From", with a party in parentheses', () => {
  check(
    'Polls were early, not wrong - Carl Bialik: “One of the biggest lessons was to keep contacting voters late.”\n\n' +
      'From the report: “In general, samples with longer field periods produced more accurate results.”\n\n' +
      'Rep. Trey Gowdy (R-S.C.):“I have not heard anyone other than you ever cite that figure.”\n\n' +
      'Claim: “Violent crime fell 30% in 2024,” the mayor said.\n\n' +
      'Said Ruth Amos: “We will reopen the clinic in May.”\n',
    [
      { sentence: 'Polls were early', sourced: true, cue: ':', source: 'Carl Bialik' },
      { sentence: 'From the report', sourced: true, cue: ':', source: 'the report' },
      { sentence: 'Rep. Trey Gowdy', sourced: true, cue: ':', source: 'Rep. Trey Gowdy' },
      { sentence: 'Claim:', sourced: true, cue: 'said', source: 'the mayor' },
      { sentence: 'Said Ruth Amos', sourced: true, cue: 'Said', source: 'Ruth Amos' },
    ],
  );
});

test('a plural source noun is a label ("Insiders:"); a known name speaks "to" a hearer or "at" an occasion in capitals', () => {
  check(
    'Mayor Ana Ruiz opened the session.\n\nInsiders: Ruiz will lose the vote in the Harbour ward.\n\n' +
      'Ruiz to City Council: The budget will not pass without cuts.\n\n' +
      'Ruiz to reporters: nothing more to add today.\n',
    [
      { sentence: 'Insiders:', sourced: true, cue: ':', source: 'Insiders' },
      { sentence: 'Ruiz to City Council', sourced: true, cue: ':', source: 'Ruiz' },
      { sentence: 'Ruiz to reporters', sourced: false },
    ],
    { tagger: loadResources().tagger },
  );
});

test('a closing parenthesis opening the sentence before a label colon is no party of a name (fuzz counterexample)', () => {
  const analysis = analyze(') : " the the the.', { fileName: 'a.txt' });
  assert.deepEqual(analysis.problems, []);
});

test('a figure alone after a known name is a tally, not an answer ("Clinton: 2,316.", "Green Voice: 3 seats, 4%"); words after it still answer', () => {
  check('Hillary Clinton won again on Tuesday.\n\nDelegates so far:\n\nClinton: 2,316.\n\nGreen Voice: 3 seats, 4%.\n\nExplainer: Brody opens a narrow lead in Ohio over the summer.\n\nClinton: We will win the nomination by June.', [
    { sentence: 'Clinton: 2,316', sourced: false },
    { sentence: 'Green Voice', sourced: false },
    { sentence: 'Explainer: Brody', sourced: false },
    { sentence: 'Clinton: We will', sourced: true, cue: ':', source: 'Clinton' },
  ], { tagger: loadResources().tagger });
});

test('a transcript speaker with the outlet in brackets labels what follows ("REPORTER (Irish Times): …")', () => {
  check('REPORTER (Irish Times): Minister, the number waiting more than 18 months has gone up. How do you explain that?', [
    { sentence: 'REPORTER (Irish Times)', sourced: true, cue: ':', source: 'REPORTER (Irish Times)' },
  ]);
});

test('a transcript speaker with a role in brackets is a label ("DR ALAN MCKAY (Chief Medical Officer): …"); its turn runs to the paragraph\'s end', () => {
  check('DR ALAN MCKAY (Chief Medical Officer): If I could add to that. Flu admissions are running about 20 per cent higher than last year.', [
    { sentence: 'DR ALAN MCKAY', sourced: true, source: 'DR ALAN MCKAY (Chief Medical Officer)' },
    { sentence: 'Flu admissions', sourced: true, inherited: true, source: 'DR ALAN MCKAY (Chief Medical Officer)' },
  ]);
});

test('a place in capitals before a colon is a dateline, no speaker ("KARACHI: Inflation rose …"); a transcript speaker still labels', () => {
  const { tagger } = loadResources();
  check('KARACHI: Inflation rose to 22 per cent on Monday.\n\nMINISTER HARRIS: Waiting lists fell by 12 per cent this year.', [
    { sentence: 'KARACHI: Inflation', sourced: false, level: 'high' },
    { sentence: 'MINISTER HARRIS', sourced: true, source: 'MINISTER HARRIS' },
  ], { tagger });
});
