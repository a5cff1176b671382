/**
 * Character classes for the sentence splitter and the tokenizer, looked up
 * by UTF-16 code unit without allocating: ASCII and the rest of the Basic
 * Multilingual Plane come from a table filled lazily (one Unicode-property
 * regex test per distinct code unit, ever); astral code points (emoji,
 * rare scripts) are classified by code point.
 */

export const enum Cls {
  /** Spaces, tabs, NBSP, zero-width characters, the BOM. */
  Space = 1,
  /** \n and \r. */
  Newline,
  Upper,
  Lower,
  /** A letter without case (CJK, Arabic, …) or a combining mark. */
  OtherLetter,
  Digit,
  Symbol,
  Punct,
  /** The first half of a surrogate pair (classify the code point instead). */
  HighSurrogate,
  /** A lone low surrogate or an unassigned code point. */
  Other,
}

const table = new Uint8Array(0x10000);

const isUpper = /\p{Lu}|\p{Lt}/uy;
const isLetter = /\p{L}|\p{M}/uy;
const isLower = /\p{Ll}/uy;
const isDigit = /\p{N}/uy;
const isSymbol = /\p{S}/uy;
const isPunct = /\p{P}/uy;
const isSpace = /[\s\u200b-\u200d\u2060\ufeff]/uy;

function classifyString(s: string): Cls {
  const test = (re: RegExp): boolean => {
    re.lastIndex = 0;
    return re.test(s);
  };
  if (test(isSpace)) return s === '\n' || s === '\r' ? Cls.Newline : Cls.Space;
  if (test(isUpper)) return Cls.Upper;
  if (test(isLower)) return Cls.Lower;
  if (test(isLetter)) return Cls.OtherLetter;
  if (test(isDigit)) return Cls.Digit;
  if (test(isSymbol)) return Cls.Symbol;
  if (test(isPunct)) return Cls.Punct;
  return Cls.Other;
}

function classifyUnit(code: number): Cls {
  let c = table[code];
  if (c === 0) {
    c = code >= 0xd800 && code <= 0xdbff ? Cls.HighSurrogate : code >= 0xdc00 && code <= 0xdfff ? Cls.Other : classifyString(String.fromCharCode(code));
    table[code] = c;
  }
  return c as Cls;
}

/** Classes of the ASCII characters, filled at load: the hot loops look here first. */
export const ASCII: Uint8Array = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = classifyUnit(c);

const astral = new Map<number, Cls>();

/** The class of the character (code point) starting at `i`. */
export function classAt(text: string, i: number): Cls {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII[code] as Cls;
  const c = classifyUnit(code);
  if (c !== Cls.HighSurrogate) return c;
  const cp = text.codePointAt(i) ?? 0;
  if (cp < 0x10000) return Cls.Other; // unpaired high surrogate
  let a = astral.get(cp);
  if (a === undefined) {
    a = classifyString(String.fromCodePoint(cp));
    if (astral.size < 4096) astral.set(cp, a);
  }
  return a;
}

/** Width in code units of the character at `i` (2 for a surrogate pair). */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** True for letters of any script (and combining marks). */
export function isLetterCls(c: Cls): boolean {
  return c === Cls.Upper || c === Cls.Lower || c === Cls.OtherLetter;
}

/** True for letters and digits. */
export function isAlnumCls(c: Cls): boolean {
  return c === Cls.Upper || c === Cls.Lower || c === Cls.OtherLetter || c === Cls.Digit;
}

/** Quotes and brackets that may close a sentence after its final mark. */
export function isCloser(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0x2019: // ’
    case 0x201d: // ”
    case 0xbb: // »
    case 0x203a: // ›
    case 0x300d: // 」
    case 0x300f: // 』
    case 0xff09: // ）
    case 0x3011: // 】
      return true;
    default:
      return false;
  }
}

/** Quotes and brackets that may open a sentence before its first word. */
export function isOpener(code: number): boolean {
  switch (code) {
    case 0x22:
    case 0x27:
    case 0x28: // (
    case 0x5b: // [
    case 0x2018: // ‘
    case 0x201c: // “
    case 0xab: // «
    case 0x2039: // ‹
    case 0x300c: // 「
    case 0x300e: // 『
    case 0xff08: // （
    case 0x3010: // 【
    case 0xbf: // ¿
    case 0xa1: // ¡
      return true;
    default:
      return false;
  }
}

/** Marks that end a sentence in CJK text, with no space after them. */
export function isCjkTerminator(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff0e;
}

/** `.`, `!`, `?`, `…` and their doubled forms. */
export function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x203c || code === 0x2047 || code === 0x2048 || code === 0x2049;
}
