// Cues the phrase lexicon cannot hold because they depend on their
// neighbours: "per" before a source ("…, per data from the tracker"), and a
// bare belief verb after a personal pronoun ("I think …").
import type { CueMatch } from '../lexicon';
import type { SentenceView } from '../view';
import { isCapitalized } from '../words';
import { skipLeft } from './source';

/** What "per" is before a source: a determiner, a possessive or a document noun ("per the filing", "per data from …"). */
const PER_SOURCE_STARTS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'data', 'figures', 'records', 'documents', 'reports', 'sources', 'officials', 'estimates']);

/**
 * "…, per data from the tracker" / "Per the filing, …": "per" is "according
 * to" when a comma or the sentence start stands before it and a source after
 * it; "€5 per hour", "per cent" and "per capita" are rates.
 */
export function perCue(v: SentenceView, i: number): CueMatch | undefined {
  if (v.lower[i] !== 'per' || (i > 0 && v.tokens[i - 1]!.text !== ',')) return undefined;
  const next = v.tokens[i + 1];
  // At the sentence start a name may follow only after a comma: "Per Lunde, a fund manager, said" is a person.
  if (!next || next.kind !== 'word' || !(PER_SOURCE_STARTS.has(v.lower[i + 1]!) || (i > 0 && isCapitalized(next.text)))) return undefined;
  return { length: 1, phrase: 'per', lemma: 'per', reliability: 0.8, belief: false };
}

const BARE_BELIEFS = new Set(['think', 'believe', 'want', 'hope', 'expect', 'fear', 'feel', 'know', 'doubt', 'wish', 'worry', 'suspect']);
const PLURAL_PRONOUNS = new Set(['i', 'we', 'you', 'they']);

/** "I think …", "they believe …": a bare belief verb right after a personal pronoun is an attribution (never check-worthy). */
export function bareBelief(v: SentenceView, i: number): CueMatch | undefined {
  const w = v.lower[i]!;
  if (!BARE_BELIEFS.has(w) || !PLURAL_PRONOUNS.has(v.lower[skipLeft(v, i - 1)] ?? '')) return undefined;
  return { length: 1, phrase: w, lemma: w, reliability: 0.3, belief: true };
}

/** False when neither perCue() nor bareBelief() can match a word of form `w`, whatever its neighbours. */
export function mayBePlainCue(w: string): boolean {
  return w === 'per' || BARE_BELIEFS.has(w);
}
