import { partitionPoint } from '../partition';
import type { ArticleDocument, Span } from '../types';
import { ByWordId, wordIdsOf } from '../text/wordIds';
import { DEFINITE, POSSESSIVE_DET, PRONOUNS } from './lexicon';

/**
 * Word-class bits of a token's lower-case form (`Tok.classes`), worked out
 * once per word text: the rules that walk every token test a bit instead of
 * looking the string up in a set.
 */
/** A definite article or demonstrative that opens a description: the, this, these (not "that", "those"). */
export const OPENS_DEFINITE = 1;
/** A possessive determiner: his, her, its, their … */
export const POSSESSIVE_WORD = 2;
/** A pronoun of actors.lexicon PRONOUNS. */
export const PRONOUN = 4;

/** One token of the flat view the actor rules walk over. */
export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text with curly apostrophes made straight. */
  lower: string;
  kind: 'word' | 'number' | 'punct' | 'symbol';
  /** Index of the sentence (in `ArticleDocument.sentences`) that holds it. */
  sentence: number;
  /** True inside a quotation (“…” or "…"). */
  quoted: boolean;
  /** A word that starts with a capital letter. */
  cap: boolean;
  /** Word-class bits of `lower` (OPENS_DEFINITE, POSSESSIVE_WORD, PRONOUN). */
  classes: number;
}

/** A sentence as a range of the flat token list. */
export interface SentenceRange {
  /** First token index. */
  first: number;
  /** One past the last token index. */
  end: number;
  block: number;
  /** True for the article's headline (its first block, when short and without final stop). */
  headline: boolean;
  /** True for a byline ("By Eleanor Pryce, Health Correspondent"): its writer is no one the article talks about. */
  byline?: boolean;
}

/** The whole article as one token list, the possessive ’s always split off. */
export interface TokenView {
  text: string;
  toks: Tok[];
  sentences: SentenceRange[];
}

