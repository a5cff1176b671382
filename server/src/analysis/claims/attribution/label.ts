import type { CueMatch } from '../lexicon';
import { isSourceHead } from '../lexicon';
import type { SentenceView } from '../view';
import { isCloseQuote } from '../view';
import { isCapitalized } from '../words';
import type { TokenRange } from './source';
import type { VerbalAttribution } from './verbal';

/**
 * Attributions written with punctuation instead of a verb, two conventions of
 * news copy:
 * - a speaker label: "HOST: Well, let me ask you …" in a transcript, "Mayor
 *   Lin: Levee Will Hold" in a headline — the name before a colon said what
 *   follows it;
 * - a credit line: "“…we moved out in May.” ― Ana Ruiz" — the name after a
 *   dash closing a quotation said it.
 */

const LABEL_CUE: CueMatch = { length: 1, phrase: ':', lemma: 'say', reliability: 0.8, belief: false };
const CREDIT_CUE: CueMatch = { length: 1, phrase: '―', lemma: 'say', reliability: 0.8, belief: false };

/** Labels that introduce page furniture or an editor's aside, not a speaker ("Update:", "Photo:"). */
const NOT_SPEAKERS = new Set(
  'update updated note editor editors photo photos picture video watch listen read related source caption image images credit breaking exclusive opinion analysis correction clarification disclosure warning advertisement tags topics subscribe share see also more background context summary timeline key facts file live'.split(
    ' ',
  ),
);

const DASHES = new Set(['―', '—', '–', '--']);
const MAX_LABEL = 6;

/** Count of word tokens from `from` to the sentence's end. */
function wordsFrom(v: SentenceView, from: number): number {
  let n = 0;
  for (let k = from; k < v.tokens.length; k++) if (v.tokens[k]!.kind !== 'punct') n++;
  return n;
}

