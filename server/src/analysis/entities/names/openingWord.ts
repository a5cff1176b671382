// A sentence may open with a participle or an adjective before a preposition
// ("Born in Lwów in 1937, …", "Speaking at the summit, …"): capitalised only
// because it opens the sentence, it is no name. A one-word name there whose
// word is usually lower case (and at most rarely part of a name in the
// training text) and that a preposition follows is dropped.
import type { TokenSpan } from './decoder';
import { CASE_LOWER, caseOf, shareOf, wordInfo, type Lexicon } from './lexicon';
import { normalizeToken } from './normalize';

type Forms = readonly (readonly string[])[];

/** Lower-case prepositions that follow such an opening word. */
const PREPOSITIONS = new Set(['in', 'at', 'on', 'to', 'for', 'from', 'with', 'by', 'about', 'after', 'before', 'during', 'into', 'near', 'under', 'over']);

/** The spans without ordinary opening words followed by a preposition. */
export function dropOpeningWords(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): TokenSpan[] {
  return spans.filter((span) => {
    if (span.start !== 0 || span.end !== 1) return true;
    const tokens = forms[span.sentence]!;
    if (!PREPOSITIONS.has(tokens[1] ?? '')) return true;
    // Usually lower case, and at most rarely inside a name of the training text ("Born" once starts a place there).
    const info = wordInfo(lexicon, normalizeToken(tokens[0]!));
    const rareInNames = shareOf(info, 0) < 2 && shareOf(info, 1) < 2 && shareOf(info, 2) < 2;
    return !(caseOf(info) === CASE_LOWER && rareInNames);
  });
}
