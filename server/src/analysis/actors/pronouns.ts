// Rule: pronouns. he/him/his, she/her and it/its refer to the most salient
// actor that agrees in gender (persons) or is an organisation (it/its), with
// two binding constraints: an object pronoun is not its own clause's subject
// ("she phoned her sister to congratulate her"), and a pronoun is not a name
// that follows it in its clause ("It became the SCO"). Expletive "it" ("it is
// expected to …"), "it" inside quotations, and I/we/they are not mentions.
import { SPEECH, clauseEnd, clauseStart, isParenthetical, opensClause } from './clauses';
import { EXPLETIVE_BE, NOT_A_NOUN, ORG_NOUNS, PERSON_ROLES, PRONOUNS, ROLE_GENDER } from './lexicon';
import type { Draft, DraftMention } from './model';
import { best, type Salience } from './salience';
import { PRONOUN, type Tok, type TokenView } from './tokens';

/** A pronoun token that may refer to an actor, as a mention still to resolve. */
export function pronounAt(view: TokenView, i: number): DraftMention | undefined {
  const t = view.toks[i] as Tok;
  if (t.kind !== 'word' || !(t.classes & PRONOUN)) return undefined;
  if ((t.lower === 'it' || t.lower === 'its') && (t.quoted || isExpletive(view, i) || predicatesThing(view, i))) return undefined;
  // An object "it" ("they doubted it") stands for a thing far more often than for an organisation.
  if (t.lower === 'it' && !isNominative(view, i)) return undefined;
  // "… said the decision would raise £3.2bn in its first full year": "its" after a clause whose subject is a thing
  // ("the decision", "the study") is that thing's.
  if (t.lower === 'its' && thingSubjectBefore(view, i)) return undefined;
  return {
    start: t.start,
    end: t.end,
    kind: 'pronoun',
    sentence: t.sentence,
    first: i,
    last: i + 1,
    subject: !isParenthetical(view, i, i + 1) && (isNominative(view, i) || (!isPossessive(view, i) && opensClause(view, i, i + 1))),
  };
}

/**
 * True when the clause holding the token at `i` opens (after "that", "said", a comma or the sentence's start) with
 * "the" or "a" and a common noun that names no body or role ("the decision", "the study", "a measure").
 */
function thingSubjectBefore(view: TokenView, i: number): boolean {
  const t = view.toks[i] as Tok;
  let k = i - 1;
  while (k >= 0 && (view.toks[k] as Tok).sentence === t.sentence && i - k < 14) {
    const u = view.toks[k] as Tok;
    if (u.lower === 'that' || u.lower === 'said' || u.lower === 'says' || u.text === ',') break;
    k--;
  }
  const opener = view.toks[k + 1] as Tok | undefined;
  const noun = view.toks[k + 2] as Tok | undefined;
  if (!opener || !noun || (opener.lower !== 'the' && opener.lower !== 'a' && opener.lower !== 'an') || noun.cap || noun.kind !== 'word') return false;
  return THING_SUBJECTS.has(noun.lower);
}

/** Things that own "its" in their own clause ("the decision … its first year", "the study … its authors"). */
const THING_SUBJECTS = new Set(['decision', 'measure', 'plan', 'policy', 'study', 'report', 'proposal', 'bill', 'law', 'rule', 'change', 'deal', 'move', 'tax', 'scheme', 'programme', 'program', 'project', 'levy', 'cut', 'increase', 'rise', 'fund', 'budget', 'economy', 'market', 'index', 'currency', 'yield', 'price', 'rate', 'drug', 'vaccine', 'trial', 'device', 'system', 'network', 'service', 'product', 'model', 'film', 'book', 'show', 'album', 'storm', 'fire', 'virus', 'disease']);

/** he/she are subjects; "it" is one unless a stop or a preposition follows it ("congratulate it."). */
function isNominative(view: TokenView, i: number): boolean {
  const t = view.toks[i] as Tok;
  if (t.lower === 'he' || t.lower === 'she') return true;
  if (t.lower !== 'it') return false;
  const next = view.toks[i + 1];
  return !!next && next.sentence === t.sentence && next.kind === 'word' && !NOT_A_NOUN.has(next.lower);
}

