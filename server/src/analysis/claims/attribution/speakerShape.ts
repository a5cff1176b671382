// Whether a phrase read as a cue's source can be a speaker at all, by its
// shape: a pronoun with words after it, a name with its own past verb, a
// causative "let", a participle with its preposition, a gerund with its
// infinitive all make a clause, not a noun phrase; a phrase ending in a
// preposition or "to" stopped inside one. candidateAt() (verbal.ts) asks
// holdsClause() and DANGLING once it has a source. The shapes that name a
// speaker where a reader looks for one live here too: a name after an inverted
// description, a speaker between commas, a scare quotation inside the subject,
// a verb phrase before a noun cue, coordinated subjects.
import type { SentenceView } from '../view';
import { AUXILIARIES, DETERMINERS, PREPOSITIONS, PRONOUNS, SUBORDINATORS, isCapitalized, startsWithAsciiDigit } from '../words';
import { IRREGULAR_PAST, NAME_PARTICLES, PLURAL_LOOKALIKES, PLURALS_WITHOUT_S, mainSubject, phraseEndingAt, type TokenRange } from './source';

/** Subject pronouns: inside a longer source they start a clause of their own ("we also need rent" + "rules"). */
export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they']);

/** True when a subject pronoun sits inside the source with words after it: a clause, not a noun phrase. */
export function holdsClause(v: SentenceView, r: TokenRange): boolean {
  // "all the experts I interviewed": a pronoun and a past verb closing the phrase are a relative clause inside it.
  // ("He and Chairman Bob Goodlatte both condemned": a pronoun joined by "and" is half of a coordinated subject.)
  for (let k = r.first; k < r.last; k++) if (SUBJECT_PRONOUNS.has(v.lower[k]!) && v.lower[k + 1] !== 'and' && !(k === r.last - 1 && /ed$/.test(v.lower[r.last]!))) return true;
  // "PolitiFact rated 22% of Democratic claims": a past verb between a name and a number is the phrase's own verb.
  for (let k = r.first + 1; k < r.last; k++) if (/^[a-z]{2,}ed$/.test(v.tokens[k]!.text) && isCapitalized(v.tokens[k - 1]!.text) && v.tokens[k - 1]!.kind === 'word' && startsWithAsciiDigit(v.lower[k + 1]!)) return true;
  // "Carson appeared on Sunday interview shows amid news reports", "Mook convened senior staff … to map out plans": a
  // past verb after a name, inside the phrase, is that name's verb ("People briefed on the move", "Catholics polled" are
  // participles of a subject).
  for (let k = r.first + 1; k < r.last; k++) if (/^[a-z]{3,}ed$/.test(v.tokens[k]!.text) && !REDUCED_PARTICIPLES.has(v.lower[k]!) && isCapitalized(v.tokens[k - 1]!.text) && v.tokens[k - 1]!.kind === 'word' && !DETERMINERS.has(v.lower[k - 1]!)) return true;
  // "Readers may not let editorials tell them …": a causative verb in the phrase makes the cue its complement.
  // ("Let me just say", "Let's take a look": the writer speaks.)
  for (let k = r.first; k < r.last; k++) if (CAUSATIVES.has(v.lower[k]!) && !FIRST_PERSON_OBJECTS.has(v.lower[k + 1]!)) return true;
  // "The line was lifted from the script Democrats used", "…, compared to 11% of Democratic claims.": a participle with
  // its preposition is a verb, no subject.
  if (/^[a-z]+ed$/.test(v.tokens[r.first]!.text) && (PREPOSITIONS.has(v.lower[r.first + 1] ?? '') || v.lower[r.first + 1] === 'to')) return true;
  // "… in contempt of Congress for refusing to testify about the set-up Clinton": a gerund after a preposition, with
  // its infinitive, is a clause ("Democrats trying to regain control … say" is a subject with its participle).
  for (let k = r.first + 1; k + 2 <= r.last; k++) {
    if (PREPOSITIONS.has(v.lower[k - 1]!) && /^[a-z]{3,}ing$/.test(v.tokens[k]!.text) && v.lower[k + 1] === 'to' && /^[a-z]+$/.test(v.tokens[k + 2]!.text) && !DETERMINERS.has(v.lower[k + 2]!) && !PRONOUNS.has(v.lower[k + 2]!)) return true;
  }
  return false;
}

