import { test } from 'node:test';
import { check } from './check';

test('percentages in every spelling', () => {
  check('Trade rose [[12 per cent|percent|12]] to [[US$41 billion|money]] [[last year|date]].');
  check('Inflation hit [[3.5%|percent|3.5]], wages [[40 percent|percent|40]], rents [[12 percent|percent|12]].');
  check('Output changed by [[-2.3%|percent|-2.3]] and [[+1.5%|percent|1.5]]; margins were [[10-12%|percent|10]].');
  check('A [[12-per-cent|percent|12]] rise, then [[twenty-five per cent|percent|25]] and [[4 pct|percent|4]].');
  check('Shares rose [[5pc|percent|5]] and [[7 PER CENT|percent|7]], while 5 PC makers sold 3 pcs.');
  check('Turnout was [[38%|percent]], the highest since [[2009|date]]; the bank kept its [[2%|percent]] target.');
});

test('what is not a percentage', () => {
  check('The rate rose [[0.25 percentage points|quantity]], a quarter of a percentage point, and a third of voters.');
  check('The percentage rose; 100 percentile scores are rare; the % sign alone is nothing.');
});

test('quantities with a unit (unscored), percentage points among them', () => {
  check('Rates rose [[0.25 percentage points|quantity]] and [[25 basis points|quantity]] after [[142 mm|quantity]] of rain.');
  check('The river reached [[5.6 metres|quantity]], a site [[1.5 million kilometres|quantity]] away, at [[40 °C|quantity]].');
  check('It cut 1,800 jobs and sold 40 million stars, a 12-year life.');
});

test('degrees glued to their figure ("41C") are quantities; "Route 9C" names a road', () => {
  check('Temperatures will hit [[41C|quantity]] in Seville, [[3.5C|quantity]] above normal, and [[98F|quantity]] in Phoenix.');
  check('Route 9C was closed and Gate 4C moved.');
});