/** "his", "its", and "her" followed by a noun are possessive; "her" before a stop or a preposition is an object. */
export function isPossessive(view: TokenView, i: number): boolean {
  const t = view.toks[i] as Tok;
  const info = PRONOUNS.get(t.lower);
  if (info?.possessive) return true;
  if (t.lower !== 'her') return false;
  const next = view.toks[i + 1];
  return !!next && next.sentence === t.sentence && next.kind !== 'punct' && !NOT_A_NOUN.has(next.lower);
}

/** "it is expected to …", "it was clear that …": "it" that stands for no one. */
function isExpletive(view: TokenView, i: number): boolean {
  const t = view.toks[i] as Tok;
  if (t.lower !== 'it') return false;
  const next = view.toks[i + 1];
  const prev = view.toks[i - 1];
  // ("Is it too much to ask …?", "Was it wise to …": the question puts the verb first.)
  const asked = !!prev && prev.sentence === t.sentence && (prev.lower === 'is' || prev.lower === 'was' || prev.lower === "isn't" || prev.lower === "wasn't") && (view.toks[i - 2]?.sentence !== t.sentence || /^(why|how|so|then|but|and)$/.test(view.toks[i - 2]?.lower ?? ''));
  if (!asked && (!next || next.sentence !== t.sentence || !EXPLETIVE_BE.has(next.lower))) return false;
  for (let k = asked ? i + 1 : i + 2; k < i + 7 && k < view.toks.length; k++) {
    const u = view.toks[k] as Tok;
    if (u.sentence !== t.sentence) break;
    if (u.lower === 'to' || u.lower === 'that') return true;
  }
  return false;
}

/** Words that end a predicate noun phrase when scanning right ("the second closure in Hollin", "a record that …"). */
const PREDICATE_ENDS = new Set(['in', 'of', 'on', 'for', 'since', 'to', 'that', 'which', 'who', 'at', 'from', 'with', 'by', 'and', 'or', 'after', 'before', 'than']);

/**
 * "It is the second major bridge closure in Hollin in five years": "it" that a copula equates with a thing (the
 * predicate's head is no institution noun) stands for that event, not for an organisation named before ("It is the
 * largest bank in Norway" may be one).
 */
function predicatesThing(view: TokenView, i: number): boolean {
  const t = view.toks[i] as Tok;
  const be = view.toks[i + 1];
  const det = view.toks[i + 2];
  if (t.lower !== 'it' || !be || be.sentence !== t.sentence || !(be.lower === 'is' || be.lower === 'was') || !det || !['the', 'a', 'an'].includes(det.lower)) return false;
  let head: Tok | undefined;
  for (let k = i + 3; k < i + 9 && k < view.toks.length; k++) {
    const u = view.toks[k] as Tok;
    if (u.sentence !== t.sentence || u.kind !== 'word' || PREDICATE_ENDS.has(u.lower) || u.cap) break;
    head = u;
  }
  return head !== undefined && !ORG_NOUNS.has(head.lower);
}

/**
 * Resolves a pronoun against the salience model. Returns the mention with
 * its actor set, or undefined when no actor fits.
 */
