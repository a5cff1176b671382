// Cues the phrase lexicon cannot hold because they depend on their
// neighbours: "per" before a source ("…, per data from the tracker"), a
// reporting frame ("As reported by the Chronicle, …"), evidence a court
// heard ("The court heard that …"), a bare belief verb after a personal
// pronoun ("I think …"), a document closing the sentence ("…, the letter
// reads.", "…, other studies have shown.") and a poll or study framing it
// ("In this poll, …").
import { STANCE_VERBS, isSpeechLemma, type CueMatch } from '../lexicon';
import { lemmaOf } from '../lemma';
import type { SentenceView } from '../view';
import { DETERMINERS, DOCUMENT_NOUNS, isCapitalized } from '../words';
import { IRREGULAR_PAST, SUBJECT_PRONOUNS, skipLeft } from './source';
import { heldJudged } from './acts';

/** What "per" is before a source: a determiner, a possessive or a document noun ("per the filing", "per data from …"). */
const PER_SOURCE_STARTS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'data', 'figures', 'records', 'documents', 'reports', 'sources', 'officials', 'estimates']);

/**
 * "…, per data from the tracker" / "Per the filing, …": "per" is "according
 * to" when a comma or the sentence start stands before it and a source after
 * it; "€5 per hour", "per cent" and "per capita" are rates.
 */
export function perCue(v: SentenceView, i: number): CueMatch | undefined {
  // The comma may stand inside a closing quotation mark: "… on the National ticket,” per the party’s bylaws".
  const afterComma = i > 0 && (v.tokens[i - 1]!.text === ',' || (v.quoteMark[i - 1] === true && v.tokens[i - 2]?.text === ','));
  if (v.lower[i] !== 'per' || (i > 0 && !afterComma)) return undefined;
  const next = v.tokens[i + 1];
  // At the sentence start a name may follow only after a comma: "Per Lunde, a fund manager, said" is a person.
  if (!next || next.kind !== 'word' || !(PER_SOURCE_STARTS.has(v.lower[i + 1]!) || (i > 0 && isCapitalized(next.text)))) return undefined;
  return { length: 1, phrase: 'per', lemma: 'per', reliability: 0.8, belief: false };
}

/** Nouns of reckoning after "by" ("…, by one estimate", "by the bank's own count"). */
const RECKONINGS = new Set(['estimate', 'estimates', 'count', 'counts', 'tally', 'reckoning', 'calculation', 'calculations', 'measure', 'measures', 'account', 'accounts']);

/**
 * "…, by one estimate." / "By some accounts, …": "by" before a reckoning, set
 * off by a comma or the sentence's edge, is "according to" (the source is
 * the reckoning). "damaged by mountaintop mining" is an agent, not this.
 */
export function byReckoning(v: SentenceView, i: number): CueMatch | undefined {
  if (v.lower[i] !== 'by' || (i > 0 && v.tokens[i - 1]!.text !== ',')) return undefined;
  let k = i + 1;
  while (k < v.tokens.length && k - i <= 5 && v.tokens[k]!.kind === 'word' && !RECKONINGS.has(v.lower[k]!)) k++;
  if (!RECKONINGS.has(v.lower[k] ?? '')) return undefined;
  const after = v.tokens[k + 1];
  if (after !== undefined && after.text !== ',' && !(after.kind === 'punct' && k + 1 === v.tokens.length - 1)) return undefined;
  return { length: 1, phrase: 'by', lemma: 'by', reliability: 0.7, belief: false };
}

const BARE_BELIEFS = new Set(['think', 'believe', 'want', 'hope', 'expect', 'fear', 'feel', 'know', 'doubt', 'wish', 'worry', 'suspect', ...STANCE_VERBS]);
const PLURAL_PRONOUNS = new Set(['i', 'we', 'you', 'they']);
/** Words ending in -s that are no plural subject ("this", "has", "always"). */
const NOT_PLURALS = new Set(['this', 'is', 'was', 'has', 'does', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'us', 'as', 'thus', 'yes', 'always', 'perhaps', 'sometimes', 'news', 'series', 'less', 'unless', 'across', 'besides', 'whereas']);

