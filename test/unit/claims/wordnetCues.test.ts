// Verbs PolNeAR train never annotated often enough, judged through their
// WordNet class (verbClasses.json): speaking and thinking verbs report, feeling
// verbs report a stance (low), performative acts and plural nouns do not.
import { test } from 'node:test';
import { check } from './check';

test('a verb of communication that PolNeAR rarely saw still reports, after a speaker', () => {
  check('Senator Ruiz berated the regulator over the delay in March. The minister scolded officials for the $3 million overspend.', [
    { sentence: 'Senator Ruiz berated', sourced: true, cue: 'berated', source: 'Senator Ruiz' },
    { sentence: 'The minister scolded', sourced: true, cue: 'scolded', source: 'The minister' },
  ]);
});

test('a verb of feeling is a stance: attributed and never check-worthy', () => {
  check('The mayor detested the new tower, which cost $90 million.', [{ sentence: 'The mayor detested', sourced: true, cue: 'detested', level: 'low' }]);
});

test('performative acts, passives without an agent and plural nouns are not cues', () => {
  check('The council ratified the treaty on Monday. Nadia was first elected in 2021. Food prices climbed 11% in May. The candidates met in three televised debates in 2024.', [
    { sentence: 'The council ratified', sourced: false, level: 'high' },
    { sentence: 'Nadia was first elected', sourced: false, level: 'high' },
    { sentence: 'Food prices climbed', sourced: false, level: 'high' },
    { sentence: 'The candidates met', sourced: false, level: 'high' },
  ]);
});

test('a dateline is not the subject that speaks', () => {
  check('WASHINGTON -- President Obama, opening the museum on Saturday, said it cost $540 million.', [
    { sentence: 'President Obama, opening', sourced: true, cue: 'said', source: 'President Obama' },
  ]);
});

test('"according to" after a report is its own source, not the reporter', () => {
  check('The Ledger reports that turnout fell 8%, according to the electoral commission.', [
    { sentence: 'The Ledger reports', sourced: true, source: 'The Ledger', others: ['according to / the electoral commission'] },
  ]);
});
