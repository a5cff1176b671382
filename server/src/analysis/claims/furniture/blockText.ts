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

/** Whether an ASCII code is `\s` (space, tab, line feed, vertical tab, form feed, carriage return). */
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

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
 * Hashes a text as its normalised form would hash: lower case, whitespace runs
 * as one space, trimmed. Exact for the characters it lower-cases one by one as
 * toLowerCase does (ASCII, plainLower); returns false at the first other one,
 * for the caller to normalise the text itself. `state` carries a text's hash
 * across pieces: [hash, length so far, a space pending].
 */
function hashPiece(text: string, state: Int32Array): boolean {
  let h = state[0];
  let length = state[1];
  let space = state[2];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) {
      c = plainLower(c);
      if (c < 0) return false;
    }
    if (isAsciiSpace(c)) {
      space = 1;
      continue;
    }
    if (space && length > 0) {
      h = Math.imul(h ^ 32, FNV_PRIME);
      length++;
    }
    space = 0;
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
    length++;
  }
  state[0] = h;
  state[1] = length;
  state[2] = space;
  return true;
}

const STATE = new Int32Array(3);

/** The hash of a block's normalised text (`blockText`), EMPTY_TEXT when it is empty; builds the string only for rare characters. */
export function blockTextHash(document: ArticleDocument, b: number): number {
  const block = document.blocks[b];
  if (!block) return EMPTY_TEXT;
  STATE[0] = FNV_OFFSET;
  STATE[1] = 0;
  STATE[2] = 0;
  let ascii = true;
  for (let k = 0; k < block.sentenceCount && ascii; k++) {
    STATE[2] = 1; // the space that joins the sentences
    ascii = hashPiece(document.sentences[block.firstSentence + k]?.text ?? '', STATE);
  }
  if (!ascii) {
    // A normalised text has single spaces and no upper-case ASCII: hashed char by char, it hashes as above.
    const text = blockText(document, b);
    let h = FNV_OFFSET;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    return text.length === 0 ? EMPTY_TEXT : h >>> 0 || 1;
  }
  return STATE[1] === 0 ? EMPTY_TEXT : STATE[0] >>> 0 || 1;
}