/** A plural subject ending at `k`: a personal pronoun, or a plural noun ("Many economists", "Democrats"). */
function pluralSubject(v: SentenceView, k: number): boolean {
  const w = v.lower[k] ?? '';
  if (PLURAL_PRONOUNS.has(w)) return true;
  return /^[a-z]{3,}[^su's]s$/.test(w) && !NOT_PLURALS.has(w) && v.tokens[k]!.kind === 'word';
}

/** "I think …", "they believe …", "many economists suspect …": a bare belief verb right after a plural subject is an attribution (never check-worthy). */
export function bareBelief(v: SentenceView, i: number): CueMatch | undefined {
  const w = v.lower[i]!;
  if (!BARE_BELIEFS.has(w) || !pluralSubject(v, skipLeft(v, i - 1))) return undefined;
  return { length: 1, phrase: w, lemma: w, reliability: 0.3, belief: true };
}

/**
 * "Union leaders reject that argument", "Companies and individuals complain bitterly that …": the bare form of a verb
 * of saying right after a plural subject is that verb, though the phrase lexicon leaves bare forms out (they are
 * nouns as often: "a complaint", "the dispute"); the lexicon's own match comes first.
 */
export function bareReport(v: SentenceView, i: number): CueMatch | undefined {
  const w = v.lower[i]!;
  const lemma = lemmaOf(w);
  // (The crude lemma of "note" is "not": the negation itself is no verb.)
  if (!/^[a-z]{3,}$/.test(w) || w === 'not' || (lemma !== w && `${lemma}e` !== w) || !isSpeechLemma(lemma) || !pluralSubject(v, skipLeft(v, i - 1))) return undefined;
  return { length: 1, phrase: w, lemma, reliability: 0.5, belief: false };
}

/** Verbs of a document that report only where they close the sentence ("reads" is a verb of people too: "she reads"). */
const DOCUMENT_CLOSERS = new Map([['reads', 'read'], ['read', 'read'], ['shown', 'show']]);
/** Things with words written on them, which "read" what they say ("the sign read", "a message on the website reads"). */
const WRITTEN_NOUNS = new Set(['sign', 'signs', 'message', 'messages', 'headline', 'headlines', 'editorial', 'banner', 'banners', 'caption', 'inscription', 'placard', 'placards', 'card', 'plaque', 'poster', 'posters', 'text', 'label', 'ad', 'slogan', 'shirt', 'notice', 'invitation', 'flyer', 'leaflet', 'billboard']);

/** True when a closing quotation mark (with its comma) stands right before token `i`. */
function afterClosingQuote(v: SentenceView, i: number): boolean {
  const k = v.tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
  return k >= 0 && v.quoteMark[k] === true && v.quoted[k - 1] === true;
}

/**
 * "“…,” the letter reads." / "…, other studies have shown.": a document
 * verb that PolNeAR train has too few times for the phrase lexicon is a cue
 * when it is the sentence's last word, after a comma and a short phrase
 * headed by a document noun (and "has"/"have" before "shown"). "Read" reports
 * the words of a written thing in three more places: after a quotation with a
 * pronoun before it ("“…,” it read."), after a quotation with the thing after
 * it ("“…,” read one of the signs.", "reads a Wednesday editorial in the
 * Register"), and before the quotation it introduces ("At the bottom it reads,
 * “P.S. …”").
 */
export function documentCloser(v: SentenceView, i: number): CueMatch | undefined {
  const lemma = DOCUMENT_CLOSERS.get(v.lower[i]!);
  if (lemma === undefined) return undefined;
  const match: CueMatch = { length: 1, phrase: v.lower[i]!, lemma, reliability: 0.6, belief: false };
  if (lemma === 'read' && afterClosingQuote(v, i) && v.tokens[i + 1]?.kind === 'word') return match;
  if (lemma === 'read' && (v.tokens[i + 1]?.text === ':' || (v.tokens[i + 1]?.text === ',' && v.quoteMark[i + 2] === true)) && ['it', 'sign', 'message', 'one'].includes(v.lower[i - 1] ?? '')) return match;
  const after = v.tokens[i + 1];
  if (after !== undefined && (after.kind !== 'punct' || i + 2 < v.tokens.length)) return undefined;
  let head = i - 1;
  if (lemma === 'show') {
    if (v.lower[head] !== 'has' && v.lower[head] !== 'have') return undefined;
    head--;
  }
  if (lemma === 'read' && (v.lower[head] === 'it' || v.lower[head] === 'one') && afterClosingQuote(v, head)) return match;
  if (!DOCUMENT_NOUNS.has(v.lower[head] ?? '') && !(lemma === 'read' && WRITTEN_NOUNS.has(v.lower[head] ?? ''))) return undefined;
  // A comma (or a closing quotation) within four words before the head: the phrase is the whole subject.
  for (let k = head - 1; k >= 0 && k >= head - 4; k--) if (v.tokens[k]!.text === ',' || v.quoteMark[k]) return match;
  return undefined;
}

/** Documents whose findings a sentence can open with "In …," ("In this poll, Trump rose 1 point"). */
const FRAME_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'census']);
/** Marks that may stand inside the frame's phrase. */
const FRAME_MARKS = new Set(['/', '-', "'s", '’s', '&']);
/** Words that may follow the document's noun inside the frame ("the poll of 1,000 voters", "a survey conducted in May"). */
const FRAME_TAILS = new Set(['of', 'by', 'from', 'for', 'conducted', 'published', 'released', 'carried', 'taken']);

