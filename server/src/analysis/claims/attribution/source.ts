import type { SentenceView } from '../view';
import { closingTyped, isCloseQuote, isOpenQuote } from '../view';
import { AUXILIARIES, CLAUSE_LINKS, CUE_ADVERBS, DETERMINERS, NEGATIONS, PHRASE_PREPOSITIONS, PREPOSITIONS, PRONOUNS, RELATIVE_PRONOUNS, SUBORDINATORS, isAdverbAt, isCapitalized, takesObject, WEEKDAYS } from '../words';

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
  // A plural possessive ("the supporters' trust") stays inside the phrase.
  const pluralPossessive = (t.text === "'" || t.text === '’') && /s$/.test(v.lower[i - 1] ?? '') && v.tokens[i + 1]?.kind === 'word' && v.tokens[i - 1]!.end === t.start;
  // "9/11 widow Terry Strada", "a 24/7 hotline": a slash between touching numbers is one word.
  const numberSlash = t.text === '/' && /^\d/.test(v.tokens[i - 1]?.text ?? '') && /^\d/.test(v.tokens[i + 1]?.text ?? '') && v.tokens[i - 1]!.end === t.start && v.tokens[i + 1]!.start === t.end;
  if (t.kind === 'punct' && !['-', '–', '.', '&'].includes(t.text) && !pluralPossessive && !numberSlash) return true;
  if (t.text === '-' && t.start > 0 && v.tokens[i - 1] && v.tokens[i - 1]!.end !== t.start) return true; // " - " dash
  if (t.text === '-' && v.tokens[i - 1]?.text === '-') return true; // "--", a typed dash
  if (t.text === '–' && v.tokens[i - 1] && v.tokens[i - 1]!.end !== t.start) return true;
  // "Fire and Rescue Service", "Smith and Jones": "and" between capitalised words joins one name (or two speakers).
  if (w === 'and' && isCapitalized(v.tokens[i - 1]?.text ?? '') && isCapitalized(v.tokens[i + 1]?.text ?? '') && v.tokens[i + 1]?.kind === 'word') return false;
  // "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": "and" after an abbreviated title.
  if (w === 'and' && v.tokens[i - 1]?.text === '.' && isCapitalized(v.tokens[i - 2]?.text ?? '') && isCapitalized(v.tokens[i + 1]?.text ?? '') && v.tokens[i + 1]?.kind === 'word') return false;
  // "observers in Virginia and around the country": "and" between two place phrases stays inside the source.
  if (w === 'and' && isPreposition(v.lower[i + 1]) && (isPreposition(v.lower[i - 2]) || isPreposition(v.lower[i - 3]))) return false;
  // "said Will Doyle", "Mark Lee": a capitalised modal inside the sentence before another capital opens a name.
  if (AUXILIARIES.has(w) && i > 0 && isCapitalized(t.text) && v.tokens[i + 1]?.kind === 'word' && isCapitalized(v.tokens[i + 1]!.text) && !isCapitalized(v.tokens[i - 1]!.text)) return false;
  if (AUXILIARIES.has(w) && nameAfterQuote(v, i)) return false;
  // ("a study of more than 400,000 patients": "than" after "more" and before a figure compares inside the phrase.)
  if (w === 'than' && /^(more|less|fewer)$/.test(v.lower[i - 1] ?? '') && /^\d/.test(v.tokens[i + 1]?.text ?? '')) return false;
  // "That's what my friend Andy McCarthy wrote": "what" opens a clause, no speaker holds it.
  return AUXILIARIES.has(w) || CLAUSE_LINKS.has(w) || RELATIVE_PRONOUNS.has(w) || SUBORDINATORS.has(w) || w === 'what';
}

/** True when the capitalised word at `i` opens the speech tag after a quotation ("“…,” Will wrote."): a name, never a modal. */
function nameAfterQuote(v: SentenceView, i: number): boolean {
  return i > 0 && isCapitalized(v.tokens[i]!.text) && (v.quoteMark[i - 1] === true || (v.tokens[i - 1]!.text === ',' && v.quoteMark[i - 2] === true));
}

/** Words that open an adjunct of time or cause after a noun phrase ("ahead of", "amid", "following"). */
const ADJUNCT_HEADS = new Set(['ahead', 'amid', 'amidst', 'despite', 'following', 'during', 'throughout']);

function isPreposition(w: string | undefined): boolean {
  return w !== undefined && (PREPOSITIONS.has(w) || PHRASE_PREPOSITIONS.has(w));
}

/** Object pronouns: after a preposition they close a phrase that began before it. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

/** Sentence adverbs that open a sentence before its subject ("Meanwhile, it said …"). */
const SENTENCE_ADVERBS = new Set(['meanwhile', 'however', 'still', 'yet', 'instead', 'also', 'separately', 'nonetheless', 'nevertheless', 'moreover', 'furthermore', 'indeed', 'earlier', 'later', 'now', 'then', 'today', 'yesterday', 'first', 'finally', 'overall', 'similarly', 'likewise', 'again', 'afterwards', 'last', 'next', 'this', 'on']);

