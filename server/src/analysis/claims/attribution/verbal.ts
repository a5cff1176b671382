import { classifierCandidate, confirmClassified, isSourceHead, isSpeechLemma, type CueLexicon, type CueMatch } from '../lexicon';
import { lemmaOf } from '../lemma';
import type { SentenceView } from '../view';
import { AUXILIARIES, CUE_ADVERBS, DETERMINERS, DOCUMENT_NOUNS, MONTHS, NEGATIONS, PHRASE_PREPOSITIONS, PREPOSITIONS, PRONOUNS, SUBORDINATORS, endsInSingleS, isCapitalized, isAdverbAt, isLowerAsciiWord, isLyAdverb, startsWithAsciiDigit, takesObject, WEEKDAYS } from '../words';
import { POLL_LEMMA, pollSource, pollStanding } from './pollStanding';
import { FORECAST_LEMMA, ownForecast } from './ownForecast';
import { HOLDS, NUMBER_WORDS, OBJECT_ACTS, PARTICLES, PUTS, SUMMONS, countedObject, movesToFigure, requestFor, estimateAt, heldJudged, holdsEvent, holdsSteady, issuedNotice, issuedStatement, objectNotClause, quotationSoonAfter, releasedThing, reportedToSomeone, statementPutOut, summons } from './acts';
import { IRREGULAR_PAST, PLURAL_LOOKALIKES, beforeDashedAside, beforeRelativeAside, beforePastVerb, closesQuoteBefore, dashStart, joinedNamedSpeaker, prepositionalAside, mainSubject, phraseEndingAt, phraseStartingAt, skipLeft, subjectOfRelative, type TokenRange } from './source';
import { commentClause, inSubordinateClause, modifyingParticiple, reducedRelativeCue, reportedAsPredicate, subordinateBetween } from './clauses';
import { byManner, continuesSpeaker, objectRelativeSubject, openingAdverbialEnd, participleSpeaker, plainSpeaker, relativePronounBefore, relativeSource } from './further';
import { stanceAt } from './stance';
import { NEWSPAPER_WORDS } from '../../actors/lexicon';
import { namedAs } from './namedAs';
import { CONTINUES, MAKES, contentless } from './contentless';
import { DANGLING, SUBJECT_PRONOUNS, holdsClause, nameAfterDescription, parentheticalSpeaker, quotedTitleBefore, verbPhraseBefore, withConjuncts } from './speakerShape';
import { nounReading, objectOfPastVerb, singularNounBefore } from './nounReadings';
import { COUNTED_VOTES, asReported, bareBelief, bareReport, evidenceHeard, byReckoning, documentCloser, documentFrame, goesOnTo, heldRuling, perCue, ratedVerdict, viewAs, studyFinding, tallyCue } from './plainCues';
import { opensCue } from './cueGate';
import { withoutDay } from './tidy';

/** A reporting verb (or phrase) with its source, found in one sentence. */
export interface VerbalAttribution {
  cue: TokenRange;
  source: TokenRange;
  /** Token range of what is attributed, when it can be delimited. */
  content?: TokenRange;
  match: CueMatch;
  /** The cue sits in a subordinate or relative clause ("…, though she acknowledged …", "police, who said …"): it attributes that clause only. */
  embedded?: boolean;
  /** The phrase a relative pronoun source stands for ("police" of "police, who said …"). */
  antecedent?: TokenRange;
}

/** Prepositions that open an adjunct, not a figure ("about 310 people" is content). */
const ADJUNCT_PREPOSITIONS = new Set(['at', 'on', 'in', 'during', 'after', 'before', 'with', 'from', 'for', 'into', 'through', 'across', 'against', 'among', 'between', 'within', 'without']);

const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/** Quantities before a plural noun ("few votes", "several reports"). */
const QUANTIFIERS = new Set(['few', 'fewer', 'many', 'several', 'some', 'more', 'most', 'all', 'both', 'no', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);

/** Adjectives that sit between a determiner and a noun that could be read as a verb ("its latest forecast"). */
const NOUN_ADJECTIVES = new Set(['latest', 'later', 'new', 'own', 'first', 'last', 'annual', 'monthly', 'quarterly', 'weekly', 'official', 'final', 'revised', 'previous', 'earlier', 'updated', 'initial', 'recent', 'early', 'preliminary', 'joint', 'public', 'written', 'formal']);

/** Count of word/number tokens after `j` (the sentence's own words, quotes included). */
function wordsAfter(v: SentenceView, j: number): number {
  let n = 0;
  for (let k = j + 1; k < v.tokens.length; k++) if (v.tokens[k]!.kind !== 'punct') n++;
  return n;
}

/** A possessive at token `i` ("'s", "'", or a word ending in 's), not a quotation mark nor "he's". */
export function isPossessive(v: SentenceView, i: number): boolean {
  const w = v.lower[i];
  if (v.quoteMark[i] || isContraction(v, i)) return false;
  return w === "'s" || w === "'" || (w !== undefined && /'s$/.test(w) && w.length > 2);
}

/** Words "’s" contracts with ("he’s", "there’s"). */
const CONTRACTING_PRONOUNS = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what']);

/** "’s" after a pronoun is "is" or "has" ("He’s claiming"), not a possessive. */
function isContraction(v: SentenceView, i: number): boolean {
  return v.lower[i] === "'s" && CONTRACTING_PRONOUNS.has(v.lower[i - 1] ?? '');
}

/** True when most words are capitalised: a title-case headline ("Obama Seeks More Refugees"). */
function titleCase(v: SentenceView): boolean {
  let words = 0;
  let caps = 0;
  for (const t of v.tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (isCapitalized(t.text)) caps++;
  }
  return words >= 3 && caps / words >= 0.75;
}

/** Words that open a short adjunct closing a sentence after its cue ("said on Monday", "said in a statement", "said yesterday"). */
const CLOSING_ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'yesterday', 'today', 'tonight', 'last', 'this', 'earlier', 'later', 'late', 'early']);

/**
 * True when tokens `from`..`end` are a short adjunct of time or medium ("on Monday", "in a statement", "late on
 * Tuesday"), or an audience with at most a time after it ("to a cheering crowd on Monday").
 */
function closingAdjunct(v: SentenceView, from: number, end: number): boolean {
  const audience = v.lower[from] === 'to' && DETERMINERS.has(v.lower[from + 1] ?? '');
  if (end - from > (audience ? 7 : 4) || !(audience || CLOSING_ADJUNCT_OPENERS.has(v.lower[from] ?? ''))) return false;
  for (let k = from; k <= end; k++) if (v.tokens[k]!.kind !== 'word' || v.quoteMark[k] || v.lower[k] === 'that' || AUXILIARIES.has(v.lower[k]!) || SUBJECT_PRONOUNS.has(v.lower[k]!)) return false;
  return true;
}

const TELL_LEMMA = lemmaOf('tell');
const DENY_LEMMA = lemmaOf('deny');
/** What a denial may name in one word ("denied wrongdoing", "denied responsibility"). */
const DENIED_NOUNS = new Set(['wrongdoing', 'responsibility', 'involvement', 'liability', 'guilt', 'allegations', 'claims', 'reports', 'charges', 'accusations', 'it', 'this', 'that', 'them']);

/** True when tokens `from`..`end` are only a short hearer, with at most a time after it ("told POLITICO", "told the BBC on Monday"). */
function hearerOnly(v: SentenceView, from: number, end: number): boolean {
  let k = from;
  while (k <= end && k - from < 4 && v.tokens[k]!.kind === 'word' && !PREPOSITIONS.has(v.lower[k]!) && v.lower[k] !== 'that' && !v.quoteMark[k] && !SUBJECT_PRONOUNS.has(v.lower[k]!)) k++;
  return k > from && (k > end || closingAdjunct(v, k, end));
}

/** True when the cue at `j`, with at most a short adjunct after it, is followed by a comma and "and" or "but". */
function closesClauseBeforeConjunction(v: SentenceView, j: number): boolean {
  let c = j + 1;
  while (c < v.tokens.length && c - j <= 5 && v.tokens[c]!.text !== ',') c++;
  if (v.tokens[c]?.text !== ',' || (c > j + 1 && !closingAdjunct(v, j + 1, c - 1))) return false;
  return v.lower[c + 1] === 'and' || v.lower[c + 1] === 'but';
}

/** True when a "that" clause or a quotation follows token `k` ("said on Monday that …"). */
function hasClauseAfter(v: SentenceView, k: number): boolean {
  for (let m = k; m < v.tokens.length; m++) if (v.lower[m] === 'that' || v.lower[m] === 'to' || v.quoteMark[m] || v.tokens[m]!.text === ':') return true;
  // ("Police said on Friday they arrested 12 people": a subject pronoun right after a short adjunct opens the reported
  // clause; "… tweeted after Clinton argued … as he voted" has a clause of its own first.)
  for (let m = k + 1; m < v.tokens.length && m <= k + 4; m++) {
    if (SUBORDINATORS.has(v.lower[m]!) || v.quoted[m] || v.tokens[m]!.kind === 'punct') return false;
    if (CLAUSE_SUBJECTS.has(v.lower[m]!)) return true;
  }
  return false;
}

/** Subject pronouns that open a clause wherever they stand ("… on Friday they arrested …"). */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);

/** True when the tokens from `k` to the end hold no auxiliary or clause word: a bare noun phrase tail. */
function bareTail(v: SentenceView, k: number): boolean {
  for (let m = k; m < v.tokens.length; m++) {
    const w = v.lower[m]!;
    if (AUXILIARIES.has(w) || w === 'that' || v.quoteMark[m]) return false;
  }
  return v.tokens.length - k <= 14;
}

/** True when the sentence opens with a short name followed by a comma ("Marsh, 58, …, said"): an apposition, not a fronted clause. */
function appositionOpens(v: SentenceView, cue: number): boolean {
  let k = 0;
  while (k < cue && (v.quoteMark[k] || v.quoted[k])) k++;
  if (v.tokens[k]?.text === ',') k++;
  const start = k;
  // "In nearby Decatur, …": a phrase opened by a preposition or a subordinator is an adjunct, no name in apposition.
  if (PREPOSITIONS.has(v.lower[start] ?? '') || PHRASE_PREPOSITIONS.has(v.lower[start] ?? '') || SUBORDINATORS.has(v.lower[start] ?? '')) return false;
  while (k < cue && v.tokens[k]!.text !== ',' && !AUXILIARIES.has(v.lower[k]!)) k++;
  if (v.tokens[k]?.text !== ',' || k === start || k - start > 5) return false;
  for (let m = start; m < k; m++) if (!isCapitalized(v.tokens[m]!.text) && !DETERMINERS.has(v.lower[m]!) && v.tokens[m]!.kind === 'word' && m === start) return false;
  return true;
}

/** The subject of `r` without a present verb in -s after a name or a singular noun, and what follows it. */
function beforePresentVerb(v: SentenceView, r: TokenRange): TokenRange {
  for (let k = r.first + 1; k <= r.last; k++) {
    const w = v.tokens[k]!.text;
    const prev = v.tokens[k - 1]!;
    if (!/^[a-z]{3,}(?:es|s)$/.test(w) || /ss$/.test(w) || prev.kind !== 'word') continue;
    // (A verb takes an object or ends its predicate: "apologises and", "opens 14 shelters"; "A few minutes later" is a noun.)
    const next = v.lower[k + 1] ?? '';
    if (!(next === 'and' || DETERMINERS.has(next) || startsWithAsciiDigit(next) || ['its', 'his', 'her', 'their', 'to', 'that', 'up', 'out'].includes(next))) continue;
    if (isCapitalized(prev.text) || (/^[a-z]+$/.test(prev.text) && !/s$/.test(prev.text) && !DETERMINERS.has(v.lower[k - 1]!) && !ADJECTIVE_LIKE.test(prev.text))) return { first: r.first, last: k - 1 };
  }
  return r;
}

/** Endings of adjectives a noun may follow in a subject ("the regional agency"), no noun themselves. */
const ADJECTIVE_LIKE = /(al|ive|ous|ic|ful|less|ible|able|ary|ern)$/;

/** Prepositions that open where or when a name spoke ("said Kaitu in a televised address", "said Ruiz at a rally"). */
const SETTING_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'outside', 'inside', 'from', 'via', 'while', 'when']);

/**
 * An inverted speaker without the setting that follows its name: "said President Teburoro Kaitu in a televised
 * address on Tuesday" is Kaitu's, the address no part of the source ("of the Central Bank" stays: whom he is of).
 */
function withoutSetting(v: SentenceView, r: TokenRange): TokenRange {
  for (let k = r.first + 1; k <= r.last; k++) {
    if (SETTING_PREPOSITIONS.has(v.lower[k]!) && isCapitalized(v.tokens[k - 1]!.text)) return { first: r.first, last: k - 1 };
  }
  return r;
}

/** An inverted subject starts like a name or a description: a capital, a determiner, a plural ("said officials"). */
/** Words after an inverted cue that open its object or an adverb, never its speaker ("said nothing about Russia"). */
const NOT_SPEAKER_OPENERS = new Set(['me', 'him', 'her', 'us', 'them', 'it', 'nothing', 'little', 'something', 'anything', 'much', 'so', 'that', 'this', 'then', 'yes', 'no', 'not', 'only', 'also', 'again', 'earlier', 'later', 'today', 'yesterday', 'recently']);

/** True when a capitalised word other than the first stands inside `r`: the phrase holds a name. */
function heldName(v: SentenceView, r: TokenRange): boolean {
  for (let k = r.first + 1; k <= r.last; k++) if (v.tokens[k]!.kind === 'word' && isCapitalized(v.tokens[k]!.text)) return true;
  return false;
}

function invertedSubject(v: SentenceView, r: { first: number; last: number }, afterQuote = false): boolean {
  const w = v.lower[r.first]!;
  const t = v.tokens[r.first]!.text;
  // After a quotation, a short phrase ending in a name speaks ("…,” said 9/11 widow Terry Strada).
  if (afterQuote && r.last - r.first < 6 && isCapitalized(v.tokens[r.last]!.text) && !PREPOSITIONS.has(w)) return true;
  // "…,” said former Gov. Bill Richardson of New Mexico." / "…,” said undecided Republican voter Stephanie Hooton of
  // Derry": after a quotation a modifier may open a longer phrase, which a name inside makes a speaker.
  if (afterQuote && r.last - r.first < 16 && /^[a-z]+$/.test(t) && !PREPOSITIONS.has(w) && !NOT_SPEAKER_OPENERS.has(w) && heldName(v, r)) return true;
  // Right after a quotation a longer one speaks too ("…,” said Stephen Vladeck of the University of Texas School of Law).
  if (PREPOSITIONS.has(w) || ['me', 'him', 'her', 'us', 'them', 'reporters', 'it'].includes(w) || r.last - r.first >= (afterQuote ? 16 : 8)) return false;
  return isCapitalized(t) || DETERMINERS.has(w) || /^[a-z]+s$/.test(w) || /^(two|three|four|several|some|many|one|another|both|each|most)$/.test(w);
}

/** True when the sentence ends with two words after the cue at `j`, a bare subject and a past verb ("said prices rose"). */
function twoWordClause(v: SentenceView, j: number, end: number): boolean {
  if (j + 2 !== end || v.tokens[j + 1]?.kind === 'punct' || v.tokens[j + 2]?.kind !== 'word') return false;
  const subject = v.lower[j + 1]!;
  const verb = v.lower[j + 2]!;
  if (PREPOSITIONS.has(subject) || DETERMINERS.has(subject) || AUXILIARIES.has(subject)) return false;
  return /^[a-z]{2,}ed$/.test(verb) || IRREGULAR_PAST.has(verb);
}

/**
 * True when the words before the cue hold two noun phrases back to back ("the
 * 9% growth the company had forecast"): the cue sits in a relative clause
 * without "that", so it does not govern the sentence.
 */
