// A byline ("By Sofia Lind, Business Reporter") names the writer and then
// her job; the model took the capitalised job ("Business Reporter") for an
// organisation. After the byline's first comma, a name whose last word is an
// ordinary word (usually lower case, never inside a name in the training
// text: "Reporter", "Correspondent", "Editor") is dropped.
import type { TokenSpan } from './decoder';
import { isOrdinaryWord, type Lexicon } from './lexicon';
import { isCapitalised, normalizeToken } from './normalize';

type Forms = readonly (readonly string[])[];

/** Index of the first comma of a byline sentence ("By" and a capitalised word), or -1 when the sentence is no byline. */
function bylineComma(tokens: readonly string[]): number {
  if (tokens[0] !== 'By' || !isCapitalised(tokens[1] ?? '')) return -1;
  return tokens.indexOf(',');
}

/** The spans without the job titles of bylines. */
export function dropBylineRoles(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): TokenSpan[] {
  return spans.filter((span) => {
    const tokens = forms[span.sentence]!;
    const comma = tokens[0] === 'By' ? bylineComma(tokens) : -1;
    if (comma < 0 || span.start <= comma) return true;
    return !isOrdinaryWord(lexicon, normalizeToken(tokens[span.end - 1]!));
  });
}