/** Adverbs of frequency and focus between a subject and its cue ("has always maintained", "would only say"). */
const FOCUS_BEFORE_CUE = new Set(['always', 'only']);

/** The auxiliaries of a perfect, after which "since" means "from then on" ("has since said"). */
export const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had', "'s", "'ve", "'d", '’s', '’ve', '’d']);

/** Index of the first token left of `i` that is not an adverb or auxiliary ("Xi has also said"). */
export function skipLeft(v: SentenceView, i: number): number {
  let k = i;
  // "he's said", "who's called for": a contracted auxiliary after a pronoun is skipped like the full one.
  for (;;) {
    while (k >= 0 && ((v.lower[k] === "'s" && (PRONOUNS.has(v.lower[k - 1] ?? '') || RELATIVE_PRONOUNS.has(v.lower[k - 1] ?? ''))) || CUE_ADVERBS.has(v.lower[k]!) || FOCUS_BEFORE_CUE.has(v.lower[k]!) || (AUXILIARIES.has(v.lower[k]!) && !nameAfterQuote(v, k)) || NEGATIONS.has(v.lower[k]!) || isAdverbAt(v.lower, v.tokens[k]!.text, k))) k--;
    // "have in particular noted", "has in the past described": a set phrase of "in" and a noun.
    if (k >= 1 && IN_PHRASE_ENDS.has(v.lower[k]!) && v.lower[k - 1] === 'in') k -= 2;
    else if (k >= 2 && v.lower[k] === 'past' && v.lower[k - 1] === 'the' && v.lower[k - 2] === 'in') k -= 3;
    // "Mrs. Clinton has since said", "The company had since acknowledged": "since" after a perfect's auxiliary is an adverb.
    else if (k >= 1 && v.lower[k] === 'since' && PERFECT_AUXILIARIES.has(v.lower[k - 1]!)) k--;
    // "Sanders and Goodlatte both condemned", "the three all said": a floating quantifier after its noun phrase.
    else if (k >= 1 && FLOATING_QUANTIFIERS.has(v.lower[k]!) && (v.tokens[k - 1]!.kind === 'word' || v.tokens[k - 1]!.text === ')')) k--;
    else return k;
  }
}

/** The first token of a dash ending at `k` ("—", "–", or "--" as two hyphens), or -1 when `k` ends none. */
export function dashStart(v: SentenceView, k: number): number {
  const t = v.tokens[k]?.text;
  if (t === '—' || t === '–') return k;
  return t === '-' && v.tokens[k - 1]?.text === '-' ? k - 1 : -1;
}

/**
 * "Jason Sims — a teacher from Mount Pleasant — says": when a dash ends at
 * `k` and another opens a short aside before it, the token before the aside,
 * where the subject ends; `k` otherwise. An aside holds no quotation, runs
 * at most 30 tokens and stops short of the sentence's start.
 */
export function beforeDashedAside(v: SentenceView, k: number): number {
  const close = dashStart(v, k);
  if (close < 0) return k;
  for (let m = close - 1; m >= 1 && close - m <= 30; m--) {
    if (v.quoteMark[m] || v.quoted[m]) return k;
    const open = dashStart(v, m);
    if (open >= 0) return open >= 1 && open < close - 1 ? open - 1 : k;
  }
  return k;
}

/**
 * The comma that opens a short prepositional aside closed by the comma at
 * `close` (", at Monday's debate,", ", in a statement,"): at most eight
 * words after a preposition, no verb among them. -1 when there is none.
 */
export function prepositionalAside(v: SentenceView, close: number): number {
  for (let k = close - 1; k >= 1 && close - k <= 9; k--) {
    const t = v.tokens[k]!;
    if (t.text === ',') return k < close - 2 && PREPOSITIONS.has(v.lower[k + 1]!) ? k : -1;
    if (v.quoteMark[k] || (t.kind === 'punct' && t.text !== '.' && t.text !== '’' && t.text !== "'") || AUXILIARIES.has(v.lower[k]!) || SUBORDINATORS.has(v.lower[k]!)) return -1;
  }
  return -1;
}

/** Second words of "in" phrases that stand as adverbs before a cue ("in particular", "in turn", "in fact"). */
const IN_PHRASE_ENDS = new Set(['particular', 'turn', 'fact', 'effect', 'public', 'private', 'response', 'reply', 'part']);
/** Quantifiers that float after the subject ("both condemned", "all said", "each argued"). */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);

/**
 * The noun phrase that ends at token `end`, read leftwards ("two people
 * familiar with the talks", "Trade Minister Thandiwe Mokoena"); undefined
 * when `end` cannot end one.
 */
