import type { Token, TokenKind } from '../types';
import { ABBREVIATIONS, BEFORE_NUMBER, NEVER_FINAL, TITLES } from './abbreviations';
import { ASCII, Cls, classAt, isAlnumCls, isLetterCls, widthAt } from './chars';
import type { Skip } from './region';

/**
 * Tokens of one sentence, by the contract every later stage relies on: words keep inner
 * hyphens and apostrophes ("Kassym-Jomart", "O'Brien"); a possessive ’s is a
 * token of its own; abbreviations keep their periods ("U.S.", "Mr."); numbers
 * keep inner `,` and `.` ("4.5", "120,000"); currency prefixes ("US$", "$",
 * "€") and "%" are symbol tokens; "..." and "…" are one token; every other
 * punctuation character is one token. Skipped stretches (markup, URLs, code,
 * directives) yield no token. `k` is the index of the first skip that may
 * reach into [start, end).
 */
export function tokenize(text: string, start: number, end: number, skips: readonly Skip[], k: number, out: Token[]): void {
  let pos = start;
  while (pos < end) {
    while (k < skips.length && skips[k].end <= pos) k++;
    if (k < skips.length && pos >= skips[k].start) {
      pos = skips[k].end;
      continue;
    }
    const stop = k < skips.length ? Math.min(end, skips[k].start) : end;
    const cls = classAt(text, pos);
    if (cls === Cls.Space || cls === Cls.Newline) {
      pos++;
      continue;
    }
    const code = text.charCodeAt(pos);
    let e: number;
    let kind: TokenKind;
    if (isAlnumCls(cls)) {
      e = wordEnd(text, pos, stop);
      if (text.charCodeAt(e) === 0x24 && e < stop && e - pos <= 3 && isCurrencyLetters(text, pos, e)) {
        e++; // "US$", "HK$"
        kind = 'symbol';
      } else {
        kind = hasLetter(text, pos, e) ? 'word' : 'number';
        // "EXCLUSIVE-U.S. probes …": a wire story's slug opening the headline is a word of its own before its hyphen.
        if (out.length === 0 && kind === 'word' && e - pos > 4) e = afterWireSlug(text, pos, e);
        if (text.charCodeAt(e) === 0x2e && e < stop && kind === 'word') e = withAbbreviationPeriod(text, pos, e, stop, end);
      }
    } else if ((code === 0x27 || code === 0x2019) && isPossessive(text, pos, stop, out)) {
      e = pos + 2;
      kind = 'word';
    } else if (code === 0x2e && text.charCodeAt(pos + 1) === 0x2e && pos + 1 < stop) {
      e = pos + 2;
      while (e < stop && text.charCodeAt(e) === 0x2e) e++;
      kind = 'punct';
    } else if (cls === Cls.Symbol) {
      e = symbolEnd(text, pos, stop);
      kind = 'symbol';
    } else {
      e = pos + widthAt(text, pos);
      kind = cls === Cls.Punct && code === 0x25 ? 'symbol' : 'punct';
    }
    if (e > end) e = end;
    out.push({ start: pos, end: e, text: text.slice(pos, e), kind });
    pos = e;
  }
}

/** Wire services' story slugs, written before a hyphen at the start of a headline ("EXCLUSIVE-", "ANALYSIS-"). */
const WIRE_SLUG = /^(EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX|WRAPUP|REFILE|CORRECTED|BREAKINGVIEWS|TIMELINE|PREVIEW|UPDATE|RPT)-(?=\p{Lu})/u;

/** The end of a wire slug that opens the word `pos..e`, or `e` when the word opens with none. */
function afterWireSlug(text: string, pos: number, e: number): number {
  const slug = WIRE_SLUG.exec(text.slice(pos, e));
  return slug ? pos + slug[1]!.length : e;
}

