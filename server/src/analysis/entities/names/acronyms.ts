// An abbreviation defined in parentheses spells the name before it: "the
// Organization for Security and Co-operation in Europe (OSCE)" came out of
// the model as "Organization for Security" and the place "Europe". The
// capitals of the words before "(OSCE)", read backwards and skipping the small
// words a name keeps in lower case, say where the name starts; the words from
// there to the parenthesis are one name.
import type { TokenSpan } from './decoder';
import { isCapitalised } from './normalize';

const ORG = 1;

type Forms = readonly (readonly string[])[];

/** Lower-case words inside a name that an abbreviation leaves out. */
const SMALL_WORDS = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'de', 'du', 'des', 'la', 'le', 'et', '&', 'to', 'at']);

/**
 * Index of the first word of the name spelled by `letters` that ends at token
 * `end`, or -1 when the words there do not spell it (every capital initial
 * must match, in order; small words are skipped, not counted).
 */
function spelledStart(tokens: readonly string[], end: number, letters: string): number {
  let need = letters.length - 1;
  let k = end;
  while (k >= 0 && need >= 0) {
    const t = tokens[k]!;
    if (SMALL_WORDS.has(t) || t === '-') {
      k--;
      continue;
    }
    if (!isCapitalised(t) || t[0]!.toUpperCase() !== letters[need]) return -1;
    need--;
    if (need < 0) return k;
    k--;
  }
  return -1;
}

/** Joins the words an abbreviation in parentheses spells into one name; the joined names, if any. */
export function joinSpelledNames(spans: TokenSpan[], forms: Forms): TokenSpan[] | undefined {
  let added: TokenSpan[] | undefined;
  // Plain loops, the rare match in a function of its own: a closure over the loop variable
  // (as in spans.some below) made the engine allocate a scope for every token of the document.
  for (let s = 0; s < forms.length; s++) {
    const tokens = forms[s]!;
    for (let p = 2; p + 2 < tokens.length; p++) {
      if (tokens[p] !== '(' || tokens[p + 2] !== ')') continue;
      const joined = spelledName(spans, tokens, s, p);
      if (joined) (added ??= []).push(joined);
    }
  }
  return added;
}

/**
 * The name spelled by the abbreviation in parentheses at tokens p … p + 2 of
 * sentence s, the spans inside it emptied; undefined when the words before it
 * do not spell it or already make that one name.
 */
function spelledName(spans: TokenSpan[], tokens: readonly string[], s: number, p: number): TokenSpan | undefined {
  const letters = tokens[p + 1]!;
  if (!/^[A-Z]{3,6}$/.test(letters)) return undefined;
  const start = spelledStart(tokens, p - 1, letters);
  if (start < 0 || p - start < 3) return undefined;
  // Already one name: nothing to do.
  if (spans.some((x) => x.sentence === s && x.start === start && x.end === p)) return undefined;
  const inside = spans.filter((x) => x.sentence === s && x.start < p && x.end > start);
  // A name that reaches outside the spelled words is another reading: leave it.
  if (inside.some((x) => x.start < start || x.end > p)) return undefined;
  const first = inside.find((x) => x.start === start);
  const cls = first && first.cls !== ORG && inside.length === 1 ? first.cls : ORG;
  for (const x of inside) x.end = x.start;
  return { sentence: s, start, end: p, cls };
}
