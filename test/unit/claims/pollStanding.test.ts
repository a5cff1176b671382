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
