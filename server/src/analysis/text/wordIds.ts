// A number for every distinct token text, shared by the stages. Each stage
// keeps facts about token texts that depend on the text alone (the tagger's
// normalised form, hashes and lexicon record; the actors' lower case and word
// classes; the claims' normalised form and cue bits) and used to find them
// with a Map lookup by the token's text, one per stage and token. A token's
// text is a new string in every analysis, so each of those lookups compared
// the strings character by character (about 0.1 µs a token). Here the text is
// looked up once per token and document; the stages keep their facts in
// arrays indexed by the number.
import type { ArticleDocument } from '../types';

/** The numbers of a document's tokens. */
export interface WordIds {
  /** The number of token i of sentence s is `bySentence[s][i]`. */
  readonly bySentence: readonly Int32Array[];
  /**
   * Numbers are valid in one generation: when the table is full it starts
   * over (between documents, never inside one) and the generation changes,
   * so the stages drop what they keep by number.
   */
  readonly generation: number;
}

/** Bounded: the words of a language, not of one text. */
const LIMIT = 1 << 16;
const numbers = new Map<string, number>();
let generation = 0;
const memo = new WeakMap<ArticleDocument, WordIds>();

/** The numbers of the tokens of `document`, computed on the first call for it (its tokens must not change afterwards). */
export function wordIdsOf(document: ArticleDocument): WordIds {
  const known = memo.get(document);
  if (known && known.generation === generation) return known;
  if (numbers.size >= LIMIT) {
    numbers.clear();
    generation++;
  }
  const sentences = document.sentences;
  let count = 0;
  for (const sentence of sentences) count += sentence.tokens.length;
  const all = new Int32Array(count);
  const bySentence: Int32Array[] = [];
  let at = 0;
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const ids = all.subarray(at, at + tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const text = tokens[i].text;
      let id = numbers.get(text);
      if (id === undefined) numbers.set(text, (id = numbers.size));
      ids[i] = id;
    }
    bySentence.push(ids);
    at += tokens.length;
  }
  const found: WordIds = { bySentence, generation };
  memo.set(document, found);
  return found;
}

/**
 * Facts about token texts kept by number, for one stage: `get` and `set`
 * by a token's number, emptied when the numbers start over.
 */
export class ByWordId<T> {
  private items: (T | undefined)[] = [];
  private generation = -1;

  /** The fact kept for number `id` of generation `of`, if any. */
  get(id: number, of: number): T | undefined {
    if (of !== this.generation) {
      this.items = [];
      this.generation = of;
      return undefined;
    }
    return this.items[id];
  }

  /** Keeps `item` for number `id` of generation `of`. */
  set(id: number, of: number, item: T): void {
    if (of !== this.generation) {
      this.items = [];
      this.generation = of;
    }
    // Filled up to the number first: a write far past the end would turn the array into a dictionary.
    while (this.items.length < id) this.items.push(undefined);
    this.items[id] = item;
  }
}
