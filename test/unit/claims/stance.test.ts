// A state of mind reported with "to be" ("she was sure …") is a belief of its
// holder: attributed, and low whatever it contains (SCHEMA.md).
import { test } from 'node:test';
import { check } from './check';

test('a stance with "to be" is attributed to its holder and never check-worthy', () => {
  check('She was sure the party would win 40 seats. Republicans weren’t too concerned about the 3% drop. Many voters are increasingly worried about rents.', [
    { sentence: 'She was sure', sourced: true, cue: 'was sure', source: 'She', level: 'low' },
    { sentence: 'Republicans weren’t', sourced: true, cue: 'weren’t too concerned', source: 'Republicans', level: 'low' },
    { sentence: 'Many voters are', sourced: true, source: 'Many voters', level: 'low' },
  ]);
});

test('a measurable state, a thing and a subordinate clause are not stances', () => {
  check('The bridge was closed for 3 days in May. It was certain to cost $2 million. Prices rose 4% in 2023 because traders were nervous.', [
    { sentence: 'The bridge was closed', sourced: false, level: 'high' },
    { sentence: 'It was certain', sourced: false },
    { sentence: 'Prices rose 4%', sourced: false, level: 'high', others: ['were nervous / traders (embedded)'] },
  ]);
});

test('a negated belief still reports a belief, and a denied report reports nothing', () => {
  check('Okafor does not think the 2% levy will pass. The mayor did not want to close 12 libraries. The ministry did not say how many jobs went, but 300 staff left in May.', [
    { sentence: 'Okafor does not think', sourced: true, cue: 'think', source: 'Okafor', level: 'low' },
    { sentence: 'The mayor did not want', sourced: true, source: 'The mayor', level: 'low' },
    { sentence: 'The ministry did not say', sourced: false, level: 'high' },
  ]);
});

test('a verb of feeling or attitude reports a stance of its subject: attributed, never check-worthy', () => {
  check('Senator Ruiz openly admires the Danish pension system as a model for 30 states. Many economists suspect the 4% figure was inflated by one-off sales. I despise the new parking rules because they cost $40 a month. Local farmers deeply resent the water levy of $12 per acre. Dr Mensah disagrees with the board over the 2025 budget.', [
    { sentence: 'Senator Ruiz openly admires', sourced: true, cue: 'admires', source: 'Senator Ruiz', level: 'low' },
    { sentence: 'Many economists suspect', sourced: true, cue: 'suspect', source: 'Many economists', level: 'low' },
    { sentence: 'I despise', sourced: true, cue: 'despise', source: 'I', level: 'low' },
    { sentence: 'Local farmers deeply resent', sourced: true, cue: 'resent', level: 'low' },
    { sentence: 'Dr Mensah disagrees', sourced: true, cue: 'disagrees', level: 'low' },
  ]);
});

test('an attitude word that is a noun, or an act, is no stance', () => {
  check('The suspect was arrested in Leeds on 4 May with $9,000 in cash. Police suspects numbered 12 by June.', [
    { sentence: 'The suspect was arrested', sourced: false, level: 'high' },
    { sentence: 'Police suspects numbered', sourced: false, level: 'high' },
  ]);
});

test('"were not persuaded" is a state of mind of its holders', () => {
  check('Opponents were not persuaded by the 12% figure. Most councillors seemed unimpressed.', [
    { sentence: 'Opponents were not persuaded', sourced: true, source: 'Opponents', level: 'low' },
  ]);
});

test('a feeling in the passive ("have been unsettled by", "became interested") is a state of mind of its holders', () => {
  check('Business leaders have been unsettled by the 40% rise in rents since 2020.', [
    { sentence: 'Business leaders have been unsettled', sourced: true, source: 'Business leaders', level: 'low' },
  ]);
});

test('seeing or viewing something as something, or favorably, reports a view held: a belief, low whatever it holds', () => {
  check(
    'In South Florida, developers see golf courses as wasted space worth $2 billion. ' +
      'Thirty-nine percent of all Americans viewed him favorably in January. ' +
      'We saw the crowd of 4,000 as we drove in. The grim view of the 2024 economy comes as prices rise 4%.',
    [
      { sentence: 'In South Florida', sourced: true, cue: 'see', source: 'developers', level: 'low' },
      { sentence: 'Thirty-nine percent', sourced: true, cue: 'viewed', source: 'Thirty-nine percent of all Americans' },
      { sentence: 'We saw the crowd', sourced: false },
      { sentence: 'The grim view', sourced: false },
    ],
  );
});

test('a reaction to a short object is attributed ("The union welcomed the decision.", "Aune rejected the criticism."); "Not everyone welcomed the move" and "welcomed visitors" are not', () => {
  check('The Dunmore Teachers Union welcomed the decision. Aune rejected the criticism. Not everyone welcomed the move. The mayor welcomed visitors.', [
    { sentence: 'The Dunmore Teachers Union', sourced: true, cue: 'welcomed', source: 'The Dunmore Teachers Union' },
    { sentence: 'Aune rejected', sourced: true, cue: 'rejected', source: 'Aune' },
    { sentence: 'Not everyone', sourced: false },
    { sentence: 'The mayor welcomed', sourced: false },
  ]);
});

test('a stance holder modified by a participle is the noun before it ("People briefed on the reshuffling were adamant"); "New Hampshire\'s open primaries" is a possessive', () => {
  check(
    "People briefed on the reshuffling were adamant that the children would block his return. " +
      "He also benefited from New Hampshire's open primaries, which allow independents to vote in 2016. " +
      "Trump's confident that he will win.",
    [
      { sentence: 'People briefed', sourced: true, cue: 'were adamant', level: 'low' },
      { sentence: 'He also benefited', sourced: false },
      { sentence: "Trump's confident", sourced: true, level: 'low' },
    ],
  );
});

test('a stance held with "remain" or "seem" is a belief ("Some Democrats in the state remain unconvinced"); a measurable state is not ("The plant remained open")', () => {
  check(
    'Some Democrats in the state remain unconvinced. The Greens seemed confident that they would win. The plant remained open on Monday.',
    [
      { sentence: 'Some Democrats', sourced: true, cue: 'remain unconvinced', source: 'Some Democrats in the state', level: 'low' },
      { sentence: 'The Greens', sourced: true, level: 'low' },
      { sentence: 'The plant', sourced: false },
    ],
  );
});
