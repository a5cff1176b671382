// "Yoon Ji-woo said …", "Ban Ki-moon", "Tsai Ing-wen": a romanised East
// Asian name writes its given name as two syllables joined by a hyphen. CoNLL
// holds few such words, so the model left "Ji-woo" out and typed "Yoon" a
// place. A short capitalised word followed by a capitalised, hyphenated pair
// of short syllables is a person's name; prefixes ("Ex-", "Co-", "Anti-")
// make ordinary words and are left alone.
import type { TokenSpan } from './decoder';

const PER = 0;

/** A given name of two syllables: "Ji-woo", "Min-jun", "Ing-wen". */
const GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;
/** A family name of one syllable: "Yoon", "Park", "Tsai". */
const FAMILY_NAME = /^\p{Lu}\p{Ll}{1,4}$/u;
/** First parts of hyphenated ordinary words ("Co-chair", "Ex-wife", "Self-made"). */
const PREFIXES = new Set(['ex', 'co', 'non', 'anti', 'self', 'well', 'long', 'short', 'pre', 'post', 're', 'mid', 'multi', 'pro', 'semi', 'vice', 'half', 'all', 'full', 'high', 'low', 'cross', 'over', 'under', 'out', 'off', 'on', 'up', 'down', 'sub', 'top', 'far', 'near', 'so', 'hard', 'soft', 'pan', 'inter', 'intra', 'neo', 'de', 'un', 'one', 'two', 'three', 'four', 'five', 'six', 'ten', 'life', 'live', 'best', 'big', 'old', 'new', 'mini', 'make', 'take', 'set', 'get', 'run', 'log', 'e', 'x']);

type Forms = readonly (readonly string[])[];

/** Second parts that make a compound adjective of a name ("New York-based", "Paris-born", "Kremlin-run"). */
const SUFFIXES = new Set(['born', 'run', 'made', 'style', 'like', 'era', 'wide', 'free', 'only', 'class', 'type', 'area', 'zone', 'bound', 'proof', 'rich', 'poor', 'heavy', 'light', 'size', 'sized', 'plus', 'lite', 'ready']);

/** True for a hyphenated given name ("Ji-woo"), not a prefixed ordinary word ("Co-chair") nor a compound of a name ("York-based"). */
export function isHyphenatedGivenName(word: string): boolean {
  if (!GIVEN_NAME.test(word)) return false;
  const hyphen = word.indexOf('-');
  const second = word.slice(hyphen + 1);
  return !PREFIXES.has(word.slice(0, hyphen).toLowerCase()) && !SUFFIXES.has(second) && !second.endsWith('ed');
}

/** The family name's index when a hyphenated given name stands at `k`, else -1. */
function familyNameBefore(tokens: readonly string[], k: number): number {
  if (!isHyphenatedGivenName(tokens[k]!)) return -1;
  if (!FAMILY_NAME.test(tokens[k - 1] ?? '')) return -1;
  // "… Ji-woo Kang": a capitalised word after it makes a longer name the model must read.
  return /^\p{Lu}/u.test(tokens[k + 1] ?? '') ? -1 : k - 1;
}

/** A person span for each family name and hyphenated given name, replacing the spans it overlaps unless one already holds it whole. */
export function hyphenatedGivenNames(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const found: TokenSpan[] = [];
  forms.forEach((tokens, sentence) => {
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k]!.indexOf('-') < 1) continue;
      const start = familyNameBefore(tokens, k);
      if (start >= 0) found.push({ sentence, start, end: k + 1, cls: PER });
    }
  });
  if (found.length === 0) return spans;
  // The model's span of just these words is retyped; a longer one holding them is the model's to keep.
  for (const s of spans) if (found.some((f) => f.sentence === s.sentence && f.start === s.start && f.end === s.end)) s.cls = PER;
  const covered = (f: TokenSpan) => spans.some((s) => s.sentence === f.sentence && s.start <= f.start && s.end >= f.end);
  const added = found.filter((f) => !covered(f));
  const overlaps = (s: TokenSpan) => added.some((f) => f.sentence === s.sentence && s.start < f.end && f.start < s.end);
  return [...spans.filter((s) => !overlaps(s)), ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}