/** End of a run of letters and digits, joined by inner hyphens, apostrophes and number separators. */
function wordEnd(text: string, pos: number, stop: number): number {
  let e = pos + widthAt(text, pos);
  while (e < stop) {
    const code = text.charCodeAt(e);
    if (code < 128) {
      // ASCII letters and digits, the common case, without a call.
      const a = ASCII[code];
      if (a === Cls.Upper || a === Cls.Lower || a === Cls.Digit) {
        e++;
        continue;
      }
    }
    const cls = classAt(text, e);
    if (isAlnumCls(cls)) {
      e += widthAt(text, e);
      continue;
    }
    const c = text.charCodeAt(e);
    if (e + 1 >= stop) break;
    const nextCls = classAt(text, e + 1);
    if (c === 0x2d || c === 0x2010 || c === 0x2011) {
      if (!isAlnumCls(nextCls)) break;
    } else if (c === 0x27 || c === 0x2019) {
      // O'Brien, don't — but not the possessive ’s, which is its own token.
      if (!isLetterCls(nextCls) || !isLetterCls(classAt(text, e - 1))) break;
      const s = text.charCodeAt(e + 1);
      if ((s === 0x73 || s === 0x53) && (e + 2 >= stop || !isAlnumCls(classAt(text, e + 2)))) break;
    } else if (c === 0x2e || c === 0x2c) {
      if (nextCls !== Cls.Digit || classAt(text, e - 1) !== Cls.Digit) break;
    } else break;
    e += 1;
  }
  return e;
}

function isCurrencyLetters(text: string, pos: number, e: number): boolean {
  for (let i = pos; i < e; i++) if (classAt(text, i) !== Cls.Upper) return false;
  return true;
}

function hasLetter(text: string, pos: number, e: number): boolean {
  for (let i = pos; i < e; i++) if (isLetterCls(classAt(text, i))) return true;
  return false;
}

/**
 * Abbreviations keep their period: acronyms with inner periods ("U.S.",
 * "a.m."), listed abbreviations ("Mr.", "Jan.", "Inc.") and initials
 * ("J." in "J. K. Rowling", unless it is the last thing in the sentence).
 */
function withAbbreviationPeriod(text: string, pos: number, e: number, stop: number, end: number): number {
  // Acronym: single letters separated by periods.
  if (e - pos === 1 && isLetterCls(classAt(text, e + 1)) && text.charCodeAt(e + 2) === 0x2e) {
    let a = e;
    while (a + 2 < stop && text.charCodeAt(a) === 0x2e && isLetterCls(classAt(text, a + 1)) && text.charCodeAt(a + 2) === 0x2e) a += 2;
    if (a > e) return a + 1;
  }
  const word = text.slice(pos, e);
  if (TITLES.has(word) || ABBREVIATIONS.has(word) || BEFORE_NUMBER.has(word) || NEVER_FINAL.has(word)) return e + 1;
  if (e - pos === 1 && classAt(text, pos) === Cls.Upper && !isLastMark(text, e + 1, end)) return e + 1;
  return e;
}

/** True when only closing quotes, brackets or spaces follow up to the sentence end. */
function isLastMark(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const cls = classAt(text, i);
    if (cls !== Cls.Space && cls !== Cls.Newline && cls !== Cls.Punct) return false;
  }
  return true;
}

/** ’s or 's right after a word ("China’s", "it's"), followed by no letter. */
function isPossessive(text: string, pos: number, stop: number, out: readonly Token[]): boolean {
  const s = text.charCodeAt(pos + 1);
  if (pos + 1 >= stop || (s !== 0x73 && s !== 0x53)) return false;
  if (pos + 2 < stop && isAlnumCls(classAt(text, pos + 2))) return false;
  const prev = out.length ? out[out.length - 1] : undefined;
  return prev !== undefined && prev.end === pos && prev.kind === 'word';
}

/** A symbol with the emoji joiners, variation selectors and skin tones that follow it. */
function symbolEnd(text: string, pos: number, stop: number): number {
  let e = pos + widthAt(text, pos);
  while (e < stop) {
    const c = text.charCodeAt(e);
    if (c === 0xfe0f || c === 0xfe0e || c === 0x20e3) e++;
    else if (c === 0x200d && e + 1 < stop && classAt(text, e + 1) === Cls.Symbol) e += 1 + widthAt(text, e + 1);
    else if (c === 0xd83c && text.charCodeAt(e + 1) >= 0xdffb && text.charCodeAt(e + 1) <= 0xdfff) e += 2; // skin tone
    else break;
  }
  return e;
}
