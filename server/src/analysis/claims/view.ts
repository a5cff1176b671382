import type { Sentence, Token } from '../types';
import { CLOSE_QUOTES, OPEN_QUOTES } from './words';
import { wordForm, wordFormById, type WordForm } from './wordForm';

/**
 * One sentence as the claim rules read it: its tokens, their lower-case
 * forms, and which tokens lie inside a quotation. Built once per sentence so
 * every rule works on precomputed arrays.
 */
export interface SentenceView {
  sentence: Sentence;
  /** Index in `document.sentences`. */
  index: number;
  tokens: Token[];
  /** Lower-case, apostrophes unified. */
  lower: string[];
  /** The record of each token's written form (wordForm.ts): `forms[i].lower` is `lower[i]`. */
  forms: WordForm[];
  /** True for a token inside a quotation (quote marks themselves are false). */
  quoted: boolean[];
  /** True for an opening or closing quotation mark. */
  quoteMark: boolean[];
  /** A quotation was already open when the sentence began. */
  opensInQuote: boolean;
  /** A quotation is still open when the sentence ends. */
  endsInQuote: boolean;
  /** The sentence contains at least one quotation mark or quoted word. */
  hasQuote: boolean;
  /** Every word of the sentence lies inside a quotation. */
  allQuoted: boolean;
}

/** True when a `’`/`'` token is an apostrophe rather than a closing single quote. */
function isApostrophe(tokens: Token[], i: number, singleOpen: boolean): boolean {
  if (singleOpen) return false;
  const prev = tokens[i - 1];
  return Boolean(prev && prev.end === tokens[i]!.start);
}

/** The single marks that open or close a quotation, by token index; whether the sentence closes one carried on; whether it holds double marks. */
interface SingleQuotes {
  marks: readonly ('open' | 'close' | undefined)[];
  carried: boolean;
  doubles: boolean;
}

const NO_SINGLE_QUOTES: SingleQuotes = { marks: [], carried: false, doubles: false };

/** Words an apostrophe shortens at their start ("'Cause we can", "'Tis", "rock 'n' roll"): no quotation opens there. */
const ELISIONS = new Set(['cause', 'tis', 'twas', 'em', 'n', 'til', 'till', 'bout', 'round', 'kay', 'ello']);

/** Punctuation a closing quotation mark is followed by ("…,' he said", "….'"). */
const AFTER_CLOSE = /^[,.;:!?)\]…—–-]$/;

/**
 * The single marks of a sentence that open or close a quotation, by token
 * index. An opener stands at the start or after a space (or an opening
 * bracket or dash) with a word glued after it; a closer is glued to the word
 * before it. An opener takes the first closer after it that punctuation or
 * the sentence's end follows ("…,' he said"), else the first closer ("was
 * 'stubbornly high' and …"); a closer that finds no opener is an apostrophe
 * ("the doctors' union"), unless the sentence opens inside a quotation
 * carried on from the one before, which it then closes. An opener with no
 * closer leaves the quotation open into the next sentence.
 */
function pairSingleQuotes(tokens: readonly Token[], openAtStart: boolean): SingleQuotes {
  const n = tokens.length;
  // Most sentences hold no single mark at all: one scan, no allocation.
  let any = false;
  for (let i = 0; i < n && !any; i++) {
    const t = tokens[i]!.text;
    any = t.length === 1 && (t === "'" || t === '‘' || t === '’');
  }
  if (!any) return NO_SINGLE_QUOTES;
  const marks: ('open' | 'close' | undefined)[] = new Array(n);
  let doubles = false;
  const openers: number[] = [];
  const closers: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.text === '"' || t.text === '“' || t.text === '”') doubles = true;
    if (t.text !== "'" && t.text !== '‘' && t.text !== '’') continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const gluedBefore = prev !== undefined && prev.end === t.start;
    const gluedAfter = next !== undefined && next.start === t.end;
    // '' is two apostrophes for a double mark (handled by the caller).
    if (next?.text === "'" && gluedAfter) {
      i++;
      continue;
    }
    if (t.text !== '’' && (!gluedBefore || /^[([—–-]$/.test(prev?.text ?? '')) && gluedAfter && (next!.kind === 'word' || next!.kind === 'number')) openers.push(i);
    else if (t.text !== '‘' && gluedBefore && !(gluedAfter && next!.kind === 'word')) closers.push(i);
  }
  if (doubles && openers.length === 0) return { marks, carried: false, doubles };
  // A sentence carried on inside a quotation closes it with its first closer before any opener ("We cannot,' he said.").
  let carried = false;
  let from = 0;
  if (openAtStart && !doubles && closers.length && (openers.length === 0 || closers[0]! < openers[0]!)) {
    marks[closers[0]!] = 'close';
    carried = true;
    from = 1;
  }
  let c = from;
  for (let o = 0; o < openers.length; o++) {
    const opener = openers[o]!;
    const limit = openers[o + 1] ?? n;
    while (c < closers.length && closers[c]! < opener) c++;
    let chosen = -1;
    for (let k = c; k < closers.length && closers[k]! < limit; k++) {
      const after = tokens[closers[k]! + 1];
      if (after === undefined || AFTER_CLOSE.test(after.text)) {
        chosen = k;
        break;
      }
    }
    if (chosen < 0 && c < closers.length && closers[c]! < limit) chosen = c;
    if (chosen >= 0) {
      marks[opener] = 'open';
      marks[closers[chosen]!] = 'close';
      c = chosen + 1;
    } else {
      // Left open, the quotation runs on into the next sentence: only one that opens the sentence or follows a colon
      // ("the '90s" is an elision, no quotation).
      const elided = ELISIONS.has((tokens[opener + 1]?.text ?? '').toLowerCase()) || /^\d/.test(tokens[opener + 1]?.text ?? '');
      if ((opener === 0 || tokens[opener - 1]!.text === ':') && !elided) marks[opener] = 'open';
      break;
    }
  }
  return { marks, carried, doubles };
}

