// Rough clause structure from punctuation and connectives: enough to tell a
// subject ("Xi said", "In Astana, Xi will") from an object or a possessor.
import { CLAUSE_OPENERS } from './lexicon';
import type { DraftMention } from './model';
import type { Tok, TokenView } from './tokens';

const QUOTE = /^[“”"]$/;

/** True when the tokens `first..` open a clause: nothing but a boundary before them in the sentence. */
export function opensClause(view: TokenView, first: number, last: number): boolean {
  const after = view.toks[last];
  if (after && after.sentence === (view.toks[first] as Tok).sentence && /^['’]s$/.test(after.lower)) return false;
  // A name alone in parentheses is a label — a dateline's credit "(Tidewire)", an abbreviation "(SCO)" — not a clause's subject.
  if (after && after.text === ')' && first > 0 && (view.toks[first - 1] as Tok).text === '(') return false;
  const range = view.sentences[(view.toks[first] as Tok).sentence];
  let k = first - 1;
  if (k >= (range?.first ?? 0) && (view.toks[k] as Tok).lower === 'the') k--;
  while (k >= (range?.first ?? 0) && QUOTE.test((view.toks[k] as Tok).text)) k--;
  if (k < (range?.first ?? 0)) return true;
  const prev = view.toks[k] as Tok;
  if ((prev.lower === 'and' || prev.lower === 'or') && conjoinedObject(view, k, range?.first ?? 0)) return false;
  // "Among the top performers was 16-year-old Priya Sandhu": after a fronted phrase and a copula the name is the
  // inverted subject.
  const copula = /^\d+-year-old$/.test(prev.lower) ? view.toks[k - 1] : prev;
  if (copula && /^(was|were|is|are)$/.test(copula.lower) && INVERSION_OPENERS.has((view.toks[range?.first ?? 0] as Tok | undefined)?.lower ?? '')) return true;
  return prev.text === ',' || prev.text === ';' || prev.text === ':' || prev.text === '(' || CLAUSE_OPENERS.has(prev.lower);
}

/** Words that open a sentence whose subject follows its copula ("Among the winners was …", "Behind the plan is …"). */
const INVERSION_OPENERS = new Set(['among', 'behind', 'joining', 'leading', 'also', 'of', 'first', 'next']);

/** Prepositions that take a coordinated pair of names as their object ("backed by Amazon and Google"). */
const PAIR_PREPOSITIONS = new Set(['by', 'with', 'from', 'of', 'for', 'to', 'against', 'between', 'among', 'including', 'like']);

/**
 * True when the "and" at `k` joins a second name to a first that a preposition governs ("backed by Amazon and
 * Google, released …"): the second is that preposition's object too, no clause's subject.
 */
function conjoinedObject(view: TokenView, k: number, floor: number): boolean {
  let m = k - 1;
  while (m >= floor && m > k - 5 && /^\p{Lu}/u.test((view.toks[m] as Tok).text) && (view.toks[m] as Tok).kind === 'word') m--;
  if (m === k - 1 || m < floor) return false;
  return PAIR_PREPOSITIONS.has((view.toks[m] as Tok).lower);
}

/** Index of the first token of the clause holding token `at` (after the last connective, `;` or quote mark). */
export function clauseStart(view: TokenView, at: number): number {
  const tok = view.toks[at] as Tok;
  const first = view.sentences[tok.sentence]?.first ?? 0;
  for (let k = at - 1; k >= first; k--) {
    const t = view.toks[k] as Tok;
    if (t.text === ';' || CLAUSE_OPENERS.has(t.lower) || QUOTE.test(t.text)) return k + 1;
  }
  return first;
}

/** Index one past the last token of the clause holding token `at`. */
export function clauseEnd(view: TokenView, at: number): number {
  const tok = view.toks[at] as Tok;
  const end = view.sentences[tok.sentence]?.end ?? view.toks.length;
  for (let k = at + 1; k < end; k++) {
    const t = view.toks[k] as Tok;
    if (t.text === ';' || CLAUSE_OPENERS.has(t.lower) || QUOTE.test(t.text)) return k;
  }
  return end;
}

/** Verbs of saying that close a report or set one off ("…, she added, …", "…, he said."). */
export const SPEECH = new Set('said says added adds told noted argued insisted explained warned recalled wrote stated continued admitted conceded stressed'.split(' '));

/** "Her sister, she added, would …": a reporting clause set off by commas inside a sentence. */
export function isParenthetical(view: TokenView, first: number, last: number): boolean {
  const before = view.toks[first - 1];
  const verb = view.toks[last];
  const after = view.toks[last + 1];
  const s = (view.toks[first] as Tok).sentence;
  return before?.text === ',' && before.sentence === s && !!verb && SPEECH.has(verb.lower) && after?.text === ',' && after.sentence === s;
}

/** A description mention over tokens `first..last-1` with head noun `head` (appositions and definite descriptions alike). */
export function descriptionMention(view: TokenView, first: number, last: number, head: string): DraftMention {
  const a = view.toks[first] as Tok;
  return {
    start: a.start,
    end: (view.toks[last - 1] as Tok).end,
    kind: 'description',
    sentence: a.sentence,
    first,
    last,
    subject: opensClause(view, first, last),
    head,
  };
}
