// Cue words that are something else in their sentence: the plural noun closing
// a compound ("phone calls", "from registration lists"), a noun with its
// relative clause ("savings plans that …"), the preposition "like" before a
// name ("activists like Angela Davis"), "found" of an act ("found a way").
// candidateAt() (verbal.ts) asks nounReading() once it has a match.
import type { SentenceView } from '../view';
import { AUXILIARIES, CUE_ADVERBS, DETERMINERS, NEGATIONS, PREPOSITIONS, PRONOUNS, SUBORDINATORS, endsInSingleS, isCapitalized } from '../words';

/** Collective nouns that agree in the plural ("police report", "people claim", "64 percent call"), and joining words. */
const NOT_SINGULAR_HEADS = new Set(['people', 'police', 'staff', 'media', 'public', 'who', 'and', 'or', 'to', 'that', 'which', 'then', 'percent', 'one', 'majority', 'minority', 'half', 'number', 'most', 'all', 'none', 'many', 'few', 'both', 'some', 'several']);

/** True when the word before `i` is a singular common noun ("heat" of "heat stress"): not a pronoun, an auxiliary, an adverb or a plural. */
export function singularNounBefore(v: SentenceView, i: number): boolean {
  const w = v.lower[i - 1] ?? '';
  // Written in lower case: "IG report:" names its author.
  if (!/^[a-z]+$/.test(v.tokens[i - 1]?.text ?? '') || w.endsWith('s') || w.endsWith('ly') || PRONOUNS.has(w) || AUXILIARIES.has(w) || NEGATIONS.has(w) || CUE_ADVERBS.has(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w)) return false;
  return !NOT_SINGULAR_HEADS.has(w);
}

/** Forms of "plan", whose "that" after them opens a relative clause of the noun ("plans that your state offers"). */
const PLANS = new Set(['plan', 'plans', 'planned']);

/** Forms of "charge", which accuse at law before "with". */
const CHARGES = new Set(['charge', 'charges', 'charged']);

/** Forms of "find", and the objects that make it an act ("found a way", "finds time"), not a finding. */
const FINDS = new Set(['find', 'finds', 'found']);
const ACT_OBJECTS = new Set(['way', 'ways', 'time', 'job', 'jobs', 'home', 'homes', 'buyer', 'buyers', 'partner', 'refuge', 'shelter', 'work', 'solace', 'comfort', 'room', 'place', 'seat', 'seats', 'footing']);

/**
 * True when the one-word cue at `i` (its match ends at `j`) is no verb of its
 * sentence's report: a noun, a preposition or an act.
 */
export function nounReading(v: SentenceView, i: number, j: number): boolean {
  if (i !== j) return false;
  const w = v.lower[i]!;
  const next = v.lower[j + 1] ?? '';
  // "mailers and phone calls.", "voters from registration lists because …": an -s form after a bare singular noun
  // that follows a link or a preposition, with no object or clause after it, closes a compound ("a page on climate
  // says nothing", "the evidence from trade suggests American …" have their verb).
  const before = v.lower[i - 2] ?? '';
  if (endsInSingleS(w) && singularNounBefore(v, i) && (before === 'and' || before === 'or' || PREPOSITIONS.has(before)) && nothingTaken(v, j + 1)) return true;
  if (PLANS.has(w) && next === 'that') return true;
  // "men charged with violating sanctions": a charge with its offence is a legal act ("charged that …" reports).
  if (CHARGES.has(w) && next === 'with') return true;
  // "activists like Angela Davis", "Critics like Mr. Ruiz say": before a name "like" compares ("likes “The Walking Dead”" is a taste).
  if (w === 'like' && j + 1 < v.tokens.length && isCapitalized(v.tokens[j + 1]!.text) && !v.quoteMark[j + 1]) return true;
  if (FINDS.has(w) && ACT_OBJECTS.has(DETERMINERS.has(next) ? v.lower[j + 2] ?? '' : next)) return true;
  return false;
}

/** True when the token at `k` takes nothing as an object: the sentence's end, a mark, a subordinator, a preposition, a link or a participle. */
function nothingTaken(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  if (t === undefined || t.kind === 'punct') return true;
  const w = v.lower[k]!;
  return SUBORDINATORS.has(w) || PREPOSITIONS.has(w) || w === 'and' || w === 'or' || (/^[a-z]{3,}ing$/.test(t.text) && !w.endsWith('thing'));
}