function reducedRelative(v: SentenceView, r: TokenRange): boolean {
  for (let k = r.first + 1; k <= r.last; k++) {
    // "cited derogatory comments Trump had made": after a verb, a plural noun straight before a name opens the clause
    // the name is subject of ("unnamed officials Tuesday", "Analysts Bob Lee" are phrases).
    if (/^[a-z]+ed$/.test(v.tokens[r.first]!.text) && /^[a-z]{3,}s$/.test(v.tokens[k - 1]!.text) && !PLURAL_LOOKALIKES.has(v.lower[k - 1]!) && isCapitalized(v.tokens[k]!.text) && v.tokens[k]!.kind === 'word' && !WEEKDAYS.has(v.lower[k]!) && !MONTHS.has(v.lower[k]!)) return true;
    if (!DETERMINERS.has(v.lower[k]!) || v.lower[k] === 'this') continue;
    const before = v.tokens[k - 1]!;
    // "Rock the Vote", "Alliance for the Arts": a determiner between capitalised words is inside a name.
    if (isCapitalized(before.text) && isCapitalized(v.tokens[k + 1]?.text ?? '')) continue;
    // "Vatican spokesman the Rev. Federico Lombardi": a role and a titled name after "the" are one speaker.
    if (v.lower[k] === 'the' && nameRunsToEnd(v, k + 1, r.last)) continue;
    const w = v.lower[k - 1]!;
    // "all the experts", "both the parties": a predeterminer is no noun phrase of its own; nor is an adverb of
    // quantity before a fraction ("Nearly a quarter said", "roughly a third of voters").
    if (before.kind === 'word' && !PREPOSITIONS.has(w) && !PHRASE_PREPOSITIONS.has(w) && !DETERMINERS.has(w) && !['of', 'to', 'and', 'or', 'all', 'both', 'half', 'nearly', 'almost', 'roughly', 'about', 'around', 'over', 'only', 'just', 'fully', 'exactly', 'barely', 'less', 'more', 'than'].includes(w)) return true;
  }
  return false;
}

/** True when tokens `from`..`last` are capitalised words and full stops only, opening with a title ("Rev. Federico Lombardi"). */
function nameRunsToEnd(v: SentenceView, from: number, last: number): boolean {
  if (from > last || !/^(rev|dr|gen|col|sen|rep|gov|judge|bishop|father|sister|rabbi|imam|mayor)\.?$/.test(v.lower[from]!)) return false;
  for (let k = from; k <= last; k++) if (!(v.tokens[k]!.text === '.' || (v.tokens[k]!.kind === 'word' && isCapitalized(v.tokens[k]!.text)))) return false;
  return true;
}

/**
 * "Corvane on Thursday unveiled …": a day or month after the subject says
 * when, and is no part of the source; nor is an adverb ("The company now
 * expects …").
 */
function withoutTimeAdverbial(v: SentenceView, r: TokenRange | undefined): TokenRange | undefined {
  if (r && r.last > r.first && TRAILING_ADVERBS.has(v.lower[r.last]!)) r = { first: r.first, last: r.last - 1 };
  // "Even the organizer of a rally said …", "Only the mayor knows …": a focus adverb before the subject is none of it.
  if (r && r.last > r.first && FOCUS_ADVERBS.has(v.lower[r.first]!)) r = { first: r.first + 1, last: r.last };
  return r && withoutDay(v, r);
}

/** The source of the cue `i..j`, and what is attributed, or undefined when the structure does not fit. */
function sourceOf(v: SentenceView, i: number, j: number, m: CueMatch): { source: TokenRange; content?: TokenRange } | undefined {
  const n = v.tokens.length;
  const end = v.tokens[n - 1]?.kind === 'punct' ? n - 2 : n - 1;
  const next = v.lower[j + 1];
  // The source follows "according to" and a passive's "by" ("was first reported by"); "pointed to", "referred to", "stood by" keep theirs before.
  const passiveBy = m.phrase.endsWith(' by') && (PASSIVE.has(m.phrase.split(' ')[0]!) || PASSIVE.has(v.lower[skipLeft(v, i - 1) + 1] ?? '') || PASSIVE.has(v.lower[i - 1] ?? ''));
  // "Trump has a decisive lead in the polls": the poll phrase is the source, the clause before it the content.
  if (m.lemma === POLL_LEMMA) {
    const source = pollSource(v, i);
    return source && { source, content: { first: 0, last: i - 1 } };
  }
  if (m.phrase === 'in') {
    // "In the previous Washington Post/ABC News national poll, …": the whole frame up to its comma (documentFrame found one).
    let comma = j + 1;
    while (comma < n && v.tokens[comma]!.text !== ',') comma++;
    return comma > j + 1 && comma < n ? { source: { first: j + 1, last: comma - 1 }, content: { first: comma + 1, last: end } } : undefined;
  }
  if (m.phrase.startsWith('according to') || m.phrase.endsWith(' according to') || m.phrase === 'per' || m.lemma === 'as' || (m.phrase === 'by' && m.lemma === 'by') || passiveBy) {
    const source = phraseStartingAt(v, j + 1);
    return source && { source };
  }
  let left = skipLeft(v, i - 1);
  // "Halvard Robotics, a leading provider of …, today announced": a time adverbial before the cue is no part of its subject.
  // ("A poll … published on Thursday found": a day after a word is withoutDay()'s, which cuts its participle too.)
  const time = timeAdverbialStart(v, left);
  // ("Sen. Bernie Sanders (I-Vt.) on Saturday criticized": after a name or its parenthesis "on Saturday" says when too.)
  const afterName = time > 0 && (v.tokens[time - 1]!.text === ')' || isCapitalized(v.tokens[time - 1]!.text));
  if (time > 0 && (v.tokens[time - 1]!.text === ',' || afterName || !['on', 'in'].includes(v.lower[time]!))) left = skipLeft(v, time - 1);
  if (next === 'by' && left >= 0 && PASSIVE.has(v.lower[left + 1] ?? '') ) {
    const source = phraseStartingAt(v, j + 2);
    return source && { source };
  }
  const by = !m.classified && isParticiple(v.lower[i]!) && PASSIVE.has(v.lower[passiveAuxiliary(v, i)] ?? '') ? agentAfterComplement(v, j) : -1;
  if (by > 0) {
    const source = phraseStartingAt(v, by + 1, true);
    return source && { source };
  }
  // Content after the cue is a clause or a quotation, not a bare adjunct ("conceded at 11.40 pm").
  const adjunct = next !== undefined && ADJUNCT_PREPOSITIONS.has(next) && !hasClauseAfter(v, j + 1) && wordsAfter(v, j) <= 6;
  // A short quotation counts too, after its comma ("she said, “Thank God.”").
  // "called for calm", "urged restraint": a call's object is what is called for, however short.
  // So is the new figure of a revised forecast, however short ("raised its estimate for May by 4,000").
  // So is what a reaction judges: "The union welcomed the decision.", "The minister condemned the attack."
  // ("The RSF denied it.": a pronoun closing the sentence stands for what was judged.)
  // ("pleaded for calm", "appealed for witnesses": an appeal or a plea is a call too.)
  const callFor = ((m.phrase.endsWith(' for') && /^(call|appeal|plead|pled)/.test(m.phrase)) || m.lemma === FORECAST_LEMMA || (REACTIONS.has(m.lemma) && m.length === 1 && !m.classified && (DETERMINERS.has(next ?? '') || (next === 'that' && j + 2 === end) || (PRO_OBJECTS.has(next ?? '') && j + 1 === end)))) && wordsAfter(v, j) >= 1;
  // "Flake said he would.", "They said yes.": a pronoun with its auxiliary, or a yes or a no, is a whole reply.
  // ("The chair said prices rose.", "Police said two died.": a bare subject and its past verb are a whole clause.)
  // "The RSF has denied targeting civilians.", "The company denied wrongdoing.": what is denied is the content.
  const denial = m.lemma === DENY_LEMMA && m.length === 1 && !m.classified && j + 1 <= end && (/^[a-z]{3,}ing$/.test(next ?? '') || DENIED_NOUNS.has(next ?? ''));
  const shortReply = (SUBJECT_PRONOUNS.has(next ?? '') && AUXILIARIES.has(v.lower[j + 2] ?? '') && j + 2 === end) || ((next === 'yes' || next === 'no') && j + 1 === end) || twoWordClause(v, j, end);
  // ("The association counted 19 accidents.", "Police counted at least 40,000 marchers.": a tally's figure is its content.)
  const tally = m.lemma === 'count' || m.lemma === 'tally';
  const contentAfter = callFor || denial || shortReply || tally || quotationSoonAfter(v, j) || (wordsAfter(v, j) >= 3 && !adjunct) || v.quoteMark[j + 1] === true || v.tokens[j + 1]?.text === ':' || (v.tokens[j + 1]?.text === ',' && v.quoteMark[j + 2] === true);
  const afterStart = next === 'that' ? j + 2 : j + 1;
  // "He does not think so.", "She said so.": "so" stands for the clause it reports.
  const proClause = next === 'so' && j + 1 === end;
  const contentRight: TokenRange | undefined = (contentAfter || proClause) && afterStart <= end ? { first: afterStart, last: end } : undefined;
  const leftText = left >= 0 ? v.tokens[left]!.text : '';
  // "…, saying the company needed …" / "… and says …": the subject of the sentence speaks.
  // "… has been critical of Mr. Trump but on Tuesday wrote that …": a time adverbial may stand between the link and the verb.
  const linkBeforeTime = time > 0 && (v.lower[time - 1] === 'and' || v.lower[time - 1] === 'but');
  if (left >= 0 && !m.classified && (continuesSpeaker(v, i) || linkBeforeTime)) {
    const subject = mainSubject(v, i);
    const source = subject && /ing$/.test(v.lower[i]!) ? beforePastVerb(v, subject) : subject;
    // "Shares in Vantor Rail dropped 8.3% after the train maker cut …, blaming …": a participle after a
    // subordinate clause continues that clause's subject, not the sentence's.
    if (source && subordinateBetween(v, source.last + 1, i)) return undefined;
    return source && contentRight ? { source, content: contentRight } : undefined;
  }
  if (left < 0 || closesQuoteBefore(v, left) || leftText === ',') {
    // Inverted: "“…,” said Priya Lindqvist, the agency's director." / "…, said the governor."
    // ("Joe Scarborough, host of MSNBC's “Morning Joe,” suggested …": a programme's title in quotation marks after a
    // possessive is a name inside the subject's apposition, no quotation the cue could report.)
    const closesQuote = left >= 0 && closesQuoteBefore(v, left);
    const titleBefore = closesQuote && quotedTitleBefore(v, left);
    const afterQuote = closesQuote && !titleBefore;
    const right = phraseStartingAt(v, j + 1);
    const opening = left < 0 && [',', ':'].includes(v.tokens[right ? right.last + 1 : 0]?.text ?? ''); // "Said Ellis: “…”"
    // "…, said Brian Baker, a longtime adviser to the family who oversees …": a name with its apposition closes the sentence.
    const namedApposition = right !== undefined && isCapitalized(v.tokens[right.first]!.text) && v.tokens[right.last + 1]?.text === ',' && !AUXILIARIES.has(v.lower[right.last + 2] ?? '');
    // "…, said the person, who spoke on condition of anonymity.": a relative clause after the phrase describes the speaker.
    const describedSpeaker = right !== undefined && v.tokens[right.last + 1]?.text === ',' && (v.lower[right.last + 2] === 'who' || v.lower[right.last + 2] === 'whom');
    // "…, said a former spokesman for the Foreign Ministry, Oleg Voloshyn, who …": a description, then the name.
    const describedName = right !== undefined && !isCapitalized(v.tokens[right.first]!.text) ? nameAfterDescription(v, right) : undefined;
    // At the sentence's start only "Said Ellis: …" inverts: "Consider the numbers." is an imperative with its object.
    // Only verbs of saying invert ("…,” said Ms. Alvarado"); "…,” credited a program" has its subject before.
    // In a title-case headline every verb is capitalised: "…, Raises Full-Year Outlook" is a second verb of the subject, not "…, said X".
    // Without a quotation before it only a verb of saying stands before its subject ("…, warned the minister"):
    // "…, shows Democratic groups outpacing …", "…, question the wisdom of …" have their object after them.
    // (A participle the classifier guessed keeps the inverted reading, which its speaker test then rejects: "…, valuing
    // the company at 3.1 billion pounds" is no report of the sentence's subject.)
    // ("…, warned against the forces of hate": a cue that ends in its preposition has its object after it, no speaker.)
    // ("…, Joe Kasper, told POLITICO.": only after a quotation does "told" stand before its speaker; elsewhere the
    // word after it is the hearer.)
    const inverts = !NON_INVERTING.has(m.lemma) && !(m.length > 1 && PREPOSITIONS.has(v.lower[j]!)) && (afterQuote || m.lemma !== TELL_LEMMA) && (m.lemma === 'say' || !titleCase(v)) && (afterQuote || INVERTING.has(m.lemma) || (m.classified === true && /ing$/.test(v.lower[i]!)));
    // "The contrast with Trump, said Doyle and others, would be clear": a speaker between commas inside the sentence.
    const between = right && inverts && left > 0 && !afterQuote && invertedSubject(v, right) ? parentheticalSpeaker(v, left, right) : undefined;
    if (between) return { source: between, content: { first: 0, last: end } };
    if (right && inverts && (afterQuote || describedSpeaker || !appositionOpens(v, i)) && invertedSubject(v, right, afterQuote) && (afterQuote || opening || namedApposition || describedSpeaker || describedName !== undefined || (left >= 0 && bareTail(v, right.first)))) {
      return { source: describedName === undefined ? (afterQuote ? withoutSetting(v, right) : right) : { first: right.first, last: describedName }, content: left > 0 ? { first: 0, last: left - 1 } : undefined };
    }
    // "Mayor Alvarado, who took office promising to “take back the corners,” credited …": a quotation closing a
    // clause of the subject ends like a comma; the subject opens the sentence.
    if (left < 0 || (leftText !== ',' && !titleBefore && !(afterQuote && !inverts))) return undefined;
    // "…, its director, Rui Matos, said.": a cue closing the sentence after a comma has its speaker (and the
    // apposition before the name) right before it, and the content before them.
    // ("…, Rui Matos, said on Monday.": a short adjunct of time or medium may close it after the cue.)
    // ("…, a spokeswoman, Anna White, said on Saturday, and it has …": the cue closes its clause before ", and".)
    const closesClause = closesClauseBeforeConjunction(v, j);
    const adjunctOnly = j + 1 < end && (closingAdjunct(v, j + 1, end) || (m.lemma === TELL_LEMMA && hearerOnly(v, j + 1, end)));
    if ((!contentRight || closesClause || adjunctOnly) && left >= 1 && (j + 1 >= end || adjunctOnly || closesClause)) {
      const closing = closingSpeaker(v, left - 1);
      // ("Anna Roth, leader of the Greens, spoke on Monday": a bare name before the apposition is the subject, no content.)
      const nameOnly = closing !== undefined && closing.first - 2 <= 3 && v.tokens.slice(0, closing.first - 1).every((t) => t.kind === 'word' && isCapitalized(t.text));
      if (closing && !nameOnly) return { source: closing, content: { first: 0, last: closing.first - 2 } };
    }
    // "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said …": the subject stands before
    // a relative clause that runs to the cue, whatever commas it holds.
    // (When that phrase opens the main clause, mainSubject() reads it as it always has: "A spokesman for the ministry".)
    const relativeAside = leftText === ',' && contentRight ? beforeRelativeAside(v, left) : undefined;
    if (relativeAside && relativeAside.first !== mainSubject(v, i)?.first) return { source: relativeAside, content: contentRight };
    // "Clinton, at Monday's debate, cited …": the subject stands right before a short prepositional aside.
    const aside = leftText === ',' && !relativeAside ? prepositionalAside(v, left) : -1;
    const beforeAside = aside > 0 ? phraseEndingAt(v, aside - 1) : undefined;
    if (beforeAside && contentRight && plainWords(v, beforeAside)) return { source: beforeAside, content: contentRight };
    const pointed = pointedSpeaker(v, left);
    if (pointed) return pointed;
    const joined = leftText === ',' && contentRight ? joinedNamedSpeaker(v, left) : undefined;
    if (joined) return { source: joined, content: contentRight };
    // "Marsh, 58, a former official …, said …": the apposition ends at the cue; the subject opens the sentence.
    const subject = mainSubject(v, i);
    if (!subject) return undefined;
    // ("…, clapping, singing, chanting and …": a participle after a comma goes on from the main verb too.)
    const source = /ing$/.test(v.lower[i]!) ? beforePastVerb(v, subject) : subject;
    if (contentRight) return { source, content: contentRight };
    // The content runs from the sentence start to the mark before the source; none there, no attribution.
    if (source.first < 2) return undefined;
    return closesQuoteBefore(v, source.first - 1) || v.tokens[source.first - 1]?.text === ',' ? { source, content: { first: 0, last: source.first - 2 } } : undefined;
  }
  // "Jason Sims — a teacher from Mount Pleasant — says …": an aside between dashes parts the subject from its verb.
  left = beforeDashedAside(v, left);
  const bare = withConjuncts(v, withoutTimeAdverbial(v, phraseEndingAt(v, left)), i);
  // "Analysts who follow the sector say …": the subject is the phrase the relative clause describes, clause and all.
  const head = bare && subjectOfRelative(v, bare);
  const source = head ? { first: head.first, last: bare.last } : bare;
  if (!source || reducedRelative(v, head ?? source)) return undefined;
  // "…, with $412 million received of the $1.8 billion requested.": a "with" phrase is no speaker ("about half of
  // voters said" is: "about" counts there).
  if (v.lower[source.first] === 'with') return undefined;
  // "…, the United Nations said, after four days of talks …": a parenthetical cue reports what comes before it.
  // A short subject before it ("Her sister, she added, would …") goes on after it: the content is what follows.
  const parenthetical = next === ',' && !v.quoteMark[j + 2] && source.first >= 6 && v.tokens[source.first - 1]?.text === ',';
  if (contentRight && !parenthetical) return { source, content: contentRight };
  // "Ruiz added:" closing its line: what it introduces is the quotation that follows.
  if (v.tokens[j + 1]?.text === ':' && j + 1 === n - 1) return { source };
  // The content comes first ("…, officials said."): a comma, colon or closing quote must end it.
  const before = source.first - 1;
  // Nothing before the mark that ends the content (": 12% said."): no content, so no attribution.
  if (before < 1) return undefined;
  const b = v.tokens[before]!.text;
  if (b === ',' || b === ':' || b === ';' || closesQuoteBefore(v, before)) return { source, content: { first: 0, last: before - 1 } };
  // "… — its fastest pace in years — analysts said.": a dash ends the content as a comma does.
  const dash = dashStart(v, before);
  if (dash >= 1) return { source, content: { first: 0, last: dash - 1 } };
  // "…, officers and a person with knowledge of the case said.": two sources joined by "and" after the content's comma.
  const joined = joinedSourceStart(v, before);
  if (joined !== undefined) return { source: { first: joined, last: source.last }, content: { first: 0, last: joined - 2 } };
  if (before >= 2 && v.lower[before] === 'as' && (v.tokens[before - 1]?.text === ',' || closesQuoteBefore(v, before - 1)) && commentClause(v, j)) return { source, content: { first: 0, last: before - 2 } }; // "…, as the bank observed.
  // "That's what my friend Andy McCarthy wrote recently.": the pointing subject stands for what was said.
  if (v.lower[before] === 'what' && reportedAsPredicate(v, before)) return { source, content: { first: 0, last: before - 1 } };
  return undefined;
}

