// Cue words that are something else in their sentence: the plural noun closing
// a compound ("phone calls", "from registration lists"), a noun with its
// relative clause ("savings plans that …"), the preposition "like" before a
// name ("activists like Angela Davis"), "found" of an act ("found a way").
// candidateAt() (verbal.ts) asks nounReading() once it has a match.
import type { SentenceView } from '../view';
import { IRREGULAR_PAST } from './source';
import { AUXILIARIES, CUE_ADVERBS, DETERMINERS, NEGATIONS, PREPOSITIONS, PRONOUNS, SUBORDINATORS, endsInSingleS, isCapitalized } from '../words';

/** Collective nouns that agree in the plural ("police report", "people claim", "64 percent call"), and joining words. */
const NOT_SINGULAR_HEADS = new Set(['people', 'police', 'staff', 'media', 'data', 'criteria', 'phenomena', 'personnel', 'clergy', 'cattle', 'youth', 'there', 'here', 'public', 'who', 'and', 'or', 'to', 'that', 'which', 'then', 'percent', 'one', 'majority', 'minority', 'half', 'number', 'most', 'all', 'none', 'many', 'few', 'both', 'some', 'several']);

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
  const w = v.lower[i]!;
  // "The key point to remember": the bare "point" reports only after its plural subject, a pronoun or a modal ("They point to").
  if (w === 'point' && !pointsAfter(wordBeforeAdverbs(v, i))) return true;
  if (i !== j) return false;
  const next = v.lower[j + 1] ?? '';
  // "mailers and phone calls.", "voters from registration lists because …": an -s form after a bare singular noun
  // that follows a link or a preposition, with no object or clause after it, closes a compound ("a page on climate
  // says nothing", "the evidence from trade suggests American …" have their verb).
  const before = v.lower[i - 2] ?? '';
  if (endsInSingleS(w) && singularNounBefore(v, i) && (before === 'and' || before === 'or' || PREPOSITIONS.has(before)) && nothingTaken(v, j + 1)) return true;
  if (PLANS.has(w) && next === 'that') return true;
  // "The stolen files include names", "Court files show …": an -s form before a verb that agrees with a plural is
  // that verb's subject, a noun.
  if (endsInSingleS(w) && PLURAL_PREDICATES.has(next)) return true;

  // "men charged with violating sanctions": a charge with its offence is a legal act ("charged that …" reports).
  if (CHARGES.has(w) && next === 'with') return true;
  // "activists like Angela Davis", "Critics like Mr. Ruiz say": before a name "like" compares ("likes “The Walking Dead”" is a taste).
  if (w === 'like' && j + 1 < v.tokens.length && isCapitalized(v.tokens[j + 1]!.text) && !v.quoteMark[j + 1]) return true;
  if (FINDS.has(w) && ACT_OBJECTS.has(DETERMINERS.has(next) ? v.lower[j + 2] ?? '' : next)) return true;
  return false;
}

/** Verbs in their plural present form that a plural noun subject takes ("files include", "records show"). */
const PLURAL_PREDICATES = new Set(['include', 'show', 'contain', 'reveal', 'suggest', 'indicate', 'list', 'describe', 'detail', 'cover', 'date', 'remain', 'appear', 'seem']);

/** True when the token at `k` takes nothing as an object: the sentence's end, a mark, a subordinator, a preposition, a link or a participle. */
function nothingTaken(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  if (t === undefined || t.kind === 'punct') return true;
  const w = v.lower[k]!;
  return SUBORDINATORS.has(w) || PREPOSITIONS.has(w) || w === 'and' || w === 'or' || (/^[a-z]{3,}ing$/.test(t.text) && !w.endsWith('thing'));
}

/** Words after a participle that say when, not what ("a poll released today found"). */
const TIME_AFTER = new Set(['today', 'yesterday', 'tonight', 'recently', 'earlier', 'later', 'again', 'last', 'this', 'overnight', 'online']);

/** True when token `k` is a past verb after a noun or name (not after a determiner or a possessive: "the pointed", "Trump's pointed"). */
function pastVerbAt(v: SentenceView, k: number, first: number): boolean {
  if (k <= first) return false;
  const w = v.tokens[k]!.text;
  if (!(/^[a-z]{3,}ed$/.test(w) || IRREGULAR_PAST.has(w))) return false;
  const prev = v.lower[k - 1]!;
  return v.tokens[k - 1]!.kind === 'word' && !DETERMINERS.has(prev) && !PREPOSITIONS.has(prev) && prev !== 'of' && prev !== "'s" && prev !== '’s' && !AUXILIARIES.has(prev);
}

/**
 * True when the cue at `i` is the object of a past verb closing its would-be source: "Cruz faced criticism for",
 * "Fiorina showed subtle hints", "The Obama team poured more determined effort". A participle of a subject before a
 * verb cue ("A poll released Friday found") stays a subject.
 */
export function objectOfPastVerb(v: SentenceView, r: { first: number; last: number }, i: number, nounLike: boolean): boolean {
  if (r.last !== i - 1) return false;
  const last = v.tokens[r.last]!;
  // A past verb and a modifier of its object: "showed subtle", "poured more", "faced public".
  // ("52 percent of registered voters", "some undecided conservatives": a plural after the participle is its noun.)
  if (pastVerbAt(v, r.last - 1, r.first) && /^[a-z]+$/.test(last.text) && !/(ly|ed|ing|s)$/.test(last.text) && !TIME_AFTER.has(last.text)) return true;
  return nounLike && pastVerbAt(v, r.last, r.first);
}

/** Words after which a bare "point (to/out)" is a verb: a plural, a pronoun, a modal or an adverb. */
/** The word before `i` past -ly adverbs ("These voters specifically point to …"). */
function wordBeforeAdverbs(v: SentenceView, i: number): string {
  let k = i - 1;
  while (k > 0 && /^[a-z]{3,}ly$/.test(v.lower[k]!) && !DETERMINERS.has(v.lower[k - 1]!)) k--;
  return v.lower[k] ?? '';
}

function pointsAfter(prev: string): boolean {
  return (/[^s]s$/.test(prev) && !DETERMINERS.has(prev)) || POINT_SUBJECTS.has(prev);
}
const POINT_SUBJECTS = new Set(['they', 'we', 'you', 'i', 'people', 'police', 'staff', 'also', 'often', 'still', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'do', 'did', 'to']);
