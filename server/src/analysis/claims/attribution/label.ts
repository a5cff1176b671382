import type { CueMatch } from '../lexicon';
import { isSourceHead } from '../lexicon';
import type { SentenceView } from '../view';
import { isCloseQuote } from '../view';
import { AUXILIARIES, DOCUMENT_NOUNS, isCapitalized } from '../words';
import { IRREGULAR_PAST, NAME_PARTICLES, type TokenRange } from './source';
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
  'claim claims verdict rating question quote update updated note editor editors photo photos picture video watch listen read related source caption image images credit breaking exclusive opinion analysis correction clarification disclosure warning advertisement tags topics subscribe share see also more background context summary timeline key facts file live explainer factcheck preview recap'.split(
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

/** True when the tokens from `from` on are numbers and punctuation only ("2,316.", "46%"). */
function figuresOnly(v: SentenceView, from: number): boolean {
  let words = 0;
  let figures = 0;
  for (let k = from; k < v.tokens.length; k++) {
    if (v.tokens[k]!.kind === 'word') words++;
    else if (v.tokens[k]!.kind === 'number') figures++;
  }
  // ("Green Voice: 3 seats, 4%": a result line opening with a figure, a unit word or two per figure, is a tally too.)
  // ("Harbour Building Society: five-year fix at 4.19%, no fee": an entry of a list of figures, with no verb, too.)
  return words === 0 || (v.tokens[from]?.kind === 'number' && words <= 2 * figures) || (figures > 0 && words <= MAX_ENTRY_WORDS && !verbAfter(v, from));
}

/** True when a word from `from` on reads as a finite verb: an auxiliary or modal, an irregular past, or a lower-case word in -ed or -s. */
function verbAfter(v: SentenceView, from: number): boolean {
  for (let k = from; k < v.tokens.length; k++) {
    const t = v.tokens[k]!;
    if (t.kind === 'word' && (AUXILIARIES.has(v.lower[k]!) || IRREGULAR_PAST.has(v.lower[k]!) || /^[a-z]{2,}(ed|s)$/.test(t.text))) return true;
  }
  return false;
}

/** The most words an entry of a list of figures has ("five-year fix at 4.19%, no fee"). */
const MAX_ENTRY_WORDS = 8;



/** A noun that can speak, singular or plural ("Insiders:", "Historians:", "Clinton camp:"). */
function sourceHead(w: string): boolean {
  return isSourceHead(w) || isSourceHead(w.replace(/s$/, ''));
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
export function speakerLabel(v: SentenceView, nameEnding: (k: number) => number | undefined, isPlace: (first: number, last: number) => boolean = () => false): VerbalAttribution | undefined {
  let start = 0;
  while (start < v.tokens.length && v.quoteMark[start]) start++;
  let colon = -1;
  // ("DR ALAN MCKAY (Chief Medical Officer): …": a speaker's role in brackets may lengthen the label.)
  let reach = MAX_LABEL;
  for (let k = start + 1; k <= start + MAX_LABEL && k < v.tokens.length; k++) if (v.tokens[k]!.text === '(') reach = MAX_LABEL + 6;
  for (let k = start + 1; k <= start + reach && k < v.tokens.length; k++) {
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
  const quoted = quotedLabel(v, nameEnding);
  if (quoted) return quoted;
  // A known name may answer in a word ("Fuller: Yes."); any other label needs three words after it.
  // ("Clinton: 2,316.": a figure alone after a name is a tally, no answer.)
  if (colon < 0 || wordsFrom(v, colon + 1) < 1 || figuresOnly(v, colon + 1)) return undefined;
  const short = wordsFrom(v, colon + 1) < 3;
  // "REPORTER (Irish Times): …": a transcript's speaker with the outlet in brackets; the brackets close the label.
  const outlet = bracketsBefore(v, start, colon);
  if (outlet !== undefined && !short && outlet - start <= 3 && outlet > start) {
    let capitals = true;
    for (let k = start; k < outlet; k++) if (v.tokens[k]!.kind !== 'word' || !allCaps(v.tokens[k]!.text) || NOT_SPEAKERS.has(v.lower[k]!)) capitals = false;
    if (capitals) return { cue: { first: colon, last: colon }, source: { first: start, last: colon - 1 }, content: { first: colon + 1, last: v.tokens.length - 1 }, match: LABEL_CUE };
  }
  for (let k = start; k < colon; k++) {
    const t = v.tokens[k]!;
    // ("Clinton camp:": a noun that can speak may close a label after a name; labelAroundName() checks the name.)
    const headAfterName = k === colon - 1 && k > start && sourceHead(v.lower[k]!);
    if (t.kind === 'punct' ? t.text !== '.' && t.text !== '-' : !isCapitalized(t.text) && !headAfterName) return undefined;
    if (NOT_SPEAKERS.has(v.lower[k]!)) return undefined;
  }
  const cue: TokenRange = { first: colon, last: colon };
  const content: TokenRange = { first: colon + 1, last: v.tokens.length - 1 };
  // ("Clinton camp:": the noun after the name belongs to the source.)
  const last = name === colon - 2 && sourceHead(v.lower[colon - 1]!) ? colon - 1 : name;
  if (name !== undefined && last !== undefined && name < colon) return { cue, source: { first: start, last }, content, match: LABEL_CUE };
  // "Dr. Ben Carson: …", "Hacker Guccifer: …", "Clinton camp: …": a title or description before a known name, or a
  // source noun after one, make a label too.
  if (!short && labelAroundName(v, start, colon, nameEnding)) return { cue, source: { first: start, last: colon - 1 }, content, match: LABEL_CUE };
  if (short) return undefined;
  let caps = true;
  for (let k = start; k < colon; k++) if (v.tokens[k]!.kind === 'word' && !allCaps(v.tokens[k]!.text)) caps = false;
  // ("NEW DELHI: India's economy grew …", "KARACHI: …": a place in capitals opening the sentence is its dateline, no
  // speaker.)
  const dateline = start === 0 && isPlace(start, colon - 1);
  if (caps && colon - start <= 3 && !dateline) return { cue, source: { first: start, last: colon - 1 }, content, match: LABEL_CUE };
  if (colon === start + 1 && sourceHead(v.lower[start]!)) return { cue, source: { first: start, last: start }, content, match: LABEL_CUE };
  return undefined;
}

/** The "(" of brackets that close right before the colon at `colon` and open after `start`, or undefined. */
function bracketsBefore(v: SentenceView, start: number, colon: number): number | undefined {
  if (v.tokens[colon - 1]?.text !== ')') return undefined;
  for (let k = colon - 2; k > start && colon - k <= 8; k--) if (v.tokens[k]!.text === '(') return k;
  return undefined;
}

/** Verbs of speech that may open a sentence before their speaker ("Said Ellis: …"). */
const SPEECH_VERBS = new Set(['said', 'says', 'added', 'asked', 'wrote', 'replied', 'answered', 'explained', 'continued', 'concluded', 'recalled', 'declared']);
/** Words that lead a label to a quoted passage without being its source ("From the report:", "More from Jones:"). */
const LABEL_LEADS = new Set(['from', 'more']);
/** Words a label of capitalised words may hold between them ("Bureau of Labor Statistics", "the Fed"). */
const LABEL_LINKS = new Set(['of', 'the', 'and', 'for', '&']);

/**
 * "Carl Bialik: “One of the biggest lessons …”", "Rep. Trey Gowdy
 * (R-S.C.):“I have not heard …”", "From the report: “In general, …”": a
 * colon straight before a quotation makes the label before it the speaker.
 * The label opens the sentence or follows a dash ("Pollsters agree - Carl
 * Bialik: “…”"), may be led by "From" or "More from", and is a known name,
 * a run of capitalised words, or a determiner and a noun that can speak or
 * report ("the report").
 */
function quotedLabel(v: SentenceView, nameEnding: (k: number) => number | undefined): VerbalAttribution | undefined {
  let colon = -1;
  for (let k = 1; k < v.tokens.length && k <= 24; k++) {
    if (v.tokens[k]!.text === ':') {
      colon = k;
      break;
    }
  }
  if (colon < 0 || !v.quoteMark[colon + 1] || wordsFrom(v, colon + 1) < 3) return undefined;
  // The quotation must run to the end: "Claim: “…,” the mayor said." has its speaker after it.
  for (let k = colon + 2; k < v.tokens.length; k++) if (v.tokens[k]!.kind !== 'punct' && !v.quoted[k] && !v.quoteMark[k]) return undefined;
  // "Said Ruth Amos: “…”" is an inverted report, which the verb's own reading finds.
  if (SPEECH_VERBS.has(v.lower[0]!)) return undefined;
  let start = colon - 1;
  while (start > 0 && !DASHES.has(v.tokens[start - 1]!.text) && !(v.tokens[start - 1]!.text === '-' && start >= 2 && v.tokens[start - 2]!.end < v.tokens[start - 1]!.start)) start--;
  while (start < colon && (v.quoteMark[start] || LABEL_LEADS.has(v.lower[start]!))) start++;
  let last = colon - 1;
  // A party and state in parentheses close a politician's name: "Rep. Trey Gowdy (R-S.C.)".
  if (v.tokens[last]!.text === ')') {
    let k = last - 1;
    while (k > start && v.tokens[k]!.text !== '(' && last - k <= 8) k--;
    if (v.tokens[k]?.text === '(') last = k - 1;
  }
  if (last < start || last - start > 6) return undefined;
  const source: TokenRange = { first: start, last };
  const found: VerbalAttribution = { cue: { first: colon, last: colon }, source, content: { first: colon + 1, last: v.tokens.length - 1 }, match: LABEL_CUE };
  if (nameEnding(start) === last) return found;
  if (NOT_SPEAKERS.has(v.lower[start]!)) return undefined;
  // "the report", "the latest survey": a determiner and a noun that can report.
  if (['the', 'a', 'an'].includes(v.lower[start]!) && last - start <= 3 && (sourceHead(v.lower[last]!) || DOCUMENT_NOUNS.has(v.lower[last]!))) return found;
  for (let k = start; k <= last; k++) {
    const t = v.tokens[k]!;
    if (t.kind === 'punct' ? t.text !== '.' : !isCapitalized(t.text) && !(k > start && k < last && LABEL_LINKS.has(v.lower[k]!))) return undefined;
  }
  return isCapitalized(v.tokens[last]!.text) ? found : undefined;
}

/** Most tokens of a headline label's topic ("on Hillary Releasing Her Goldman Sachs Speech Transcripts"). */
const MAX_TOPIC = 9;

/**
 * "Obama on Climate Change: The Trends Are 'Terrifying'", "Gillibrand on
 * Clinton's Speeches: 'I Think She Will'": a headline that names a known
 * speaker (`name`: the last token of the name opening the sentence), "on"
 * and a topic before its colon attributes what follows to the speaker; so do
 * a hearer or an occasion in capitals after "to" or "at" ("Clinton to Planned
 * Parenthood: …", "Mukasey at RNC: …").
 */
function topicLabel(v: SentenceView, start: number, name: number | undefined): VerbalAttribution | undefined {
  const link = name === undefined ? undefined : v.lower[name + 1];
  if (name === undefined || (link !== 'on' && link !== 'to' && link !== 'at')) return undefined;
  for (let k = name + 2; k < v.tokens.length && k <= name + 1 + MAX_TOPIC; k++) {
    // "Clinton to Planned Parenthood: …", "Mukasey at RNC: …": a hearer or an occasion is a name, all capitals.
    if (link !== 'on' && v.tokens[k]!.kind === 'word' && !isCapitalized(v.tokens[k]!.text) && v.lower[k] !== 'the') return undefined;
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
  return last > start && sourceHead(v.lower[last]!) && nameEnding(start) === last - 1;
}

/** True when tokens `from`..`last` are a handle in brackets ("(@StenaLineUK)") and at most a date after it. */
function handleAndDate(v: SentenceView, from: number, last: number): boolean {
  if (v.tokens[from]?.text !== '(' || v.tokens[from + 1]?.text !== '@') return false;
  let k = from + 2;
  while (k <= last && v.tokens[k]!.text !== ')') k++;
  if (k > last || k - from > 4) return false;
  for (let m = k + 1; m <= last; m++) if (!(v.tokens[m]!.kind === 'number' || v.tokens[m]!.text === ',' || MONTH_WORDS.test(v.lower[m]!))) return false;
  return true;
}

/** Month names and their abbreviations, in a post's date. */
const MONTH_WORDS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/;

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
  // ("― Rubén del Campo", "― Ursula von der Leyen": a particle between capitalised words is part of the name.)
  const nameWord = (k: number): boolean =>
    k <= last && v.tokens[k]!.kind !== 'punct' && (isCapitalized(v.tokens[k]!.text) || (NAME_PARTICLES.has(v.lower[k]!) && k > dash + 1 && (isCapitalized(v.tokens[k + 1]?.text ?? '') || NAME_PARTICLES.has(v.lower[k + 1] ?? ''))));
  while (nameWord(nameEnd + 1)) nameEnd++;
  // Initials and hyphens inside a name ("Edwin G. Monroy"): take the dots along.
  while (nameEnd + 2 <= last && v.tokens[nameEnd + 1]!.text === '.' && isCapitalized(v.tokens[nameEnd + 2]!.text)) {
    nameEnd += 2;
    while (nameEnd + 1 <= last && v.tokens[nameEnd + 1]!.kind !== 'punct' && isCapitalized(v.tokens[nameEnd + 1]!.text)) nameEnd++;
  }
  const words = nameEnd - dash;
  if (words < 1 || words > 5) return undefined;
  // After the name: nothing, or a short description after a comma ("― Ana Ruiz, teacher"), or an embedded post's
  // handle and date ("— Stena Line (@StenaLineUK) January 21, 2024").
  if (nameEnd < last && !(v.tokens[nameEnd + 1]!.text === ',' && last - nameEnd <= 10) && !handleAndDate(v, nameEnd + 1, last)) return undefined;
  const source: TokenRange = { first: dash + 1, last: nameEnd };
  const cue: TokenRange = { first: dash, last: dash };
  return dash > 0 ? { cue, source, content: { first: 0, last: dash - 1 }, match: CREDIT_CUE } : { cue, source, match: CREDIT_CUE };
}
