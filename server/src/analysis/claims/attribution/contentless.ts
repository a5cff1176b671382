// Verbs that report only with what was said after them. "Clinton spoke to
// the Planned Parenthood Action Network", "Obama made gun control a
// priority", "gave the candidate $250", "Sanders continues to trail Clinton":
// a speech event, an act or a state, no attributed content, so no source
// (SCHEMA.md: a sentence is sourced when it attributes its content). The
// classifier admits these verbs on their context; this is the check on what
// follows them.
import type { SentenceView } from '../view';
import { AUXILIARIES } from '../words';
import { reportsByLemma } from '../lexicon';
import { STANCE_OBJECTS } from './acts';

const SPEAKS = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking', 'talk', 'talks', 'talked', 'talking']);
/** After these a verb of speaking has a topic or a stance: "talked about the plan", "spoke out against". */
const TOPIC_WORDS = new Set(['about', 'out', 'against']);

/** Forms of "make" (verbal.ts reads them too). */
export const MAKES = new Set(['make', 'makes', 'made', 'making']);
const GIVES = new Set(['give', 'gives', 'gave', 'given', 'giving']);
/** Things said that "give" and "make" can take besides the stance objects: "gave no details", "gave an estimate". */
const SAID_THINGS = new Set(['evidence', 'details', 'detail', 'account', 'answer', 'answers', 'explanation', 'assurance', 'assurances', 'warning', 'warnings', 'reason', 'reasons', 'indication', 'signal', 'hint', 'hints', 'verdict', 'estimate', 'figure', 'figures', 'forecast', 'assessment', 'endorsement', 'apology', 'secret', 'preview', 'testimonials', 'references', 'promises', 'pledges', 'predictions', 'points', 'arguments', 'cases', 'jokes', 'fun']);

/** Forms of "continue", which verbal.ts reads through "to" to the verb that goes on. */
export const CONTINUES = new Set(['continue', 'continues', 'continued', 'continuing']);

/** Tokens after the cue that are searched for a content or a thing said. */
const REACH = 6;
/** Tokens after a verb of speaking searched for its topic ("spoke at the White House on Tuesday about rights"). */
const TOPIC_REACH = 10;

/**
 * True when the one-word cue at `i` is a verb that reports only with content
 * after it, and none follows: a speech event ("spoke to reporters"), a thing
 * made or given that nobody says ("made history", "gave $250"), a state that
 * goes on ("continues to trail"), or "given" as a preposition ("…, given that").
 * `isCue` tells whether a word opens a reporting verb: "continued to call for",
 * "spoke to a gathering, promising to …" carry their content in it.
 */
export function contentless(v: SentenceView, i: number, isCue: (k: number) => boolean): boolean {
  const w = v.lower[i]!;
  if (SPEAKS.has(w)) return !topicAfter(v, i) && !contentAfter(v, i, isCue);
  // ("has continued to push for …", "continued to refute a story": what goes on is a report when its verb is one.)
  if (CONTINUES.has(w)) return !(v.lower[i + 1] === 'to' && (isCue(i + 2) || reportsByLemma(v.lower[i + 2] ?? ''))) && !contentAfter(v, i, isCue) && !saidThingAfter(v, i);
  if (w === 'given' && !AUXILIARIES.has(v.lower[i - 1] ?? '')) return true;
  if (MAKES.has(w) || GIVES.has(w)) return !contentAfter(v, i, isCue) && !saidThingAfter(v, i);
  return false;
}

/**
 * Within reach after the cue, before the clause ends: a quotation, a colon, a
 * "that" clause, or a comma and a reporting participle ("…, promising to lift
 * regulations").
 */
function contentAfter(v: SentenceView, i: number, isCue: (k: number) => boolean): boolean {
  for (let k = i + 1; k < v.tokens.length; k++) {
    const t = v.tokens[k]!.text;
    if (t === ',' && /ing$/.test(v.lower[k + 1] ?? '') && isCue(k + 1)) return true;
    if (k > i + REACH) continue;
    if (v.quoteMark[k] || t === ':' || v.lower[k] === 'that') return true;
    if (t === '.' || t === ';' || t === '?' || t === '!') return false;
  }
  return false;
}

/** A topic of speech within reach: "spoke emotionally of his flights", "talks to DuVernay about the issue". */
function topicAfter(v: SentenceView, i: number): boolean {
  // ("spoke emotionally of his flights": "of" names the topic only right after the verb or its adverb; further on it
  // belongs to a noun, "spoke to reporters after a series of tweets".)
  if (v.lower[i + 1] === 'of' || (v.lower[i + 2] === 'of' && /ly$/.test(v.lower[i + 1] ?? ''))) return true;
  for (let k = i + 1; k < v.tokens.length && k <= i + TOPIC_REACH; k++) {
    if (TOPIC_WORDS.has(v.lower[k]!)) return true;
    if (v.tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/**
 * Occasions of speaking rather than what was said: "gave testimony to the
 * council", "made his remarks during a breakfast" report an event, nothing
 * said; with a clause or a quotation after them (contentAfter), or a topic, they report it.
 */
const SPEECH_EVENTS = new Set(['interview', 'interviews', 'testimony', 'speech', 'speeches', 'remark', 'remarks', 'address', 'talk', 'briefing', 'sermon', 'lecture', 'eulogy', 'announcement', 'statement', 'statements', 'appearance', 'toast', 'comment', 'comments']);

/** A noun of something said in the object after the cue ("made the case", "gave no details", "made a prediction"). */
function saidThingAfter(v: SentenceView, i: number): boolean {
  for (let k = i + 1; k < v.tokens.length && k <= i + REACH; k++) {
    const w = v.lower[k]!;
    // ("made comments about voter fraud", "made no comment on the ruling": with a topic the occasion reports.)
    if (SPEECH_EVENTS.has(w)) return v.lower[k + 1] === 'on' || v.lower[k + 1] === 'of' || topicAfter(v, k);
    if (STANCE_OBJECTS.has(w) || SAID_THINGS.has(w)) return true;
    if (v.tokens[k]!.kind === 'punct') return false;
  }
  return false;
}