/**
 * "That is what the operator's own manager, Petra Halvorsen, wrote …": the speaker of a pointing subject's free
 * relative, a description with a name in apposition closed by the comma at `comma`; what is pointed at is the content.
 */
function pointedSpeaker(v: SentenceView, comma: number): { source: TokenRange; content: TokenRange } | undefined {
  const name = phraseEndingAt(v, comma - 1);
  if (!name || name.first < 3 || v.tokens[name.first - 1]!.text !== ',' || !isCapitalized(v.tokens[name.first]!.text)) return undefined;
  const description = phraseEndingAt(v, name.first - 2);
  const what = description ? description.first - 1 : -1;
  if (!description || v.lower[what] !== 'what' || !reportedAsPredicate(v, what)) return undefined;
  return { source: { first: description.first, last: name.last }, content: { first: 0, last: what - 1 } };
}

/**
 * The speaker of a cue that closes the sentence after a comma, ending at `end`: a short phrase after a comma
 * ("…, officials said."), with a short apposition before it when one stands between commas ("…, its director,
 * Rui Matos, said."); undefined when no comma opens it or nothing comes before it.
 */
function closingSpeaker(v: SentenceView, end: number): TokenRange | undefined {
  const name = phraseEndingAt(v, end);
  if (!name || name.last - name.first > 5 || name.first < 2 || v.tokens[name.first - 1]!.text !== ',') return undefined;
  // "…,” Mensah-Boateng, 52, said": an age between commas is no speaker; the inverted reading has the name.
  if (!plainWords(v, name)) return undefined;
  const before = phraseEndingAt(v, name.first - 2);
  // ("''…,'' Mr. Mahaney, of RBC Capital Markets, said.": the name may follow the quotation itself.)
  const opened = before !== undefined && before.first >= 1 && (v.tokens[before.first - 1]!.text === ',' || closesQuoteBefore(v, before.first - 1));
  const apposition = before && before.last - before.first <= 4 && before.first >= 1 && opened && plainWords(v, before);
  // "of RBC Capital Markets" says where the speaker works; alone it is no speaker.
  if (!apposition && PREPOSITIONS.has(v.lower[name.first]!)) return undefined;
  return apposition ? { first: before.first, last: name.last } : name;
}

/** True when the phrase holds no verb-like word (-ed, -ing) nor a digit: a description ("its director"), not a clause. */
function plainWords(v: SentenceView, r: TokenRange): boolean {
  for (let k = r.first; k <= r.last; k++) if (/(ed|ing)$/.test(v.lower[k]!) || /\d/.test(v.lower[k]!)) return false;
  return true;
}

/**
 * First token of a short phrase between a comma and the "and" (or "or") at
 * `and` ("…, officers and a person …"), when that phrase has no verb of its
 * own; undefined otherwise.
 */
function joinedSourceStart(v: SentenceView, and: number): number | undefined {
  if (v.lower[and] !== 'and' && v.lower[and] !== 'or') return undefined;
  for (let k = and - 1; k >= Math.max(1, and - 4); k--) {
    const t = v.tokens[k]!;
    if (t.text === ',') return k < and - 1 && k >= 2 ? k + 1 : undefined;
    if (t.kind !== 'word' || AUXILIARIES.has(v.lower[k]!) || /ed$/.test(v.lower[k]!) || v.quoted[k]) return undefined;
  }
  return undefined;
}

/** Irregular past participles of cue verbs ("It was written", "was told", "was found"): a passive without its agent reports nothing. */
const IRREGULAR_PARTICIPLES = new Set(['told', 'said', 'found', 'made', 'held', 'thought', 'heard', 'sent', 'read', 'put', 'taught', 'brought', 'felt', 'meant', 'set', 'led', 'forecast', 'broadcast', 'cast']);

/** A past participle: -ed, -en ("written", "spoken"), -wn ("shown", "known") or an irregular one. */
function isParticiple(w: string): boolean {
  return w.endsWith('ed') || (w.endsWith('en') && w.length > 4) || (w.endsWith('wn') && w.length > 4) || IRREGULAR_PARTICIPLES.has(w);
}

/** Index of the word before `i` once adverbs are skipped ("was first elected", "were also told"). */
function passiveAuxiliary(v: SentenceView, i: number): number {
  let k = i - 1;
  while (k >= 0 && (CUE_ADVERBS.has(v.lower[k]!) || isAdverbAt(v.lower, v.tokens[k]!.text, k) || v.lower[k] === 'first')) k--;
  return k;
}

/** True when a "that" clause follows `k` with no comma before it ("noted in a guest column in the Times that …"). */
function clauseWithoutComma(v: SentenceView, k: number): boolean {
  for (let m = k; m < v.tokens.length && m <= k + 12; m++) {
    if (v.tokens[m]!.text === ',' || v.quoteMark[m]) return false;
    if (v.lower[m] === 'that') return true;
  }
  return false;
}

/** Forms of "say" and "tell", never a noun after a possessive. */
const SAYS_FORMS = new Set(['said', 'says', 'told', 'tells']);

/** True when "by" follows `k` before the next comma: a passive participle's agent ("called to service by the governor"). */
function agentBeforeComma(v: SentenceView, k: number): boolean {
  for (let m = k; m < v.tokens.length && v.tokens[m]!.text !== ','; m++) if (v.lower[m] === 'by') return true;
  return false;
}

