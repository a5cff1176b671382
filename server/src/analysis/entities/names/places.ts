// "China-Kazakhstan ties": one token (INTERFACES.md keeps hyphenated words
// whole), two places. A hyphenated word whose every part is a known place
// name yields one place per part, whatever the model made of the whole.
import { FLAG_CITY, FLAG_COUNTRY, shareOf, wordInfo, type Lexicon } from './lexicon';
import { isCapitalised, normalizeToken } from './normalize';

const LOC = 2;

/** Offsets (within the token) of the parts when every part is a known place, else undefined. */
export function placeParts(token: string, lexicon: Lexicon): { start: number; end: number }[] | undefined {
  // Every part must be capitalised: most words fail on their first letter, before the search for a hyphen.
  if (!isCapitalised(token) || !token.includes('-')) return undefined;
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of token.split('-')) {
    const info = wordInfo(lexicon, normalizeToken(part));
    const known = (info & (FLAG_COUNTRY | FLAG_CITY)) !== 0 || shareOf(info, LOC) >= 3;
    if (!part || !isCapitalised(part) || !known) return undefined;
    parts.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return parts.length >= 2 ? parts : undefined;
}

/** Words after a hyphen that make the part before it where something is ("Oslo-based", "Geneva-headquartered"). */
const PLACE_SUFFIXES = new Set(['based', 'headquartered', 'born', 'bred', 'registered', 'listed']);

/**
 * "The Oslo-based maker": a known place before "-based" (and the like) is a
 * place of its own; the offsets of that part within the token, or undefined.
 * ("New York-based" is left alone: the place begins in the word before.)
 */
export function placeBeforeSuffix(token: string, lexicon: Lexicon): { start: number; end: number } | undefined {
  const dash = token.indexOf('-');
  if (dash < 3 || !PLACE_SUFFIXES.has(token.slice(dash + 1).toLowerCase())) return undefined;
  const part = token.slice(0, dash);
  if (!isCapitalised(part)) return undefined;
  const info = wordInfo(lexicon, normalizeToken(part));
  return (info & (FLAG_COUNTRY | FLAG_CITY)) !== 0 || shareOf(info, LOC) >= 3 ? { start: 0, end: dash } : undefined;
}
