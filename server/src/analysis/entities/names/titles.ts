// Titles are not part of a name (SCHEMA.md: "Entities leave out titles"):
// "Mayor Nadia Kessler" → person "Nadia Kessler", "City Clerk Daniel Osei" →
// person "Daniel Osei". The model, trained on text where titles mostly stand
// outside names, still folds unfamiliar ones in.
import { SPORT_ROLES } from '../../actors/lexicon';
import type { TokenSpan } from './decoder';
import { FLAG_GIVEN, FLAG_TITLE, wordInfo, type Lexicon } from './lexicon';
import { isCapitalised, normalizeToken } from './normalize';

const PER = 0;

/**
 * Cuts leading title words off a name. The rest must be capitalised words;
 * a span the model did not call a person becomes one only when the rest
 * starts with a known given name (so "General Motors" stays whole).
 */
export function stripTitles(spans: TokenSpan[], forms: readonly (readonly string[])[], lexicon: Lexicon): TokenSpan[] {
  for (const span of spans) {
    const tokens = forms[span.sentence];
    let cut = -1;
    for (let i = span.start; i < span.end - 1; i++) {
      if (wordInfo(lexicon, normalizeToken(tokens[i])) & FLAG_TITLE || SPORT_ROLES.has(tokens[i]!.toLowerCase())) cut = i + 1;
    }
    if (cut < 0) continue;
    let words = true;
    for (let i = cut; i < span.end; i++) if (!isCapitalised(tokens[i]) || /^\W/.test(tokens[i])) words = false;
    if (!words) continue;
    if (span.cls !== PER && !(wordInfo(lexicon, normalizeToken(tokens[cut])) & FLAG_GIVEN)) continue;
    span.start = cut;
    span.cls = PER;
  }
  return spans;
}
