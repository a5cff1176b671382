// Markdown sources: a link or a footnote reference inside a sentence.
import { test } from 'node:test';
import { check } from './check';

test('a link inside the sentence sources it: cue = the whole link, source = its text', () => {
  const a = check('# Rail traffic\n\nFreight volumes rose 14% in 2023 ([annual rail report](https://rail.example.org/2023)).\n\nPassenger numbers fell 2% last year.\n', [
    { sentence: 'Freight volumes', sourced: true, kind: 'link', cue: '[annual rail report](https://rail.example.org/2023)', source: 'annual rail report' },
    { sentence: 'Passenger numbers', sourced: false, level: 'high' },
  ], { fileName: 'rail.md' });
  void a;
});

test('a footnote reference sources it: source = the footnote text; the definition is no claim', () => {
  check('# Costs\n\nThe ship will cost €2.4 billion over 30 years[^1].\n\n[^1]: Naval Procurement Office, Annual Cost Review, 2031.\n', [
    { sentence: 'The ship will cost', sourced: true, kind: 'footnote', cue: '[^1]', source: 'Naval Procurement Office, Annual Cost Review, 2031.' },
    { sentence: 'Naval Procurement Office, Annual', claim: false },
  ], { fileName: 'ship.md' });
});

test('a footnote sources the sentence; the speaker it also names is shown beside it', () => {
  check(
    'Jens Aaberg, an analyst, said several winners had bid below cost in 2024.[^1]\n\n[^1]: Northlight Research, "Auction Watch", 3 March 2025.',
    [{ sentence: 'Jens Aaberg', sourced: true, cue: '[^1]', others: ['said / Jens Aaberg'] }],
    { fileName: 'note.md' },
  );
});

test('"according to" a link names the link itself: it is the source once, not again as a further attribution', () => {
  check('The fire was 0% contained at 8 p.m., according to the [state forestry agency](https://example.org/fire).\n', [
    { sentence: 'The fire was 0%', sourced: true, kind: 'link', source: 'state forestry agency', others: [] },
  ], { fileName: 'fire.md' });
});

test('a source that opens Markdown emphasis takes its closing mark ("in the *Nordic Journal of Paediatrics*")', () => {
  check(
    'Pupils slept 40 minutes longer, according to a study published in the *Nordic Journal of Paediatrics*.\n\nRents rose 4%, according to *The Ledger*.\n',
    [
      { sentence: 'Pupils slept', sourced: true, cue: 'according to', source: 'a study published in the *Nordic Journal of Paediatrics*' },
      { sentence: 'Rents rose', sourced: true, cue: 'according to', source: 'The Ledger' },
    ],
    { fileName: 'fixture.md' },
  );
});

test('an embedded post in a blockquote is its author\'s: the credit line with a handle and a date sources the post\'s sentences', () => {
  check(
    'Stena Line said all sailings were cancelled.\n\n> All sailings on our Belfast route are cancelled until 06:00 Monday due to adverse weather. Customers will be contacted directly.\n>\n> — Stena Line (@StenaLineUK) January 21, 2024\n\nMore than 45,000 homes were without power.',
    [
      { sentence: 'All sailings on our', sourced: true, cue: '—', source: 'Stena Line', inherited: true },
      { sentence: 'Customers will be', sourced: true, source: 'Stena Line' },
      { sentence: 'More than 45,000', sourced: false },
    ],
    { fileName: 'post.md' },
  );
});

test('a footnote glued to a link is a note on it: the link names the source ("the [Land Registry](…)[^1]"); a link alone inviting the reader is furniture', () => {
  check(
    'House prices fell 2% in May, according to the [Land Registry](https://example.com/lr)[^1].\n\nRents rose 5% last year[^2].\n\n[Read the council\'s notice](https://example.com/notice).\n\n[^1]: Figures are provisional.\n[^2]: Office for National Statistics, Private rents bulletin, 2024.\n',
    [
      { sentence: 'House prices fell', sourced: true, source: 'Land Registry' },
      { sentence: 'Rents rose', sourced: true, source: 'Office for National Statistics, Private rents bulletin, 2024.' },
      { sentence: "[Read the council's", claim: false },
    ],
    { fileName: 'roundup.md' },
  );
});