/** Structural tests every cue must pass, whatever its source; `clauseOnly` skips the test that it is not in a subordinate clause. */
function governsSentence(v: SentenceView, i: number, j: number, m: CueMatch, clauseOnly = false): boolean {
  for (let k = i; k <= j; k++) if (v.quoted[k] || v.quoteMark[k]) return false;
  const first = i === 0 || v.quoteMark[i - 1] || v.tokens[i - 1]!.kind === 'punct';
  if (isCapitalized(v.tokens[i]!.text) && !first && !titleCase(v)) return false; // part of a name ("United States")
  const prev = v.lower[i - 1];
  // "close to her said": "her" after a preposition is an object pronoun ending the subject, not a determiner.
  // ("for her support of …": before a bare form "her" is the possessive, the word a noun.)
  const finite = /ed$/.test(v.lower[i]!) || IRREGULAR_PARTICIPLES.has(v.lower[i]!) || ONLY_VERBS.has(v.lower[i]!);
  // ("of her professed opposition": before a bare noun the -ed word is an adjective and "her" a possessive.)
  const nounAfter = v.tokens[j + 1]?.kind === 'word' && /^[a-z]+$/.test(v.tokens[j + 1]!.text) && !DETERMINERS.has(v.lower[j + 1]!) && !PRONOUNS.has(v.lower[j + 1]!) && v.lower[j + 1] !== 'that' && !CUE_ADVERBS.has(v.lower[j + 1]!);
  const objectHer = prev === 'her' && i >= 2 && takesObject(v.lower[i - 2]) && finite && !nounAfter;
  // ("Sainsbury's said that …", "Marlowe's reported a 3% rise": a firm named with its possessive, whose verb the past
  // form is when no bare noun follows it; "Trump's reported affair" keeps the adjective.)
  const firmName = prev === "'s" && i >= 2 && isCapitalized(v.tokens[i - 2]!.text) && (SAYS_FORMS.has(v.lower[i]!) || (/ed$/.test(v.lower[i]!) && !nounAfter));
  if (prev !== undefined && !objectHer && !firmName && (DETERMINERS.has(prev) || isPossessive(v, i - 1))) return false; // a noun: "his pledge"
  // "in the closely watched primary": an -ly adverb between a determiner and the word makes it an adjective.
  if (prev !== undefined && i >= 2 && isAdverbAt(v.lower, v.tokens[i - 1]!.text, i - 1) && DETERMINERS.has(v.lower[i - 2]!)) return false;
  // "In one tweet Friday, …", "another report": a word that may be a noun is one after "one" or "another" ("…, one said").
  if ((prev === 'one' || prev === 'another') && NOUN_OR_VERB.has(v.lower[i]!) && !['no', 'every', 'some', 'any'].includes(v.lower[i - 2] ?? '')) return false;
  // "shift few votes", "cut 300 jobs": an -s word after a quantity is a plural noun, not a verb.
  if (endsInSingleS(v.lower[i]!) && prev !== undefined && (QUANTIFIERS.has(prev) || startsWithAsciiDigit(prev))) return false;
  // "2,000 customer orders": a singular noun between a quantity and the -s word makes it a compound plural too;
  // after a plural ("the past two weeks shows") the -s word is the verb.
  const before = v.lower[i - 2];
  // ("A Sept. 15, 2011 email shows": a year is no quantity.)
  // ("The 57-year-old scientist says": a number inside a compound adjective counts nothing, and "says" is never a noun.)
  if (endsInSingleS(v.lower[i]!) && !ONLY_VERBS.has(v.lower[i]!) && before !== undefined && (QUANTIFIERS.has(before) || (/^\d[\d,.]*$/.test(before) && !/^(19|20)\d\d$/.test(before))) && isLowerAsciiWord(prev ?? '') && !(prev ?? '').endsWith('s') && !AUXILIARIES.has(prev ?? '')) return false;
  // "the bank's latest forecast", "its new report": an adjective between a determiner and the word makes it a noun.
  // "The official said", "the public says": these two are people too, and a past or -s verb after them is their report.
  const personAdjective = (prev === 'official' || prev === 'public') && (ONLY_VERBS.has(v.lower[i]!) || /ed$/.test(v.lower[i]!) || IRREGULAR_PARTICIPLES.has(v.lower[i]!));
  if (i >= 2 && NOUN_ADJECTIVES.has(prev ?? '') && !personAdjective && (DETERMINERS.has(v.lower[i - 2]!) || isPossessive(v, i - 2))) return false;
  // ("did not, however, personally found": a parenthetical adverb between commas widens the reach.)
  let reach = 3;
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
    const w = v.lower[k]!;
    // "Y does not think so" still reports a belief (SCHEMA.md); a denied report ("did not say") reports nothing.
    // ("The research not only documented …, but also drew …": "not only" adds, it denies nothing.)
    if (NEGATIONS.has(w) && !m.belief && !(w === 'not' && v.lower[k + 1] === 'only')) return false;
    // "Ofgem will announce the July cap on May 27.", "Suppliers must write to customers …": what is yet to be said,
    // or must be, has not been said.
    // ("Will wrote": the columnist George Will; "may have said it best": a perfect after the modal was said.)
    if (UNSAID_MODALS.has(w) && !m.belief && /^[a-z'’]+$/.test(v.tokens[k]!.text) && !PERFECT.has(v.lower[k + 1] ?? '')) return false;
    if (w === 'to' && !m.phrase.startsWith('according')) return false; // "declined to comment", "expected to announce"
    if (w === ',' && (CUE_ADVERBS.has(v.lower[k - 1] ?? '') || CUE_ADVERBS.has(v.lower[k + 1] ?? ''))) {
      reach++;
      continue;
    }
    const lyAdverb = isAdverbAt(v.lower, v.tokens[k]!.text, k);
    if (!CUE_ADVERBS.has(w) && !AUXILIARIES.has(w) && !lyAdverb) break;
    if (lyAdverb) reach++;
  }
  const next = v.lower[j + 1];
  const left = skipLeft(v, i - 1);
  // "in a box labeled “medical problem”", "a paper titled …": a naming participle right after a noun modifies it.
  // ("which critics labeled …": a plural noun is a subject; the thing named is singular after its determiner.)
  if (NAMING_PARTICIPLES.has(v.lower[i]!) && i >= 2 && /^[a-z]+[^s]$/.test(v.tokens[i - 1]!.text) && !AUXILIARIES.has(prev ?? '') && (DETERMINERS.has(v.lower[i - 2]!) || DETERMINERS.has(v.lower[i - 3] ?? ''))) return false;
  // "-ing" reports only after a comma or an auxiliary ("…, saying", "is saying"); "the councilor accusing …" is a modifier.
  const contracted = i > 0 && isContraction(v, i - 1);
  if (v.lower[i]!.endsWith('ing') && !m.phrase.startsWith('according') && !contracted && !byManner(v, i) && perceivedAt(v, i) === undefined && !(prev === ',' || (left < i - 1 && AUXILIARIES.has(v.lower[i - 1]!)) || AUXILIARIES.has(prev ?? ''))) {
    // "footage of Clinton asking, “…”": a speaker's participle attributes its own clause, embedded in the sentence.
    return clauseOnly && participleSpeaker(v, i, m) !== undefined;
  }
  // "responded by using" is no agent, nor is the measure of a revised forecast ("raised its forecast by 0.1 points").
  // Nor is the medium it was said by ("said by telephone", "told by email").
  const byAgent = next === 'by' && !(v.lower[j + 2] ?? '').endsWith('ing') && !BY_MEDIUM.has(v.lower[j + 2] ?? '') && m.lemma !== FORECAST_LEMMA;
  if (byAgent && !(left >= 0 && PASSIVE.has(v.lower[left + 1] ?? ''))) return false; // "economists polled by …"
  // A passive without its agent ("It is expected to …", "was asked about …"): the subject is not the source.
  // A phrase led by the participle too ("have been accused of"), but not the reporting passive "quoted as saying".
  // ("has been called a charlatan by fellow physicians": the agent may follow what the subject was called.)
  if ((m.length === 1 || !m.phrase.startsWith('quoted')) && !byAgent && !m.hearer && isParticiple(v.lower[i]!) && PASSIVE.has(v.lower[passiveAuxiliary(v, i)] ?? '') && (m.classified === true || agentAfterComplement(v, j) < 0)) return false;
  // "The ceasefire, first agreed in April, …": adverbs may stand between the comma and the participle.
  const beforeAdverbs = v.lower[passiveAuxiliary(v, i)];
  // ("…, now called Trump National Doral, …": a naming participle after a comma names what comes before it.)
  // (", called Mr. Obama's remarks …" after an apposition is the subject's verb: "called" needs the adverb, "now called".)
  if ((prev === ',' || beforeAdverbs === ',') && (NAMING_PARTICIPLES.has(v.lower[i]!) || (v.lower[i] === 'called' && prev !== ',')) && next !== undefined && (isCapitalized(v.tokens[j + 1]!.text) || v.quoteMark[j + 1]) && !closesQuoteBefore(v, passiveAuxiliary(v, i) - 1)) return false;
  // ("Rep. Chris Collins, R-N.Y., noted in a guest column … that …": with no comma closing it, the participle is the verb.)
  if ((prev === ',' || beforeAdverbs === ',') && /(ed|wn)$/.test(v.lower[i]!) && m.lemma !== 'add' && next !== undefined && (PREPOSITIONS.has(next) || CUE_ADVERBS.has(next) || next === 'as' || (next === 'to' && agentBeforeComma(v, j + 1))) && !clauseWithoutComma(v, j + 1)) {
    return false; // "The decision, announced after a meeting, …", "the bill, known as …", "Guard members, called to service by the governor, …"
  }
  return clauseOnly || !inSubordinateClause(v, i, j, m.belief);
}

/** Modals before a cue that make it a plan, a duty or a possibility, not a report. */
const UNSAID_MODALS = new Set(['will', "'ll", '’ll', 'shall', 'must', 'should', 'can', 'may', 'might']);
const PERFECT = new Set(['have', "'ve", '’ve']);

/** Participles of perception whose passive frames what its subject was heard or seen doing ("can be heard saying"). */
const PERCEIVED = new Set(['heard', 'overheard', 'seen', 'caught', 'filmed', 'recorded', 'shown']);

/**
 * "Ruiz can be heard saying that …", "Scott is seen telling officers …": after
 * a passive of perception the -ing cue is the subject's own report (the video or
 * the witness only carries it), so it governs like a finite verb and its source
 * is the subject of the passive. The index of the perception participle, or
 * undefined. ("A man who was seen saying …": in a relative clause it stays embedded.)
 */
function perceivedAt(v: SentenceView, i: number): number | undefined {
  if (!v.lower[i]!.endsWith('ing')) return undefined;
  let perceived = i - 1;
  while (perceived > 1 && isAdverbAt(v.lower, v.tokens[perceived]!.text, perceived)) perceived--;
  if (perceived < 1 || !PERCEIVED.has(v.lower[perceived]!)) return undefined;
  let be = perceived - 1;
  while (be > 0 && isAdverbAt(v.lower, v.tokens[be]!.text, be)) be--;
  if (!PASSIVE.has(v.lower[be]!) || relativePronounBefore(v, perceived) !== undefined) return undefined;
  return perceived;
}

/**
 * Every reporting verb (or phrase) that governs a clause of the sentence, with
 * its source, the one that governs the main clause first: a lexicon report
 * wins over a classified one and both over a belief, then the first in the
 * sentence (a later "citing …" or "adding …" elaborates it). The others are
 * further attributions of the same sentence ("X said …, Y added", "…, X said,
 * citing a report"): PolNeAR counts each.
 */
export function findVerbalAttributions(v: SentenceView, lexicon: CueLexicon, person: (r: TokenRange) => boolean = () => false): { main?: VerbalAttribution; others: VerbalAttribution[] } {
  const found: VerbalAttribution[] = [];
  let best = -1;
  // One capital test for the whole sentence, not a closure per word.
  const capital = (k: number): boolean => isCapitalized(v.tokens[k]!.text);
  for (let i = 0; i < v.tokens.length; i++) {
    const candidate = candidateAt(v, lexicon, i, person, capital);
    if (!candidate) continue;
    // "…, the ministry said, citing …" / "The ministry said …, adding …": the speaker of the earlier cue goes on.
    const earlier = found[found.length - 1];
    if (earlier && !earlier.embedded && !candidate.embedded && continuesSpeaker(v, candidate.cue.first)) candidate.source = earlier.source;
    found.push(candidate);
    if (!candidate.embedded && (best < 0 || rank(candidate.match) > rank(found[best]!.match) || holds(v, candidate, found[best]!))) best = found.length - 1;
    i = candidate.cue.last;
  }
  // Only a cue that governs the main clause attributes the sentence; embedded ones are among the others.
  // ("Reid has gone after Trump as a “human leech”": with no cue governing, a quoted label names its object.)
  const main = best < 0 ? namedLabel(v) : found.splice(best, 1)[0];
  // A further attribution is shown to the reader only with a plain speaker: a short phrase, no verb of its own.
  const opening = openingAdverbialEnd(v);
  // ("…, according to a transcript of the show", "…, according to a poll released Thursday": what follows "according
  // to" is a noun phrase by construction, however long, whatever verb-like word it holds.)
  const plain = (a: VerbalAttribution): boolean => (a.match.phrase.startsWith('according') && !a.embedded) || plainSpeaker(v, a.source, lexicon);
  // ("The court heard Ellison used …": a source that holds the main cue is a clause of it, no speaker.)
  const holdsMainCue = (a: VerbalAttribution): boolean => main !== undefined && a.source.first <= main.cue.first && main.cue.last <= a.source.last;
  return { main, others: found.filter((a) => plain(a) && !holdsMainCue(a) && (a.embedded === true || a.cue.first > opening)) };
}

/** namedAs() as an attribution whose source passes the tests every source does. */
function namedLabel(v: SentenceView): VerbalAttribution | undefined {
  const named = namedAs(v);
  if (!named || sourceless(v, named.source) || holdsClause(v, named.source) || DANGLING.has(v.lower[named.source.last]!)) return undefined;
  return named;
}

/** The governing reporting verb at token `i`, with its source, if there is one. */
function candidateAt(v: SentenceView, lexicon: CueLexicon, i: number, person: (r: TokenRange) => boolean, capital: (k: number) => boolean): VerbalAttribution | undefined {
  if (v.quoted[i] || v.tokens[i]!.kind !== 'word' || !opensCue(lexicon, v.forms[i]!)) return undefined;
  const stance = stanceAt(v, i);
  if (stance && !sourceless(v, stance.source)) {
    const content: TokenRange | undefined = i + 2 < v.tokens.length ? { first: i + 1, last: v.tokens.length - 1 } : undefined;
    const found: VerbalAttribution = { ...stance, content };
    if (inSubordinateClause(v, stance.cue.first)) found.embedded = true;
    return found;
  }
  if (CUE_ADVERBS.has(v.lower[i]!) || (AUXILIARIES.has(v.lower[i]!) && v.lower[i] !== 'was' && v.lower[i] !== 'is')) return undefined;
  // "fined $185 million, including a record penalty", "dignitaries, including George W. Bush": "including" lists, it reports nothing.
  if (v.lower[i] === 'including') return undefined;
  // "dropped 31 basis points to 3.92%": "points" after a figure is the unit, no one pointing to anything.
  if (v.lower[i] === 'points' && (v.lower[i - 1] === 'basis' || v.lower[i - 1] === 'percentage' || startsWithAsciiDigit(v.lower[i - 1] ?? ''))) return undefined;
  // "cut its rate to 4.75%, surprising most economists": a feeling the act caused in others, whom no one quotes.
  if (CAUSED_FEELINGS.has(v.lower[i]!) && v.tokens[i - 1]?.text === ',') return undefined;
  if (NOT_REPORTING_WORDS.has(v.lower[i]!) && notReporting(v, i)) return undefined;
  // "…, compared to 11% of Democratic claims", "compared with a year earlier": a comparison, no report.
  if ((v.lower[i] === 'compared' || v.lower[i] === 'comparing') && (v.lower[i + 1] === 'to' || v.lower[i + 1] === 'with')) return undefined;
  // "Karvella state to vaccinate …", "Rakhine state": "state" after a name is the noun (the verb after a name is "states").
  if (v.lower[i] === 'state' && i > 0 && capital(i - 1)) return undefined;
  // "is seemingly genuine": an adverb alone reports nothing (PolNeAR's "reportedly" has no source in the sentence either).
  if (isAdverbAt(v.lower, v.tokens[i]!.text, i)) return undefined;
  // "Bankruptcy is like a chess game", "looks like", "just like": "like" after a verb of being or a degree word is a preposition.
  if ((v.lower[i] === 'like' || v.lower[i] === 'liked') && i > 0 && LIKE_PREPOSITION_BEFORE.has(v.lower[i - 1]!)) return undefined;
  // "Summers like that of 2022": "like" before "that of" / "those of" compares, it likes nothing.
  if (v.lower[i] === 'like' && (v.lower[i + 1] === 'that' || v.lower[i + 1] === 'those') && v.lower[i + 2] === 'of') return undefined;
  // (A learned phrase that holds the statement, "released a statement saying", stays the cue.)
  const phrase = lexicon.match(v.lower, i);
  let m = (v.lower[i] === 'told' || v.lower[i] === 'heard' || v.lower[i] === 'hears' ? evidenceHeard(v, i) : undefined) ?? tallyCue(v, i) ?? ownForecast(v, i) ?? (phrase && phrase.length > 1 ? phrase : issuedCue(v, i) ?? phrase) ?? goesOnTo(v, i) ?? viewAs(v, i) ?? ratedVerdict(v, i) ?? heldRuling(v, i) ?? bareBelief(v, i) ?? bareReport(v, i) ?? perCue(v, i) ?? asReported(v, i) ?? evidenceHeard(v, i) ?? byReckoning(v, i) ?? documentCloser(v, i) ?? documentFrame(v, i) ?? pollStanding(v, i) ?? studyFinding(v, i) ?? classifierCandidate(v.lower, i, capital);
  // "Opponents continued to call for an audit", "Polls continue to show that …": the report is the verb that goes
  // on, so the cue reads through to it (whether or not "continue" alone was read as a cue).
  if (CONTINUES.has(v.lower[i]!) && v.lower[i + 1] === 'to') {
    const inner = lexicon.match(v.lower, i + 2);
    if (inner) m = { ...inner, length: inner.length + 2, phrase: `${v.lower[i]} to ${inner.phrase}` };
  }
  if (!m) return undefined;
  // "officials said Sunday", "said Monday that …": PolNeAR's phrase lexicon learned the day with the verb; the cue
  // is the verb alone (a day is when it was said).
  while (m.length > 1 && (WEEKDAYS.has(v.lower[i + m.length - 1]!) || /^(today|yesterday|tonight)$/.test(v.lower[i + m.length - 1]!))) m = { ...m, length: m.length - 1, phrase: v.lower.slice(i, i + m.length - 1).join(' ') };
  // "released its new phone", "released the names of the victims": what is released is no document, nothing is said.
  if (m.classified && /^releas/.test(v.lower[i]!) && releasedThing(v, i + 1)) return undefined;
  const j = i + m.length - 1;
  if (nounReading(v, i, j)) return undefined;
  // "A ceasefire agreed in Jeddah in May 2023 lasted …": a participle modifying its noun.
  if (reducedRelativeCue(v, i, j)) return undefined;
  // "one of the largest ever found", "The vaccine, called NVX-14, …": a participle that describes or names its noun.
  if (modifyingParticiple(v, i)) return undefined;
  // "The witness Fashola referred to, a former director …, pleaded guilty": a verb that needs an object and has
  // none after it is in a relative clause without "that"; its object is the noun before its subject.
  if (gappedObject(v, i, j)) return undefined;
  let embedded = false;
  if (!governsSentence(v, i, j, m)) {
    // Only a lexicon cue is trusted inside a clause: a classified word there is too often a noun ("that orders rose").
    if ((m.classified && relativePronounBefore(v, i) === undefined) || !governsSentence(v, i, j, m, true)) return undefined;
    embedded = true;
  }
  const participle = embedded && /ing$/.test(v.lower[i]!) ? participleSpeaker(v, i, m) : undefined;
  const found: { source: TokenRange; antecedent?: TokenRange; content?: TokenRange } | undefined = participle ? { source: participle, content: j + 1 < v.tokens.length ? { first: j + 1, last: v.tokens.length - 1 } : undefined } : ((embedded ? relativeSource(v, i, lexicon) ?? objectRelative(v, i) : undefined) ?? sourceOf(v, (embedded ? undefined : perceivedAt(v, i)) ?? i, j, m));
  // "To be sure, …": a source is a phrase with a content word, never a preposition or particle alone.
  // ("Not everyone welcomed the move": a denied subject is nobody who spoke.)
  // ("…, a figure campaigners have called inadequate": after a comma, an apposition's head noun and then a subject
  // make an object relative clause; its cue judges that noun and sources nothing of the sentence.)
  if (found && appositiveObjectRelative(v, found.source)) return undefined;
  // ("Four of its six voting members backed the decision": a stance counted by heads is a vote, an act.)
  if (found && STANCE_LEMMAS.has(m.lemma) && countedSubject(v, found.source.first)) return undefined;
  // ("No regulator has accused it of wrongdoing", "Nobody has claimed the attack": nor is a subject denied by "no"; "No.
  // 10 said" is Downing Street.)
  if (!found || sourceless(v, found.source) || deniedSubject(v, found.source.first)) return undefined;
  // "Cruz faced criticism for", "Fiorina showed subtle hints": the cue is the object of the verb closing its source.
  const nounLike = NOUN_OR_VERB.has(v.lower[i]!) || NOUN_OR_VERB.has(v.lower[i]!.replace(/s$/, '')) || /(ism|ique)$/.test(v.lower[i]!);
  if (objectOfPastVerb(v, found.source, i, nounLike)) return undefined;
  // ("declined multiple requests for", "has renewed Republican calls for", "trying to assuage fears": the same with
  // any verb form opening the phrase and any modifier closing it.)
  if (verbPhraseBefore(v, found.source, i)) return undefined;
  // "Some seek to", "stopped short of", "a USA TODAY analysis of": a phrase ending in a preposition is no speaker; after
  // the cue ("according to a report from … to") it ends before it.
  if (DANGLING.has(v.lower[found.source.last]!)) {
    if (found.source.first <= i || found.source.last - found.source.first < 2) return undefined;
    found.source = { first: found.source.first, last: found.source.last - 1 };
  }
  // "Chief executive Simon Lacey apologises and says …", "The agency opens 14 shelters and says …": a second
  // predicate's subject ends before the first predicate's present verb.
  if (v.lower[i - 1] === 'and' && found.source.last < i) found.source = beforePresentVerb(v, found.source);
  // "they only learned": a subject pronoun is the whole source; one further in ("we also need rent" + "rules") makes a clause.
  if (SUBJECT_PRONOUNS.has(v.lower[found.source.first]!) && adverbsAfter(v, found.source)) found.source = { first: found.source.first, last: found.source.first };
  // ("according to figures she shared with the Ledger": after "according to" a noun phrase with its own relative clause.)
  else if (holdsClause(v, found.source) && !(m.phrase.startsWith('according') && found.source.first > i)) return undefined;
  // A word that may be a noun ("shows", "reports") or an act ("showed no emotion") reports only before a clause, or from a document ("the poll shows Clinton ahead").
  const next = v.lower[j + 1];
  // A plan or hope reports before "to" ("plans to release"); a cue closing the sentence after its content reports ("…, the Journal reports.").
  const closing = found.content !== undefined && found.content.last < i && found.source.last >= j;
  const clause = next === 'that' || next === ':' || v.quoteMark[j + 1] || (m.belief && next === 'to') || closing || (found.content !== undefined && found.content.last < i && v.tokens[j + 1]?.kind === 'punct');
  if (m.needsClause && !clause && !isDocument(v, found.source)) return undefined;
  // A particle may stand before the object: "revised up its estimates".
  // ("“…,” added a South Carolina Democrat": after its content the phrase that follows is the inverted speaker, no object.)
  if (OBJECT_ACTS.has(v.lower[i]!) && m.length === 1 && !closing && objectNotClause(v, PARTICLES.has(next ?? '') ? j + 2 : j + 1)) return undefined;
  // "have agreed personal terms with …", "agreed new rules": an agreement on a thing is an act, with or without a determiner.
  if (/^agree(s|d|ing)?$/.test(v.lower[i]!) && m.length === 1 && !closing && bareNounObject(v, j + 1)) return undefined;
  // "Clinton spoke to the Planned Parenthood Action Network", "made history", "continues to trail": nothing said follows.
  // ("“…,” she continued.": a quotation before the cue is its content.)
  const firstMark = v.quoteMark.indexOf(true);
  const quotedBefore = (found.content !== undefined && found.content.last < i) || (firstMark >= 0 && firstMark < i);
  // ("Anna Roth, leader of the Greens, spoke on Monday": the phrase lexicon's "spoke on" is a verb of speaking and its
  // preposition, no more said than by "spoke" alone.)
  const verbAndPreposition = m.length === 2 && PREPOSITIONS.has(v.lower[j]!);
  if ((m.length === 1 || verbAndPreposition) && !closing && !quotedBefore && contentless(v, i, (k) => lexicon.match(v.lower, k) !== undefined)) return undefined;
  // "The directorate counted votes on Sunday": counting ballots is the election's own act, no figure of the counter's.
  if (/^count(s|ed|ing)?$/.test(v.lower[i]!) && COUNTED_VOTES.has(v.lower[j + 1] ?? '')) return undefined;
  // "would hold hearings", "held talks", "holds a 5-point lead" are acts; "held that …", "holds several positions" report.
  // ("held up the sign", "held his head in his hands" are acts too; "held the law unconstitutional" rules.)
  // ("A jury held the firm liable": a judgement of the object rules, whatever else the object's words look like.)
  if (HOLDS.has(v.lower[i]!) && m.length === 1 && !heldJudged(v, j + 1) && (holdsEvent(v, j + 1) || holdsSteady(v, j + 1) || objectNotClause(v, PARTICLES.has(next ?? '') ? j + 2 : j + 1))) return undefined;
  if (SUMMONS.has(v.lower[i]!) && m.length === 1 && summons(v, j + 1)) return undefined;
  // "has asked banks in Singapore and Dubai for records", "asked the court for a delay": a request, nothing reported.
  if (/^ask(s|ed|ing)?$/.test(v.lower[i]!) && m.length === 1 && !closing && requestFor(v, j + 1)) return undefined;
  // "The strike was called by the union": "called" straight before its agent names nothing, it convenes.
  if (SUMMONS.has(v.lower[i]!) && m.length === 1 && v.lower[j + 1] === 'by') return undefined;
  // "puts growth at 1.2%" estimates; "put the satellite into orbit", "put forward a bill" are acts.
  if (PUTS.has(v.lower[i]!) && m.length === 1 && !estimateAt(v, j + 1) && !statementPutOut(v, j + 1)) return undefined;
  // "The bill would require councils to approve …", "allowed firms to …": an obligation or a permission reports nothing; nor does watching.
  if (m.classified && (OBLIGATIONS.test(v.lower[i]!) || WATCHING.test(v.lower[i]!))) return undefined;
  // "The board's own review, published last year, found …", "A poll released Friday found …": a document is
  // published; the participle the classifier guessed describes it and reports nothing of it.
  // ("Footage captured Warren …", "His tweet included a picture" are the document's own verbs, with an object.)
  if (m.classified && /ed$/.test(v.lower[i]!) && isDocument(v, found.source) && ((found.source.last === i - 1 && WHEN_PUBLISHED.test(next ?? '')) || (found.source.last === i - 2 && v.tokens[i - 1]!.text === ','))) return undefined;
  // "In January it withdrew 2,500 packs": a verb the classifier guessed, before a counted object, is an act.
  if (m.classified && countedObject(v, j + 1)) return undefined;
  // "European shares fell …": an -s word before a past-tense verb is a plural noun, the subject of that verb.
  if (m.classified && endsInSingleS(v.lower[i]!) && PAST_AFTER_NOUN.test(v.lower[j + 1] ?? '')) return undefined;
  // ("Technology shares bore the brunt", "The previous fisheries accord lapsed in 2022": any past verb, regular or not,
  // after a word the classifier guessed that is no past form itself makes that word its subject's noun.)
  // (A lexicon word too, unless it is a verb of saying: "Critics say increased spending …" keeps its cue; "accord" is
  // the noun before any verb but "to".)
  if (nounBeforePastVerb(v, i, j, m)) return undefined;
  // "The RFS issued an emergency warning for the area shortly after 2pm": a warning, an order or an alert issued with
  // nothing said after it is the act of issuing ("issued a warning that …", "…, saying …" report).
  if (/^issu(e|es|ed|ing)$/.test(v.lower[i]!) && m.length === 1 && issuedNotice(v, j + 1)) return undefined;
  // "Han reported the discrepancy to the FBI": what is reported to an authority is an act ("reported that …" reports).
  if (/^report(s|ed)?$/.test(v.lower[i]!) && m.length === 1 && reportedToSomeone(v, j + 1)) return undefined;
  // "Halvard shares slump 18%": so is one before a verb of a price's move, present tense as headlines have it.
  if (m.classified && endsInSingleS(v.lower[i]!) && PRICE_MOVES.has(v.lower[j + 1] ?? '')) return undefined;
  // "the 10-year Treasury note rose", "The police report said": a word that is a noun as often as a verb, with a verb right after it, is the noun.
  if (m.length === 1 && NOUN_OR_VERB.has(v.lower[i]!) && (PAST_AFTER_NOUN.test(v.lower[j + 1] ?? '') || FINITE_AFTER_NOUN.test(v.lower[j + 1] ?? ''))) return undefined;
  // "Evacuation orders remain in place": any -s cue before a plural verb of being or staying is that verb's subject.
  // ("the ones State now says are “top secret”": after a name or a pronoun it is the verb of an object relative.)
  if (m.length === 1 && endsInSingleS(v.lower[i]!) && PLURAL_STATES.has(v.lower[j + 1] ?? '') && (/^[a-z-]+$/.test(v.tokens[i - 1]?.text ?? '') || i === 1) && !PRONOUNS.has(v.lower[i - 1] ?? '') && !CUE_ADVERBS.has(v.lower[i - 1] ?? '')) return undefined;
  // "a USA TODAY analysis of newly filed campaign-finance reports shows": so is their plural before a verb of their own.
  // ("who he claims has been unfair": after a pronoun or a name it is the verb.)
  if (m.length === 1 && endsInSingleS(v.lower[i]!) && NOUN_OR_VERB.has(v.lower[i]!.slice(0, -1)) && (/^[a-z-]+$/.test(v.tokens[i - 1]?.text ?? '') || (i === 1 && v.tokens[0]!.kind === 'word')) && !PRONOUNS.has(v.lower[i - 1]!) && (FINITE_AFTER_NOUN.test(v.lower[j + 1] ?? '') || PLURAL_FINITE.has(v.lower[j + 1] ?? ''))) return undefined;
  // "exposed to heat stress": its bare form right after a singular common noun is a compound noun, no verb ("officials stress" is one).
  // ("Supporters of the law hope": a noun closing a prepositional phrase of the subject leaves the verb a verb.)
  if (m.length === 1 && COMPOUND_HEADS.has(v.lower[i]!) && singularNounBefore(v, i) && !closesPrepositionalPhrase(v, i - 1)) return undefined;
  // "a candidate may request one", "anyone can ask": what anyone may do reports nothing that was said ("critics could argue" may).
  if (i > 0 && PERMISSIVE_MODALS.has(v.lower[i - 1]!) && GENERIC_OPENERS.has(v.lower[found.source.first]!)) return undefined;
  // "has made defending local manufacturers a central theme": making an act one's cause reports nothing ("made clear that" does).
  if (MAKES.has(v.lower[i]!) && m.length === 1 && /^[a-z]{3,}ing$/.test(next ?? '')) return undefined;
  // "ran as an independent", "is running for mayor": a candidacy, no report ("The paper ran a story" may be one).
  if (RUNS.has(v.lower[i]!) && CANDIDACY_AFTER.has(next ?? '')) return undefined;
  // "Salvo Terminals, which runs the port under a concession": what a body runs is its business, unless it is a piece
  // of writing or an advertisement it published ("The paper ran a story that …").
  if (RUNS.has(v.lower[i]!) && m.length === 1 && ranNoPublication(v, j + 1)) return undefined;
  // "area exposed to heat", "committed to the plan": these participles before "to" are adjectives, not reports.
  if (m.length === 1 && next === 'to' && ADJECTIVAL_BEFORE_TO.has(v.lower[i]!)) return undefined;
  // "…, reviving worries about inflation", "raised concerns": an -s word right after a verb is its object, a plural noun.
  if (m.length === 1 && endsInSingleS(v.lower[i]!) && i > 0 && participleBefore(v, i)) return undefined;
  // "India raises rural jobs spending to ₹1.2 lakh crore", "cut the rate by half a point": a verb the classifier
  // guessed that moves its object to or by a figure is an act on a quantity.
  if (m.classified && !closing && !quotedBefore && movesToFigure(v, j + 1)) return undefined;
  if (m.classified) {
    // Before a "that" clause any group may hold the view ("environmentalists worry that …"); otherwise the speaker must be someone.
    const thatClause = v.lower[j + 1] === 'that' && /^[a-z]+s$/.test(v.lower[found.source.last]!);
    // A preposition in the source is fine before a "that" clause ("people involved in the talks assumed that …").
    if (!(canSpeak(v, found.source) || thatClause) || (m.wordnet && !plainPhrase(v, found.source) && v.lower[j + 1] !== 'that')) return undefined;
    m = confirmClassified(m, v.lower, capital, i, person(found.source));
    if (!m) return undefined;
  }
  const attribution: VerbalAttribution = { cue: { first: i, last: j }, source: found.source, content: found.content, match: m };
  if (embedded) attribution.embedded = true;
  if (found.antecedent) attribution.antecedent = found.antecedent;
  return attribution;
}

/**
 * True when the one-word cue at `i` (= `j`) is a noun whose own verb, a past form, follows ("Technology shares bore",
 * "The previous fisheries accord lapsed", "The Portuguese champions rejected"): no belief, no verb of saying (but
 * "accord"), no past form itself, after a lower-case word (or a nationality before a plural) that is no pronoun,
 * auxiliary or determiner. "Critics say increased spending …" keeps its cue.
 */
function nounBeforePastVerb(v: SentenceView, i: number, j: number, m: CueMatch): boolean {
  if (m.belief || m.length !== 1 || i === 0 || /ed$/.test(v.lower[i]!)) return false;
  if (!m.classified && isSpeechLemma(m.lemma) && v.lower[i] !== 'accord') return false;
  const next = v.lower[j + 1] ?? '';
  if (!(IRREGULAR_PAST.has(next) || /^[a-z]{3,}ed$/.test(next)) || v.lower[j + 2] === 'that') return false;
  const before = v.lower[i - 1]!;
  const lowerBefore = /^[a-z]+$/.test(i === 1 ? v.tokens[0]!.text.toLowerCase() : v.tokens[i - 1]!.text);
  const nationality = endsInSingleS(v.lower[i]!) && !isSpeechLemma(m.lemma) && NATIONALITY_LIKE.test(v.tokens[i - 1]!.text);
  return (lowerBefore || nationality) && !PRONOUNS.has(before) && !AUXILIARIES.has(before) && !DETERMINERS.has(before);
}

/** A capitalised adjective of nationality or region before a plural noun ("The Portuguese champions rejected …"). */
const NATIONALITY_LIKE = /^\p{Lu}\p{Ll}+(?:ese|ish|ian|an|ic|i)$/u;

/** Verbs that cannot go without their object ("referred to", "mentioned", "cited"): after them a comma or a verb is a gap. */
const OBJECT_NEEDING = /^(?:referred to|refers to|mentioned|mentions|cited|cites|quoted|quotes|described|describes|named|names|referenced|references)$/;

/**
 * True when the cue `i..j` needs an object and is followed by a comma or a finite verb, after "the", a lower-case
 * noun and a name ("The witness Fashola referred to, …, pleaded", "The figure Smith mentioned was wrong"): an object
 * relative clause without "that", inside the subject.
 */
function gappedObject(v: SentenceView, i: number, j: number): boolean {
  const next = v.lower[j + 1] ?? '';
  if (next !== ',' && !FINITE_AFTER_GAP.has(next)) return false;
  if (!OBJECT_NEEDING.test(i === j ? v.lower[i]! : v.lower.slice(i, j + 1).join(' '))) return false;
  // After a comma the aside must close on the sentence's own verb ("…, a former director …, pleaded guilty"), not on
  // the object the cue was waiting for ("cited, in her speech, a 2019 report").
  if (next === ',') {
    let close = j + 2;
    while (close < v.tokens.length && v.tokens[close]!.text !== ',') close++;
    const after = v.lower[close + 1] ?? '';
    if (!FINITE_AFTER_GAP.has(after) && !/^[a-z]{3,}ed$/.test(after) && !IRREGULAR_PAST.has(after)) return false;
  }
  // Before the cue: "the" (or "a"), lower-case nouns, then capitalised words of a name.
  let k = i - 1;
  while (k > 0 && v.tokens[k]!.kind === 'word' && isCapitalized(v.tokens[k]!.text)) k--;
  if (k === i - 1) return false;
  const nounEnd = k;
  while (k > 0 && /^[a-z]+$/.test(v.tokens[k]!.text)) k--;
  return k < nounEnd && (v.lower[k] === 'the' || v.lower[k] === 'a' || v.lower[k] === 'an');
}

/** Finite verbs that may follow a gapped object relative inside the subject ("The figure Smith mentioned was wrong"). */
const FINITE_AFTER_GAP = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'did', 'does']);

