import type { EntityType, EntityValue } from '../../types';

/** One match of a pattern rule, with offsets relative to the prose region it was found in. */
export interface PatternMatch {
  start: number;
  end: number;
  type: EntityType;
  value?: EntityValue;
}

/**
 * One always-exact pattern rule (dates, money, percentages …). `find` scans
 * one prose region (the sentences of one block, with URLs, directives and
 * other non-prose blanked out by spaces so offsets stay put) and returns
 * every candidate; overlaps between rules are settled by the registry
 * (longest span wins).
 */
export interface PatternRule {
  id: string;
  description: string;
  /** Breaks ties between equally long overlapping matches: lower wins. */
  priority: number;
  /** `hints`: the region's hint bits (hints.ts), computed once for all rules; computed here when absent. */
  find(region: string, hints?: number): PatternMatch[];
}

/** A whole regex match as an entity of `type` with its value (offsets relative to the region, like `m.index`). */
export function wholeMatch(m: RegExpExecArray, type: EntityType, value: EntityValue): PatternMatch {
  return { start: m.index, end: m.index + m[0].length, type, value };
}

/** Runs a global regex over `text` and maps every match, skipping `undefined`; linear in the text. */
export function scan(
  re: RegExp,
  text: string,
  map: (m: RegExpExecArray) => PatternMatch | undefined,
): PatternMatch[] {
  const out: PatternMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const found = map(m);
    if (found) out.push(found);
  }
  return out;
}

/** Sticky twins of global regexes, for `scanNearDigits`. */
const sticky = new WeakMap<RegExp, RegExp>();
const DIGIT = /\d/g;

/**
 * The same matches as `scan(re, text, map)`, for a regex every match of which
 * has a digit at most `reach` characters after its start (amounts after a
 * currency sign, years, percentages): only the few positions just before a
 * digit are tried, with a sticky copy of the regex, instead of every position
 * of the text. The leftmost match is found in the same order, so the result
 * is identical; the scan is several times faster on prose with few digits.
 *
 * `afterDigit: false` says that no match opens right after an ASCII digit (the
 * regex opens with a lookbehind that rules out \p{N} before it): the positions
 * inside and right after a run of digits are then not tried at all.
 */
export function scanNearDigits(
  re: RegExp,
  text: string,
  reach: number,
  map: (m: RegExpExecArray) => PatternMatch | undefined,
  afterDigit = true,
): PatternMatch[] {
  let at = sticky.get(re);
  if (!at) sticky.set(re, (at = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  const out: PatternMatch[] = [];
  let position = 0;
  while (position <= text.length) {
    DIGIT.lastIndex = position;
    const digit = DIGIT.exec(text);
    if (!digit) break;
    let matched = false;
    for (let p = Math.max(position, digit.index - reach); p <= digit.index; p++) {
      if (!afterDigit && p > 0 && isAsciiDigit(text.charCodeAt(p - 1))) continue;
      at.lastIndex = p;
      const m = at.exec(text);
      if (!m) continue;
      matched = true;
      if (m[0].length === 0) {
        position = p + 1;
        break;
      }
      const found = map(m);
      if (found) out.push(found);
      position = p + m[0].length;
      break;
    }
    if (!matched) {
      position = digit.index + 1;
      // The rest of the run of digits, and the position after it, follow a digit: no match opens there.
      if (!afterDigit) {
        while (position < text.length && isAsciiDigit(text.charCodeAt(position))) position++;
        position++;
      }
    }
  }
  return out;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * How far the context helpers look, in characters: enough for any word and
 * the spaces around it, and a bound that keeps a scan over a megabyte of
 * "2024-2024-…" linear.
 */
const REACH = 64;

/** `\s` for the character at `i`: ASCII by its code (the common case, no regex), any other by the regex. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[i]);
}

/** An ASCII letter or digit, by its code. */
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** `[\p{L}\p{N}'’-]` (and "." when `dot`) for the character at `i`, ASCII by its code. */
function isWordCharAt(text: string, i: number, dot: boolean): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c) || c === 39 || c === 45 || (dot && c === 46);
  return dot ? /[\p{L}\p{N}'’.-]/u.test(text[i]) : /[\p{L}\p{N}'’-]/u.test(text[i]);
}

/** The word just before `index` (letters, digits, apostrophes, dots) and where it starts; '' when punctuation or nothing precedes. */
export function precedingWord(text: string, index: number): { word: string; start: number } {
  let end = index;
  const gapLimit = Math.max(0, index - REACH);
  while (end > gapLimit && isSpaceAt(text, end - 1)) end--;
  let start = end;
  const wordLimit = Math.max(0, end - REACH);
  while (start > wordLimit && isWordCharAt(text, start - 1, true)) start--;
  return { word: text.slice(start, end), start };
}

/** The word just after `index`, or '' when punctuation or nothing follows. */
export function wordAfter(text: string, index: number): string {
  let start = index;
  const gapLimit = Math.min(text.length, index + REACH);
  while (start < gapLimit && isSpaceAt(text, start)) start++;
  let end = start;
  const wordLimit = Math.min(text.length, start + REACH);
  while (end < wordLimit && isWordCharAt(text, end, false)) end++;
  return text.slice(start, end);
}

/**
 * True when `index` starts a sentence: only spaces, opening quotes, brackets
 * or emphasis marks lie between it and the region start or a sentence-final
 * mark (". ", "? ", "!” ").
 */
export function isRegionStart(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && index - i < REACH && /[\s"“‘'([*_]/u.test(text[i - 1])) i--;
  if (i === 0) return true;
  if (i === index) return false;
  const limit = i - REACH;
  while (i > 0 && i > limit && /["”’')\]*_]/u.test(text[i - 1])) i--;
  return i > 0 && /[.!?:]/.test(text[i - 1]);
}