/**
 * "In this poll, Trump rose 1 point." / "In a survey of 1,000 voters
 * conducted in May, 40% …": a sentence that opens with "In" and a poll,
 * survey, study, report or census, closed by a comma, reports that
 * document's finding. A weak cue: any reporting verb of the sentence wins
 * ("In a report on Monday, the IMF said …").
 */
export function documentFrame(v: SentenceView, i: number): CueMatch | undefined {
  if (v.lower[i] !== 'in' || (i > 0 && v.tokens[i - 1]!.text !== ',')) return undefined;
  for (let k = i + 1; k < v.tokens.length && k <= i + 10; k++) {
    // Words, and the marks inside a pollster's name ("Washington Post/ABC News", "Reuters/Ipsos").
    if (v.tokens[k]!.kind !== 'word') {
      if (FRAME_MARKS.has(v.tokens[k]!.text)) continue;
      return undefined;
    }
    if (!FRAME_NOUNS.has(v.lower[k]!)) continue;
    const after = v.tokens[k + 1]?.text;
    if (after !== ',' && !FRAME_TAILS.has(v.lower[k + 1] ?? '')) return undefined;
    // The frame closes with a comma within a few words, and a clause follows it.
    for (let c = k + 1; c < v.tokens.length && c <= k + 8; c++) {
      if (v.tokens[c]!.text === ',') return c + 2 < v.tokens.length ? { length: 1, phrase: 'in', lemma: 'in', reliability: 0.25, belief: false } : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Verbs by which a study states a finding: "links X to Y", "ties X to Y", "attributes X to Y". */
const FINDING_VERBS = new Set(['links', 'ties', 'attributes']);
/** Nouns of research that can state a finding. */
const RESEARCH_NOUNS = new Set(['study', 'studies', 'research', 'report', 'analysis', 'paper', 'survey', 'review', 'data']);

/**
 * "The study, published in the journal …, links the loss to two record-hot
 * summers": a study that links, ties or attributes one thing to another
 * states a finding, as "found" does (SCHEMA.md). The subject must be headed
 * by a research noun, and "to" must follow.
 */
export function studyFinding(v: SentenceView, i: number): CueMatch | undefined {
  const w = v.lower[i]!;
  if (!FINDING_VERBS.has(w) || !v.lower.slice(i + 1, i + 12).includes('to')) return undefined;
  // The research noun opens the subject ("The study, published …, links") or stands right before the verb ("new research links").
  const first = v.lower[0] === 'the' || v.lower[0] === 'a' || v.lower[0] === 'new' ? 1 : 0;
  if (!RESEARCH_NOUNS.has(v.lower[first] ?? '') && !RESEARCH_NOUNS.has(v.lower[i - 1] ?? '')) return undefined;
  return { length: 1, phrase: w, lemma: w.replace(/s$/, ''), reliability: 0.6, belief: false };
}

/** Forms of verbs of tallying ("counted 19 of them", "tallied 2,300 deaths"). */
// ("recorded", "logged" are left out: a band records 12 songs, a runner logs 40 miles; so is the present "counts":
// "The group counts 40 members" has them.)
const TALLY_FORMS = new Map([['counted', 'count'], ['tallied', 'tally']]);

/** What is counted in an election's own count. */
export const COUNTED_VOTES = new Set(['ballots', 'votes', 'ballot', 'vote', 'postal', 'absentee', 'provisional']);

/**
 * "The International Air Transport Association counted 19 of them in 2023",
 * "Police counted at least 40,000 marchers": a body that counts a figure is
 * its source, as "estimated" is. A figure (or "at least", "more than" before
 * one) must follow at once; "counted the votes" and "the votes were counted"
 * state no figure of anyone's.
 */
export function tallyCue(v: SentenceView, i: number): CueMatch | undefined {
  const lemma = TALLY_FORMS.get(v.lower[i]!);
  if (lemma === undefined || /^(was|were|been|being|be|is|are)$/.test(v.lower[i - 1] ?? '')) return undefined;
  let k = i + 1;
  if ((v.lower[k] === 'at' && (v.lower[k + 1] === 'least' || v.lower[k + 1] === 'most')) || ((v.lower[k] === 'more' || v.lower[k] === 'fewer' || v.lower[k] === 'less') && v.lower[k + 1] === 'than')) k += 2;
  else if (v.lower[k] === 'about' || v.lower[k] === 'nearly' || v.lower[k] === 'almost' || v.lower[k] === 'some' || v.lower[k] === 'roughly' || v.lower[k] === 'over') k += 1;
  if (v.tokens[k]?.kind !== 'number') return undefined;
  // ("Officials counted 2,500 ballots by hand": counting votes is the election's own act, no figure of the counter's.)
  if (COUNTED_VOTES.has(v.lower[k + 1] ?? '')) return undefined;
  return { length: 1, phrase: v.lower[i]!, lemma, reliability: 0.6, belief: false };
}

/** Bodies before which evidence is given ("The court heard that …", "The inquest heard …"). */
const HEARING_BODIES = new Set(['court', 'jury', 'jurors', 'mps', 'councillors', 'peers', 'senators', 'tribunal', 'inquest', 'hearing', 'inquiry', 'trial', 'panel', 'committee', 'commission', 'magistrates']);

/**
 * "The court heard that the couple billed …", "The inquest heard he had …":
 * what a court, jury or inquiry "heard" is the evidence given to it, the
 * court report's attribution; the body is its source. "She heard a noise"
 * reports nothing: the subject must be a body that hears evidence.
 */
export function evidenceHeard(v: SentenceView, i: number): CueMatch | undefined {
  const w = v.lower[i]!;
  // "The jury was told that …", "The inquest was told the boy had …": the body told is the one that heard it.
  const told = w === 'told' && (v.lower[i - 1] === 'was' || v.lower[i - 1] === 'were' || (v.lower[i - 1] === 'been' && (v.lower[i - 2] === 'has' || v.lower[i - 2] === 'have' || v.lower[i - 2] === 'had')));
  if (w !== 'heard' && w !== 'hears' && !told) return undefined;
  const body = skipLeft(v, i - 1);
  if (!HEARING_BODIES.has(v.lower[body] ?? '')) return undefined;
  // A clause follows ("heard that …", "heard he had …"); "heard evidence from 12 witnesses" is the hearing itself.
  const next = v.lower[i + 1] ?? '';
  // ("…, a court has heard.", the court report's closing attribution; "Care worker stole £40,000, court hears": its headline.)
  const closing = !told && (next === '' || (v.tokens[i + 1]?.text === '.' && i + 2 >= v.tokens.length)) && closesAfterComma(v, body);
  const clauseNext = next === 'that' || next === 'there' || (next !== 'you' && SUBJECT_PRONOUNS.has(next)) || (told && (next === 'the' || next === 'a' || next === 'an'));
  if (!clauseNext && !closing && !(w !== 'told' && subjectAndVerbAt(v, i + 1))) return undefined;
  return told ? { length: 1, phrase: w, lemma: 'tell', reliability: 0.7, belief: false, hearer: true } : { length: 1, phrase: w, lemma: 'hear', reliability: 0.7, belief: false };
}

/** Finite verbs that show a clause after a short subject ("Ellison used", "the defendant had"). */
const CLAUSE_VERBS = /^(had|has|was|were|is|are|would|could|did|[a-z]{2,}ed)$/;

/** True when a short subject (a name, or "the" and a noun) opens at `k` and a finite verb follows it: "The court heard Ellison used …". */
function subjectAndVerbAt(v: SentenceView, k: number): boolean {
  let m = k;
  if (v.lower[m] === 'the' || v.lower[m] === 'a' || v.lower[m] === 'his' || v.lower[m] === 'her') m++;
  const start = m;
  while (m < v.tokens.length && m - start < 3 && v.tokens[m]!.kind === 'word' && !CLAUSE_VERBS.test(v.lower[m]!)) m++;
  return m > start && m - start <= 3 && (CLAUSE_VERBS.test(v.lower[m] ?? '') || IRREGULAR_PAST.has(v.lower[m] ?? ''));
}

/** True when the body's noun phrase ending at `k` ("a court", "the inquest") follows a comma: it closes the sentence it attributes. */
function closesAfterComma(v: SentenceView, k: number): boolean {
  let m = k - 1;
  if (v.lower[m] === 'a' || v.lower[m] === 'the') m--;
  return v.tokens[m]?.text === ',';
}

/** Participles of reporting that "As … by/in" turns into a frame naming a source ("As reported by the Chronicle, …"). */
const FRAME_PARTICIPLES = new Set(['reported', 'stated', 'noted', 'described', 'detailed', 'documented', 'outlined', 'revealed', 'disclosed', 'announced', 'confirmed', 'quoted', 'explained', 'indicated', 'cited', 'claimed', 'alleged', 'shown', 'written', 'recounted', 'estimated']);
/** Adverbs that may stand between "as" and the participle ("as first reported by"). */
const FRAME_ADVERBS = new Set(['first', 'previously', 'earlier', 'originally', 'widely', 'also', 'later', 'initially']);

/**
 * "As reported by the Chronicle, the city spent …" / "…, as stated in the
 * audit.": "as", a reporting participle and "by" or "in", at the sentence's
 * start or after a comma, name the source as "according to" does. "As
 * expected by analysts" is no report: only participles of reporting count.
 */
export function asReported(v: SentenceView, i: number): CueMatch | undefined {
  if (v.lower[i] !== 'as' || (i > 0 && v.tokens[i - 1]!.text !== ',')) return undefined;
  let k = i + 1;
  if (FRAME_ADVERBS.has(v.lower[k] ?? '')) k++;
  const preposition = v.lower[k + 1];
  if (!FRAME_PARTICIPLES.has(v.lower[k] ?? '') || (preposition !== 'by' && preposition !== 'in')) return undefined;
  // A source follows: a word, not the sentence's end.
  if (v.tokens[k + 2]?.kind !== 'word') return undefined;
  return { length: k + 2 - i, phrase: `as ${v.lower[k]!} ${preposition}`, lemma: 'as', reliability: 0.8, belief: false };
}

/** Forms of "go" before "on to" and a verb of saying ("goes on to say", "went on to argue"). */
const GO_FORMS = new Set(['go', 'goes', 'going', 'went', 'gone']);
const SAID_AFTER_GOING_ON = new Map([
  ['say', 'say'], ['explain', 'explain'], ['note', 'note'], ['argue', 'argue'], ['describe', 'describe'], ['add', 'add'], ['warn', 'warn'],
  ['claim', 'claim'], ['insist', 'insist'], ['suggest', 'suggest'], ['predict', 'predict'], ['tell', 'tell'], ['call', 'call'], ['ask', 'ask'],
]);

/**
 * "The email goes on to say: “…”", "She went on to argue that …": going on
 * to a verb of saying reports in any tense (PolNeAR train has only the past
 * forms of two of them often enough for the phrase lexicon).
 */
export function goesOnTo(v: SentenceView, i: number): CueMatch | undefined {
  if (!GO_FORMS.has(v.lower[i]!) || v.lower[i + 1] !== 'on' || v.lower[i + 2] !== 'to') return undefined;
  const lemma = SAID_AFTER_GOING_ON.get(v.lower[i + 3] ?? '');
  if (lemma === undefined) return undefined;
  return { length: 4, phrase: v.lower.slice(i, i + 4).join(' '), lemma, reliability: 0.8, belief: false };
}

/** Forms of "see" and "view" that report a view of someone ("developers see golf courses as wasted space"). */
const VIEW_FORMS = new Map([['see', 'see'], ['sees', 'see'], ['saw', 'see'], ['seeing', 'see'], ['view', 'view'], ['views', 'view'], ['viewed', 'view'], ['viewing', 'view']]);
/** Manner adverbs after the object of "view" that judge it ("viewed him favorably"). */
const JUDGING_ADVERBS = new Set(['favorably', 'unfavorably', 'favourably', 'unfavourably', 'positively', 'negatively', 'differently', 'skeptically', 'sceptically', 'warily', 'suspiciously']);

/**
 * "Majorities in many European countries see immigrants as an economic
 * burden", "Thirty-nine percent viewed him favorably": seeing or viewing
 * something as something, or judged by a manner adverb, reports a view held
 * — a belief, low in check-worthiness whatever it holds (SCHEMA.md). The
 * object must be short and hold no clause; "saw the crowd" reports nothing.
 */
export function viewAs(v: SentenceView, i: number): CueMatch | undefined {
  const lemma = VIEW_FORMS.get(v.lower[i]!);
  // ("The grim view of the political climate": before "of" it is the noun.)
  if (lemma === undefined || (isCapitalized(v.tokens[i]!.text) && i > 0) || v.lower[i + 1] === 'of') return undefined;
  for (let k = i + 2; k < v.tokens.length && k <= i + 10; k++) {
    const w = v.lower[k]!;
    if (v.tokens[k]!.kind === 'punct' || v.quoteMark[k] || w === 'that' || w === 'and' || w === 'but') return undefined;
    // ("saw the crowd as we drove in": "as" before a subject pronoun opens a clause of time.)
    if (w === 'as' && SUBJECT_PRONOUNS.has(v.lower[k + 1] ?? '')) return undefined;
    if (w === 'as' || JUDGING_ADVERBS.has(w)) return { length: 1, phrase: v.lower[i]!, lemma, reliability: 0.5, belief: true };
  }
  return undefined;
}

/** Forms of "rate" that give a verdict ("rated the claim “Mostly False”"). */
const RATE_FORMS = new Set(['rate', 'rates', 'rated', 'rating']);
/** Verdict words a rating gives after "as" ("rated 32% of the claims as false"). */
const VERDICTS = new Set(['true', 'false', 'misleading', 'accurate', 'inaccurate', 'correct', 'incorrect', 'mostly', 'half', 'pants', 'unsupported', 'unproven', 'baseless', 'good', 'poor', 'fair', 'excellent']);

/**
 * "PolitiFact rated 32% of Republican claims as “false”", "examined the charge
 * and rated both aspects of it “True.”": a rating that gives a verdict, in
 * quotation marks or after "as", is a ruling of its rater, as "ruled" is
 * (SCHEMA.md); "rated the best state" or "a rating of" gives none.
 */
export function ratedVerdict(v: SentenceView, i: number): CueMatch | undefined {
  if (!RATE_FORMS.has(v.lower[i]!) || (i > 0 && DETERMINERS.has(v.lower[i - 1]!))) return undefined;
  for (let k = i + 2; k < v.tokens.length && k <= i + 10; k++) {
    const w = v.lower[k]!;
    if (v.quoteMark[k]) return verdictAt(v, k + 1) ? { length: 1, phrase: v.lower[i]!, lemma: 'rate', reliability: 0.5, belief: false } : undefined;
    if (v.tokens[k]!.kind === 'punct' && w !== '%') return undefined;
    if (w === 'that' || w === 'and' || w === 'but') return undefined;
    if (w === 'as') return verdictAt(v, v.quoteMark[k + 1] ? k + 2 : k + 1) ? { length: 1, phrase: v.lower[i]!, lemma: 'rate', reliability: 0.5, belief: false } : undefined;
  }
  return undefined;
}

/**
 * "The court held the 2019 ban unconstitutional", "a jury held the firm
 * liable": "held" before a judgement of its object rules, as "ruled" does
 * (SCHEMA.md), however the classifier reads "hold" elsewhere ("held talks",
 * "holds rates at 4.5%" are acts).
 */
export function heldRuling(v: SentenceView, i: number): CueMatch | undefined {
  if (!HELD_FORMS.has(v.lower[i]!) || (i > 0 && DETERMINERS.has(v.lower[i - 1]!))) return undefined;
  return heldJudged(v, i + 1) ? { length: 1, phrase: v.lower[i]!, lemma: 'hold', reliability: 0.5, belief: false } : undefined;
}

const HELD_FORMS = new Set(['held', 'holds', 'hold']);

/** True when a verdict word stands at `k`, after at most one -ly adverb ("entirely true"). */
function verdictAt(v: SentenceView, k: number): boolean {
  return VERDICTS.has(v.lower[k] ?? '') || (/^[a-z]+ly$/.test(v.lower[k] ?? '') && VERDICTS.has(v.lower[k + 1] ?? ''));
}

/** False when none of perCue(), asReported(), evidenceHeard(), bareBelief(), documentCloser(), documentFrame(), studyFinding(), tallyCue(), goesOnTo(), viewAs(), ratedVerdict() and heldRuling() can match a word of form `w`, whatever its neighbours. */
export function mayBePlainCue(w: string): boolean {
  return w === 'per' || w === 'in' || w === 'by' || w === 'as' || w === 'heard' || w === 'hears' || BARE_BELIEFS.has(w) || DOCUMENT_CLOSERS.has(w) || FINDING_VERBS.has(w) || TALLY_FORMS.has(w) || GO_FORMS.has(w) || VIEW_FORMS.has(w) || RATE_FORMS.has(w) || HELD_FORMS.has(w) || (w !== 'not' && isSpeechLemma(lemmaOf(w)));
}