/** The subject of an object relative clause as the source of its cue, with the rest of the sentence as content. */
function objectRelative(v: SentenceView, i: number): { source: TokenRange } | undefined {
  const source = objectRelativeSubject(v, i);
  return source && { source };
}

/**
 * True when the word before `i` is a verb's -ing or -ed form that could take
 * the -s word as its object ("reviving worries", "raised concerns"). A name
 * ("King says", "Fleming says") or a noun after a determiner ("the planning
 * says", "the accused says") only looks like one.
 */
function participleBefore(v: SentenceView, i: number): boolean {
  const k = i - 1;
  // "Recent polling shows", "the spending finds": a verb no noun shares is no object ("reviving worries" is one).
  if (!/^[a-z]+(ing|ed)$/.test(v.lower[k]!) || AUXILIARIES.has(v.lower[k]!) || ONLY_VERBS.has(v.lower[i]!) || v.lower[i] === 'shows' || v.lower[i] === 'finds') return false;
  // Inside the sentence a capital makes it a name ("…, Fleming says"); at its start the capital says nothing ("Raising fears").
  if (isCapitalized(v.tokens[k]!.text) && k > 0) return false;
  return k === 0 || !(DETERMINERS.has(v.lower[k - 1]!) || isPossessive(v, k - 1));
}

