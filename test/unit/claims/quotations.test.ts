// Direct, indirect and mixed quotation, and quotations running over sentences and paragraphs.
import { test } from 'node:test';
import { check } from './check';

test('direct, indirect and mixed quotation', () => {
  check('“The dam is safe,” the engineer said. The engineer said the dam was safe. The engineer said the dam was “perfectly safe” after 40 years.', [
    { sentence: '“The dam is safe,”', sourced: true, kind: 'direct', source: 'the engineer' },
    { sentence: 'The engineer said the dam was safe', sourced: true, kind: 'indirect' },
    { sentence: 'was “perfectly safe”', sourced: true, kind: 'mixed' },
  ]);
});

test('a quotation over several sentences of one paragraph inherits its attribution', () => {
  check('“We lost 40 homes. The school flooded in 2019 as well,” said Ada Kim, the head teacher. “Nobody came to help.”', [
    { sentence: '“We lost 40 homes.', sourced: true, inherited: true, source: 'Ada Kim' },
    { sentence: 'The school flooded', sourced: true, inherited: false, source: 'Ada Kim' },
    { sentence: '“Nobody came', sourced: true, inherited: true, source: 'Ada Kim' },
  ]);
});

test('a quotation left open crosses the paragraph break; a closed one does not', () => {
  check('Mayor Lin said: “The levee held for 30 hours.\n\n“Then it broke at 4 am on Sunday,” she added.\n\n“We will rebuild it by 2026.”\n\nThe levee cost $80 million in 1995.', [
    { sentence: 'The levee held', sourced: true },
    { sentence: 'Then it broke', sourced: true },
    { sentence: 'We will rebuild', sourced: false, level: 'low' },
    { sentence: 'The levee cost', sourced: false, level: 'high' },
  ]);
});

test('a line "X added:" of its own is a sourced claim and attributes the quotation paragraph after it, and nothing beyond', () => {
  check('Mayor Lin added:\n\n“The levee held for 30 hours. It cost $80 million in 1995.”\n\nThe river rose 2 metres on Sunday.\n\nSales fell 4% in May:\n\n“Nobody came.”', [
    { sentence: 'Mayor Lin added', sourced: true, cue: 'added', source: 'Mayor Lin' },
    { sentence: 'Sales fell 4% in May', claim: false },
    { sentence: 'The levee held', sourced: true, inherited: true, cue: 'added', source: 'Mayor Lin' },
    { sentence: 'It cost $80 million', sourced: true, inherited: true, source: 'Mayor Lin' },
    { sentence: 'The river rose', sourced: false, level: 'high' },
    { sentence: 'Nobody came', sourced: false },
  ]);
});

test('a closing mark typed as the opening one still opens the quotation', () => {
  check('”The plant lost $3 million in 2023. We closed it in May,” said Ana Ruiz, the owner. The town grew 4% in 2023.', [
    { sentence: 'The plant lost', sourced: true, inherited: true, source: 'Ana Ruiz' },
    { sentence: 'We closed it', sourced: true, source: 'Ana Ruiz' },
    { sentence: 'The town grew', sourced: false, level: 'high' },
  ]);
});

test('single quotation marks quote as double ones do (British style), and an apostrophe stays one', () => {
  check("'I am not going to pretend we will cut the 7.4 million backlog by Christmas,' he said. 'We will not.'\n\n'We cannot. We will not,' Reade told MPs.\n\nThe backlog was 'stubbornly high' at 7.4 million cases, the doctors' union said on Tuesday.\n\nSales in the '90s rose 4% a year.", [
    { sentence: "'I am not going", sourced: true, cue: 'said', source: 'he' },
    { sentence: "'We will not.'", sourced: true, inherited: true, source: 'he' },
    { sentence: "'We cannot.", sourced: true, inherited: true, source: 'Reade' },
    { sentence: "We will not,' Reade", sourced: true, cue: 'told', source: 'Reade' },
    { sentence: "The backlog was 'stubbornly high'", sourced: true, cue: 'said', source: "the doctors' union" },
    { sentence: "Sales in the '90s", sourced: false, level: 'high' },
  ]);
});

