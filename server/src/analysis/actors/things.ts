// Rule: "it" and "its" often mean a thing, not an organisation ("the River
// Severn to its highest level", "The mission will cost … over its planned
// life", "Its destination is …" after "The telescope’s detectors …"). Before
// resolving them to an organisation, look for a thing that competes:
// - a sentence that opens with "It"/"Its" (after a quotation, if any) continues the previous sentence's
//   subject: when that subject is a thing, the pronoun is not a mention;
// - inside a sentence whose subject is not an organisation, a named place or
//   work before the pronoun, or a subject that is a thing, wins; so does a
//   phrase of "the" and a common noun ("whether the forecast changed …, he
//   said it did not") when no organisation stands in the sentence;
// - "most of it", "all of it" are amounts, not actors;
// - "at its height", "at its peak" describe a thing at its extreme.
import { DEFINITE, INDEFINITE, ORG_NOUNS } from './lexicon';
import type { Tok, TokenView } from './tokens';

/** What opens a sentence: an organisation, a person, a thing, or nothing we can tell. */
export type SubjectKind = 'org' | 'person' | 'thing' | 'unknown';

/** What the context pass knows about token positions while it walks. */
export interface Positions {
  /** Actor type of a resolved mention starting at a token ('org' | 'person'). */
  actorAt(tok: number): 'org' | 'person' | undefined;
  /** True for tokens of named non-actors (places, works, events). */
  thing: Uint8Array;
}

const LEADING_PREPOSITIONS = new Set('in at on for with after before during across from under over since by as'.split(' '));
const LEADING_CONNECTIVES = new Set(['but', 'and', 'yet', 'so', 'still', 'meanwhile']);
const STOP = /^(of|in|at|on|for|to|into|from|with|by|has|have|had|is|was|are|were|will|would|can|could|said|the|a|an|this|that|who|which)$/;
const PEAKS = /^(height|peak|highest|lowest|worst|best|core|heart|widest|deepest|strongest|weakest|fastest|maximum|minimum|most)$/;
const QUANTIFIERS = new Set('most some all much part none any half rest each either neither'.split(' '));

