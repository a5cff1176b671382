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
 * one prose region (a sentence, link URLs and directives blanked out with
 * spaces so offsets stay put) and returns every candidate; overlaps between
 * rules are settled by the registry (longest span wins).
 */
export interface PatternRule {
  id: string;
  description: string;
  /** Breaks ties between equally long overlapping matches: lower wins. */
  priority: number;
  find(region: string): PatternMatch[];
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

/** The word just before `index` (letters, digits, apostrophes, dots) and where it starts; '' when punctuation or nothing precedes. */
export function precedingWord(text: string, index: number): { word: string; start: number } {
  let end = index;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}'’.-]/u.test(text[start - 1])) start--;
  return { word: text.slice(start, end), start };
}

/** The word just before `index`, or ''. */
export function wordBefore(text: string, index: number): string {
  return precedingWord(text, index).word;
}

/** The word just after `index`, or '' when punctuation or nothing follows. */
export function wordAfter(text: string, index: number): string {
  let start = index;
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = start;
  while (end < text.length && /[\p{L}\p{N}'’-]/u.test(text[end])) end++;
  return text.slice(start, end);
}

/**
 * True when `index` starts a sentence: only spaces, opening quotes, brackets
 * or emphasis marks lie between it and the region start or a sentence-final
 * mark (". ", "? ", "!” ").
 */
export function isRegionStart(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && /[\s"“‘'([*_]/u.test(text[i - 1])) i--;
  if (i === 0) return true;
  if (i === index) return false;
  while (i > 0 && /["”’')\]*_]/u.test(text[i - 1])) i--;
  return i > 0 && /[.!?:]/.test(text[i - 1]);
}