/**
 * Builds the view of one sentence. `openAtStart` says whether a double
 * quotation was left open by the sentence before in the same quotation chain;
 * `ids`, the numbers of its tokens (text/wordIds.ts), spare a lookup by text.
 */
export function viewSentence(sentence: Sentence, index: number, openAtStart: boolean, ids?: { of: Int32Array; generation: number }): SentenceView {
  const tokens = sentence.tokens;
  const n = tokens.length;
  const lower = new Array<string>(n);
  const forms = new Array<WordForm>(n);
  const quoted = new Array<boolean>(n).fill(false);
  const quoteMark = new Array<boolean>(n).fill(false);
  let open = openAtStart;
  let single = false;
  let hasQuote = openAtStart;
  // Single quotation marks used as quotation marks (British style: 'We will not,' he said.), paired before the pass below.
  const singles = pairSingleQuotes(tokens, openAtStart);
  let singleQuoted = false;
  for (let i = 0; i < n; i++) {
    const pair = singles.marks[i];
    if (pair !== undefined) {
      // An opening or closing single mark of a quotation: the words between are quoted, as between double marks.
      forms[i] = ids ? wordFormById(ids.of[i]!, ids.generation, tokens[i]!.text) : wordForm(tokens[i]!.text);
      lower[i] = forms[i]!.lower;
      quoteMark[i] = hasQuote = true;
      singleQuoted = pair === 'open';
      if (pair === 'close' && singles.carried && open && !singles.doubles) open = false;
      continue;
    }
    const t = tokens[i]!.text;
    const form = ids ? wordFormById(ids.of[i]!, ids.generation, t) : wordForm(t);
    forms[i] = form;
    lower[i] = form.lower;
    if (t.length !== 1) {
      // Every quotation mark tested below is one character: a longer token is a word, number or mark inside or outside a quotation.
      quoted[i] = open || singleQuoted;
      continue;
    }
    if (t === "'" && tokens[i + 1]?.text === "'" && tokens[i + 1]!.start === tokens[i]!.end) {
      // Two apostrophes written for a double quotation mark (''like this'').
      open = !open;
      quoteMark[i] = quoteMark[i + 1] = hasQuote = true;
      lower[i + 1] = "'";
      forms[i + 1] = wordForm("'");
      i++;
    } else if (t === '"') {
      // A straight quote opens when it is not glued to the word before it.
      const prev = tokens[i - 1];
      open = open ? false : !(prev && prev.end === tokens[i]!.start && /\w/.test(prev.text));
      quoteMark[i] = hasQuote = true;
    } else if (t === '“' || t === '«' || t === '„') {
      // An opening mark typed where a closing one belongs ("“It's unusual,“ said …"): with a quotation open, glued
      // to the mark or word before it and not to a word after it, it closes the quotation.
      open = !(open && closingTyped(tokens, i));
      quoteMark[i] = hasQuote = true;
    } else if (t === '”' || t === '»') {
      // A closing mark typed where an opening one belongs ("”Mr. Trump embodies …"): glued to the word after it,
      // not to a word before it, with no quotation open, it opens one.
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      open = !open && next !== undefined && next.start === tokens[i]!.end && next.kind === 'word' && !(prev && prev.end === tokens[i]!.start && prev.kind === 'word');
      quoteMark[i] = hasQuote = true;
    } else if (t === '‘' || (t === "'" && !tokens[i - 1])) {
      single = true;
      quoteMark[i] = true;
    } else if ((t === '’' || t === "'") && !isApostrophe(tokens, i, single)) {
      single = false;
      quoteMark[i] = true;
    } else {
      quoted[i] = open || singleQuoted;
    }
  }
  let words = 0;
  let quotedWords = 0;
  for (let i = 0; i < n; i++) {
    const k = tokens[i]!.kind;
    if (k === 'word' || k === 'number') {
      words++;
      if (quoted[i]) quotedWords++;
    }
  }
  return {
    sentence,
    index,
    tokens,
    lower,
    forms,
    quoted,
    quoteMark,
    opensInQuote: openAtStart,
    endsInQuote: open || singleQuoted,
    hasQuote,
    allQuoted: words > 0 && quotedWords === words,
  };
}

/** True when the “ at `i` is glued to the mark or word before it and not to a word after it: typed for ”. */
export function closingTyped(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return t.text === '“' && prev !== undefined && prev.end === t.start && !(next !== undefined && next.start === t.end && next.kind === 'word');
}

/** True for a token that opens a quotation. */
export function isOpenQuote(text: string): boolean {
  return OPEN_QUOTES.has(text) || text === '"';
}

/** True for a token that closes a quotation. */
export function isCloseQuote(text: string): boolean {
  return CLOSE_QUOTES.has(text) || text === '"';
}
