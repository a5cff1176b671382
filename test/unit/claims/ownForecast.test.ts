// A body revising its own forecast is the source of the figure.
import { test } from 'node:test';
import { check } from './check';

test('a body that cuts, raises or keeps its own forecast or estimate is the source of the figure', () => {
  check(
    'The fund cut its growth forecast to 3.1% on Tuesday. But on Tuesday, it increased its British growth forecast by 0.1 percentage points to 1.8 percent. The bank edged up its inflation estimate for 2026 to 2.4%.',
    [
      { sentence: 'The fund cut', sourced: true, cue: 'cut', source: 'The fund' },
      { sentence: 'it increased', sourced: true, cue: 'increased', source: 'it' },
      { sentence: 'The bank edged up', sourced: true, cue: 'edged up its inflation estimate', source: 'The bank' },
    ],
  );
});

test('raising prices or cutting jobs is an act, not a forecast', () => {
  check('The firm raised its prices by 4% in May. The bank cut 300 jobs in June.', [
    { sentence: 'The firm raised', sourced: false },
    { sentence: 'The bank cut', sourced: false },
  ]);
});