/** Participles that describe a subject after its noun ("People briefed on the talks", "Republicans polled", "officials involved"). */
const REDUCED_PARTICIPLES = new Set(['briefed', 'polled', 'surveyed', 'interviewed', 'involved', 'asked', 'contacted', 'quoted', 'cited', 'named', 'based', 'affiliated', 'connected', 'linked', 'tied', 'aligned', 'allied', 'registered', 'elected', 'appointed', 'employed', 'hired', 'assigned', 'tasked', 'charged', 'familiarized', 'questioned', 'reached', 'authorized', 'unauthorized', 'released', 'published', 'conducted', 'posted', 'issued', 'filed', 'obtained', 'reviewed', 'owned', 'backed', 'funded', 'sponsored', 'commissioned', 'compiled', 'prepared', 'produced', 'signed', 'dated', 'sent', 'written', 'titled', 'entitled', 'called', 'known', 'led', 'run', 'headed', 'chaired', 'aged', 'concerned', 'opposed', 'devoted', 'dedicated', 'focused', 'committed', 'interested', 'accused', 'convicted', 'killed', 'wounded', 'injured', 'arrested', 'detained', 'displaced', 'stationed', 'deployed', 'gathered', 'assembled', 'seated', 'located', 'headquartered']);

/** Words that cannot end a phrase: prepositions and the infinitive's "to". */
export const DANGLING = new Set([...PREPOSITIONS, 'of', 'to']);

/** Verbs whose object does what the verb after it says ("let editorials tell them"). */
const CAUSATIVES = new Set(['let', 'lets', 'letting']);
const FIRST_PERSON_OBJECTS = new Set(['me', 'us', "'s", '’s']);

/** Participles that stand as adjectives before a speaker ("trusted aides", "outgoing chairman", "retired Gen. …"). */
const ADJECTIVE_PARTICIPLES = new Set(['outgoing', 'incoming', 'acting', 'leading', 'ruling', 'governing', 'presiding', 'founding', 'managing', 'reigning', 'sitting', 'serving', 'visiting', 'striking', 'retired', 'elected', 'appointed', 'unnamed', 'concerned', 'unidentified', 'trusted', 'embattled', 'disgraced', 'jailed', 'detained', 'exiled', 'ousted', 'celebrated', 'renowned', 'noted', 'respected', 'experienced', 'qualified', 'licensed', 'registered', 'certified']);

/**
 * "…, said the company's chief executive, John Ferriola.": the last token of the name in apposition after the
 * inverted description `r`, when only the sentence's end or a relative clause about the speaker follows it.
 */
export function nameAfterDescription(v: SentenceView, r: TokenRange): number | undefined {
  if (v.tokens[r.last + 1]?.text !== ',') return undefined;
  const first = r.last + 2;
  let k = first;
  while (k < v.tokens.length && k - first < 5 && v.tokens[k]!.kind === 'word' && (isCapitalized(v.tokens[k]!.text) || (k > first && NAME_PARTICLES.has(v.lower[k]!)))) k++;
  if (k === first) return undefined;
  const after = v.tokens[k];
  const closes = after === undefined || (k === v.tokens.length - 1 && after.kind === 'punct');
  const relative = after?.text === ',' && (v.lower[k + 1] === 'who' || v.lower[k + 1] === 'whom');
  return closes || relative ? k - 1 : undefined;
}

/**
 * "The contrast with Trump, said Doyle and others, would be clear", "The paradox of Nancy, says Carl Anthony,
 * historian at …, is that …": after the inverted speaker `right` (and a lower-case description of it) a comma and
 * an auxiliary go on with the sentence the cue interrupts, whose opening phrase before `comma` has no verb of its
 * own. The speaker, or undefined.
 */
