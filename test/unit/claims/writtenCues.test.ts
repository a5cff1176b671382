// Cues of written things and acts that look like cues: "read" reports what a
// sign, an email or an editorial says; "held" before a plain object is an act.
import { test } from 'node:test';
import { check } from './check';

test('"read" reports what a written thing says: after a quotation, inverted or with a pronoun, and before one; reading aloud does not', () => {
  check(
    '“Trump is disgusting,” read one. “I am still Sanders,” it read. “Donald can’t,” the email read. ' +
      '“Fewer than 300 nurses remain,” reads a Wednesday editorial in The Valley Register. ' +
      'At the bottom it reads, “P.S. We love you.” She read the letter aloud to 40 people, then left.',
    [
      { sentence: 'Trump is disgusting', sourced: true, cue: 'read', source: 'one' },
      { sentence: 'I am still Sanders', sourced: true, cue: 'read', source: 'it' },
      { sentence: 'Donald can’t', sourced: true, cue: 'read', source: 'the email' },
      { sentence: 'Fewer than 300 nurses', sourced: true, cue: 'reads', source: 'a Wednesday editorial in The Valley Register' },
      { sentence: 'At the bottom', sourced: true, cue: 'reads', source: 'it' },
      { sentence: 'She read the letter', sourced: false },
    ],
  );
});

test('"held" before a plain object is an act ("held up the sign", "held his head"); before a judgement it rules', () => {
  check('Moreau held up the sign and waved it at 300 marchers. Santilli held his head silently in his hands. The court held the 2019 ban unconstitutional.', [
    { sentence: 'Moreau held up', sourced: false },
    { sentence: 'Santilli held his head', sourced: false },
    { sentence: 'The court held', sourced: true, cue: 'held', source: 'The court' },
  ]);
});

test('"called" before someone\'s vote or strike names it ("called her vote a mistake"); "called a strike" convenes one', () => {
  check('At the forum, Clinton called her vote in favor of the war a mistake. The union called a strike for Oct. 24 over 300 job cuts.', [
    { sentence: 'At the forum', sourced: true, cue: 'called', source: 'Clinton' },
    { sentence: 'The union called a strike', sourced: false },
  ]);
});

test('"goes on to say" reports in any tense; "goes on to win" does not', () => {
  check('The email goes on to say: “The plan would cost 4 billion dollars.” She went on to argue that rates would rise by 2%. He goes on to win the race in 2026.', [
    { sentence: 'The email goes on', sourced: true, cue: 'goes on to say', source: 'The email' },
    { sentence: 'She went on', sourced: true, source: 'She' },
    { sentence: 'He goes on to win', sourced: false },
  ]);
});

test('a rating that gives a verdict rules ("PolitiFact rated 32% of Republican claims as “false”"); "rated the best state" does not', () => {
  check(
    'PolitiFact rated 32% of Republican claims as "false" or "pants on fire," compared to 11% of Democratic claims. ' +
      'The fact-checker examined the charge and rated both aspects of it "True." ' +
      'Conversely, PolitiFact rated 22% of Democratic claims as “entirely true” compared to 11% of Republican claims. ' +
      'Vermont was rated the best state for retirees in 2023.',
    [
      { sentence: 'PolitiFact rated', sourced: true, cue: 'rated', source: 'PolitiFact' },
      { sentence: 'examined the charge', sourced: true, cue: 'rated', source: 'The fact-checker' },
      { sentence: 'Conversely, PolitiFact', sourced: true, cue: 'rated', source: 'PolitiFact' },
      { sentence: 'Vermont was rated', sourced: false },
    ],
  );
});

test('taking is an act whatever the calibration decides ("It takes effect on January 1", "is taking questions"); a holding is a ruling', () => {
  check('It takes effect on January 1, 2027. The senator took office in 2019. The court held the 2019 ban unconstitutional. A jury held the firm liable in May.', [
    { sentence: 'It takes effect', sourced: false, level: 'high' },
    { sentence: 'The senator took office', sourced: false, level: 'high' },
    { sentence: 'The court held', sourced: true, cue: 'held', source: 'The court' },
    { sentence: 'A jury held', sourced: true, cue: 'held', source: 'A jury' },
  ]);
});