const UPPER = /^\p{Lu}/u;
/** The quotation marks that open or close a quotation for the actor rules. */
const isQuoteMark = (text: string): boolean => text === '“' || text === '”' || text === '"';
const POSSESSIVE = /^(.+[\p{L}\p{N}])(['’]s)$/u;

/**
 * Flattens the document's tokens. The possessive ’s is split off even when
 * the tokenizer kept it attached, so that "China’s" always reads as a name
 * followed by a possessive marker; quotation state is tracked per block.
 */
export function tokenView(document: ArticleDocument): TokenView {
  const toks: Tok[] = [];
  const sentences: SentenceRange[] = [];
  let quoted = false;
  let block = -1;
  const { bySentence, generation } = wordIdsOf(document);
  document.sentences.forEach((sentence, index) => {
    if (sentence.block !== block) {
      block = sentence.block;
      quoted = false;
    }
    const first = toks.length;
    const ids = bySentence[index];
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const kind = t.kind;
      if (kind === 'punct' && isQuoteMark(t.text)) {
        // An opening mark starts a quotation; the closing one ends it after itself.
        const opens = t.text === '“' || (t.text === '"' && !quoted);
        toks.push(make(t.start, t.end, t.text, formsById(ids[i], generation, t.text), kind, index, opens || quoted));
        quoted = opens;
        continue;
      }
      const m = kind === 'word' && endsWithPossessive(t.text) ? POSSESSIVE.exec(t.text) : null;
      if (m && m[1] && m[2]) {
        const cut = t.start + m[1].length;
        toks.push(make(t.start, cut, m[1], formsOf(m[1]), 'word', index, quoted));
        toks.push(make(cut, t.end, m[2], formsOf(m[2]), 'punct', index, quoted));
      } else toks.push(make(t.start, t.end, t.text, formsById(ids[i], generation, t.text), kind, index, quoted));
    }
    sentences.push({ first, end: toks.length, block: sentence.block, headline: false });
  });
  markHeadline(document, sentences);
  markBylines(toks, sentences);
  return { text: document.text, toks, sentences };
}

/** A text of three characters or more ending in ’s or 's (compared by code: most words end otherwise). */
function endsWithPossessive(text: string): boolean {
  const n = text.length;
  if (n <= 2 || text.charCodeAt(n - 1) !== 0x73) return false;
  const c = text.charCodeAt(n - 2);
  return c === 0x2019 || c === 0x27;
}

/** What a token text always yields: its lower-case form, whether it opens with a capital (a word's `cap`), its word classes. */
interface Forms {
  lower: string;
  capital: boolean;
  classes: number;
}

function classesOf(lower: string): number {
  let classes = 0;
  if (DEFINITE.has(lower) && lower !== 'that' && lower !== 'those') classes |= OPENS_DEFINITE;
  if (POSSESSIVE_DET.has(lower)) classes |= POSSESSIVE_WORD;
  if (PRONOUNS.has(lower)) classes |= PRONOUN;
  return classes;
}

/** Forms by token text, across documents (the words of news recur); cleared when large. */
const formsByText = new Map<string, Forms>();
const FORMS_LIMIT = 1 << 16;

function formsOf(text: string): Forms {
  let forms = formsByText.get(text);
  if (forms) return forms;
  const lower = text.toLowerCase();
  const head = text[0] ?? '';
  const folded = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  forms = { lower: folded, capital: head !== lower[0] && UPPER.test(head), classes: classesOf(folded) };
  if (formsByText.size >= FORMS_LIMIT) formsByText.clear();
  formsByText.set(text, forms);
  return forms;
}

/** Forms by the token's number (text/wordIds.ts): an array read where `formsOf` compares strings. */
const formsByNumber = new ByWordId<Forms>();

function formsById(id: number, generation: number, text: string): Forms {
  let forms = formsByNumber.get(id, generation);
  if (forms === undefined) formsByNumber.set(id, generation, (forms = formsOf(text)));
  return forms;
}

function make(start: number, end: number, text: string, forms: Forms, kind: Tok['kind'], sentence: number, quoted: boolean): Tok {
  return { start, end, text, lower: forms.lower, kind, sentence, quoted, cap: kind === 'word' && forms.capital, classes: forms.classes };
}

/** Bylines stand near the top: only the first sentences are tested. */
const BYLINE_REACH = 6;

/** Marks the bylines near the top: "By" and a capitalised word, a short line of names and a job at most. */
function markBylines(toks: readonly Tok[], sentences: SentenceRange[]): void {
  for (const range of sentences.slice(0, BYLINE_REACH)) {
    let k = range.first;
    while (k < range.end && toks[k]!.kind !== 'word') k++; // "*By …*": emphasis marks before it
    if (toks[k]?.lower !== 'by' || !toks[k + 1]?.cap) continue;
    let words = 0;
    for (let m = k; m < range.end; m++) if (toks[m]!.kind === 'word') words++;
    if (words <= 12) range.byline = true;
  }
}

/** The first block is a headline when it is a heading, or one sentence with no final stop. */
function markHeadline(document: ArticleDocument, sentences: SentenceRange[]): void {
  const block = document.blocks[0];
  if (!block) return;
  const heading = block.kind === 'heading';
  const lone = block.sentenceCount === 1 && !/[.!?]["”’]?\s*$/.test(document.text.slice(block.start, block.end));
  if (!heading && !lone) return;
  for (let s = block.firstSentence; s < block.firstSentence + block.sentenceCount; s++) {
    const range = sentences[s];
    if (range) range.headline = true;
  }
}

/** Indexes of the tokens that lie inside `span` (first inclusive, last exclusive); binary search. */
export function tokensIn(view: TokenView, span: Span): [number, number] {
  const first = partitionPoint(view.toks.length, (i) => (view.toks[i] as Tok).start < span.start);
  let end = first;
  while (end < view.toks.length && (view.toks[end] as Tok).end <= span.end) end++;
  return [first, end];
}

/** True for a word that starts with a capital letter. */
export function isCapitalized(tok: Tok | undefined): boolean {
  return !!tok && tok.cap;
}
