import type { CueLexicon, CueMatch } from '../lexicon';
import type { SentenceView } from '../view';
import { DETERMINERS, MONTHS, PREPOSITIONS, SUBORDINATORS, WEEKDAYS, isCapitalized } from '../words';
import { skipLeft, type TokenRange } from './source';

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
  // ("six in 10", "three out of 10": a share of those asked ends in its figure and speaks.)
  const share = /^\d+$/.test(head) && r.last - r.first >= 2 && (v.lower[r.last - 1] === 'in' || (v.lower[r.last - 1] === 'of' && v.lower[r.last - 2] === 'out'));
  if (WEEKDAYS.has(head) || MONTHS.has(head) || (/^\d/.test(head) && !share) || ['their', 'his', 'her', 'its', 'our', 'my', 'your'].includes(head)) return false;
  // "the most ever offered": degree words around an article hold no noun, so no one speaks.
  if (DEGREE_WORDS.has(head)) return false;
  for (let k = r.first; k <= r.last; k++) {
    const w = v.lower[k]!;
    if (isCapitalized(v.tokens[k]!.text)) continue;
    // ("the show", "a report": a cue word after a determiner is a noun.)
    if (/[a-z]ed$/.test(w) || (lexicon.match(v.lower, k) && !(k > r.first && DETERMINERS.has(v.lower[k - 1]!)))) return false;
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

/** True for a cue that continues the sentence's speaker: "…, adding", "… and says", "… began by saying". */
export function continuesSpeaker(v: SentenceView, i: number): boolean {
  const left = skipLeft(v, i - 1);
  if (v.lower[i] === 'according') return false; // "…, according to the agency": a source of its own
  return left >= 0 && ((v.tokens[left]!.text === ',' && /ing$/.test(v.lower[i]!)) || v.lower[left] === 'and' || v.lower[left] === 'but' || byManner(v, i));
}

/** Verbs of sequence or reply that say how one speaks with "by" and a participle: "began by saying", "responded by arguing". */
const MANNER_VERBS = new Set(['begin', 'began', 'begins', 'begun', 'start', 'started', 'starts', 'open', 'opened', 'opens', 'respond', 'responded', 'responds', 'react', 'reacted', 'reacts', 'reply', 'replied', 'replies', 'end', 'ended', 'ends', 'close', 'closed', 'closes', 'conclude', 'concluded', 'concludes', 'finish', 'finished', 'counter', 'countered', 'counters', 'kick', 'kicked']);

/** Verbs of saying whose "by …ing" reports the subject's words after any verb when a clause or quotation follows. */
const SAYING_BY = new Set(['saying', 'telling', 'arguing', 'claiming', 'insisting', 'suggesting', 'noting', 'warning', 'declaring', 'stating', 'asserting', 'explaining']);

/**
 * "Dean … began by saying he would …", "She responded by noting that …": an
 * -ing cue after "by" and a verb of sequence or reply (a particle may stand
 * between: "kicked off by saying") continues the subject of that verb.
 */
export function byManner(v: SentenceView, i: number): boolean {
  if (!/ing$/.test(v.lower[i]!) || v.lower[i - 1] !== 'by') return false;
  // "He pitched himself to voters by telling them that …": whatever was done by saying, the doer said it.
  if (SAYING_BY.has(v.lower[i]!) && (v.lower[i + 1] === 'that' || v.lower[i + 2] === 'that' || v.quoteMark[i + 1] === true || v.tokens[i + 1]?.text === ',')) return true;
  const verb = ['off', 'up'].includes(v.lower[i - 2] ?? '') ? i - 3 : i - 2;
  return MANNER_VERBS.has(v.lower[verb] ?? '');
}

/**
 * The source of a relative clause's cue ("the police department, which
 * reported …"): the relative pronoun, as PARC and PolNeAR mark it, with the
 * phrase before it as its antecedent when that is a plain phrase (a clause,
 * "they turned to the department which …", names no one).
 */
export function relativeSource(v: SentenceView, i: number, lexicon: CueLexicon): { source: TokenRange; antecedent?: TokenRange; content?: TokenRange } | undefined {
  const pronoun = relativePronounBefore(v, i) ?? coordinatedRelative(v, i);
  if (pronoun === undefined) return undefined;
  const content = i + 1 < v.tokens.length ? { first: i + 1, last: v.tokens.length - 1 } : undefined;
  // "family members, many of whom say …": the quantity and the pronoun are the source, the group before them its antecedent.
  const first = v.lower[pronoun] === 'whom' ? pronoun - 2 : pronoun;
  const end = v.tokens[first - 1]?.text === ',' ? first - 2 : first - 1;
  const phrase = end >= 0 ? namedInApposition(v, personBeforePlace(v, pronoun, antecedentEndingAt(v, end))) : undefined;
  const found: { source: TokenRange; antecedent?: TokenRange; content?: TokenRange } = { source: { first, last: pronoun }, content };
  if (phrase && plainSpeaker(v, phrase, lexicon)) found.antecedent = phrase;
  return found;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** Adverbs that may open an apposition ("McConnell, now the Senate majority leader, who …"). */
const APPOSITION_ADVERBS = new Set(['now', 'then', 'formerly', 'later', 'also', 'still', 'once']);

/**
 * "McConnell, now the Senate majority leader, who in 2010 said …": a
 * description set off by commas after a name describes that name, so the
 * relative pronoun stands for the name (the description alone may mention
 * another actor, "the Senate").
 */
function namedInApposition(v: SentenceView, phrase: TokenRange | undefined): TokenRange | undefined {
  if (!phrase) return phrase;
  // ("the Washington-based lender": the phrase read back from its head may stop at a modifier before the article.)
  let article = phrase.first;
  while (article > phrase.first - 6 && article > 0 && !ARTICLES.has(v.lower[article]!) && (v.tokens[article - 1]!.kind === 'word' || v.tokens[article - 1]!.text === '-')) article--;
  if (!ARTICLES.has(v.lower[article]!)) return phrase;
  let comma = article - 1;
  if (APPOSITION_ADVERBS.has(v.lower[comma] ?? '')) comma--;
  if (v.tokens[comma]?.text !== ',' || comma < 1 || !isCapitalized(v.tokens[comma - 1]!.text)) return phrase;
  const name = antecedentEndingAt(v, comma - 1);
  return name && isCapitalized(v.tokens[name.last]!.text) ? name : phrase;
}

/** Prepositions that attach a name to the noun before it ("a consultant in Busan", "a professor at Yale", "a member of Parliament"). */
const ATTACHING = new Set(['in', 'at', 'from', 'near', 'of', 'for', 'with']);

/**
 * "a shipping consultant in Busan who has advised …": "who" stands for a
 * person, so a name the noun before it holds by a preposition (a place, an
 * employer) gives way to that noun.
 */
function personBeforePlace(v: SentenceView, pronoun: number, phrase: TokenRange | undefined): TokenRange | undefined {
  if (!phrase || v.lower[pronoun] !== 'who' || !isCapitalized(v.tokens[phrase.first]!.text)) return phrase;
  const preposition = phrase.first - 1;
  const noun = preposition - 1;
  if (noun < 0 || !ATTACHING.has(v.lower[preposition]!) || v.tokens[noun]!.kind !== 'word' || !/^[a-z]+$/.test(v.tokens[noun]!.text)) return phrase;
  return antecedentEndingAt(v, noun) ?? phrase;
}

/** Words that start a noun phrase read leftwards from its head ("the union", "its board"). */
const PHRASE_STARTS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'some', 'many', 'several']);