/** -s forms of reporting verbs that are never plural nouns ("says", not "fears" or "pledges"). */
const ONLY_VERBS = new Set(['says', 'tells', 'adds', 'writes', 'argues', 'insists', 'admits', 'explains', 'confirms', 'declares', 'announces', 'predicts', 'reveals', 'concedes', 'contends', 'asserts', 'suggests', 'believes', 'thinks', 'knows']);

/** Words before which "like" is a preposition ("is like", "looks like", "just like", "more like"). */
const LIKE_PREPOSITION_BEFORE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", 'look', 'looks', 'looked', 'looking', 'seem', 'seems', 'seemed', 'sound', 'sounds', 'sounded', 'feel', 'feels', 'felt', 'just', 'more', 'much', 'exactly', 'nothing', 'something', 'anything', 'unlike', 'act', 'acts', 'acted', 'behave', 'behaved', 'treat', 'treated']);

/** One-word time adverbials ("today announced", "yesterday said"). */
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'recently']);
/** Parts of the calendar after "last", "this" or "next" ("last week", "this morning"). */
const TIME_PERIODS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter']);

/** The first token of a time adverbial ending at `k` ("today", "on Tuesday", "earlier this week"), or -1. */
function timeAdverbialStart(v: SentenceView, k: number): number {
  const w = v.lower[k];
  if (w === undefined) return -1;
  if (TIME_WORDS.has(w)) return k;
  // "The State Department less than two weeks ago said": a span of time back from now, its number and any hedge.
  if (w === 'ago' && k >= 2) {
    let m = k - 1;
    if (!/^(second|minute|hour|day|week|month|year|decade)s?$/.test(v.lower[m]!)) return -1;
    m--;
    if (!(v.tokens[m]?.kind === 'number' || /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|some)$/.test(v.lower[m] ?? ''))) return -1;
    if (v.lower[m - 1] === 'than' && /^(less|more|fewer)$/.test(v.lower[m - 2] ?? '')) m -= 2;
    else if (/^(about|nearly|almost|just|only|some|around|roughly)$/.test(v.lower[m - 1] ?? '')) m--;
    return m;
  }
  if ((WEEKDAYS.has(w) || MONTHS.has(w)) && (v.lower[k - 1] === 'on' || v.lower[k - 1] === 'in')) return k - 1;
  if (TIME_PERIODS.has(w) && ['last', 'this', 'next'].includes(v.lower[k - 1] ?? '')) return v.lower[k - 2] === 'earlier' ? k - 2 : k - 1;
  // ("Reince Priebus, the GOP chairman, this past week announced": "this past week", "the past month".)
  if (TIME_PERIODS.has(w) && v.lower[k - 1] === 'past' && (v.lower[k - 2] === 'this' || v.lower[k - 2] === 'the')) return k - 2;
  return -1;
}