export function phraseEndingAt(v: SentenceView, end: number): TokenRange | undefined {
  // A parenthesis after a name belongs to it: "Rep. Gwen Moore (D-Wis.) said".
  let last = end;
  if (v.tokens[end]?.text === ')') {
    let k = end - 1;
    while (k > 0 && v.tokens[k]!.text !== '(' && end - k < 8) k--;
    if (v.tokens[k]?.text === '(') end = k - 1;
  }
  if (end < 0 || endsPhrase(v, end) || PREPOSITIONS.has(v.lower[end]!)) return undefined;
  // A subject pronoun is a whole source on its own ("a rise it blames on …" has the source "it").
  // An object pronoun after a preposition ends a longer phrase instead ("People close to him said").
  const objectOfPhrase = OBJECT_PRONOUNS.has(v.lower[end]!) && end > 0 && takesObject(v.lower[end - 1]);
  if (PRONOUNS.has(v.lower[end]!) && !objectOfPhrase) return { first: end, last: end };
  let first = end;
  while (first - 1 >= 0 && end - (first - 1) < MAX_SOURCE && !endsPhrase(v, first - 1)) first--;
  // "a bipartisan group | of 32 national security experts at the Aspen Institute … warned": a phrase the length limit cut
  // at a preposition takes back the noun it belongs to.
  if (first > 0 && !endsPhrase(v, first - 1) && (v.lower[first] === 'of' || v.lower[first] === 'at')) {
    let k = first;
    while (k - 1 >= 0 && first - (k - 1) <= 4 && !endsPhrase(v, k - 1) && !PREPOSITIONS.has(v.lower[k - 1]!)) k--;
    if (k < first) first = k;
  }
  if (last !== end && first <= end) return { first, last };
  last = end;
  // A leading preposition phrase is scene-setting, not the source ("In his article Xi …"): keep the last name run.
  // ("About 60 percent of pupils said": before a number, "about" counts; it sets no scene.)
  if (PREPOSITIONS.has(v.lower[first]!) && first === 0 && !approximatesNumber(v, first)) {
    let k = end;
    while (k > first && isCapitalized(v.tokens[k - 1]!.text) && !PREPOSITIONS.has(v.lower[k - 1]!)) k--;
    first = k;
  }
  return { first, last };
}

/** Prepositions that approximate a number after them ("about 60 percent", "over 300 residents", "around a third"). */
const APPROXIMATING = new Set(['about', 'around', 'over', 'under', 'nearly', 'almost', 'roughly', 'some', 'up']);

/** True when the word at `k` approximates the number right after it ("About 60", "Over a third"). */
function approximatesNumber(v: SentenceView, k: number): boolean {
  // ("At least half of voters", "At most 40 people": "at least" and "at most" before a figure.)
  const atLeast = v.lower[k] === 'at' && (v.lower[k + 1] === 'least' || v.lower[k + 1] === 'most');
  if (atLeast) k++;
  const next = v.tokens[k + 1];
  return (atLeast || APPROXIMATING.has(v.lower[k]!)) && next !== undefined && (next.kind === 'number' || /^(a|one|two|three|four|five|six|seven|eight|nine|ten|half|dozen|hundred|hundreds|thousands|twice)$/.test(v.lower[k + 1]!));
}

/** Words in -s that are no plural nouns ("its", "this", "was", "census"). */
export const PLURAL_LOOKALIKES = new Set(['its', 'this', 'his', 'was', 'has', 'does', 'is', 'us', 'yes', 'less', 'unless', 'across', 'thus', 'plus', 'versus', 'news', 'status', 'bus', 'campus', 'chorus', 'census', 'bonus', 'virus', 'focus', 'bias']);

/** Plural nouns without a final -s that head a subject ("people who …", "police who …"). */
export const PLURALS_WITHOUT_S = /^(people|police|men|women|children|staff|folk|clergy)$/;

/** Verbs of an anonymous source's wish before "(not) to be named" ("who asked not to be named", "who declined to be identified"). */
const ANONYMITY_VERBS = new Set(['asked', 'declined', 'requested', 'refused', 'wished', 'agreed', 'spoke', 'preferred', 'wanted']);

/** Relative pronouns that open a restrictive clause inside a subject ("Analysts who follow the sector say"). */
const SUBJECT_RELATIVES = new Set(['who', 'that', 'which']);
/** Words that open a noun phrase a restrictive clause may describe. */
const HEAD_OPENERS = new Set(['the', 'a', 'an', 'some', 'many', 'most', 'several', 'two', 'three', 'four', 'five', 'all', 'other', 'those', 'these', 'its', 'his', 'her', 'their', 'our']);

/**
 * The noun phrase a restrictive relative clause describes when `clause` (read
 * leftwards from a cue) stopped at its pronoun: "Analysts | who follow the
 * sector | say", "The report that the agency published said". No comma may
 * stand before the pronoun (", who said" is the clause's own cue), and the
 * phrase must open with a capital, a determiner or a plural, so "It is clear
 * that voters want" keeps "voters".
 */