/**
 * The noun phrase a relative pronoun stands for, ending at `end`: a name (capitalised words, joined by "and",
 * "of" or "&", after an optional "the": "China and Chile", "the Bank of England"), or a head noun with at most
 * three words before it back to a determiner ("the regional water board") or none ("tenants").
 */
function antecedentEndingAt(v: SentenceView, end: number): TokenRange | undefined {
  if (v.tokens[end]?.kind !== 'word') return undefined;
  let first = end;
  if (isCapitalized(v.tokens[end]!.text)) {
    const linked = (k: number): boolean => k >= 1 && NAME_LINKS.has(v.lower[k]!) && v.lower[k] !== 'the' && isCapitalized(v.tokens[k - 1]!.text);
    while (first - 1 >= 0 && v.tokens[first - 1]!.kind === 'word' && (isCapitalized(v.tokens[first - 1]!.text) || linked(first - 1)) && end - first < 8) first--;
    if (first === 0 || v.lower[first - 1] !== 'the') return { first, last: end };
    return { first: first - 1, last: end };
  }
  for (let k = end - 1; k >= 0 && k >= end - 3; k--) {
    const w = v.lower[k]!;
    if (PHRASE_STARTS.has(w)) return { first: k, last: end };
    if (v.tokens[k]!.kind !== 'word' || PREPOSITIONS.has(w) || /(ing|ed)$/.test(w)) break;
  }
  return { first: end, last: end };
}