/** Words that cannot be a source alone ("To be sure, …"). */
// ("Perhaps counterintuitively, deeply reported features …", "Obama did not, however, personally found ISIS": a sentence
// adverb alone is no one either.)
const SOURCELESS_WORDS = new Set(['to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'and', 'or', 'but', 'so', 'if', 'then', 'there', 'here', 'perhaps', 'maybe', 'however', 'indeed', 'also', 'still', 'yet', 'instead', 'moreover', 'meanwhile', 'nonetheless', 'nevertheless', 'thus', 'therefore', 'a', 'an', 'the']);

/** True when the source is one word that cannot be one ("To" of "To be sure"). */
function sourceless(v: SentenceView, r: TokenRange): boolean {
  // ("<tweet id=…>": markup is nobody; a source holds a word.)
  if (r.first === r.last) return SOURCELESS_WORDS.has(v.lower[r.first]!) || v.tokens[r.first]!.kind === 'punct' || v.tokens[r.first]!.kind === 'symbol';
  // "Perhaps counterintuitively": adverbs alone, however many.
  for (let k = r.first; k <= r.last; k++) if (!SOURCELESS_WORDS.has(v.lower[k]!) && !isAdverbAt(v.lower, v.tokens[k]!.text, k) && !(k === r.first && isLyAdverb(v.lower[k]!))) return false;
  return true;
}

/** Head nouns of an apposition that sums up the clause before it ("a figure critics called …", "a move unions described as …"). */
const SUMMING_HEADS = new Set(['figure', 'sum', 'number', 'amount', 'total', 'move', 'decision', 'plan', 'policy', 'level', 'rate', 'step', 'claim', 'charge', 'practice', 'process', 'tactic', 'deal', 'rise', 'increase', 'cut', 'fall', 'price', 'cost', 'result', 'outcome', 'record', 'estimate']);

/** True when the source opens after a comma with "a"/"an" and a summing head noun, and a subject follows that noun. */
function appositiveObjectRelative(v: SentenceView, r: TokenRange): boolean {
  const k = r.first;
  if (v.tokens[k - 1]?.text !== ',' || !/^(a|an)$/.test(v.lower[k]!)) return false;
  let head = k + 1;
  while (head < r.last && !SUMMING_HEADS.has(v.lower[head]!) && head <= k + 3) head++;
  return SUMMING_HEADS.has(v.lower[head]!) && head < r.last;
}

/** Lemmas of a stance a vote takes ("backed", "supported", "opposed", "endorsed"). */
const STANCE_LEMMAS = new Set(['back', 'support', 'oppose', 'endorse'].map(lemmaOf));

/** True when the subject at `k` is counted by heads ("Four of its six voting members", "12 councillors"). */
function countedSubject(v: SentenceView, k: number): boolean {
  // ("44 percent would back Trump": a poll's share of voters answers for them, no vote taken.)
  if (/^(percent|per|%)$/.test(v.lower[k + 1] ?? '') || /%$/.test(v.tokens[k]?.text ?? '')) return false;
  return v.tokens[k]?.kind === 'number' || NUMBER_WORDS.has(v.lower[k] ?? '');
}

/** Words that deny a subject: nobody stands behind it. */
const DENYING = new Set(['not', 'no', 'nobody', 'none', 'neither']);

/** True when the source opening at `k` is denied ("Not everyone", "No regulator", "Nobody"), not "No. 10". */
function deniedSubject(v: SentenceView, k: number): boolean {
  // ("No wonder Trump said …", "No doubt officials will say …": an adverb of comment, not a denied subject.)
  return DENYING.has(v.lower[k]!) && !(v.lower[k] === 'no' && (v.tokens[k + 1]?.text === '.' || v.tokens[k + 1]?.kind === 'number' || v.lower[k + 1] === 'wonder' || v.lower[k + 1] === 'doubt'));
}

/** Pronouns that stand for what a reaction judged ("The RSF denied it.", "The council welcomed this."). */
const PRO_OBJECTS = new Set(['it', 'this', 'that', 'them', 'these', 'those']);
/** Words that open a clause, not a noun phrase, after a verb ("agreed it was time", "agreed to go"). */
const CLAUSE_OPENERS = new Set(['that', 'to', 'with', 'on', 'how', 'why', 'what', 'whether', 'when', 'where', 'who', 'if', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those', 'yes', 'no', 'so', 'not', 'in', 'at', 'for', 'by', 'about', 'upon', 'and', 'but', 'or']);

/**
 * True when a noun phrase with no determiner follows at `k` and ends, before any verb, at a preposition, a mark or the
 * sentence's end: "personal terms with …", "new rules.". A clause ("talks should resume") has its auxiliary.
 */
function bareNounObject(v: SentenceView, k: number): boolean {
  const first = v.tokens[k];
  if (!first || first.kind !== 'word' || CLAUSE_OPENERS.has(v.lower[k]!) || isCapitalized(first.text)) return false;
  for (let m = k + 1; m < v.tokens.length && m <= k + 5; m++) {
    const w = v.lower[m]!;
    if (AUXILIARIES.has(w) || v.quoteMark[m]) return false;
    if (v.tokens[m]!.kind === 'punct' || PREPOSITIONS.has(w) || w === 'and') return m > k + 1;
  }
  return k + 1 >= v.tokens.length;
}

/** "issued a statement on Monday saying …": the verb that puts the statement out reports it. */
function issuedCue(v: SentenceView, i: number): CueMatch | undefined {
  return issuedStatement(v, i) ? { length: 1, phrase: v.lower[i]!, lemma: 'issue', reliability: 0.8, belief: false } : undefined;
}

/** Words that some neighbours keep from reporting (notReporting()): a set lookup before any pattern is tried. */
/** Verbs of speech or attack a purpose "to" may name ("used that fact to bludgeon his rivals", "used it to advocate for"). */
const SPEECH_PURPOSES = new Set('say tell call urge attack criticize criticise argue demand push promote advocate highlight warn announce tout slam bash defend explain claim deny refute note remind praise blast accuse question challenge reject signal suggest pledge vow promise press appeal rally offer make send deliver voice express insist draw link portray paint cast frame lobby mock ridicule bludgeon hammer shape'.split(' '));

/** True when "to" and a verb of speech or attack follow within seven words of `from` ("… to call for"). */
function speechPurpose(v: SentenceView, from: number): boolean {
  for (let k = from; k < v.tokens.length && k < from + 7; k++) if (v.lower[k] === 'to' && SPEECH_PURPOSES.has(v.lower[k + 1] ?? '')) return true;
  return false;
}

/** What one uses to say something ("used his speech to …", "used the same words", "used the term"). */
const SPEECH_OBJECTS = new Set(['speech', 'speeches', 'address', 'remarks', 'comments', 'comment', 'words', 'word', 'phrase', 'term', 'language', 'platform', 'column', 'interview', 'statement', 'appearance', 'question', 'hashtag', 'tweet', 'tweets', 'post', 'posts', 'letter', 'testimony', 'rhetoric', 'slogan', 'label', 'opportunity', 'occasion', 'microphone', 'ad', 'ads']);

const NOT_REPORTING_WORDS = new Set(['look', 'looks', 'looked', 'looking', 'add', 'adds', 'added', 'adding', 'quote', 'quotes', 'quoted', 'quoting', 'use', 'uses', 'used', 'using', 'receive', 'receives', 'received', 'receiving', 'deal', 'deals', 'dealt', 'dealing', 'record', 'records', 'recorded', 'account', 'accounts', 'accounted', 'accounting', 'call', 'calls', 'report', 'reports', 'claim', 'claims', 'warning', 'warnings', 'statement', 'statements', 'suspected', 'alleged', 'written', 'cover', 'covers', 'covered', 'covering', 'charge', 'charges', 'charged', 'charging', 'hit', 'hits', 'hitting', 'reject', 'rejects', 'rejected', 'rejecting', 'introduce', 'introduces', 'introduced', 'introducing', 'recording', 'found', 'finds', 'find', 'admit', 'admits', 'admitted', 'admitting', 'announce', 'announces', 'value', 'values', 'valued', 'valuing', 'deliver', 'delivers', 'delivered', 'delivering', 'impose', 'imposes', 'imposed', 'imposing', 'believed', 'thought', 'said', 'understood', 'reported', 'known', 'presumed', 'feared', 'alleged', 'rumoured', 'rumored', 'estimated', 'order', 'orders', 'ordered', 'ordering', 'price', 'prices', 'priced', 'pricing', 'expected', 'shares']);

/** Participles of a feeling caused in someone ("…, surprising most economists", "…, angering residents"). */
const CAUSED_FEELINGS = new Set(['surprising', 'shocking', 'stunning', 'alarming', 'worrying', 'disappointing', 'delighting', 'angering', 'upsetting', 'pleasing', 'dismaying', 'unsettling', 'rattling', 'spooking', 'cheering', 'heartening']);

/** True when the word at `i` reports nothing here, whatever the lexicon says of it. */
function notReporting(v: SentenceView, i: number): boolean {
  const w = v.lower[i]!;
  // "dealing a setback to the attorney general", "dealt a blow to": a blow struck, nothing said; "receiving treatment":
  // what the subject got, not what it said (a letter received is its writer's words, never the receiver's).
  if (w.startsWith('deal') || w.startsWith('receiv')) return true;
  // "The survey used more than 600 camera traps", "Ellison used the money to pay for …": a thing used, nothing said;
  // "used his speech to call for …", "used the same words", "used the hashtag" use words, and report.
  // ("has long used that fact to bludgeon his rivals": a purpose after it may be a speech act, and stays a cue.)
  if (/^us(e|es|ed|ing)$/.test(w)) return !v.lower.slice(i + 1, i + 6).some((x) => SPEECH_OBJECTS.has(x)) && !speechPurpose(v, i + 2);
  // "Spain recorded its hottest June", "the club recorded its biggest win": what befell the subject, no report.
  if (/^record(s|ed)?$/.test(w) && /^(its|their|his|her)$/.test(v.lower[i + 1] ?? '') && /(est|^most|^least|^first|^worst|^best)$/.test(v.lower[i + 2] ?? '')) return true;
  // "accounting for about a quarter of global supply": to account for is to make up, no report.
  if (/^account(s|ed|ing)?$/.test(w) && v.lower[i + 1] === 'for') return true;
  // "The result adds to a growing list of …", "adding to fears of …": to add to a thing is to swell it, no report
  // ("added to reporters that …" still reports: a hearer, then a clause or a quotation).
  if (/^add(s|ed|ing)?$/.test(w) && v.lower[i + 1] === 'to' && !isCapitalized(v.tokens[i + 2]?.text ?? '') && !['reporters', 'journalists', 'me', 'him', 'her', 'them', 'us'].includes(v.lower[i + 2] ?? '')) return true;
  // "Harlow had looked comfortable", "looks certain to …": to look before an adjective is to seem, no report
  // ("looked at the data", "is looking to run", "look forward to" keep their particle).
  // ("looked up to his brother", "looked way past November", "looked more closely at": a particle within three words.)
  if (/^look(s|ed|ing)?$/.test(w) && v.tokens[i + 1]?.kind === 'word' && !DETERMINERS.has(v.lower[i + 1]!) && !v.lower.slice(i + 1, i + 4).some((x) => LOOK_PARTICLES.has(x))) return true;
  // "…, quoting log 1874", "quoting reference 22/0413": a police appeal's reference number, no one quoted.
  if (/^quot(e|es|ed|ing)$/.test(w) && REFERENCE_WORDS.has(v.lower[i + 1] ?? '')) return true;
  // "a category 2 call", "the 999 call": a noun after a number in its own noun phrase.
  if (startsWithAsciiDigit(v.tokens[i - 1]?.text ?? '') && (DETERMINERS.has(v.lower[i - 2] ?? '') || DETERMINERS.has(v.lower[i - 3] ?? '')) && /^(call|calls|report|reports|claim|claims|warning|warnings|statement|statements)$/.test(w)) return true;
  // "which includes suspected heart attacks", "a suspected gunman": the participle as an adjective before its noun.
  if ((w === 'suspected' || w === 'alleged') && ADJECTIVE_SLOT_BEFORE.has(v.lower[i - 1] ?? '') && /^[a-z]+$/.test(v.tokens[i + 1]?.text ?? '') && !NOT_A_NOUN_AFTER.has(v.lower[i + 1]!)) return true;
  // "I have covered campaigns for 25 years", "costs are covered by NHS funding": to cover a story or a cost says nothing.
  // ("RT covered the action as a rightful reunification move" characterises what it covered, and reports.)
  if (/^cover(s|ed|ing)?$/.test(w)) return v.lower[i + 1] !== 'that' && !v.quoteMark[i + 1] && !v.lower.slice(i + 2, i + 6).includes('as');
  // "charged me £86 for a week of roaming": a fee; "charged the swimmer with filing a false report", "charged that …" accuse.
  // ('"…," Kelly charged.': after a quotation it is the quotation's speaker who charges, in words.)
  if (/^charg(e|es|ed|ing)$/.test(w)) return !v.quoteMark.slice(0, i).some(Boolean) && !v.lower.slice(i + 1, i + 14).some((x, k) => x === 'with' || x === 'that' || v.quoteMark[i + 1 + k]);
  // "more than 600 written objections", "a written statement": with no auxiliary before it, "written" is an adjective.
  if (w === 'written' && !AUXILIARIES.has(v.lower[i - 1] ?? '') && !AUXILIARIES.has(v.lower[i - 2] ?? '') && /^[a-z]+$/.test(v.tokens[i + 1]?.text ?? '') && !NOT_A_NOUN_AFTER.has(v.lower[i + 1]!)) return true;
  // "Cocoa hits record above $12,000", "Ferry hits reef off Isla Tamarin": a level or a thing struck; "Trump hit Clinton
  // over trade", "hit back at", "hit out at" attack in words.
  if (/^hit(s|ting)?$/.test(w)) return objectWithin(v, i, 4, LEVELS_REACHED) || !(isCapitalized(v.tokens[i + 1]?.text ?? '') || v.lower[i + 1] === 'back' || v.lower[i + 1] === 'out');
  // "Northern Ireland recorded the strongest growth", "The bank recorded a loss of $40 million": a figure that befell
  // its subject; an observer that records ("Monitors recorded 37 breaches", "The station recorded the highest
  // temperature"), "recorded a message saying …" and "recorded that …" report.
  // ("the FBI recorded him instructing a witness to lie": a person recorded saying something is heard, a report.)
  const recordedSaying = OBJECT_PRONOUNS_FOUND.has(v.lower[i + 1] ?? '') && /^[a-z]{3,}ing$/.test(v.lower[i + 2] ?? '');
  if (/^record(s|ed|ing)?$/.test(w)) return !subjectHolds(v, i, OBSERVERS) && !recordedSaying && !opensWhatIsSaid(v, i + 1) && !objectWithin(v, i, 4, RECORDED_SPEECH);
  // "Police found a body in the river", "Officers found them on Monday night": a thing or a person come upon; "found
  // that …", "found 40 errors", "found them to be unreliable" are findings.
  if (w === 'found' || w === 'finds' || w === 'find') return thingFound(v, i + 1);
  // "had admitted 14 counts of fraud", "admitted manslaughter": a plea in court; "admitted that …", "admitted
  // mistakes" concede in words.
  if (/^admit(s|ted|ting)?$/.test(w)) return !opensWhatIsSaid(v, i + 1) && objectWithin(v, i, 4, PLEAS);
  // "announces its next decision on June 5": a date set for an announcement, nothing announced yet.
  if (w === 'announces' || w === 'announce') return !opensWhatIsSaid(v, i + 1) && datedWithin(v, i, 8);
  // "The government ordered pilots to operate 20% of flights", "ordered urgent inspections of 47 bridges": an order
  // given is a deed a fact-checker checks; "ordered that …" rules in words.
  // (A court's order is its ruling: "The judge ordered the paper to pay costs" reports, as "ruled" does.)
  if (/^order(s|ed|ing)?$/.test(w)) return !opensWhatIsSaid(v, i + 1) && !subjectHolds(v, i, COURTS);
  // "a £97 million penalty imposed on Gatepass", "imposed tariffs": a measure laid on someone, nothing said.
  if (/^impos(e|es|ed|ing)$/.test(w)) return true;
  // "both believed to be in their twenties", "The company, said to be worth $4 billion": a passive hedge with no one
  // who believes or says it.
  if (RAISED_PASSIVES.has(w) && v.lower[i + 1] === 'to' && (v.lower[i + 2] === 'be' || v.lower[i + 2] === 'have') && !AUXILIARIES.has(v.lower[i - 1] ?? '') && !PRONOUNS.has(v.lower[i - 1] ?? '')) return true;
  // "Medicines priced more than 10 per cent above that benchmark": a price set, no one's words.
  if (/^pric(e|es|ed|ing)$/.test(w)) return true;
  // "the restriction is not expected to be lifted": a forecast in the passive with no one who expects it.
  if (w === 'expected' && v.lower[i + 1] === 'to' && passiveBefore(v, i)) return true;
  // "Hoshida shares, which have lost a fifth …", "Hoshida shares closed down 2.3%": a firm's stock, no sharing.
  if (w === 'shares' && isCapitalized(v.tokens[i - 1]?.text ?? '') && !OBJECT_STARTS.has(v.lower[i + 1] ?? '')) return true;
  // "valuing the company at about €4.1 billion": a market's price, no one's words.
  if (/^valu(e|es|ed|ing)$/.test(w)) return v.lower.slice(i + 1, i + 7).includes('at');
  // "delivering vaccines to rural clinics": goods brought; "delivered a speech", "delivered its verdict" speak.
  if (/^deliver(s|ed|ing)?$/.test(w)) return !objectWithin(v, i, 4, DELIVERED_WORDS);
  // "have rejected a third bid from Ashcombe", "rejected the takeover offer": a deal turned down is an act; "rejected the
  // claims", "rejected calls for" judge words, and report.
  if (/^reject(s|ed|ing)?$/.test(w)) return objectWithin(v, i, 5, DEALS);
  // "introduced a 1% charge on empty homes", "introduced legislation": a measure brought in, nothing said.
  if (/^introduc(e|es|ed|ing)$/.test(w)) return objectWithin(v, i, 5, MEASURES);
  return false;
}

/** True when a word of `nouns` (or, for levels, a figure) follows the verb at `i` within `reach` words, before any mark or clause. */
function objectWithin(v: SentenceView, i: number, reach: number, nouns: ReadonlySet<string>): boolean {
  for (let k = i + 1; k < v.tokens.length && k <= i + reach; k++) {
    const w = v.lower[k]!;
    if (nouns.has(w) || (nouns === LEVELS_REACHED && v.tokens[k]!.kind === 'number')) return true;
    if (w === 'that' || v.quoteMark[k] || (v.tokens[k]!.kind === 'punct' && v.tokens[k]!.text !== '-')) return false;
  }
  return false;
}

/** True when what follows at `k` opens what is said: "that", a colon, a quotation mark. */
function opensWhatIsSaid(v: SentenceView, k: number): boolean {
  return v.lower[k] === 'that' || v.tokens[k]?.text === ':' || v.quoteMark[k] === true;
}

/** True when a weekday, a month or a number dating it follows within `reach` words ("on June 5", "on Thursday"). */
function datedWithin(v: SentenceView, i: number, reach: number): boolean {
  for (let k = i + 1; k < v.tokens.length && k <= i + reach; k++) if (WEEKDAYS.has(v.lower[k]!) || MONTHS.has(v.lower[k]!)) return true;
  return false;
}

/** True when what was found at `k` is a thing or a person come upon, not a finding ("found a body", "found them on …"). */
function thingFound(v: SentenceView, k: number): boolean {
  const w = v.lower[k] ?? '';
  // ("found him guilty", "found them to be unreliable": a verdict or a finding after the pronoun.)
  if (OBJECT_PRONOUNS_FOUND.has(w)) return v.tokens[k + 1] === undefined || v.tokens[k + 1]!.kind === 'punct' || (PREPOSITIONS.has(v.lower[k + 1]!) && v.lower[k + 1] !== 'to');
  return objectWithin(v, k - 1, 4, THINGS_FOUND);
}

/** Pronouns after "found" that stand for people or things come upon ("found them on Monday night"). */
const OBJECT_PRONOUNS_FOUND = new Set(['them', 'him', 'her', 'it']);
/** Those whose orders are rulings. */
const COURTS = new Set(['judge', 'judges', 'court', 'courts', 'tribunal', 'justice', 'justices', 'magistrate', 'magistrates', 'coroner', 'jury', 'panel']);

/** True when a form of "be" stands before the participle at `i`, past "not" and adverbs ("is not expected", "was widely expected"). */
function passiveBefore(v: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (v.lower[k] === 'not' || v.lower[k] === "n't" || /^[a-z]{3,}ly$/.test(v.lower[k]!) || v.lower[k] === 'also' || v.lower[k] === 'still')) k--;
  return /^(is|are|was|were|be|been|being|'s)$/.test(v.lower[k] ?? '');
}

/** Words that open what one shares ("shares his concern", "shares the view", "shares that …"). */
const OBJECT_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that', 'these', 'those', 'some', 'many', 'concerns', 'concern', 'views', 'view']);

/** Participles of a passive hedge before "to be" ("believed to be", "said to have"). */
const RAISED_PASSIVES = new Set(['believed', 'thought', 'said', 'understood', 'reported', 'known', 'presumed', 'feared', 'alleged', 'rumoured', 'rumored', 'estimated']);

/** Things and people one comes upon. */
const THINGS_FOUND = new Set(['body', 'bodies', 'remains', 'weapon', 'weapons', 'gun', 'guns', 'knife', 'knives', 'drugs', 'cocaine', 'heroin', 'cannabis', 'cash', 'bomb', 'device', 'explosives', 'car', 'vehicle', 'boat', 'wreckage', 'debris', 'man', 'woman', 'child', 'children', 'boy', 'girl', 'victim', 'victims', 'survivor', 'survivors', 'suspect', 'suspects', 'bones', 'skeleton', 'grave', 'graves', 'tunnel', 'container', 'containers', 'package', 'packages', 'bag', 'bags', 'phone', 'phones', 'ship', 'plane', 'dog', 'animals', 'fossil', 'fossils', 'hoard', 'coins', 'artefacts', 'artifacts']);
/** Those whose records are observations: what they record, they report. */
const OBSERVERS = new Set(['monitors', 'monitor', 'station', 'stations', 'observers', 'observatory', 'hospitals', 'hospital', 'coastguard', 'sensors', 'sensor', 'instruments', 'researchers', 'scientists', 'survey', 'census', 'police', 'officials', 'inspectors', 'cameras', 'camera', 'gauges', 'gauge', 'agency', 'office', 'bureau', 'service', 'authorities', 'investigators', 'auditors', 'trackers', 'satellites', 'satellite', 'scanners', 'registry', 'register']);

/**
 * True when the subject of the verb at `i` holds a word of `words` ("Monitors from the OSCE", "The Kandilli
 * Rasathanesi, the earthquake observatory …", "The High Court"); without a subject found, the words just before.
 */
function subjectHolds(v: SentenceView, i: number, words: ReadonlySet<string>): boolean {
  const subject = mainSubject(v, i);
  const from = subject ? subject.first : Math.max(0, i - 12);
  for (let k = from; k < i; k++) if (words.has(v.lower[k]!)) return true;
  return false;
}

/** What one records in words ("recorded a message", "a video recorded for the rally"). */
const RECORDED_SPEECH = new Set(['message', 'messages', 'video', 'videos', 'statement', 'interview', 'interviews', 'speech', 'address', 'podcast', 'song', 'album']);
/** Charges one admits in court. */
const PLEAS = new Set(['count', 'counts', 'charge', 'charges', 'offence', 'offences', 'offense', 'offenses', 'fraud', 'manslaughter', 'murder', 'theft', 'assault', 'causing', 'possession', 'bribery', 'corruption', 'perjury', 'burglary', 'robbery', 'harassment', 'stalking', 'arson']);
/** Words one delivers in speaking. */
const DELIVERED_WORDS = new Set(['speech', 'speeches', 'address', 'verdict', 'verdicts', 'message', 'remarks', 'warning', 'ultimatum', 'statement', 'lecture', 'sermon', 'eulogy', 'judgment', 'judgement', 'ruling', 'testimony', 'keynote', 'rebuke', 'blow', 'defense', 'defence', 'promise', 'retort', 'apology', 'indictment', 'critique', 'attack', 'plea', 'appeal', 'pitch', 'reply', 'response', 'rebuttal', 'tribute', 'farewell', 'talk', 'update', 'briefing', 'assessment', 'news', 'account', 'broadside', 'lecture', 'riposte', 'denunciation', 'condemnation', 'praise', 'pledge', 'vow']);

/** What a price or a count hits ("hits record", "hit a five-year high", "hit 41C"). */
const LEVELS_REACHED = new Set(['record', 'records', 'high', 'highs', 'low', 'lows', 'peak', 'peaks', 'level', 'levels', 'mark', 'milestone', 'target', 'ceiling', 'bottom', 'threshold']);
/** What a board or a body turns down that is no one's words. */
// (A court that rejects a request, an appeal or a motion rules, and reports: SCHEMA.md's "ruled".)
const DEALS = new Set(['bid', 'bids', 'offer', 'offers', 'proposal', 'proposals', 'takeover', 'approach', 'merger', 'deal', 'amendment', 'amendments', 'bill', 'nomination', 'tender', 'settlement', 'budget', 'transfer']);
/** Measures brought in. */
const MEASURES = new Set(['charge', 'charges', 'tax', 'taxes', 'levy', 'fee', 'fees', 'fine', 'fines', 'cap', 'ban', 'bans', 'law', 'laws', 'legislation', 'bill', 'bills', 'rule', 'rules', 'scheme', 'schemes', 'system', 'policy', 'policies', 'measure', 'measures', 'tariff', 'tariffs', 'curfew', 'restrictions', 'limit', 'limits', 'quota', 'quotas', 'subsidy', 'subsidies', 'programme', 'program', 'service', 'services', 'surcharge', 'regulations', 'reforms', 'requirement', 'requirements']);

/** Words after "look" that make it a verb of attention or intention, not the copula ("looked at", "looking to"). */
const LOOK_PARTICLES = new Set(['at', 'to', 'into', 'for', 'forward', 'like', 'back', 'ahead', 'upon', 'over', 'through', 'toward', 'towards', 'beyond', 'around', 'past', 'up', 'out', 'on', 'as']);

/** Words after "quoting" that name a reference to give, not a speaker ("quoting log 1874", "quoting crime reference"). */
const REFERENCE_WORDS = new Set(['log', 'reference', 'ref', 'crime', 'incident', 'case', 'number', 'occurrence']);

/** Words before which a participle stands in a noun phrase ("a suspected gunman", "includes suspected heart attacks"). */
const ADJECTIVE_SLOT_BEFORE = new Set(['a', 'an', 'the', 'two', 'three', 'several', 'many', 'some', 'of', 'for', 'with', 'and', 'or', 'includes', 'include', 'including', 'his', 'her', 'its', 'their', 'alleged', 'suspected', 'over', 'into', 'after', 'in', 'on', 'by', 'from']);

/** Words after "suspected" that show the verb ("suspected that …", "suspected him"), not a noun it modifies. */
const NOT_A_NOUN_AFTER = new Set(['that', 'of', 'to', 'him', 'her', 'them', 'it', 'he', 'she', 'they', 'the', 'a', 'an', 'his', 'its', 'their', 'by', 'in']);

/** Lemmas of reactions whose object, however short, is what they judge ("welcomed the decision", "condemned the attack"). */
const REACTIONS = new Set('welcome hail praise applaud criticize criticise condemn denounce reject deny dismiss slam blast dispute acknowledge admit'.split(' ').map(lemmaOf));

/**
 * Lemmas of the verbs of saying that stand before their subject after the content ("…, said the minister", "…, notes
 * the report"). Both "note" and "notes" are listed: the crude lemmatiser reads "notes" as "not".
 */
const INVERTING = new Set(
  'say add write tell note notes explain ask warn report announce continue recall insist argue conclude observe reply respond declare claim state comment remark counter concede acknowledge admit caution complain predict suggest quip joke boast confirm agree estimate'
    .split(' ')
    .map(lemmaOf),
);

/**
 * Cue lemmas (lemma.ts stems) that never stand before their subject: stance and act verbs ("credited a
 * program", "blamed the rain", "hailed the deal"), whose phrase after them is their object.
 */
const NON_INVERTING = new Set(['credit', 'blam', 'hail', 'prais', 'criticiz', 'criticis', 'condemn', 'accus', 'urg', 'call', 'cit', 'attribut', 'back', 'endors', 'welcom', 'reject', 'deni', 'deny', 'dismiss', 'defend', 'support', 'oppos']);

/**
 * True when the noun at `k` closes "of the …" or another preposition with its determiner after a plural
 * ("Supporters of the law", "FEC records from the 2008 presidential election cycle"): the plural is the subject a
 * bare verb agrees with ("against a government plan to" has none). Up to four modifiers may stand before the noun.
 */
function closesPrepositionalPhrase(v: SentenceView, k: number): boolean {
  let m = k - 1;
  while (m > 0 && k - m <= 4 && !DETERMINERS.has(v.lower[m]!) && !PREPOSITIONS.has(v.lower[m]!) && (v.tokens[m]!.kind === 'word' || v.tokens[m]!.kind === 'number')) m--;
  if (!DETERMINERS.has(v.lower[m] ?? '')) return false;
  const before = v.lower[m - 1] ?? '';
  return (before === 'of' || PREPOSITIONS.has(before)) && /[^s]s$/.test(v.lower[m - 2] ?? '');
}

/** Modals of possibility or permission before a verb: "may request", "can ask", "might say". */
const PERMISSIVE_MODALS = new Set(['may', 'might', 'can', 'could', 'must', 'should']);

/** Words that open a generic subject: any one of a kind, not someone who spoke ("a candidate", "anyone", "no one"). */
const GENERIC_OPENERS = new Set(['a', 'an', 'any', 'anyone', 'anybody', 'no', 'nobody', 'everyone', 'everybody', 'each', 'every', 'someone', 'somebody']);

/** Forms of "run", and the words after them that make a candidacy. */
const RUNS = new Set(['run', 'runs', 'ran', 'running']);
const CANDIDACY_AFTER = new Set(['as', 'for', 'against', 'unopposed', 'again', 'in']);

/** What a newspaper, a campaign or a broadcaster runs that says something. */
const PUBLICATIONS = new Set(['story', 'stories', 'article', 'articles', 'piece', 'pieces', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'editorial', 'editorials', 'column', 'columns', 'headline', 'headlines', 'item', 'items', 'segment', 'segments', 'report', 'reports', 'op-ed', 'letter', 'letters', 'photo', 'photos', 'poll', 'polls', 'spot', 'spots', 'commercial', 'commercials', 'feature', 'features', 'interview', 'interviews']);

/** True when the object after "run" (from token `k`, a determiner or a bare noun phrase) names no publication. */
function ranNoPublication(v: SentenceView, k: number): boolean {
  if (v.quoteMark[k] || v.lower[k] === 'that' || v.tokens[k]?.text === ':') return false;
  for (let m = k; m < v.tokens.length && m <= k + 5; m++) {
    if (PUBLICATIONS.has(v.lower[m]!)) return false;
    if (v.tokens[m]!.kind === 'punct' || PREPOSITIONS.has(v.lower[m]!)) break;
  }
  return true;
}

/** Participles that are adjectives before "to" ("exposed to heat", "committed to the plan", "linked to the attack"). */
const ADJECTIVAL_BEFORE_TO = new Set(['exposed', 'subjected', 'committed', 'opposed', 'dedicated', 'related', 'accustomed', 'devoted', 'entitled', 'attached', 'connected', 'addicted', 'married']);

/** Cue words that close a compound noun after a common noun as often as not ("heat stress", "expense report", "insurance claim"). */
const COMPOUND_HEADS = new Set(['stress', 'note', 'report', 'show', 'recall', 'claim', 'estimate', 'warning', 'review', 'record', 'release', 'survey', 'poll', 'study', 'statement', 'plan', 'pledge', 'promise', 'vow', 'comment', 'answer', 'reply', 'message', 'hope', 'fear']);

/** Bare forms of cues that are nouns as often ("a note", "the report", "a claim"). */
const NOUN_OR_VERB = new Set(['stress', 'note', 'report', 'claim', 'estimate', 'forecast', 'comment', 'answer', 'reply', 'statement', 'promise', 'pledge', 'vow', 'call', 'tweet', 'post', 'study', 'survey', 'poll', 'warning', 'review', 'record', 'release', 'question', 'concern', 'demand', 'request', 'complaint', 'criticism', 'message', 'critique', 'hint']);

/** A finite verb right after a word, making that word a noun subject ("note rose", "report said", "survey found"): a past verb, or one of these. */
const FINITE_AFTER_NOUN = /^(said|says|was|is|has|had|found|finds|shows|put|puts|gave|gives|came|comes|went|goes|made|makes|took|takes)$/;

/** Present verbs that agree with a plural subject before them ("reports suggest", "polls show"). */
const PLURAL_FINITE = new Set(['say', 'suggest', 'show', 'indicate', 'were', 'are', 'have', 'find']);

/** Verbs of being and staying, and auxiliaries, after a plural subject ("Evacuation orders remain in place", "Norvex shares had gained 18%"). */
const PLURAL_STATES = new Set(['remain', 'are', 'were', 'have', 'had', 'will', 'would', 'could', 'stay', 'stand', 'continue', 'seem', 'appear']);

/** Past-tense verbs (regular, and the irregular ones of markets and news) that show the word before them is their subject. */
/** Verbs of a price's or a figure's move, present tense ("shares slump", "sales rise"). */
const PRICE_MOVES = new Set(['slump', 'slumps', 'fall', 'falls', 'rise', 'rises', 'jump', 'jumps', 'tumble', 'tumbles', 'surge', 'surges', 'soar', 'soars', 'slide', 'slides', 'drop', 'drops', 'plunge', 'plunges', 'climb', 'climbs', 'sink', 'sinks', 'dip', 'dips', 'rally', 'rallies', 'gain', 'gains', 'edge', 'edges', 'hit', 'hits', 'top', 'tops']);
const PAST_AFTER_NOUN = /^([a-z]+ed|fell|rose|slid|sank|grew|lost|won|hit|shrank|soared|spiked)$/;

/** Adverbs between a subject and its verb ("The company now expects", "The ministry also said"). */
/**
 * The index of "by" opening the agent of a passive cue after a short
 * complement ("was called a charlatan by fellow physicians", "was described
 * as reckless by his rivals", "was called “unaccountable” by residents"), or
 * -1: only words (quoted ones too) between, no clause word or preposition but
 * "as", and a word after "by" that is no -ing form or medium ("by telephone").
 */
function agentAfterComplement(v: SentenceView, j: number): number {
  // ("is expected to declare final results by next Wednesday": the "by" belongs to the infinitive after it.)
  if (v.lower[j + 1] === 'to') return -1;
  for (let k = j + 2; k < v.tokens.length && k <= j + 6; k++) {
    const w = v.lower[k]!;
    if (w === 'by') {
      const after = v.tokens[k + 1];
      // ("… by next Wednesday", "by the end of May", "by 2030": a deadline, no agent.)
      if (!after || after.kind !== 'word' || /ing$/.test(v.lower[k + 1]!) || BY_MEDIUM.has(v.lower[k + 1]!) || BY_TIME.has(v.lower[k + 1]!) || WEEKDAYS.has(v.lower[k + 1]!) || MONTHS.has(v.lower[k + 1]!)) return -1;
      return k;
    }
    // ("was greeted at the airport by …": a place or time between makes an act's passive, no complement.)
    // ('was called “unaccountable” by residents': the complement may be quoted.)
    if (v.quoteMark[k] || v.quoted[k]) continue;
    if (v.tokens[k]!.kind === 'punct' || w === 'that' || w === 'to' || AUXILIARIES.has(w) || SUBORDINATORS.has(w) || (PREPOSITIONS.has(w) && w !== 'as')) return -1;
  }
  return -1;
}

/** Participles that name what they follow ("a box labeled …", "a paper titled …"), never a report after a noun. */
const NAMING_PARTICIPLES = new Set(['labeled', 'labelled', 'titled', 'entitled', 'headlined', 'captioned', 'marked', 'stamped', 'dubbed', 'branded', 'nicknamed']);
/** Words after "by" that open a deadline, no agent ("by next Wednesday", "by the end of May", "by then"). */
const BY_TIME = new Set(['next', 'then', 'now', 'tomorrow', 'tonight', 'today', 'midnight', 'noon', 'early', 'late', 'mid', 'end']);
/** Means of saying after "by" that are no agent ("said by telephone"). */
const BY_MEDIUM = new Set(['telephone', 'phone', 'email', 'e-mail', 'text', 'letter', 'video', 'videolink', 'fax', 'radio', 'mail', 'post', 'satellite', 'videoconference', 'teleconference']);
/** Adverbs that may stand before a subject and narrow it ("Even the organizer", "Only the mayor"). */
const FOCUS_ADVERBS = new Set(['even', 'only', 'just', 'perhaps']);
const TRAILING_ADVERBS = new Set(['now', 'also', 'still', 'already', 'previously', 'again', 'then', 'meanwhile', 'later', 'earlier', 'too']);

/** Verbs of obligation and permission, in any form: the classifier learned some from PolNeAR's broad cues. */
const OBLIGATIONS = /^(requir|allow|permit|forc|oblig|compel|prohibit|mandat|enabl)/;
/** Words after a participle that say when or by whom a document came out ("released Friday", "issued over the summer by"). */
const WHEN_PUBLISHED = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|last|this|earlier|on|in|by|over|during|today|yesterday)$/;
/** Watching reports nothing either ("Investors will watch U.S. inflation data …"). */
const WATCHING = /^watch(es|ed|ing)?$/;

/** True when every token of the source after its first is an adverb ("they only", "we also"). */
function adverbsAfter(v: SentenceView, r: TokenRange): boolean {
  for (let k = r.first + 1; k <= r.last; k++) if (!CUE_ADVERBS.has(v.lower[k]!) && !isAdverbAt(v.lower, v.tokens[k]!.text, k) && v.lower[k] !== 'only') return false;
  return true;
}

/**
 * True when `later` attributes a content that holds `earlier`'s cue ("X agreed
 * to …, the United Nations said"): the later cue is the sentence's main verb
 * and the earlier one is part of what it reports.
 */
function holds(v: SentenceView, later: VerbalAttribution, earlier: VerbalAttribution): boolean {
  // "At least nine universities have announced cuts since January, according to the staff union.": a closing
  // "according to" after a comma attributes the whole clause before it, the verb of saying inside it included.
  // ("Officials said prices rose 4%, according to a transcript": a verb of saying with a clause of its own keeps it.)
  if (later.match.phrase.startsWith('according') && !later.embedded && v.tokens[later.cue.first - 1]?.text === ',' && later.cue.first > earlier.cue.last && !v.quoted[earlier.cue.first] && !clauseBetween(v, earlier.cue.last + 1, later.cue.first - 1)) return true;
  // "Vietnam has asked China to share data, foreign ministry spokeswoman Doan Minh Chau told a regular briefing.": a
  // speaker tag closing the sentence after a comma, with only its hearer after it, attributes the clause before.
  const tail = later.source.first - 1;
  if (v.tokens[tail]?.text === ',' && later.cue.first > later.source.last && earlier.cue.last < tail && !later.match.classified && !later.embedded && !v.quoted[earlier.cue.first] && !clauseBetween(v, later.cue.last + 1, v.tokens.length) && rank(later.match) >= rank(earlier.match)) return true;
  const c = later.content;
  // Only a plain reporting verb after a comma ("…, the United Nations said"): a noun-like cue ("… South African rules.") is no main verb,
  // unless a document shows it ("Engineer warned of cracks …, emails show").
  if (c === undefined || (later.match.needsClause && !isDocument(v, later.source)) || later.match.classified || later.source.first !== c.last + 2) return false;
  return c.first <= earlier.cue.first && earlier.cue.last <= c.last && later.cue.first > earlier.cue.last && rank(later.match) >= rank(earlier.match);
}

/** True when the words from `from` to `to` (exclusive) hold a clause: "that", a subject pronoun, a quotation or a past verb. */
function clauseBetween(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = v.lower[k]!;
    if (w === 'that' || v.quoteMark[k] || SUBJECT_PRONOUNS.has(w) || AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || (k > from && /^[a-z]{3,}ed$/.test(w))) return true;
  }
  return false;
}

/**
 * Which cue wins when several govern a sentence: a lexicon report, then a
 * weak one (PolNeAR train seldom counts the phrase as a cue: "Karvella
 * recorded 3,184 cases …, according to data from …"), then a classified one,
 * then a belief; ties go to the first.
 */
function rank(m: CueMatch): number {
  return m.belief ? 0 : m.classified ? 1 : m.reliability < WEAK_CUE ? 1.5 : 2;
}

/** Reliability below which a lexicon cue yields to a surer one in the same sentence. */
const WEAK_CUE = 0.3;

/**
 * A source a classified cue may have: a name, a pronoun, or a noun PolNeAR
 * train has as a source's head ("officials", "the report"); "Higher rates
 * have pushed up costs" has no speaker.
 */
function canSpeak(v: SentenceView, r: TokenRange): boolean {
  const head = v.lower[r.last]!;
  return isCapitalized(v.tokens[r.last]!.text) || isSourceHead(head) || SPEAKING_BODIES.has(head) || isDocument(v, r);
}

/**
 * Bodies and people that speak outside PolNeAR's politics, whose sources it learned from ("The authority advised
 * people to drink water", "the regulator warned", "the coastguard estimated").
 */
const SPEAKING_BODIES = new Set('authority regulator regulators watchdog ministry commission bureau coastguard inspectorate tribunal federation association operator airline hospital university charity spokesperson inspectors auditors organisers organizers manufacturer insurer lender retailer broadcaster forecasters coroner'.split(' '));

/** A noun phrase with no preposition but "of" and no number at its end ("The candidates met in three" is a clause, not a source). */
function plainPhrase(v: SentenceView, r: TokenRange): boolean {
  for (let k = r.first; k <= r.last; k++) if (PREPOSITIONS.has(v.lower[k]!) && v.lower[k] !== 'of') return false;
  return v.tokens[r.last]!.kind === 'word' && !/^\d/.test(v.tokens[r.last]!.text) && !NUMBER_WORDS.has(v.lower[r.last]!);
}

function isDocument(v: SentenceView, r: TokenRange): boolean {
  for (let k = r.first; k <= r.last; k++) if (DOCUMENT_NOUNS.has(v.lower[k]!)) return true;
  // "The Washington Times reports …": a newspaper's name reports as its pages do.
  return r.last > r.first && isCapitalized(v.tokens[r.last]!.text) && NEWSPAPER_WORDS.has(v.lower[r.last]!);
}