export function subjectOfRelative(v: SentenceView, clause: TokenRange): TokenRange | undefined {
  let pronoun = clause.first - 1;
  while (pronoun >= 0 && (AUXILIARIES.has(v.lower[pronoun]!) || CUE_ADVERBS.has(v.lower[pronoun]!))) pronoun--;
  // "A researcher who asked not to be named said …", "an official who declined to be identified": an anonymous
  // source's clause, its verb chain read back to the pronoun.
  if (v.lower[pronoun] === 'to' && ANONYMITY_VERBS.has(v.lower[pronoun - 1] === 'not' ? v.lower[pronoun - 2]! : v.lower[pronoun - 1]!)) pronoun -= v.lower[pronoun - 1] === 'not' ? 3 : 2;
  if (pronoun < 1 || !SUBJECT_RELATIVES.has(v.lower[pronoun]!) || v.tokens[pronoun - 1]!.kind !== 'word') return undefined;
  const head = phraseEndingAt(v, pronoun - 1);
  if (!head || clause.last - head.first >= MAX_SOURCE + 4) return undefined;
  const first = v.tokens[head.first]!;
  // ("Current and former officials who spoke with …": an adjective before a plural noun opens one too.)
  const opens = isCapitalized(first.text) || HEAD_OPENERS.has(v.lower[head.first]!) || /^[a-z]{3,}s$/.test(first.text) || PLURALS_WITHOUT_S.test(v.lower[head.last]!) || (head.last > head.first && /^[a-z]{3,}s$/.test(v.tokens[head.last]!.text) && !PLURAL_LOOKALIKES.has(v.lower[head.last]!));
  // "To which the mayor replied": a preposition before the pronoun makes a connective, no subject.
  return opens && !PRONOUNS.has(v.lower[head.first]!) && ![head.first, head.last].some((k) => isPreposition(v.lower[k]) || v.lower[k] === 'to') ? head : undefined;
}

/** Pronouns that open a non-restrictive relative clause after a comma. */
const ASIDE_RELATIVES = new Set(['who', 'whose', 'which', 'whom']);

/**
 * "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said": the noun phrase before a
 * relative clause set off by a comma that runs to the comma at `comma` before the cue, commas of its own and
 * all; undefined when no such clause ends there.
 */
export function beforeRelativeAside(v: SentenceView, comma: number): TokenRange | undefined {
  for (let k = comma - 1; k >= 2 && comma - k <= 30; k--) {
    if (v.quoteMark[k] || v.quoted[k]) return undefined;
    if (!ASIDE_RELATIVES.has(v.lower[k]!)) continue;
    if (v.tokens[k - 1]!.text !== ',' || k === comma - 1) return undefined;
    const head = phraseEndingAt(v, k - 2);
    if (!head || head.last - head.first > 6 || v.tokens[head.last]!.kind !== 'word' || /^\d/.test(v.tokens[head.last]!.text)) return undefined;
    // ("Dolores Achebe, president of the union, which represents …, said": a phrase in apposition itself describes
    // the subject before it, which mainSubject() reads.)
    // ("(Raphael Lemkin, who coined the word, once said, …)": a speaker inside a parenthesis speaks only there.)
    return v.tokens[head.first - 1]?.text === ',' || v.tokens[head.first - 1]?.text === '(' ? undefined : head;
  }
  return undefined;
}

/** The noun phrase that starts at token `start`, read rightwards, up to a comma, a clause word or the end. */
export function phraseStartingAt(v: SentenceView, start: number, stopAtPreposition = false): TokenRange | undefined {
  const n = v.tokens.length;
  if (start >= n || endsPhrase(v, start)) return undefined;
  let last = start;
  // "statements filed with the SEC ahead of a planned listing": a time or cause adjunct closes the phrase read rightwards.
  while (last + 1 < n && last + 1 - start < MAX_SOURCE && !endsPhrase(v, last + 1) && !ADJUNCT_HEADS.has(v.lower[last + 1]!) && !(stopAtPreposition && PREPOSITIONS.has(v.lower[last + 1]!))) last++;
  // "… published in the Journal of | Adolescent Health Research": the length limit does not cut a name in two.
  if (last + 1 - start >= MAX_SOURCE) last = nameRunEnd(v, last);
  // Do not end on a preposition, a determiner or the sentence's full stop.
  while (last > start && (PREPOSITIONS.has(v.lower[last]!) || v.lower[last] === 'of' || v.lower[last] === 'the' || v.lower[last] === 'a' || v.tokens[last]!.text === '.')) last--;
  return { first: start, last };
}

/** The last token of a capitalised name that runs on past `last` ("Journal of | Adolescent Health Research"), or `last`. */
function nameRunEnd(v: SentenceView, last: number): number {
  const capital = (k: number): boolean => v.tokens[k]?.kind === 'word' && isCapitalized(v.tokens[k]!.text);
  if (!capital(last + 1) || !(capital(last) || (v.lower[last] === 'of' && capital(last - 1)))) return last;
  let end = last;
  while (end + 1 < v.tokens.length && end - last < 8 && (capital(end + 1) || (v.lower[end + 1] === 'of' && capital(end + 2)))) end++;
  return end;
}

