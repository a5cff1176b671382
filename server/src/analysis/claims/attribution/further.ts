import type { CueLexicon, CueMatch } from '../lexicon';
import type { SentenceView } from '../view';
import { MONTHS, PREPOSITIONS, SUBORDINATORS, WEEKDAYS, isCapitalized } from '../words';
import { phraseEndingAt, skipLeft, type TokenRange } from './source';

// The further attributions of a sentence (verbal.ts findVerbalAttributions):
// whose speaker a participle or a relative clause reports, which speaker a
// second cue continues, and which of them a reader is shown.

/**
 * The index of the comma that closes a sentence-opening prepositional phrase
 * ("In an article published on Tuesday, Xi vowed …"), or -1: a verb in there
 * modifies a noun of the phrase and reports nothing. (A subordinate clause
 * opening the sentence, "When Ruiz cited …,", is an embedded attribution.)
 */
export function openingAdverbialEnd(v: SentenceView): number {
  const first = v.lower[0];
  if (first === undefined || !PREPOSITIONS.has(first) || SUBORDINATORS.has(first)) return -1;
  for (let k = 1; k < v.tokens.length; k++) if (v.tokens[k]!.text === ',') return k;
  return -1;
}

/**
 * A speaker a reader can take at a glance: at most six words, not a date, a
 * number, a possessive or a participle alone, and no word that is itself a
 * reporting verb or an -ed form ("Cyril explained", "Kaine defended people"
 * are clauses).
 */
export function plainSpeaker(v: SentenceView, r: TokenRange, lexicon: CueLexicon): boolean {
  if (r.last - r.first > 5 && !(r.last - r.first <= 11 && nameLike(v, r))) return false;
  const head = v.lower[r.last]!;
  // "reviving worries about inflation": a participle alone is no speaker.
  if (r.first === r.last && /ing$/.test(head) && !isCapitalized(v.tokens[r.last]!.text)) return false;
  if (WEEKDAYS.has(head) || MONTHS.has(head) || /^\d/.test(head) || ['their', 'his', 'her', 'its', 'our', 'my', 'your'].includes(head)) return false;
  // "the most ever offered": degree words around an article hold no noun, so no one speaks.
  if (DEGREE_WORDS.has(head)) return false;
  for (let k = r.first; k <= r.last; k++) {
    const w = v.lower[k]!;
    if (isCapitalized(v.tokens[k]!.text)) continue;
    if (/[a-z]ed$/.test(w) || lexicon.match(v.lower, k)) return false;
  }
  return true;
}

/** Words a long name holds besides its capitalised ones ("the Roper Center for Public Opinion Research"). */
const NAME_LINKS = new Set(['the', 'of', 'for', 'and', 'on', 'in', '&']);

/** True when every word of the phrase is capitalised or links two capitalised words of a name. */
function nameLike(v: SentenceView, r: TokenRange): boolean {
  for (let k = r.first; k <= r.last; k++) {
    const t = v.tokens[k]!;
    if (!isCapitalized(t.text) && !(k > r.first && k < r.last && NAME_LINKS.has(v.lower[k]!)) && !(k === r.first && v.lower[k] === 'the')) return false;
  }
  return true;
}

/** Words that end a phrase without a noun ("the most ever", "the first yet"). */
const DEGREE_WORDS = new Set(['ever', 'most', 'least', 'more', 'less', 'yet', 'far', 'much', 'before', 'again', 'so']);

/** True for a cue that continues the sentence's speaker: "…, adding", "… and says". */
export function continuesSpeaker(v: SentenceView, i: number): boolean {
  const left = skipLeft(v, i - 1);
  if (v.lower[i] === 'according') return false; // "…, according to the agency": a source of its own
  return left >= 0 && ((v.tokens[left]!.text === ',' && /ing$/.test(v.lower[i]!)) || v.lower[left] === 'and' || v.lower[left] === 'but');
}

/** The antecedent a relative clause's cue reports ("the police department, which reported …"): the phrase before "who" or "which". */
export function relativeSource(v: SentenceView, i: number): { source: TokenRange; content?: TokenRange } | undefined {
  const left = skipLeft(v, i - 1);
  // "who"/"which" only: "that" after a verb opens its content ("told investors that …"), not a relative clause.
  if (left < 1 || (v.lower[left] !== 'who' && v.lower[left] !== 'which')) return undefined;
  const end = v.tokens[left - 1]!.text === ',' ? left - 2 : left - 1;
  const source = phraseEndingAt(v, end);
  return source && { source, content: i + 1 < v.tokens.length ? { first: i + 1, last: v.tokens.length - 1 } : undefined };
}

/** The name or pronoun right before a reporting participle ("Clinton asking", "him saying"), for a lexicon cue. */
export function participleSpeaker(v: SentenceView, i: number, m: CueMatch): TokenRange | undefined {
  if (m.classified || i === 0 || v.tokens[i - 1]!.kind !== 'word') return undefined;
  const w = v.lower[i - 1]!;
  if (['him', 'her', 'them', 'he', 'she', 'they'].includes(w)) return { first: i - 1, last: i - 1 };
  if (!isCapitalized(v.tokens[i - 1]!.text) || i - 1 === 0) return undefined;
  let first = i - 1;
  while (first - 1 > 0 && v.tokens[first - 1]!.kind === 'word' && isCapitalized(v.tokens[first - 1]!.text) && first > i - 5) first--;
  return { first, last: i - 1 };
}
