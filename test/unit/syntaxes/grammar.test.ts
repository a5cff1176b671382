// The article grammar's patterns, compiled as JavaScript regular expressions
// (the constructs it uses — lookbehind, \b, classes — mean the same in
// Oniguruma), against inline sentences it must and must not highlight.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Rule {
  match?: string;
  begin?: string;
  patterns?: Rule[];
}
const grammar = JSON.parse(readFileSync(join(__dirname, '../../../../syntaxes/article.tmLanguage.json'), 'utf8')) as {
  scopeName: string;
  repository: Record<string, Rule>;
};

/** Every `match` / `begin` regex of a repository entry (and its sub-patterns). */
function regexes(rule: Rule): RegExp[] {
  const own = [rule.match, rule.begin].filter((s): s is string => s !== undefined).map((s) => new RegExp(s, 'gmu'));
  return [...own, ...(rule.patterns ?? []).flatMap(regexes)];
}

/** Asserts which substrings of `text` the repository entry `name` matches, in order. */
function check(name: string, text: string, expected: string[]): void {
  const rule = grammar.repository[name];
  assert.ok(rule, `repository entry ${name}`);
  const found: { at: number; text: string }[] = [];
  for (const re of regexes(rule)) for (const m of text.matchAll(re)) found.push({ at: m.index ?? 0, text: m[0] });
  found.sort((a, b) => a.at - b.at);
  assert.deepEqual(found.map((f) => f.text), expected, `${name} on ${JSON.stringify(text)}`);
}

test('the grammar is the article scope', () => {
  assert.equal(grammar.scopeName, 'text.article');
});

test('amounts: currency symbols and codes, scales, currency words', () => {
  check('amount', 'Norway spent US$41 billion on defence.', ['US$41 billion']);
  check('amount', 'a fine of £120,000 and €3.2m in costs', ['£120,000', '€3.2m']);
  check('amount', 'It would cost about 900 million euros a year, or 5 billion yuan.', ['900 million euros', '5 billion yuan']);
  check('amount', 'HK$12.50 a share', ['HK$12.50']);
});

test('amounts: plain numbers and years are not money', () => {
  check('amount', 'In 2024 the Greens won four of 14 posts.', []);
  check('amount', 'more than 2,100 voyages', []);
});

test('percentages in every spelling', () => {
  check('percent', 'up 12 per cent, then 3.5% and 40 percent', ['12 per cent', '3.5%', '40 percent']);
  check('percent', 'cut tax by 2 percentage points', ['2 percentage points']);
  check('percent', 'per capita income of 12 thousand', []);
});

test('numbers', () => {
  check('number', 'more than 2,100 voyages in 2024, 3.5 times', ['2,100', '2024', '3.5']);
  check('number', 'no digits here', []);
});

test('Markdown links: the whole link, text and URL as captures', () => {
  const text = 'according to the [Lark Rivers Trust](https://example.org/news).';
  check('link', text, ['[Lark Rivers Trust](https://example.org/news)']);
  const m = new RegExp(grammar.repository.link.match ?? '').exec(text);
  assert.equal(m?.[2], 'Lark Rivers Trust');
  assert.equal(m?.[5], 'https://example.org/news');
  check('link', 'a [bracket] without a URL', []);
});

test('quotations open on curly and straight quotes, not on inch marks', () => {
  check('quotation', 'She said “real guarantees” were won.', ['“']);
  check('quotation', 'She said "real guarantees" were won.', ['"']);
  check('quotation', 'a ‘quoted’ word', ['‘']);
  check('quotation', 'a 5" screen', []);
});

test('directives are comments', () => {
  // A block rule: its `begin` opens the comment.
  check('directive', 'It rose.<!-- marginalia: sourced -- trust report -->', ['<!-- marginalia:']);
  check('directive', '// marginalia: sourced -- wire copy', ['// marginalia: sourced -- wire copy']);
  check('directive', '<!-- editor note -->', []);
});
