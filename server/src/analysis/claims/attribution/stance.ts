import type { CueMatch } from '../lexicon';
import type { SentenceView } from '../view';
import { CUE_ADVERBS, NEGATIONS, PRONOUNS, isCapitalized } from '../words';
import { phraseEndingAt, type TokenRange } from './source';

/**
 * A state of mind reported of someone with "to be" ("Republicans were
 * frustrated", "she was sure the party would win", "they weren't too concerned
 * about the shift"): PolNeAR attributes it, and SCHEMA.md makes such a
 * belief or feeling low whatever it contains. The adjective is the cue, the
 * subject the source.
 */

// ("Some Democrats remain unconvinced", "the Greens seemed confident": a copula of staying or seeming holds one too.)
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re", 'am', "'m", "isn't", "aren't", "wasn't", "weren't", 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** Adjectives and participles of a state of mind, not of a measurable state ("sure", not "closed"). */
const STANCES = new Set(
  'sure certain confident convinced aware unaware afraid eager keen passionate skeptical sceptical optimistic pessimistic hopeful doubtful proud ashamed angry furious upset unhappy happy glad pleased delighted disappointed frustrated incensed outraged worried concerned anxious nervous wary reluctant willing unwilling determined adamant insistent satisfied dissatisfied thrilled excited alarmed appalled disgusted embarrassed annoyed irritated offended grateful thankful sorry relieved surprised shocked stunned puzzled confused unsure uncertain undecided divided torn enthusiastic supportive critical dismissive opposed committed open resigned fearful mindful conscious cautious bullish bearish persuaded unpersuaded unconvinced impressed unimpressed unmoved unsettled rattled shaken dismayed heartened encouraged emboldened troubled perturbed baffled bewildered irked angered saddened horrified reassured unnerved spooked interested uninterested hesitant'.split(
    ' ',
  ),
);

/** Words allowed between "to be" and the stance: "was not too concerned", "were also increasingly worried". */
function isModifier(w: string): boolean {
  return CUE_ADVERBS.has(w) || NEGATIONS.has(w) || /^[a-z]{3,}ly$/.test(w) || ['too', 'very', 'so', 'quite', 'rather', 'more', 'less', 'most', 'deeply', 'all', 'both', "n't", "'t"].includes(w);
}

/** True for a word stanceAt() may take as a stance (its first test). */
export function isStanceWord(w: string): boolean {
  return STANCES.has(w);
}

/** Words that go on a stance ("sure that", "confident of", "open to"), not a noun it modifies. */
const STANCE_COMPLEMENTS = new Set(['that', 'about', 'of', 'to', 'with', 'in', 'on', 'for', 'whether', 'if', 'and', 'but', 'enough', 'too']);

/** Prepositions that open a holder's tail ("voters in Ohio", "members of the board"). */
const HOLDER_TAILS = new Set(['in', 'of', 'from', 'at', 'across', 'inside', 'within']);

/** The stance at token `i` with its holder, when "SUBJECT be (modifiers) STANCE" opens a main clause. */
export function stanceAt(v: SentenceView, i: number): { cue: TokenRange; source: TokenRange; match: CueMatch } | undefined {
  const w = v.lower[i]!;
  if (!STANCES.has(w) || v.quoted[i]) return undefined;
  let k = i - 1;
  while (k >= 0 && isModifier(v.lower[k]!)) k--;
  // The verb group: "was", "has been", "wasn't", "would be".
  if (k < 0 || !BE.has(v.lower[k]!)) return undefined;
  // "New Hampshire's open primaries": "'s" before an adjective and its noun is a possessive, no verb.
  if (/^['’]s$/.test(v.lower[k]!) && v.tokens[i + 1]?.kind === 'word' && /^[a-z]+$/.test(v.tokens[i + 1]!.text) && !STANCE_COMPLEMENTS.has(v.lower[i + 1]!)) return undefined;
  let first = k;
  while (first - 1 >= 0 && (isModifier(v.lower[first - 1]!) || ['has', 'have', 'had', 'would', 'will', 'could', 'may', 'might'].includes(v.lower[first - 1]!))) first--;
  const source = phraseEndingAt(v, first - 1);
  if (!source) return undefined;
  // The holder must be someone: a name, a pronoun, or a plural group ("Republicans", "many voters").
  // ("People briefed on the reshuffling were adamant": a participle's phrase after the head noun is no part of it.)
  let last = source.last;
  for (let m = source.first; m < source.last; m++) {
    if (/^[a-z]+ed$/.test(v.tokens[m + 1]!.text) && (isCapitalized(v.tokens[m]!.text) || /[^s]s$/.test(v.lower[m]!) || v.lower[m] === 'people')) {
      last = m;
      break;
    }
  }
  // ("Some Democrats in the state remain unconvinced": the holder is the noun before a place or group it is of.)
  for (let m = source.first + 1; m < last; m++) {
    if (HOLDER_TAILS.has(v.lower[m]!)) {
      last = m - 1;
      break;
    }
  }
  const head = v.lower[last]!;
  const holder = PRONOUNS.has(head) ? head !== 'it' : isCapitalized(v.tokens[last]!.text) || /[^s]s$/.test(head);
  if (!holder || source.last - source.first > 6) return undefined;
  return { cue: { first, last: i }, source, match: { length: i - first + 1, phrase: w, lemma: w, reliability: 0.5, belief: true } };
}