/** The kind of the first noun phrase of a sentence (its subject, roughly). */
export function subjectOf(view: TokenView, sentence: number, at: Positions): SubjectKind {
  const range = view.sentences[sentence];
  if (!range) return 'unknown';
  let k = range.first;
  const tok = (i: number): Tok | undefined => (i < range.end ? view.toks[i] : undefined);
  while (tok(k) && (tok(k)?.kind === 'punct' || LEADING_CONNECTIVES.has(tok(k)?.lower ?? ''))) k++;
  if (LEADING_PREPOSITIONS.has(tok(k)?.lower ?? '')) {
    while (tok(k) && tok(k)?.text !== ',') k++;
    k++;
  }
  if (tok(k)?.lower === 'the' && at.actorAt(k + 1)) k++; // "The Valmoran Federation …": names leave out "the"
  const first = tok(k);
  if (!first) return 'unknown';
  const actor = at.actorAt(k);
  if (actor) {
    // "The agency’s report …": the subject is the report.
    let e = k + 1;
    while (tok(e) && tok(e)?.kind === 'word' && tok(e)?.cap) e++;
    return /^['’]s$/.test(tok(e)?.lower ?? '') ? 'thing' : actor;
  }
  if (at.thing[k]) return 'thing';
  if (DEFINITE.has(first.lower) || INDEFINITE.has(first.lower)) {
    // A plural head ("The origins of …") cannot be "it". The head is the last
    // word before a function word or a verb-looking word ("division moved").
    let e = k + 1;
    while (tok(e)?.kind === 'word' && !STOP.test(tok(e)?.lower ?? '') && !(e > k + 1 && /([^s]s|ed)$/.test(tok(e)?.lower ?? ''))) {
      if (/^['’]s$/.test(tok(e + 1)?.lower ?? '')) return 'thing';
      e++;
    }
    const head = tok(e - 1);
    return head && e - 1 > k && /[^s]s$/.test(head.lower) ? 'unknown' : 'thing';
  }
  return 'unknown';
}

/** True when an "it"/"its" at token `i` more likely means a thing than an organisation. */
export function meansThing(view: TokenView, i: number, at: Positions): boolean {
  const t = view.toks[i] as Tok;
  const range = view.sentences[t.sentence];
  if (!range) return false;
  if (view.toks[i - 1]?.lower === 'of' && QUANTIFIERS.has(view.toks[i - 2]?.lower ?? '')) return true;
  // "It has gone up slightly, by about 1,200.", "it fell 4%": what rises and falls is a quantity, no organisation.
  if (t.lower === 'it' && changesQuantity(view, i + 1)) return true;
  let first = range.first;
  // ("“Bring back the 7:15,” it reads.": a quotation opening the sentence is no subject; the pronoun opens the narrative.)
  while (first < i && ((view.toks[first] as Tok).kind === 'punct' || (view.toks[first] as Tok).quoted)) first++;
  if (first === i) return t.sentence > 0 && subjectOf(view, t.sentence - 1, at) === 'thing';
  const subject = subjectOf(view, t.sentence, at);
  if (subject === 'org') return false;
  // "fought the blaze at its height": a thing at its peak, not an organisation.
  if (view.toks[i - 1]?.lower === 'at' && PEAKS.test(view.toks[i + 1]?.lower ?? '')) return true;
  if (relativeOfCommonNoun(view, i, range.first, at)) return true;
  // "whether the forecast changed his plan, Whitcombe … said it did not": a phrase of "the" and a common noun, no
  // actor's, is a thing the pronoun may mean, unless an organisation stands in the sentence too ("more than the
  // institute estimated when the project was approved, a rise it blames on …").
  let commonThing = false;
  for (let k = i - 1; k >= range.first; k--) {
    if (at.actorAt(k) === 'org') return false;
    if (at.thing[k]) return true;
    // ("the bank", "the council": a noun of an institution names an organisation, no thing.)
    const noun = view.toks[k + 1]?.text ?? '';
    if (view.toks[k]!.lower === 'the' && !at.actorAt(k) && !at.actorAt(k + 1) && /^[a-z]+$/.test(noun) && !ORG_NOUNS.has(noun)) commonThing = true;
  }
  return commonThing || subject === 'thing';
}

/** Verbs of a quantity's change ("rose", "has fallen", "doubled"); "declined" is left out ("it declined to comment"). */
const QUANTITY_CHANGES = /^(rose|risen|rises|fell|fallen|falls|increased|decreased|doubled|tripled|halved|climbed|dropped|jumped|slipped|surged|soared|plunged|shrank|shrunk|grew|grown)$/;
const CHANGE_AUXILIARIES = new Set(['has', 'had', 'have', 'is', 'was', "'s", '’s', 'also', 'then', 'now', 'since', 'already', 'only']);

/** True when the words from `k` (past auxiliaries and adverbs) are a verb of a quantity's change, or "gone up"/"gone down". */
function changesQuantity(view: TokenView, k: number): boolean {
  while (CHANGE_AUXILIARIES.has(view.toks[k]?.lower ?? '')) k++;
  const w = view.toks[k]?.lower ?? '';
  if (w === 'gone' || w === 'went' || w === 'goes') return /^(up|down)$/.test(view.toks[k + 1]?.lower ?? '');
  return QUANTITY_CHANGES.test(w);
}

/** Words that open a noun phrase right before its noun ("every household", "a country"). */
const NOUN_OPENERS = new Set(['every', 'each', 'a', 'an', 'the', 'any', 'no', 'one', 'another']);

/**
 * "grants for every household that lost its home": a pronoun inside a relative clause whose antecedent is a common
 * noun (no institution noun, no actor) stands for that noun ("the ministry said that its budget …" has no antecedent
 * noun before "that": a verb stands there).
 */
function relativeOfCommonNoun(view: TokenView, i: number, first: number, at: Positions): boolean {
  for (let r = i - 1; r >= Math.max(first + 2, i - 6); r--) {
    const w = view.toks[r]!.lower;
    if (w !== 'that' && w !== 'which') continue;
    // ("said in a statement that it would send": a pronoun right after "that" is its clause's subject, a complement.)
    if (r === i - 1) return false;
    const noun = view.toks[r - 1]!;
    return noun.kind === 'word' && /^[a-z]+$/.test(noun.text) && !ORG_NOUNS.has(noun.lower) && !at.actorAt(r - 1) && NOUN_OPENERS.has(view.toks[r - 2]!.lower);
  }
  return false;
}
