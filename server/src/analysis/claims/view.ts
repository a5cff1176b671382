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
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text;
    const form = ids ? wordFormById(ids.of[i]!, ids.generation, t) : wordForm(t);
    forms[i] = form;
    lower[i] = form.lower;
    if (t.length !== 1) {
      // Every quotation mark tested below is one character: a longer token is a word, number or mark inside or outside a quotation.
      quoted[i] = open;
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
      open = true;
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
      quoted[i] = open;
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
    endsInQuote: open,
    hasQuote,
    allQuoted: words > 0 && quotedWords === words,
  };
}

/** True for a token that opens a quotation. */
export function isOpenQuote(text: string): boolean {
  return OPEN_QUOTES.has(text) || text === '"';
}

/** True for a token that closes a quotation. */
export function isCloseQuote(text: string): boolean {
  return CLOSE_QUOTES.has(text) || text === '"';
}