export function resolvePronoun(
  view: TokenView,
  p: DraftMention,
  drafts: Draft[],
  salience: Salience,
  namesAfter: (from: number, to: number) => Set<number>,
  unresolved: readonly DraftMention[] = [],
): DraftMention | undefined {
  const t = view.toks[p.first] as Tok;
  const info = PRONOUNS.get(t.lower);
  if (!info) return undefined;
  const possessive = isPossessive(view, p.first);
  const wantOrg = info.gender === 'n';
  // "The U.N. Secretary-General urged restraint, his spokesman said": the person is the unnamed office holder.
  if (!wantOrg && unnamedOfficeHolderBefore(view, p.first, drafts, namesAfter)) return undefined;
  // "…, a doctor there told Reuters, asking not to be named because she was not authorised …": the unnamed speaker.
  if (!wantOrg && unnamedSpeakerBefore(view, p.first, info.gender, drafts, namesAfter)) return undefined;
  // "If the transit authority gets its way": an unnamed body that opens the pronoun's clause is what "its" means.
  if (wantOrg && unnamedBodyBefore(view, p.first, drafts, namesAfter, unresolved)) return undefined;
  const excluded = new Set<number>();
  if (!possessive && !p.subject) for (const a of salience.subjectsBetween(clauseStart(view, p.first), p.first)) excluded.add(a);
  if (!possessive) for (const a of namesAfter(p.first + 1, clauseEnd(view, p.first))) excluded.add(a);
  // "“He could barely stand,” Brown said.": a third person inside a quotation is never its speaker, named after it.
  if (t.quoted) for (const a of speakersAfterQuotation(view, p.first, namesAfter)) excluded.add(a);
  // The speaker of a reporting clause inside a sentence was named before it ("Her sister, she added, …").
  const scores = salience.scores(p.sentence, p.first, isParenthetical(view, p.first, p.last) ? p.sentence : -1);
  // "In his article, Xi …": a possessive in an opening phrase looks ahead to the subject after the comma.
  const ahead = possessive ? subjectAfterOpening(view, p.first) : undefined;
  if (ahead !== undefined) {
    for (const a of namesAfter(ahead, ahead + 1)) scores.set(a, (scores.get(a) ?? 0) + 5);
  }
  const fits = (a: number): boolean => {
    const d = drafts[a] as Draft;
    if (excluded.has(a)) return false;
    if (wantOrg) return d.type === 'organization';
    return d.type === 'person' && (d.gender === undefined || d.gender === info.gender);
  };
  // "Detectives identified Whitaker after a tip, he said.": the speaker closing a report is seldom someone the report
  // names only as an object; the speaker of the sentence before is the likelier "he".
  if (!wantOrg && closingSpeaker(view, p.first)) {
    const start = sentenceStart(view, p.first);
    for (const a of salience.objectsOnlyBetween(start, p.first)) {
      const s = scores.get(a);
      if (s !== undefined) scores.set(a, s * 0.4);
    }
    // (And one whose latest mention, in the sentence before, spoke: "…, Afzal said. …, he said.")
    for (const [a, s] of scores) {
      const m = salience.latest(a);
      if (m && m.first < start && (view.toks[m.first] as Tok).sentence >= (view.toks[start] as Tok).sentence - 1 && spokeAt(view, m)) scores.set(a, s + 1);
    }
  }
  // "“Jermaine has the best temperament …,” he said.": a person named inside the quotation the pronoun's speech tag
  // closes is talked about, seldom the speaker.
  if (!wantOrg && speakerAfterQuotation(view, p.first)) {
    for (const a of salience.onlyInsideBetween(sentenceStart(view, p.first), p.first, (k) => view.toks[k]?.quoted === true)) {
      const s = scores.get(a);
      if (s !== undefined) scores.set(a, s * 0.1);
    }
  }
  // "Margaret Fenn … died on Monday. Her daughter, Ruth Fenn, said she died peacefully": who died is the one the
  // article said died, not the relative who speaks of it.
  if (!wantOrg && DEATH_WORDS.has(view.toks[p.first + 1]?.lower ?? '')) {
    for (const [a, s] of scores) {
      // (In a sentence before: the speaker's own "said she died" is what is being resolved.)
      const died = salience.tokensOf(a).some((k) => (view.toks[k] as Tok).sentence < p.sentence && diedAfter(view, k));
      if (died) scores.set(a, s * 4 + 1);
    }
  }
  // A person whose gender is known to match beats one whose gender is unknown.
  for (const [a, s] of scores) {
    const d = drafts[a] as Draft;
    if (!wantOrg && d.gender === undefined) scores.set(a, s * 0.75);
  }
  const pick = best(scores, fits);
  if (pick.actor === undefined) return undefined;
  p.actor = pick.actor;
  const chosen = drafts[pick.actor] as Draft;
  if (!wantOrg && chosen.gender === undefined && pick.secondScore < pick.score * 0.3) chosen.gender = info.gender as 'm' | 'f';
  if (pick.second !== undefined && pick.secondScore > pick.score * 0.95) p.candidates = [pick.actor, pick.second];
  return p;
}

/** True when the pronoun at `i` follows a mark `before` accepts and a verb of saying follows it in its sentence. */
function speechTagAt(view: TokenView, i: number, before: (text: string) => boolean): boolean {
  const t = view.toks[i] as Tok;
  const prev = view.toks[i - 1];
  const after = view.toks[i + 1];
  return !!prev && prev.sentence === t.sentence && before(prev.text) && !!after && after.sentence === t.sentence && SPEECH.has(after.lower);
}

