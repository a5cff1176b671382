import type { CueMatch } from '../lexicon';
import type { SentenceView } from '../view';
import { MONTHS, WEEKDAYS, isCapitalized } from '../words';
import type { TokenRange } from './source';
import { isPossessive, type VerbalAttribution } from './verbal';

// Attributions a noun carries: "Trump's claim that …", "his warning about …",
// "the IMF's estimate of …". SCHEMA.md does not let a noun source a sentence
// ("his pledge" is no cue), but the noun still says whose words its clause
// holds, so the reader is shown it beside the sentence, as an attribution of
// that part only (PolNeAR annotates these too).

/** Nouns of saying, claiming and estimating, singular and plural. */
const REPORTING_NOUNS = new Set(
  (
    'claim claims comment comments remark remarks statement statements assertion assertions admission acknowledgment acknowledgement ' +
    'estimate estimates forecast forecasts projection projections prediction predictions warning warnings promise promises pledge pledges ' +
    'threat threats emphasis conclusion conclusions message messages argument arguments allegation allegations accusation accusations ' +
    'denial denials insistence assessment assurance assurances testimony announcement suggestion suggestions criticism criticisms ' +
    'complaint complaints contention description characterization account version rhetoric words insinuation boast boasts vow vows'
  ).split(' '),
);

/** Possessive determiners that stand for a speaker. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Words that may stand between a possessor and the noun ("Trump's own admission", "the IMF's latest estimate"). */
const NOUN_MODIFIERS = new Set(['own', 'earlier', 'latest', 'recent', 'repeated', 'previous', 'initial', 'original', 'new', 'infamous', 'public', 'private', 'frequent', 'oft-repeated', 'first', 'last', 'final', 'official', 'revised', 'widely', 'disputed']);

const NOUN_MATCH: CueMatch = { length: 1, phrase: '', lemma: '', reliability: 0.5, belief: false };

/** True when token `k` is a possessive mark of its own, "'s" or "'", that ends a name or phrase (not "he's"). */
function possessiveMark(v: SentenceView, k: number): boolean {
  const w = v.lower[k];
  return (w === "'s" || w === "'") && isPossessive(v, k);
}

/**
 * The possessor ending at the possessive mark `mark`: a name of up to five capitalised words after an optional "the"
 * ("Donald Trump's", "the IMF's"), or "the" and at most two lower-case words ("the president's").
 */
function possessorBefore(v: SentenceView, mark: number): TokenRange | undefined {
  const last = mark - 1;
  if (last < 0 || v.tokens[last]!.kind !== 'word') return undefined;
  // "Monday's claim", "last year's estimate": a date owns nothing that was said.
  const head = v.lower[last]!;
  if (WEEKDAYS.has(head) || MONTHS.has(head) || /^\d/.test(head) || TIME_NOUNS.has(head)) return undefined;
  let first = last;
  if (isCapitalized(v.tokens[last]!.text)) {
    while (first - 1 >= 0 && first > last - 4 && v.tokens[first - 1]!.kind === 'word' && isCapitalized(v.tokens[first - 1]!.text)) first--;
    return v.lower[first - 1] === 'the' ? { first: first - 1, last } : { first, last };
  }
  for (let k = last - 1; k >= 0 && k >= last - 3; k--) if (v.lower[k] === 'the') return { first: k, last };
  return undefined;
}

/** Time nouns that take a possessive without saying anything ("this week's estimate"). */
const TIME_NOUNS = new Set(['year', 'week', 'month', 'day', 'today', 'yesterday', 'tomorrow', 'night', 'morning', 'evening', 'quarter', 'decade', 'season']);

/**
 * Every "possessor + reporting noun" of the sentence, as attributions of the
 * clause that follows ("that …", "of …", "about …") or of the noun phrase alone.
 */
export function nominalAttributions(v: SentenceView): VerbalAttribution[] {
  const found: VerbalAttribution[] = [];
  for (let k = 0; k < v.tokens.length; k++) {
    if (v.quoted[k]) continue;
    let source: TokenRange | undefined;
    let noun = k + 1;
    if (POSSESSIVE_PRONOUNS.has(v.lower[k]!)) source = { first: k, last: k };
    else if (possessiveMark(v, k)) source = possessorBefore(v, k);
    if (!source) continue;
    while (noun < v.tokens.length && NOUN_MODIFIERS.has(v.lower[noun]!)) noun++;
    if (noun >= v.tokens.length || !REPORTING_NOUNS.has(v.lower[noun]!) || v.quoted[noun]) continue;
    // "his threat assessment", "her claims process": a noun right after makes the word a modifier of another noun.
    const next = v.lower[noun + 1];
    if (next !== undefined && v.tokens[noun + 1]!.kind === 'word' && !CLAUSE_OPENERS.has(next)) continue;
    const content = noun + 2 < v.tokens.length && next !== undefined && CLAUSE_OPENERS.has(next) ? { first: noun + 2, last: v.tokens.length - 1 } : undefined;
    found.push({ cue: { first: noun, last: noun }, source, content, match: NOUN_MATCH, embedded: true });
    k = noun;
  }
  return found;
}

/** Words after a reporting noun that open what it reports ("claim that …", "warning about …"). */
const CLAUSE_OPENERS = new Set(['that', 'of', 'about', 'on', 'to', 'in', 'at', 'for', 'over', 'against', 'was', 'is', 'were', 'are', 'has', 'had', 'have', 'would', 'will', 'could', 'came', 'drew']);
