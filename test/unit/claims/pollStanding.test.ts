// A standing measured by a poll ("a decisive lead in the polls"): the poll is the source.
import { test } from 'node:test';
import { check } from './check';

test('a standing "in" a poll is sourced by the poll phrase, its pollster and tail included', () => {
  check(
    'Ruiz has a decisive lead in the polls ahead of the April primary. Ruiz led Cole more than 2-1 in an NBC News/Marist South Carolina poll in January. Cole trails Ruiz by 9 points, 42%-33%, in the average of recent Hoosier polls. Cole did fare well in online and snap polls conducted after the debate.',
    [
      { sentence: 'Ruiz has a decisive lead', sourced: true, cue: 'in', source: 'the polls' },
      { sentence: 'Ruiz led Cole', sourced: true, cue: 'in', source: 'an NBC News/Marist South Carolina poll' },
      { sentence: 'Cole trails', sourced: true, cue: 'in', source: 'the average of recent Hoosier polls' },
      { sentence: 'Cole did fare', sourced: true, cue: 'in', source: 'online and snap polls' },
    ],
  );
});

test('a poll that measures no standing sources nothing, and a reporting verb wins over the poll', () => {
  check('Cole was not included in the poll. The minister said turnout rose 4% in the polls. Cole won in Iowa and in Ohio.', [
    { sentence: 'Cole was not included', sourced: false },
    { sentence: 'The minister said', sourced: true, cue: 'said', source: 'The minister' },
    { sentence: 'Cole won', sourced: false },
  ]);
});

test('a poll named after a "to" is no source of the standing before it ("in Florida to take advantage of Rubio\'s falling poll numbers")', () => {
  check(
    'Cruz opened 10 new offices in Florida to take advantage of Rubio’s falling poll numbers. ' +
      'About 9 in 10 Republican voters in five states going to the polls Tuesday are unhappy. ' +
      'Cole rose 3 points in the CBS survey to 29 points.',
    [
      { sentence: 'Cruz opened', sourced: false },
      { sentence: 'About 9 in 10', sourced: false },
      { sentence: 'Cole rose', sourced: true, cue: 'in', source: 'the CBS survey' },
    ],
  );
});