/** True when the pronoun at `i` follows a comma and a verb of saying follows it: "…, he said." */
function closingSpeaker(view: TokenView, i: number): boolean {
  return speechTagAt(view, i, (text) => text === ',');
}

/** Verbs of dying after a pronoun or a name ("she died", "he passed away"). */
const DEATH_WORDS = new Set(['died', 'dies', 'passed']);

/** True when a verb of dying follows the mention starting at token `k` within its clause ("Margaret Fenn, 88, died"). */
function diedAfter(view: TokenView, k: number): boolean {
  const sentence = view.toks[k]?.sentence;
  for (let j = k + 1; j < view.toks.length && j <= k + 8; j++) {
    const t = view.toks[j]!;
    if (t.sentence !== sentence) return false;
    if (DEATH_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Actors named in the same sentence right after the quotation holding token `i` closes (its speaker tag). */
function speakersAfterQuotation(view: TokenView, i: number, namesAfter: (from: number, to: number) => Set<number>): Set<number> {
  const sentence = (view.toks[i] as Tok).sentence;
  let k = i;
  while (view.toks[k]?.quoted && view.toks[k]!.sentence === sentence) k++;
  const end = view.sentences[sentence]?.end ?? k;
  if (k >= end || view.toks[k]?.sentence !== sentence) return new Set();
  return namesAfter(k, Math.min(end, k + 6));
}

/** True when the pronoun at `i` follows a closing quotation mark and a verb of saying follows it: "“…,” he said." */
function speakerAfterQuotation(view: TokenView, i: number): boolean {
  return speechTagAt(view, i, (text) => /^[”"’']$/.test(text));
}

/** True when a verb of saying stands right after the mention or right before it ("Afzal said", "said Afzal"). */
function spokeAt(view: TokenView, m: { first: number; last: number }): boolean {
  const sentence = (view.toks[m.first] as Tok).sentence;
  const after = view.toks[m.last];
  const before = view.toks[m.first - 1];
  return (!!after && after.sentence === sentence && SPEECH.has(after.lower)) || (!!before && before.sentence === sentence && SPEECH.has(before.lower));
}

/** The first token of the sentence holding token `i`. */
function sentenceStart(view: TokenView, i: number): number {
  return view.sentences[(view.toks[i] as Tok).sentence]?.first ?? 0;
}

/**
 * True when the sentence opens with a definite phrase headed by an office
 * ("The United Nations Secretary-General", "The chief executive") that holds
 * no name and whose office no named person of the article holds: a he or
 * she after it in the sentence is that unnamed person, no actor.
 */
function unnamedOfficeHolderBefore(view: TokenView, i: number, drafts: Draft[], namesAfter: (from: number, to: number) => Set<number>): boolean {
  const range = view.sentences[(view.toks[i] as Tok).sentence];
  if (!range || view.toks[range.first]?.lower !== 'the') return false;
  for (let k = range.first + 1; k < i && k <= range.first + 6; k++) {
    const w = view.toks[k] as Tok;
    if (w.kind !== 'word') return false;
    if (!PERSON_ROLES.has(w.lower)) continue;
    // The role is the subject's head: a verb follows it ("… Secretary-General urged"), not a name ("The Secretary-General
    // Ana Ruiz") or more of a name ("The Granite Forward political action committee").
    const next = view.toks[k + 1];
    if (next?.kind !== 'word' || !/^(?:[a-z]+ed|[a-z]+s|said|told|will|would|has|had|is|was|can|could|may|might)$/.test(next.text)) return false;
    // An organisation may name the office ("The United Nations Secretary-General"); a person's name makes it a title.
    for (const a of namesAfter(range.first, k + 1)) if ((drafts[a] as Draft).type === 'person') return false;
    return !drafts.some((d) => d.type === 'person' && d.roles.has(w.lower));
  }
  return false;
}

/**
 * True when a description that named no actor, headed by an organisation
 * noun ("the transit authority"), opens the clause of an it/its with no
 * organisation named between them: the pronoun stands for that unnamed body.
 */
function unnamedBodyBefore(view: TokenView, i: number, drafts: Draft[], namesAfter: (from: number, to: number) => Set<number>, unresolved: readonly DraftMention[]): boolean {
  const start = clauseStart(view, i);
  for (let k = unresolved.length - 1; k >= 0; k--) {
    const d = unresolved[k]!;
    if (d.last > i) continue;
    if (d.first < start) return false;
    if (!ORG_NOUNS.has(d.head ?? '') || d.first !== start) continue;
    for (const a of namesAfter(d.last, i)) if ((drafts[a] as Draft).type === 'organization') return false;
    return true;
  }
  return false;
}

/** How many tokens before a pronoun the unnamed speaker is looked for. */
const SPEAKER_WINDOW = 40;

/** Verbs of saying that make an unnamed person the speaker ("a doctor there told Reuters", "said a resident"). */
const SPEAKING = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote', 'explained', 'recalled', 'insisted', 'asked', 'asking', 'speaking', 'spoke']);
/** Heads of an unnamed speaker that are no office ("a person familiar with the matter", "a source close to …"). */
const UNNAMED_HEADS = new Set(['person', 'source', 'woman', 'man', 'resident', 'witness', 'worker', 'employee', 'neighbour', 'neighbor', 'relative', 'passenger', 'survivor', 'volunteer', 'protester']);

/**
 * True when, earlier in the pronoun's sentence, an indefinite person ("a
 * doctor", "an official", "a person familiar with the talks") speaks, by a
 * verb of saying within a few words of it, and no named person stands
 * before the pronoun in the sentence: a he or she after it is that unnamed speaker
 * ("… asking not to be named because she was not authorised"), no actor.
 */
function unnamedSpeakerBefore(view: TokenView, i: number, gender: string, drafts: Draft[], namesAfter: (from: number, to: number) => Set<number>): boolean {
  const range = view.sentences[(view.toks[i] as Tok).sentence];
  if (!range) return false;
  // A window of the words just before the pronoun: a sentence thousands of words long must not make this quadratic.
  for (let k = Math.max(range.first, i - SPEAKER_WINDOW); k < i - 1; k++) {
    const article = (view.toks[k] as Tok).lower;
    if (article !== 'a' && article !== 'an') continue;
    // The head: a role or person noun within three words after the article.
    let head = -1;
    for (let h = k + 1; h <= k + 3 && h < i; h++) {
      const w = view.toks[h] as Tok;
      if (w.kind !== 'word' || /^\p{Lu}/u.test(w.text)) break;
      if (PERSON_ROLES.has(w.lower) || UNNAMED_HEADS.has(w.lower)) head = h;
    }
    if (head < 0) continue;
    const role = (view.toks[head] as Tok).lower;
    const roleGender = ROLE_GENDER.get(role);
    if (roleGender !== undefined && roleGender !== gender) continue;
    // It speaks: a verb of saying within six words after its head, or right before its article ("said a resident").
    let speaks = SPEAKING.has((view.toks[k - 1] as Tok | undefined)?.lower ?? '');
    for (let v = head + 1; v <= head + 6 && v < i && !speaks; v++) speaks = SPEAKING.has((view.toks[v] as Tok).lower);
    if (!speaks) continue;
    // A named person anywhere before the pronoun may be the one it means ("Kevin Ortiz, 61, a retired bus driver, said he …").
    for (const a of namesAfter(Math.max(range.first, i - SPEAKER_WINDOW), i)) if ((drafts[a] as Draft).type === 'person') return false;
    return true;
  }
  return false;
}

const OPENING_PREPOSITIONS = new Set('in at on for with after before during despite since under as'.split(' '));

/** For a pronoun inside a sentence-opening phrase ("In her speech, …"), the token after its comma. */
function subjectAfterOpening(view: TokenView, i: number): number | undefined {
  const t = view.toks[i] as Tok;
  const range = view.sentences[t.sentence];
  if (!range || !OPENING_PREPOSITIONS.has(view.toks[range.first]?.lower ?? '')) return undefined;
  for (let k = i + 1; k < range.end && k < i + 8; k++) {
    if ((view.toks[k] as Tok).text === ',') return k + 1 < range.end ? k + 1 : undefined;
  }
  return undefined;
}