export function parentheticalSpeaker(v: SentenceView, comma: number, right: TokenRange): TokenRange | undefined {
  for (let k = 0; k < comma; k++) if (AUXILIARIES.has(v.lower[k]!) || v.quoteMark[k] || v.tokens[k]!.text === ',' || SUBORDINATORS.has(v.lower[k]!)) return undefined;
  let last = right.last;
  // ("said Doyle and others,": a short second speaker joined by "and".)
  if (v.lower[last + 1] === 'and') {
    let k = last + 2;
    while (k < v.tokens.length && k - last <= 4 && v.tokens[k]!.kind === 'word' && !AUXILIARIES.has(v.lower[k]!)) k++;
    if (v.tokens[k]?.text === ',') last = k - 1;
  }
  let close = last + 1;
  if (v.tokens[close]?.text !== ',') return undefined;
  // ("says Carl Anthony, historian at the National First Ladies Library, is …": a description after the name.)
  if (!AUXILIARIES.has(v.lower[close + 1] ?? '') && /^[a-z]/.test(v.tokens[close + 1]?.text ?? '')) {
    let k = close + 1;
    while (k < v.tokens.length && k - close <= 10 && v.tokens[k]!.text !== ',' && !AUXILIARIES.has(v.lower[k]!) && !v.quoteMark[k]) k++;
    if (v.tokens[k]?.text !== ',') return undefined;
    close = k;
  }
  return AUXILIARIES.has(v.lower[close + 1] ?? '') ? { first: right.first, last } : undefined;
}

/**
 * True when the quotation closing at `close` is a short term inside the sentence, a title after a possessive
 * ("MSNBC's “Morning Joe,”") or a scare quotation after a word ("who calls Trump a “sociopath,”"): no quotation
 * that opens the sentence or follows a comma or colon, whose speaker may follow it.
 */
export function quotedTitleBefore(v: SentenceView, close: number): boolean {
  let k = close - 1;
  while (k >= 0 && close - k <= 6 && !(v.quoteMark[k] && !v.quoted[k - 1] && v.quoted[k + 1])) k--;
  if (k < 1 || close - k > 6) return false;
  // ("comments ''racially toxic,''": two apostrophes typed for one mark open it together.)
  if (v.quoteMark[k - 1] && k >= 2) k--;
  const before = v.tokens[k - 1]!;
  return before.kind === 'word' && !v.quoted[k - 1];
}

/**
 * True when the source `r` before the cue at `i` opens with a lower-case verb form and does not end in a noun a
 * speaker could be ("declined multiple", "renewed Republican", "trying to assuage", "named"): it is the verb of
 * the clause and its object's modifiers. A plural closing it ("trusted aides", "hacking specialists") or a name
 * ("retired Gen. John Allen") is a speaker with its adjective.
 */
export function verbPhraseBefore(v: SentenceView, r: TokenRange, i: number): boolean {
  if (r.last >= i) return false;
  const first = v.tokens[r.first]!.text;
  if (!/^[a-z]{3,}(ed|ing)$/.test(first) && !IRREGULAR_PAST.has(first)) return false;
  if (ADJECTIVE_PARTICIPLES.has(first)) return false;
  const last = v.tokens[r.last]!.text;
  if (r.last > r.first && ((/^[a-z]{3,}s$/.test(last) && !PLURAL_LOOKALIKES.has(last)) || PLURALS_WITHOUT_S.test(last))) return false;
  const name = (k: number): boolean => v.tokens[k]?.kind === 'word' && isCapitalized(v.tokens[k]!.text);
  return !(r.last > r.first && name(r.last) && name(r.last - 1));
}

/**
 * "Farmers, fishermen and foresters say", "Employers in care, hospitality and construction say": a phrase read
 * leftwards from the cue stops at "and" and at commas; the conjuncts before it join it when together they are the
 * main clause's subject (they start where it starts) and none holds a verb.
 */
export function withConjuncts(v: SentenceView, r: TokenRange | undefined, cue: number): TokenRange | undefined {
  if (!r || (v.lower[r.first - 1] !== 'and' && v.lower[r.first - 1] !== 'or')) return r;
  const subject = mainSubject(v, cue)?.first;
  let first = r.first;
  for (let items = 0; items < 5 && subject !== undefined && first > subject; items++) {
    const link = first - 1;
    if (link < 1 || !(v.lower[link] === 'and' || v.lower[link] === 'or' || v.tokens[link]!.text === ',')) break;
    const item = phraseEndingAt(v, link - 1);
    if (!item || !plainConjunct(v, item)) return r;
    first = item.first;
  }
  return first < r.first && first === subject ? { first, last: r.last } : r;
}

/** True when a conjunct holds no verb-like word (a past form, an -ing form, an auxiliary) and no quotation mark. */
function plainConjunct(v: SentenceView, r: TokenRange): boolean {
  for (let k = r.first; k <= r.last; k++) {
    const w = v.lower[k]!;
    if (v.quoteMark[k] || AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || /^[a-z]{3,}(ed|ing)$/.test(v.tokens[k]!.text)) return false;
  }
  return true;
}
