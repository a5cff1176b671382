import type { SentenceView } from '../view';
import { isCloseQuote, isOpenQuote } from '../view';
import { AUXILIARIES, CLAUSE_LINKS, CUE_ADVERBS, PREPOSITIONS, RELATIVE_PRONOUNS, SUBORDINATORS, isCapitalized } from '../words';

/** A run of tokens `[first, last]` (inclusive indices into the sentence's tokens). */
export interface TokenRange {
  first: number;
  last: number;
}

const MAX_SOURCE = 12;

/** Words that never belong to a source noun phrase: they end it. */
function endsPhrase(v: SentenceView, i: number): boolean {
  const w = v.lower[i]!;
  const t = v.tokens[i]!;
  if (v.quoteMark[i] || v.quoted[i]) return true;
  if (t.kind === 'punct' && !['-', '–', '.', '&'].includes(t.text)) return true;
  if (t.text === '-' && t.start > 0 && v.tokens[i - 1] && v.tokens[i - 1]!.end !== t.start) return true; // " - " dash
  if (t.text === '–' && v.tokens[i - 1] && v.tokens[i - 1]!.end !== t.start) return true;
  return AUXILIARIES.has(w) || CLAUSE_LINKS.has(w) || RELATIVE_PRONOUNS.has(w) || SUBORDINATORS.has(w);
}

/** Index of the first token left of `i` that is not an adverb or auxiliary ("Xi has also said"). */
export function skipLeft(v: SentenceView, i: number): number {
  let k = i;
  while (k >= 0 && (CUE_ADVERBS.has(v.lower[k]!) || AUXILIARIES.has(v.lower[k]!))) k--;
  return k;
}

/**
 * The noun phrase that ends at token `end`, read leftwards ("two people
 * familiar with the talks", "Trade Minister Thandiwe Mokoena"); undefined
 * when `end` cannot end one.
 */
export function phraseEndingAt(v: SentenceView, end: number): TokenRange | undefined {
  if (end < 0 || endsPhrase(v, end) || PREPOSITIONS.has(v.lower[end]!)) return undefined;
  let first = end;
  while (first - 1 >= 0 && end - (first - 1) < MAX_SOURCE && !endsPhrase(v, first - 1)) first--;
  // A leading preposition phrase is scene-setting, not the source ("In his article Xi …"): keep the last name run.
  if (PREPOSITIONS.has(v.lower[first]!) && first === 0) {
    let k = end;
    while (k > first && isCapitalized(v.tokens[k - 1]!.text) && !PREPOSITIONS.has(v.lower[k - 1]!)) k--;
    first = k;
  }
  return { first, last: end };
}

/** The noun phrase that starts at token `start`, read rightwards, up to a comma, a clause word or the end. */
export function phraseStartingAt(v: SentenceView, start: number, stopAtPreposition = false): TokenRange | undefined {
  const n = v.tokens.length;
  if (start >= n || endsPhrase(v, start)) return undefined;
  let last = start;
  while (last + 1 < n && last + 1 - start < MAX_SOURCE && !endsPhrase(v, last + 1) && !(stopAtPreposition && PREPOSITIONS.has(v.lower[last + 1]!))) last++;
  // Do not end on a preposition or determiner.
  while (last > start && (PREPOSITIONS.has(v.lower[last]!) || v.lower[last] === 'the' || v.lower[last] === 'a')) last--;
  return { first: start, last };
}

/**
 * The subject of the sentence's main clause: the first noun phrase after any
 * leading adverbial ("In Brasilia, …", "Across town, …"), used when the cue is
 * separated from its subject by an apposition ("Marsh, 58, …, said").
 */
export function mainSubject(v: SentenceView, before: number): TokenRange | undefined {
  let start = 0;
  while (start < before && (v.quoteMark[start] || v.tokens[start]!.kind === 'punct')) start++;
  const w = v.lower[start];
  if (w && (PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || w === 'with')) {
    const comma = v.tokens.findIndex((t, k) => k > start && k < before && t.text === ',');
    if (comma < 0) return undefined;
    start = comma + 1;
  }
  if (start >= before) return undefined;
  return phraseStartingAt(v, start, true);
}

/** True when token `i` is a closing quotation mark or a comma right after one (`,”` / `”,`). */
export function closesQuoteBefore(v: SentenceView, i: number): boolean {
  const t = v.tokens[i];
  if (!t) return false;
  if (v.quoteMark[i] && isCloseQuote(t.text) && !isOpenQuote(t.text)) return true;
  if (v.quoteMark[i] && t.text === '"') return true;
  if (t.text === ',' && i > 0 && v.quoteMark[i - 1]) return true;
  return false;
}