const DATELINE_DASHES = new Set(['—', '–', '―', '-', '--']);

/** Index of the first token after a dateline ("WASHINGTON —", "LOS ANGELES, Sept. 28 (UPI) —"), or 0 when there is none. */
function datelineEnd(v: SentenceView): number {
  const first = v.tokens[0];
  if (!first) return 0;
  // "Washington (AFP) – …", "New York (AFP) – …": a city in ordinary case, its agency in parentheses, a dash.
  for (let k = 1; k < Math.min(v.tokens.length - 2, 5); k++) {
    if (v.tokens[k]!.text !== '(' || !isCapitalized(first.text)) continue;
    if (v.tokens[k + 2]?.text === ')' && DATELINE_DASHES.has(v.tokens[k + 3]?.text ?? '')) return k + 4;
    break;
  }
  if (!/^\p{Lu}[\p{Lu}.'’-]+$/u.test(first.text)) return 0;
  for (let k = 1; k < Math.min(v.tokens.length - 1, 14); k++) {
    if (!DATELINE_DASHES.has(v.tokens[k]!.text)) continue;
    let next = k + 1;
    while (next < v.tokens.length && DATELINE_DASHES.has(v.tokens[next]!.text)) next++;
    return next;
  }
  return 0;
}

/** Words that open an adjunct the preposition list leaves out ("Throughout the 2000s", "Despite the rain", "Amid protests"). */
const MORE_OPENERS = new Set(['throughout', 'despite', 'amid', 'amidst', 'unlike', 'beyond', 'besides', 'like']);
/** Last words of a time phrase measured from another time ("A month later", "Two years ago"). */
const TIME_OFFSETS = new Set(['later', 'earlier', 'ago', 'before', 'after']);

/** True when the sentence opens with a short time phrase ending in "later" or "ago" and a comma ("A month later, …"). */
function openingTimeLater(v: SentenceView, start: number, before: number): boolean {
  for (let k = start + 1; k < before && k <= start + 4; k++) {
    if (v.tokens[k]!.text === ',') return TIME_OFFSETS.has(v.lower[k - 1]!);
  }
  return false;
}

/** True when token `k` is a dash between words: "—", "–", a spaced hyphen, or the second hyphen of "--". */
function isClauseDash(v: SentenceView, k: number): boolean {
  const t = v.tokens[k]!;
  if (t.text === '—' || t.text === '―') return true;
  const spaced = k > 0 && v.tokens[k - 1]!.end < t.start && v.tokens[k + 1] !== undefined && v.tokens[k + 1]!.start > t.end;
  if (t.text === '–' || t.text === '-') return spaced;
  return false;
}

/** Words that open a sentence as an adverb and a name as a capital after them ("Just this week," / "Just Eat"). */
const TITLED_OPENERS = new Set(['first', 'last', 'next', 'just', 'back']);
/** Of those, the ones that open an adjunct only when a comma closes it within four words ("Just 12% of voters said"). */
const SHORT_OPENERS = new Set(['just', 'back']);

/** Words that open a time phrase before a time noun ("this week", "last year", "next month"). */
const DEMONSTRATIVE_TIMES = new Set(['this', 'last', 'next']);
const TIME_NOUNS = /^(week|weekend|month|year|morning|afternoon|evening|night|time|season|spring|summer|autumn|fall|winter|quarter|decade|century|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** True when the words at `start` open an adjunct that runs to a comma, not the subject. */
function openingAdjunct(v: SentenceView, start: number, before: number): boolean {
  const w = v.lower[start];
  if (w === undefined || start >= before) return false;
  // "First Minister Eluned Morgan …", "Last Tuesday's …" with a capital after: a title or a name, not an opening adverb.
  if (TITLED_OPENERS.has(w) && isCapitalized(v.tokens[start + 1]?.text ?? '') && v.tokens[start + 1]?.kind === 'word') return false;
  // "Asked on Monday whether …, Clinton said", "Speaking to reporters, …": an opening participle clause, not a name
  // ("Manning, 35, said" and "Reading Council said" have no lower-case word after theirs).
  const participle = /^[a-z]{3,}(ed|ing)$/.test(w) && /^[a-z]/.test(v.tokens[start + 1]?.text ?? '');
  // "Tuesday at Baldwin Wallace University, …", "Tuesday, …": a day with its place ("Tuesday's vote" is a subject).
  const day = WEEKDAYS.has(w) && (v.tokens[start + 1]?.text === ',' || PREPOSITIONS.has(v.lower[start + 1] ?? ''));
  const short = SHORT_OPENERS.has(w) && v.tokens.slice(start + 1, Math.min(before, start + 5)).some((t) => t.text === ',');
  // ("There, the district chairman …": "there" or "here" alone before a comma is a place adverb.)
  if ((w === 'there' || w === 'here') && v.tokens[start + 1]?.text === ',') return true;
  // "This week, …", "Last year, …" open with a time; "This document, now available online, …" opens with the subject.
  if (DEMONSTRATIVE_TIMES.has(w) && !TIME_NOUNS.test(v.lower[start + 1] ?? '') && !WEEKDAYS.has(v.lower[start + 1] ?? '')) return false;
  return PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || SENTENCE_ADVERBS.has(w) || short || /^[a-z]+ly$/.test(w) || w === 'with' || participle || day || MORE_OPENERS.has(w) || openingTimeLater(v, start, before);
}

/**
 * The subject of the sentence's main clause: the first noun phrase after any
 * leading adverbial ("In Brasilia, …", "Across town, …"), used when the cue is
 * separated from its subject by an apposition ("Marsh, 58, …, said").
 */
export function mainSubject(v: SentenceView, before: number): TokenRange | undefined {
  let start = datelineEnd(v);
  // A sentence that opens with a quotation names its speaker after it ("“…,” Holt, the director, said").
  while (start < before && (v.quoteMark[start] || v.quoted[start] || v.tokens[start]!.kind === 'punct')) start++;
  // "But Megan Hester, …, said": a conjunction opening the sentence is not part of its subject.
  if (start < before - 1 && CLAUSE_LINKS.has(v.lower[start]!) && v.tokens[start + 1]!.kind === 'word') start++;
  // "Throughout the 2000s, …", "A month later, …": an opening adjunct of time or manner up to its comma; another
  // may follow ("Tuesday at Baldwin Wallace University, after winning Ohio, Gov. John Kasich said").
  for (let adjuncts = 0; adjuncts < 3 && openingAdjunct(v, start, before); adjuncts++) {
    const comma = v.tokens.findIndex((t, k) => k > start && k < before && t.text === ',');
    if (comma < 0 && adjuncts === 0) return undefined;
    if (comma < 0) break;
    start = comma + 1;
    // 'On "Face the Nation," Sen. Bernie Sanders …': the comma may stand inside the quotation that closes the adjunct.
    while (start < before && v.quoteMark[start] && v.tokens[start - 1]?.text === ',') start++;
  }
  // "And it wasn't a one-off or an accident — Brendan Buck, a spokesman for Ryan, told …": a single dash closes a
  // first clause; the subject follows it (two dashes in the sentence set off an aside, which beforeDashedAside() reads).
  const dashes: number[] = [];
  for (let k = start; k < v.tokens.length; k++) if (isClauseDash(v, k)) dashes.push(k);
  if (dashes.length === 1 && dashes[0]! + 1 < before) start = dashes[0]! + 1;
  if (start >= before) return undefined;
  const subject = verbTrimmed(v, phraseStartingAt(v, start, true));
  // "A spokesman for the ministry, Joaquim Reis, said": a description with its phrase and the name in apposition.
  const named = subject && appositiveNameBefore(v, subject.last + 1, before);
  if (named) return { first: subject.first, last: named };
  // "Its chair, Dana Kowal, said": a description and the name in apposition are one source.
  if (subject && v.tokens[subject.last + 1]?.text === ',') {
    let k = subject.last + 2;
    // ("Its chief executive, Maarten de Groot, said": a lower-case particle inside the name.)
    while (k < before && v.tokens[k]!.kind === 'word' && (isCapitalized(v.tokens[k]!.text) || (k > subject.last + 2 && NAME_PARTICLES.has(v.tokens[k]!.text) && isCapitalized(v.tokens[k + 1]?.text ?? '')))) k++;
    const nameEnd = k;
    // ("One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said": the name may carry
    // where the person is from, in capitals after "of", "from" or "in".)
    while (k > subject.last + 2 && k < before && k - nameEnd < 10 && ((NAME_HOME_LINKS.has(v.lower[k]!) && isCapitalized(v.tokens[k + 1]?.text ?? '')) || (v.tokens[k]!.kind === 'word' && isCapitalized(v.tokens[k]!.text)))) k++;
    if (v.tokens[k]?.text !== ',' && k !== before) k = nameEnd;
    if (nameEnd > subject.last + 2 && nameEnd - subject.last - 2 <= 4 && (v.tokens[k]?.text === ',' || k === before)) return { first: subject.first, last: k - 1 };
  }
  return subject;
}

/** Words that tie a name in apposition to where its bearer is from ("Darran Whiting of Liberty Baptist Church in Marion"). */
const NAME_HOME_LINKS = new Set(['of', 'from', 'in', 'at']);

/**
 * The last token of a name in apposition that closes the subject right
 * before the cue at `before` ("…, Joaquim Reis, said"), when the words from
 * `from` to its comma are a prepositional phrase of the subject ("for the
 * Ministry of Humanitarian Affairs"), with no verb of their own.
 */
/** Lower-case particles inside a person's name ("bin", "van", "de"). */
export const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'van', 'von', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'ter', 'la', 'le', 'dos', 'das']);

function appositiveNameBefore(v: SentenceView, from: number, before: number): number | undefined {
  if (!PREPOSITIONS.has(v.lower[from] ?? '') && v.lower[from] !== 'of') return undefined;
  if (v.tokens[before - 1]?.text !== ',') return undefined;
  let k = before - 2;
  // ("Mohammed bin Abdulaziz Al-Khulaifi": a name may hold a lower-case particle.)
  while (k > from && v.tokens[k]!.kind === 'word' && (isCapitalized(v.tokens[k]!.text) || (NAME_PARTICLES.has(v.tokens[k]!.text) && (isCapitalized(v.tokens[k - 1]?.text ?? '') || NAME_PARTICLES.has(v.tokens[k - 1]?.text ?? '')))) && before - 2 - k < 5) k--;
  if (v.tokens[k]?.text !== ',' || k === before - 2 || k - from > 10) return undefined;
  for (let m = from; m < k; m++) if (AUXILIARIES.has(v.lower[m]!) || v.tokens[m]!.text === ',' || v.quoteMark[m]) return undefined;
  return before - 2;
}

/**
 * A subject read up to a preposition may have run into its verb ("She voted
 * against …", "Mokoena voted against …"): a pronoun is the subject alone, and
 * a lower-case -ed word right after a name is the verb, not part of the name.
 */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Words that open a verb's object ("visited the site", "raised its rates"). */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'him', 'them', 'it']);

/** Irregular past forms that take an object ("cut its forecast", "kept rates", "set a record"). */
export const IRREGULAR_PAST = new Set(['cut', 'kept', 'held', 'set', 'put', 'hit', 'made', 'took', 'gave', 'sold', 'bought', 'won', 'lost', 'led', 'left', 'brought', 'sent', 'spent', 'paid', 'built', 'shut', 'struck', 'sought', 'began', 'drew', 'threw', 'broke', 'chose', 'met', 'ran', 'saw', 'found', 'got', 'shook', 'stood', 'sat', 'rose', 'fell', 'grew', 'wore', 'went', 'came', 'heard', 'felt', 'wrote', 'spoke', 'told', 'knew', 'thought', 'swore', 'fought', 'caught', 'taught', 'drove', 'flew', 'bore', 'upheld', 'withheld', 'overrode', 'overtook', 'undertook', 'froze', 'stole', 'swept', 'dealt', 'lent', 'fled', 'laid', 'rode', 'forgave', 'overcame', 'became', 'beat', 'hid', 'bid', 'sank']);

/** Particles that follow a verb ("put off", "set out"), never a noun of a name. */
const VERB_PARTICLES = new Set(['off', 'up', 'out', 'down', 'back', 'away']);

/** Present verbs that are never nouns, so never part of a subject ("The report goes on to …", "The plan seems …"). */
const PRESENT_VERBS = new Set(['goes', 'comes', 'seems', 'appears', 'remains', 'continues', 'tries', 'gets', 'makes', 'takes', 'gives', 'keeps', 'becomes']);

/** True when the word at `k` can be the bare verb after "to" ("refused to answer"): lower case, no article, pronoun or figure. */
function bareVerbAt(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  if (!t || t.kind !== 'word' || !/^[a-z]+$/.test(t.text)) return false;
  return !DETERMINERS.has(v.lower[k]!) && !PRONOUNS.has(v.lower[k]!) && !OBJECT_OPENERS.has(v.lower[k]!) && !/(s|ing|ion|ment|ness|ity)$/.test(t.text);
}

function verbTrimmed(v: SentenceView, r: TokenRange | undefined): TokenRange | undefined {
  if (!r) return r;
  if (SUBJECT_PRONOUNS.has(v.lower[r.first]!)) return { first: r.first, last: r.first };
  for (let k = r.first + 1; k <= r.last; k++) {
    // ("The unreleased department video": an -ed word after a determiner is an adjective.)
    if (/^[a-z]+ed$/.test(v.tokens[k]!.text) && isCapitalized(v.tokens[k - 1]!.text) && !DETERMINERS.has(v.lower[k - 1]!)) return { first: r.first, last: k - 1 };
    // "The minister visited the site and said …": a past verb with its object after it ends the subject before it.
    if (k >= r.first + 2 && /^[a-z]{3,}ed$/.test(v.tokens[k]!.text) && OBJECT_OPENERS.has(v.lower[k + 1] ?? '')) return { first: r.first, last: k - 1 };
    // "The bank cut its growth forecast …, citing …", "The firm raised prices 4%, saying …": an irregular past, or an
    // -ed verb before a bare plural or a number, after a noun (no determiner or possessive before it) ends the subject.
    const prev = v.lower[k - 1]!;
    // ("…, Whitcombe shook his head": a one-word name inside the sentence is a whole subject too; "Rents rose" opening it may be a noun.)
    const afterNoun = (k >= r.first + 2 || (k - 1 > 0 && isCapitalized(v.tokens[k - 1]!.text))) && v.tokens[k - 1]!.kind === 'word' && !OBJECT_OPENERS.has(prev) && prev !== "'s" && !/ed$/.test(prev);
    const next = v.lower[k + 1] ?? '';
    if (afterNoun && IRREGULAR_PAST.has(v.tokens[k]!.text) && (OBJECT_OPENERS.has(next) || /^[a-z]+s$/.test(next) || /^\d/.test(next))) return { first: r.first, last: k - 1 };
    // "Sullivan put off deciding …", "Lee set out plans": an irregular past with its particle after a name is the verb.
    if (IRREGULAR_PAST.has(v.tokens[k]!.text) && VERB_PARTICLES.has(next) && isCapitalized(v.tokens[k - 1]!.text) && v.tokens[k - 1]!.kind === 'word') return { first: r.first, last: k - 1 };
    if (afterNoun && /^[a-z]{3,}ed$/.test(v.tokens[k]!.text) && (/^[a-z]+s$/.test(next) || /^\d/.test(next))) return { first: r.first, last: k - 1 };
    // "Oz's show proved to be a safe space", "The spokesman refused to answer questions … but said": an -ed verb
    // before "to" and a bare verb ends the subject too ("Those opposed to the plan" have a noun after "to").
    if (afterNoun && /^[a-z]{3,}ed$/.test(v.tokens[k]!.text) && next === 'to' && bareVerbAt(v, k + 2)) return { first: r.first, last: k - 1 };
    // "The report goes on to fault …, saying": a present verb that is no noun ends the subject before it.
    if (afterNoun && PRESENT_VERBS.has(v.tokens[k]!.text)) return { first: r.first, last: k - 1 };
  }
  return r;
}

/**
 * The subject of a sentence whose participle goes on after its main verb ("The nurse later sued, claiming …",
 * "Hundreds of demonstrators marched through …, chanting …"): a regular past verb after a noun ends it, and the
 * adverbs before that verb go with it. Only for that reading: a subject before its own cue keeps its participle
 * ("A report released in August found").
 */
export function beforePastVerb(v: SentenceView, r: TokenRange): TokenRange {
  for (let k = r.first + 1; k <= r.last; k++) {
    const prev = v.lower[k - 1]!;
    if (!/^[a-z]{2,}ed$/.test(v.tokens[k]!.text) || v.tokens[k - 1]!.kind !== 'word' || DETERMINERS.has(prev) || prev === "'s" || prev === '’s' || /ed$/.test(prev) || AUXILIARIES.has(prev)) continue;
    let last = k - 1;
    while (last > r.first && (CUE_ADVERBS.has(v.lower[last]!) || isAdverbAt(v.lower, v.tokens[last]!.text, last))) last--;
    return { first: r.first, last };
  }
  return r;
}

/** True when token `i` is a closing quotation mark or a comma right after one (`,”` / `”,`). */
export function closesQuoteBefore(v: SentenceView, i: number): boolean {
  const t = v.tokens[i];
  if (!t) return false;
  if (v.quoteMark[i] && ((isCloseQuote(t.text) && !isOpenQuote(t.text)) || (v.quoted[i - 1] === true && closingTyped(v.tokens, i)))) return true;
  if (v.quoteMark[i] && (t.text === '"' || t.text === "'")) return true;
  if (t.text === ',' && i > 0 && v.quoteMark[i - 1]) return true;
  return false;
}

/** Words that join a second clause with a speaker of its own ("…, and Brian Deese, the adviser, said …"). */
const SECOND_CLAUSE_LINKS = new Set(['and', 'but', 'while', 'whereas', ';']);

/**
 * "The White House contends …, and Brian Deese, the White House climate change
 * adviser, said …": a name with its description in apposition, after a link that
 * opens a second clause, is the speaker of the cue after the comma at `comma`;
 * the sentence's own subject speaks in the first clause only. The name (its
 * description only describes it), or undefined.
 */
export function joinedNamedSpeaker(v: SentenceView, comma: number): TokenRange | undefined {
  // The description: a lower-case phrase of at most ten words, back to the comma that opens it.
  let open = comma - 1;
  while (open >= 0 && comma - open <= 11 && v.tokens[open]!.text !== ',' && v.tokens[open]!.kind !== 'punct') open--;
  if (open < 1 || v.tokens[open]!.text !== ',' || open === comma - 1 || !/^[a-z]/.test(v.tokens[open + 1]!.text)) return undefined;
  // The name before it: capitalised words only, at most four.
  let first = open - 1;
  while (first >= 0 && open - first <= 4 && v.tokens[first]!.kind === 'word' && isCapitalized(v.tokens[first]!.text)) first--;
  if (first === open - 1 || first < 1 || !SECOND_CLAUSE_LINKS.has(v.lower[first]!)) return undefined;
  // ", and" or "; ": the link follows a mark that closes the first clause.
  if (v.lower[first] !== ';' && v.tokens[first - 1]!.text !== ',' && v.lower[first] !== 'while' && v.lower[first] !== 'whereas') return undefined;
  return { first: first + 1, last: open - 1 };
}