/** Words that may stand between a relative pronoun and its verb besides adverbs ("which together vowed", "who in 2010 said"). */
const BETWEEN_RELATIVE_AND_VERB = new Set(['together', 'jointly', 'both', 'all', 'in', 'on', 'at', 'last', 'this', 'that', 'year', 'week', 'month']);

/**
 * The index of the relative pronoun whose clause the verb at `i` heads, if one does: "who" or "which"
 * before it, past adverbs, auxiliaries and a short time phrase, or "of whom" after a quantity ("many of whom say").
 * "that" is left out: after a verb it opens the verb's content ("told investors that …").
 */
export function relativePronounBefore(v: SentenceView, i: number): number | undefined {
  let k = skipLeft(v, i - 1);
  for (let steps = 0; k >= 1 && steps < 3 && (BETWEEN_RELATIVE_AND_VERB.has(v.lower[k]!) || /^\d{4}$/.test(v.lower[k]!) || MONTHS.has(v.lower[k]!) || WEEKDAYS.has(v.lower[k]!)); steps++) k = skipLeft(v, k - 1);
  // "who've said": the contracted auxiliary stays on the pronoun's token.
  const w = v.lower[k]?.replace(/'(?:ve|d|ll|re)$/, '');
  if (k >= 1 && (w === 'who' || w === 'which')) return k;
  if (k >= 3 && w === 'whom' && v.lower[k - 1] === 'of' && RELATIVE_QUANTITIES.has(v.lower[k - 2]!)) return k;
  return undefined;
}

/**
 * The relative pronoun whose clause the cue at `i` continues after "and"
 * ("demonstrators, who have taken to the streets and called for …"), with no
 * punctuation between them; undefined when there is none.
 */
function coordinatedRelative(v: SentenceView, i: number): number | undefined {
  const and = skipLeft(v, i - 1);
  if (v.lower[and] !== 'and') return undefined;
  for (let k = and - 1; k >= 1 && and - k <= 15; k--) {
    if (v.tokens[k]!.kind === 'punct' || v.quoteMark[k]) return undefined;
    if (v.lower[k] === 'who' || v.lower[k] === 'which') return k;
  }
  return undefined;
}

/** Words that open the subject of an object relative clause ("which the minister announced", "that Apple's chief called"). */
const SUBJECT_STARTS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'some', 'many', 'most', 'several', 'two', 'three']);

/**
 * The subject between an object relative pronoun and the cue ("efforts --
 * which Apple's chief executive, Tim Cook, called ‘crap’ --"): a noun phrase,
 * with a name in apposition, opening with a determiner or a capital. The
 * pronoun is what was called, so the subject is the source.
 */
export function objectRelativeSubject(v: SentenceView, i: number): TokenRange | undefined {
  let last = i - 1;
  if (v.tokens[last]?.text === ',') last--;
  for (let k = last; k >= 0 && i - k <= 12; k--) {
    const w = v.lower[k]!;
    if (v.quoteMark[k] || (v.tokens[k]!.kind === 'punct' && w !== ',' && w !== "'s" && w !== '’s' && w !== '.')) return undefined;
    if (w !== 'which' && w !== 'that' && w !== 'what') continue;
    const first = k + 1;
    // ("that the company had forecast", "that Obama has long called for": auxiliaries and adverbs belong to the verb.)
    last = Math.max(first, skipLeft(v, last));
    // ("in what officials called …": a bare plural is a subject too.)
    if (first > last || !(SUBJECT_STARTS.has(v.lower[first]!) || isCapitalized(v.tokens[first]!.text) || /^[a-z]{3,}s$/.test(v.tokens[first]!.text))) return undefined;
    return { first, last };
  }
  return undefined;
}

/** Quantities before "of whom" ("many of whom", "some of whom", "two of whom"). */
const RELATIVE_QUANTITIES = new Set(['many', 'some', 'most', 'all', 'several', 'few', 'none', 'one', 'two', 'three', 'both', 'each', 'half']);

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
