// Noun phrases without a parser: a determiner, then words up to a
// preposition, a connective, a verb of saying or punctuation. Enough to find
// the head noun of "the Seattle software maker" or "the agency’s operations
// director" (descriptions stop at their head noun).
import { DEFINITE, INDEFINITE, PHRASE_BREAKERS, POSSESSIVE_DET } from './lexicon';
import type { Tok, TokenView } from './tokens';

/** A phrase: its determiner (or first word) and the word tokens after it. */
export interface Phrase {
  /** Token that opens it (determiner or first word). */
  first: number;
  /** Word tokens after the opener, in order; a possessive ’s is kept as a separator. */
  words: number[];
  /** Token indexes of possessive markers inside it ("the forum’s chief executive"). */
  possessives: number[];
}

const MAX_WORDS = 6;

/**
 * Reads the words after token `first` until the phrase ends. `blocked`
 * marks tokens of names, which end a description (the name is a mention of
 * its own).
 */
export function scanPhrase(view: TokenView, first: number, blocked: Uint8Array, includeFirst = false): Phrase {
  const sentence = (view.toks[first] as Tok).sentence;
  const phrase: Phrase = { first, words: [], possessives: [] };
  if (includeFirst) phrase.words.push(first);
  for (let j = first + 1; j < view.toks.length && phrase.words.length < MAX_WORDS; j++) {
    const t = view.toks[j] as Tok;
    if (t.sentence !== sentence || blocked[j]) break;
    if (phrase.words.length && isPossessiveMarker(t.lower)) {
      phrase.possessives.push(j);
      continue;
    }
    // "the teachers' union": a plural's apostrophe glued to it keeps the phrase going to its head ("union");
    // "the teachers" alone is no description of anyone.
    if (phrase.words.length && pluralApostrophe(view, j)) continue;
    if (t.kind === 'number' && phrase.words.length === 0) {
      phrase.words.push(j);
      continue;
    }
    if (t.kind !== 'word' || PHRASE_BREAKERS.has(t.lower) || endsInLy(t.lower)) break;
    if (DEFINITE.has(t.lower) || INDEFINITE.has(t.lower) || POSSESSIVE_DET.has(t.lower)) break;
    // "a start-up backed by …", "a grocer founded in 1890": a participle after the head opens a clause of its own.
    if (phrase.words.length && participleOpeningClause(view, j)) break;
    phrase.words.push(j);
  }
  return phrase;
}

/** True when token `j` is an -ed participle followed by a phrase breaker or punctuation ("backed by", "founded in", "based,"). */
function participleOpeningClause(view: TokenView, j: number): boolean {
  const t = view.toks[j] as Tok;
  if (!t.lower.endsWith('ed') || t.lower.length < 5) return false;
  const next = view.toks[j + 1];
  return next === undefined || next.sentence !== t.sentence || next.kind !== 'word' || PHRASE_BREAKERS.has(next.lower);
}

/** True when token `j` is an apostrophe glued to a plural in -s before it and followed by a word ("teachers' union"). */
function pluralApostrophe(view: TokenView, j: number): boolean {
  const t = view.toks[j] as Tok;
  if (t.text !== "'" && t.text !== '’') return false;
  const before = view.toks[j - 1];
  const after = view.toks[j + 1];
  return before !== undefined && before.end === t.start && before.lower.endsWith('s') && after !== undefined && after.kind === 'word' && after.sentence === t.sentence;
}

/** `/^['’]s$/` by codes: the phrase scan tests every word it reads. */
function isPossessiveMarker(lower: string): boolean {
  if (lower.length !== 2 || lower.charCodeAt(1) !== 0x73) return false;
  const c = lower.charCodeAt(0);
  return c === 0x27 || c === 0x2019;
}

/** `/ly$/` by codes. */
function endsInLy(lower: string): boolean {
  const n = lower.length;
  return n >= 2 && lower.charCodeAt(n - 1) === 0x79 && lower.charCodeAt(n - 2) === 0x6c;
}

/** `/\s/` for the character at `i`: an ASCII one by its code, any other by the regex. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text.charAt(i));
}

/** The age in "the 61-year-old", with the token index of its last token. */
export function ageAfter(view: TokenView, det: number): { age: number; last: number } | undefined {
  const d = view.toks[det] as Tok;
  // The age regex needs spaces, then a digit: most determiners are followed by a word, which settles it without a slice and a regex.
  let p = d.end;
  while (p < view.text.length && isSpaceAt(view.text, p)) p++;
  const digit = view.text.charCodeAt(p);
  if (p === d.end || !(digit >= 48 && digit <= 57)) return undefined;
  const m = /^\s+(\d{1,3})\s*[-‑–]\s*year\s*[-‑–]\s*old\b/i.exec(view.text.slice(d.end, d.end + 20));
  if (!m || !m[0] || !m[1]) return undefined;
  const end = d.end + m[0].length;
  let k = det + 1;
  while (k < view.toks.length && (view.toks[k] as Tok).end < end) k++;
  if ((view.toks[k] as Tok | undefined)?.end !== end) return undefined;
  return { age: Number(m[1]), last: k };
}