function allCaps(text: string): boolean {
  return /^\p{Lu}[\p{Lu}.'’-]+$/u.test(text);
}

/**
 * "NAME: what they said". The label must be a name the article knows
 * (`nameEnding(k)` gives the last token of an actor's name starting at token
 * `k`), a transcript's all-caps speaker, or a lone source noun ("Poll:"); what
 * follows must be at least three words (one after a known name).
 */
export function speakerLabel(v: SentenceView, nameEnding: (k: number) => number | undefined): VerbalAttribution | undefined {
  let start = 0;
  while (start < v.tokens.length && v.quoteMark[start]) start++;
  let colon = -1;
  for (let k = start + 1; k <= start + MAX_LABEL && k < v.tokens.length; k++) {
    if (v.tokens[k]!.text === ':') {
      colon = k;
      break;
    }
  }
  // Most sentences hold no colon: no label, and no name to look up.
  if (colon < 0 && !v.tokens.some((t) => t.text === ':')) return undefined;
  const name = nameEnding(start);
  // "Obama on Climate Change: …": a known name, "on" and a topic before the colon.
  const topic = topicLabel(v, start, name);
  if (topic) return topic;
  // A known name may answer in a word ("Fuller: Yes."); any other label needs three words after it.
  if (colon < 0 || wordsFrom(v, colon + 1) < 1) return undefined;
  const short = wordsFrom(v, colon + 1) < 3;
  for (let k = start; k < colon; k++) {
    const t = v.tokens[k]!;
    if (t.kind === 'punct' ? t.text !== '.' && t.text !== '-' : !isCapitalized(t.text)) return undefined;
    if (NOT_SPEAKERS.has(v.lower[k]!)) return undefined;
  }
  const cue: TokenRange = { first: colon, last: colon };
  const content: TokenRange = { first: colon + 1, last: v.tokens.length - 1 };
  if (name !== undefined && name < colon) return { cue, source: { first: start, last: name }, content, match: LABEL_CUE };
  // "Dr. Ben Carson: …", "Hacker Guccifer: …", "Clinton camp: …": a title or description before a known name, or a
  // source noun after one, make a label too.
  if (!short && labelAroundName(v, start, colon, nameEnding)) return { cue, source: { first: start, last: colon - 1 }, content, match: LABEL_CUE };
  if (short) return undefined;
  let caps = true;
  for (let k = start; k < colon; k++) if (v.tokens[k]!.kind === 'word' && !allCaps(v.tokens[k]!.text)) caps = false;
  if (caps && colon - start <= 3) return { cue, source: { first: start, last: colon - 1 }, content, match: LABEL_CUE };
  if (colon === start + 1 && isSourceHead(v.lower[start]!.replace(/s$/, '')) ) return { cue, source: { first: start, last: start }, content, match: LABEL_CUE };
  return undefined;
}

/** Most tokens of a headline label's topic ("on Hillary Releasing Her Goldman Sachs Speech Transcripts"). */
const MAX_TOPIC = 9;

/**
 * "Obama on Climate Change: The Trends Are 'Terrifying'", "Gillibrand on
 * Clinton's Speeches: 'I Think She Will'": a headline that names a known
 * speaker (`name`: the last token of the name opening the sentence), "on"
 * and a topic before its colon attributes what follows to the speaker.
 */
function topicLabel(v: SentenceView, start: number, name: number | undefined): VerbalAttribution | undefined {
  if (name === undefined || v.lower[name + 1] !== 'on') return undefined;
  for (let k = name + 2; k < v.tokens.length && k <= name + 1 + MAX_TOPIC; k++) {
    if (v.tokens[k]!.text !== ':') continue;
    if (k === name + 2 || wordsFrom(v, k + 1) < 2) return undefined;
    return { cue: { first: k, last: k }, source: { first: start, last: name }, content: { first: k + 1, last: v.tokens.length - 1 }, match: LABEL_CUE };
  }
  return undefined;
}

/** True when a known name ends the label, or is followed by one source noun ("Clinton camp"). */
function labelAroundName(v: SentenceView, start: number, colon: number, nameEnding: (k: number) => number | undefined): boolean {
  for (let k = start + 1; k < colon; k++) if (nameEnding(k) === colon - 1) return true;
  const last = colon - 1;
  return last > start && isSourceHead(v.lower[last]!.replace(/s$/, '')) && nameEnding(start) === last - 1;
}

/**
 * "“…” ― Name" or a sentence that is only "― Name, description": the dash
 * must open the sentence or follow a closing quotation mark, and a short run
 * of capitalised words (the name, optionally with a description after a
 * comma) must end the sentence.
 */
export function creditLine(v: SentenceView): VerbalAttribution | undefined {
  const n = v.tokens.length;
  let dash = -1;
  for (let k = 0; k < n; k++) {
    const text = v.tokens[k]!.text;
    // Every dash starts with "-", "–", "—" or "―": most tokens are ruled out by their first character.
    const c = text.charCodeAt(0);
    if ((c !== 0x2d && (c < 0x2013 || c > 0x2015)) || !DASHES.has(text)) continue;
    const before = v.tokens[k - 1];
    if (k === 0 || (before && v.quoteMark[k - 1] && isCloseQuote(before.text))) dash = k;
    break;
  }
  if (dash < 0) return undefined;
  let last = n - 1;
  if (v.tokens[last]!.text === '.') last--;
  let nameEnd = dash;
  while (nameEnd + 1 <= last && v.tokens[nameEnd + 1]!.kind !== 'punct' && isCapitalized(v.tokens[nameEnd + 1]!.text)) nameEnd++;
  // Initials and hyphens inside a name ("Edwin G. Monroy"): take the dots along.
  while (nameEnd + 2 <= last && v.tokens[nameEnd + 1]!.text === '.' && isCapitalized(v.tokens[nameEnd + 2]!.text)) {
    nameEnd += 2;
    while (nameEnd + 1 <= last && v.tokens[nameEnd + 1]!.kind !== 'punct' && isCapitalized(v.tokens[nameEnd + 1]!.text)) nameEnd++;
  }
  const words = nameEnd - dash;
  if (words < 1 || words > 5) return undefined;
  // After the name: nothing, or a short description after a comma ("― Ana Ruiz, teacher").
  if (nameEnd < last && !(v.tokens[nameEnd + 1]!.text === ',' && last - nameEnd <= 10)) return undefined;
  const source: TokenRange = { first: dash + 1, last: nameEnd };
  const cue: TokenRange = { first: dash, last: dash };
  return dash > 0 ? { cue, source, content: { first: 0, last: dash - 1 }, match: CREDIT_CUE } : { cue, source, match: CREDIT_CUE };
}