test('an apostrophe shortening a word at the sentence\'s start opens no quotation (\'Cause, \'90s)', () => {
  check("'Cause we can, she said on Monday. '90s fashion is back in 12 stores, the designer said.", [
    { sentence: "'Cause we can", sourced: true, cue: 'said', source: 'she' },
    { sentence: "'90s fashion", sourced: true, cue: 'said', source: 'the designer' },
  ]);
});

test('a quotation opening right after its speaker\'s reported words is the speaker\'s, over a paragraph break when left open; its own later cue comes first', () => {
  check(
    'Headteacher Diane Mbeki said the results were the reward for hard work. "I could not be prouder. Many of them missed 6 months of lessons.\n\n' +
      '"Every one of them passed 9 exams."\n\n' +
      'Bjarni Gunnarsson said Norway had refused to move. "We came with an offer of 40%. Our neighbours did not," he told reporters.\n\n' +
      // Look-alike: a quotation after a sentence that reports nothing.
      'The school opened in 1990. "It was a hard year for 300 pupils."',
    [
      { sentence: '"I could not', sourced: true, inherited: true, source: 'Headteacher Diane Mbeki' },
      { sentence: 'Many of them', sourced: true, inherited: true, source: 'Headteacher Diane Mbeki' },
      { sentence: '"Every one', sourced: true, inherited: true, source: 'Headteacher Diane Mbeki' },
      { sentence: '"We came', sourced: true, inherited: true, cue: 'told', source: 'he' },
      { sentence: '"It was a hard', sourced: false },
    ],
  );
});

test('a blockquote quotation right after its speaker\'s reported words is the speaker\'s ("… said the warning could be lifted early." then "> “The worst …”")', () => {
  check(
    'Met Office chief meteorologist Paul Gundersen said the red warning could be lifted early.\n\n> "The worst of the wind has passed. But 40,000 homes will stay without power."\n\nThe storm hit 3 towns in 2024.\n\n> "It was the worst in 20 years."\n',
    [
      { sentence: '"The worst of the wind', sourced: true, inherited: true, source: 'Met Office chief meteorologist Paul Gundersen' },
      { sentence: 'But 40,000 homes', sourced: true, inherited: true },
      { sentence: '"It was the worst', sourced: false },
    ],
    { fileName: 'live.md' },
  );
});

test('a blockquote after a report that quoted its speaker and closed the quotation is no part of it ("“…,” she told supporters in Portavel." then "> “We are not kingmakers.”")', () => {
  check(
    'Kristina Moravec said her party was ready. "Valdoria voted for change," she told supporters in the regional capital, Portavel.\n\n> "We are not kingmakers. We are the people who will decide 40 seats."\n',
    [
      { sentence: '"Valdoria voted', sourced: true, cue: 'told' },
      { sentence: '"We are not kingmakers', sourced: false },
      { sentence: 'We are the people', sourced: false },
    ],
    { fileName: 'explainer.md' },
  );
});

test('a blockquote without quotation marks after "X said:" is the statement: every sentence of it is the speaker\'s, a first person inside it included', () => {
  check(
    'In a statement released on Friday, Gregory Thorne said:\n\n> I have today offered my resignation to the board.\n>\n> Two of our colleagues lost their lives on 3 June. I accept that responsibility in full.\n\nThe board met on Monday.\n',
    [
      { sentence: 'I have today', sourced: true, inherited: true, source: 'Gregory Thorne' },
      { sentence: 'Two of our colleagues', sourced: true, inherited: true, source: 'Gregory Thorne' },
      { sentence: 'I accept', sourced: true, inherited: true, source: 'Gregory Thorne' },
      { sentence: 'The board met', sourced: false },
    ],
    { fileName: 'statement.md' },
  );
});
