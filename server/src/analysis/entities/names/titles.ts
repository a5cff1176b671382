// Titles are not part of a name (SCHEMA.md: "Entities leave out titles"):
// "Mayor Nadia Kessler" → person "Nadia Kessler", "City Clerk Daniel Osei" →
// person "Daniel Osei". The model, trained on text where titles mostly stand
// outside names, still folds unfamiliar ones in.
import { SPORT_ROLES } from '../../actors/lexicon';
import type { TokenSpan } from './decoder';
import { FLAG_GIVEN, FLAG_TITLE, wordInfo, type Lexicon } from './lexicon';
import { isCapitalised, normalizeToken } from './normalize';

const PER = 0;

/** Offices whose "for"/"of" phrase names a portfolio ("Minister for Foreign Affairs", "Secretary of State for Health"). */
const OFFICES = new Set(['Minister', 'minister', 'Secretary', 'secretary', 'Commissioner', 'commissioner', 'Spokesperson', 'Spokesman']);

/** Military and police ranks, capitalised before a name ("Brigadier General …", "Major …"). */
const RANKS = new Set(['Brigadier', 'General', 'Lieutenant', 'Colonel', 'Major', 'Captain', 'Sergeant', 'Corporal', 'Admiral', 'Commodore', 'Marshal', 'Commander', 'Superintendent', 'Inspector', 'Constable']);

/**
 * Cuts leading title words off a name. The rest must be capitalised words;
 * a span the model did not call a person becomes one only when the rest
 * starts with a known given name (so "General Motors" stays whole).
 */
export function stripTitles(spans: TokenSpan[], forms: readonly (readonly string[])[], lexicon: Lexicon): TokenSpan[] {
  for (const span of spans) {
    const tokens = forms[span.sentence];
    // "Minister of State for Foreign Affairs": the portfolio after a person's office is part of the title, no body
    // ("the Ministry of Foreign Affairs" is one).
    const joiner = tokens[span.start - 1];
    // ("Minister of State for …", "Secretary of State for …": the office may hold "of State" itself; "the State of
    // Texas" is no office.)
    const office = OFFICES.has(tokens[span.start - 2] ?? '') || (tokens[span.start - 2] === 'State' && tokens[span.start - 3] === 'of' && OFFICES.has(tokens[span.start - 4] ?? ''));
    if ((joiner === 'for' || joiner === 'of') && office && span.cls !== PER) {
      span.end = span.start;
      continue;
    }
    // "Brigadier General Nabil Abdallah": a rank the model tagged alone, before more capitalised words, is a title.
    if (span.end - span.start === 1 && RANKS.has(tokens[span.start]!) && isCapitalised(tokens[span.end] ?? '')) {
      span.end = span.start;
      continue;
    }
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
  return spans.filter((span) => span.end > span.start);
}
