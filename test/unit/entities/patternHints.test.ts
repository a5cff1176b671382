import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import {
  CURRENCY, DEICTIC, DIGIT, MODIFIER, MONTH, OFFSET, PERCENT, regionHints, SEASON, UNIT, WEEKDAY,
} from '../../../server/src/analysis/entities/patterns/hints';
import { patternRules } from '../../../server/src/analysis/entities/patterns';

/** One check: `region` has every bit of `expected` set and none of `absent`. */
function check(region: string, expected: number, absent = 0): void {
  const bits = regionHints(region);
  assert.equal(bits & expected, expected, `${JSON.stringify(region)}: hints ${bits} lack ${expected}`);
  assert.equal(bits & absent, 0, `${JSON.stringify(region)}: hints ${bits} should not have ${absent}`);
}

test('a cue word sets its hint in any case, as a whole word', () => {
  check('It fell to 5 billion YUAN', DIGIT | CURRENCY);
  check('on Monday, 2 July', DIGIT | WEEKDAY | MONTH);
  check('twelve per cent', PERCENT, DIGIT);
  check('last spring, two years ago; yesterday', MODIFIER | SEASON | OFFSET | DEICTIC);
  check('a twokm walk, 40°C', UNIT | DIGIT);
});

test('a word that only contains a cue sets nothing; no digit, no DIGIT', () => {
  check('The marketplace in Washington', 0, CURRENCY | UNIT | DIGIT | MONTH);
  check('Mondays and Mayors', 0, WEEKDAY | MONTH);
});

test('a character that folds to an ASCII letter under /iu sets every word hint but not DIGIT', () => {
  check('ſ', CURRENCY | UNIT | OFFSET | PERCENT, DIGIT);
});

test('each rule finds the same with the hints passed as without them', () => {
  for (const region of ['in May 2024, $5bn', 'two years ago', '12 per cent of 40 km', 'last Tuesday', 'spring 2024']) {
    for (const rule of patternRules) assert.deepEqual(rule.find(region, regionHints(region)), rule.find(region), `${rule.id} on ${region}`);
  }
});
