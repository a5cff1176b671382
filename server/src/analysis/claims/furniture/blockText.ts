// A block's text as the repeated-line rule compares it: its sentences joined,
// lower case, spaces collapsed. Building that string for every block lower-cased
// and copied the whole article on every analysis, though only blocks whose text
// occurs twice matter: a hash of the normalised text, computed without building
// it, finds those, and only they get the string.
import type { ArticleDocument } from '../../types';

/** The normalised text of block `b` (sentences joined by a space, lower case, whitespace runs as one space, trimmed). */
export function blockText(document: ArticleDocument, b: number): string {
  const block = document.blocks[b];
  if (!block) return '';
  let t = '';
  for (let k = 0; k < block.sentenceCount; k++) t += ' ' + (document.sentences[block.firstSentence + k]?.text ?? '');
  return t.toLowerCase().replace(/\s+/g, ' ').trim();
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** The hash of an empty normalised text: blocks with no text are never compared. */
export const EMPTY_TEXT = 0;

/**
 * The lower case of a non-ASCII character that is no whitespace and whose
 * lower case toLowerCase gives one for one, whatever its neighbours: Latin-1
 * letters and signs, and the curly quotes, dashes and other punctuation of
 * U+2010–U+205E that news text is full of; -1 for any other character.
 */
function plainLower(c: number): number {
  if (c >= 0xa1 && c <= 0xff) return c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 32 : c;
  if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e)) return c;
  return -1;
}

/**
 * The hash of a block's normalised text (`blockText`), EMPTY_TEXT when it is
 * empty, computed without building it: characters lower-cased one by one
 * (ASCII, plainLower: what toLowerCase does to them), whitespace runs as one
 * space, none at either end. A block with any other character gets its text
 * built and hashed (a normalised text has single spaces and no upper-case
 * ASCII, so hashed char by char it hashes alike).
 *
 * With a `limit`, only the first `limit` characters of the normalised text are
 * hashed: equal texts still hash alike, and a caller that compares the texts
 * where hashes meet reads a few dozen characters a block, not all of them.
 */
export function blockTextHash(document: ArticleDocument, b: number, limit = Infinity): number {
  const block = document.blocks[b];
  if (!block) return EMPTY_TEXT;
  let h = FNV_OFFSET;
  let empty = true;
  let space = false;
  /** Characters of the normalised text hashed so far. */
  let hashed = 0;
  for (let k = 0; k < block.sentenceCount; k++) {
    const text = document.sentences[block.firstSentence + k]?.text ?? '';
    space = true; // the space that joins the sentences
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 128) {
        // \s in ASCII: space, tab, line feed, vertical tab, form feed, carriage return.
        if (c === 32 || (c >= 9 && c <= 13)) {
          space = true;
          continue;
        }
        if (c >= 65 && c <= 90) c += 32;
      } else {
        c = plainLower(c);
        if (c < 0) return hashOf(blockText(document, b).slice(0, limit));
      }
      if (space && !empty) {
        h = Math.imul(h ^ 32, FNV_PRIME);
        if (++hashed >= limit) return h >>> 0 || 1;
      }
      space = false;
      empty = false;
      h = Math.imul(h ^ c, FNV_PRIME);
      if (++hashed >= limit) return h >>> 0 || 1;
    }
  }
  return empty ? EMPTY_TEXT : h >>> 0 || 1;
}

/** FNV-1a of a normalised text, EMPTY_TEXT for ''. */
function hashOf(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return text.length === 0 ? EMPTY_TEXT : h >>> 0 || 1;
}
