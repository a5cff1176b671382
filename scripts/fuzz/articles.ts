/**
 * fast-check arbitraries for articles: generated news-like text, inline
 * fixtures and the samples, each put through random mutations (emoji and
 * lone surrogates, CRLF, a BOM, NUL bytes, huge lines, Markdown syntax,
 * directives, deletions and duplications). Shared by `npm run fuzz` and the
 * short property test in test/unit/properties.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** Fixture paragraphs written for the fuzzer (no real news). */
export const FIXTURES: readonly string[] = [
  'President Ana Ruiz said on Tuesday that exports rose 12 per cent to US$4.5 billion.',
  '"We will not back down," she told reporters in Velden. "Not this year."',
  'ASTANA, July 2 (Reuters) - Dr. J. K. Lind, 61, of the U.S. Geological Survey, arrived...',
  '# Harbour reopens\n\n- 312 volunteers\n- €80,000 pledged\n\n> A quote in a block.[^1]\n\n[^1]: A report by the port authority.',
  'The council did not say when. [The mayor\'s office said](https://example.org/a) it would.<!-- marginalia: sourced -- press release -->',
  '// marginalia: sourced -- interview notes\nThe bakery employs 14 people, the largest in town.',
  'Kassym-Jomart Tokayev met Xi Jinping; China’s trade with Kazakhstan reached US$41 billion.',
  '| Year | Output |\n| --- | --- |\n| 2023 | 4.1% |\n\n```\ncode said 5%\n```\n\nInline `code 3%` here.',
];

const WORDS = [
  'the', 'minister', 'said', 'according', 'to', 'officials', 'rose', 'fell', '12%', '3.5 per cent', 'US$41 billion',
  '£120,000', 'Tuesday', 'last year', 'Xi', 'Tokayev', 'Nørre', 'Müller', 'O\'Brien', 'Kassym-Jomart', 'U.S.', 'Mr.',
  'largest', 'than', 'he', 'she', 'they', '"', '“', '”', '’s', '—', '–', '...', '…', '(', ')', ',', ';', ':', '?', '!',
];

/** A sentence of random news-like words. */
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 25 })
  .map((words) => words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');

/** Paragraphs of generated sentences. */
export const generatedArticle: fc.Arbitrary<string> = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' ')), { minLength: 0, maxLength: 8 })
  .map((paragraphs) => paragraphs.join('\n\n'));

const INSERTS = [
  '👩‍🍳', '🇩🇰', '😀', '\uD800', '\uDC00', '\u200B', '\u00A0', '\u2028', '\r', '\n', '\r\n', '\t', '\u0000', '\uFEFF',
  '**', '_', '*', '`', '```\n', '# ', '## ', '> ', '- ', '1. ', '[', ']', '](', '[link](https://example.org)', '[^1]',
  '\n[^1]: A note.\n', '<div>', '</div>', '<!-- ', ' -->', '<!-- marginalia: sourced -- why -->',
  '<!-- marginalia: sourced -->', '<!-- marginalia: bogus -->', '\n// marginalia: sourced -- x\n', '---\n', '|', '\\',
  '"', '“', '’', 'said', 'US$', '%', '.', '...', 'Mr.', 'U.S.',
];

type Mutation = (text: string) => string;

const position = (text: string, r: number): number => Math.floor(r * (text.length + 1));

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/** Inserts `piece` at a fraction `r` of the text's length. */
const insertAt = (piece: string, r: number): Mutation => (t) => t.slice(0, position(t, r)) + piece + t.slice(position(t, r));

/** One random edit of a text; a huge line has up to `hugeLine` characters. */
function mutation(hugeLine: number): fc.Arbitrary<Mutation> {
  const huge = fc.tuple(fc.constantFrom('word ', 'x', 'Xi said 5%. ', '**'), fc.integer({ min: Math.min(1000, hugeLine), max: hugeLine }));
  return fc.oneof(
    fc.tuple(fc.constantFrom(...INSERTS), fraction).map(([piece, r]) => insertAt(piece, r)),
    fc.tuple(fc.string({ unit: 'binary', maxLength: 12 }), fraction).map(([piece, r]) => insertAt(piece, r)),
    fc.constant<Mutation>((t) => t.replace(/\r?\n/g, '\r\n')),
    fc.constant<Mutation>((t) => '\uFEFF' + t),
    huge.map(([piece, n]): Mutation => (t) => t + '\n' + piece.repeat(Math.ceil(n / piece.length))),
    // Delete up to n characters, or duplicate up to n characters in place.
    fc.tuple(fraction, fc.nat(200)).map(([r, n]): Mutation => (t) => t.slice(0, position(t, r)) + t.slice(position(t, r) + n)),
    fc.tuple(fraction, fc.nat(300)).map(([r, n]): Mutation => (t) => t.slice(0, position(t, r) + n) + t.slice(position(t, r))),
  );
}

/** Sample articles of the repository (samples/), sorted by name; empty when the folder is absent. */
export function sampleFiles(repoRoot: string): { name: string; text: string }[] {
  const dir = join(repoRoot, 'samples');
  try {
    return readdirSync(dir)
      .filter((f) => /\.(txt|md|article)$/.test(f))
      .sort()
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  } catch {
    return [];
  }
}

/** The texts of the sample articles. */
export function sampleArticles(repoRoot: string): string[] {
  return sampleFiles(repoRoot).map((f) => f.text);
}

export interface FuzzCase {
  text: string;
  fileName: string;
}

/**
 * A base article (generated, fixture or sample) with 0–6 mutations, read as
 * plain text or Markdown. `hugeLine` bounds the huge-line mutation (the unit
 * test keeps it small to stay fast; the fuzz run goes to 20,000 characters).
 */
export function mutatedArticle(samples: readonly string[], hugeLine = 20_000): fc.Arbitrary<FuzzCase> {
  const bases = [...FIXTURES, ...samples];
  const base = fc.oneof(generatedArticle, fc.constantFrom(...bases), fc.string({ unit: 'grapheme', maxLength: 200 }));
  return fc
    .record({
      base,
      mutations: fc.array(mutation(hugeLine), { maxLength: 6 }),
      fileName: fc.constantFrom('a.txt', 'a.md', 'a.article', 'a.article.md'),
    })
    .map(({ base: text, mutations, fileName }) => ({ text: mutations.reduce((t, m) => m(t), text), fileName }));
}
