// A byline ("By Sofia Lind, Business Reporter") names the writer and then
// her job; the model took the capitalised job ("Business Reporter") for an
// organisation. After the byline's first comma, a name whose last word is an
// ordinary word (usually lower case, never inside a name in the training
// text: "Reporter", "Correspondent", "Editor") is dropped. A wire story's
// credit line names its journalists, who are people.
import type { TokenSpan } from './decoder';
import { isOrdinaryWord, type Lexicon } from './lexicon';
import { isCapitalised, normalizeToken } from './normalize';

type Forms = readonly (readonly string[])[];

const PER = 0;
const ORG = 1;

/** Index of the first comma of a byline sentence ("By" and a capitalised word), or -1 when the sentence is no byline. */
function bylineComma(tokens: readonly string[]): number {
  if (tokens[0] !== 'By' || !isCapitalised(tokens[1] ?? '')) return -1;
  return tokens.indexOf(',');
}

/** Words that open a wire story's credit line ("Reporting by …; Editing by …"). */
const CREDIT_OPENERS = new Set(['Reporting', 'Writing', 'Editing', 'Additional', 'Compiled', 'Produced', 'Research', 'Graphics']);

/** True for a credit line: an opener from the list, then "by" (after "reporting" for "Additional reporting by"). */
function isCreditLine(tokens: readonly string[]): boolean {
  if (!CREDIT_OPENERS.has(tokens[0] ?? '')) return false;
  return tokens[1] === 'by' || (tokens[1] === 'reporting' && tokens[2] === 'by');
}

/**
 * The spans without the job titles of bylines; in a wire credit line
 * ("Reporting by Lerato Dube in Pretoria; Editing by Simon Achterberg") the
 * names right after "by" or "and" are the journalists: people, whatever the
 * model made of an unfamiliar name.
 */
export function dropBylineRoles(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): TokenSpan[] {
  for (const span of spans) {
    const tokens = forms[span.sentence]!;
    const before = tokens[span.start - 1];
    if ((before === 'by' || before === 'and') && span.cls === ORG && isCreditLine(tokens)) span.cls = PER;
  }
  pairBylineWriters(spans, forms);
  return spans.filter((span) => {
    const tokens = forms[span.sentence]!;
    const comma = tokens[0] === 'By' ? bylineComma(tokens) : -1;
    if (comma < 0 || span.start <= comma) return true;
    return !isOrdinaryWord(lexicon, normalizeToken(tokens[span.end - 1]!));
  });
}

/**
 * "By Hana Sato and Le Minh Duc": two names joined by "and" right after a
 * byline's "By" are two writers of one kind; when the model made one a person
 * and the unfamiliar other an organisation, both are people ("By Reuters and
 * AFP" keeps two organisations).
 */
function pairBylineWriters(spans: TokenSpan[], forms: Forms): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const first = spans[k]!;
    const second = spans[k + 1]!;
    const tokens = forms[first.sentence]!;
    if (second.sentence !== first.sentence || tokens[0] !== 'By' || first.start !== 1 || tokens[first.end] !== 'and' || second.start !== first.end + 1) continue;
    if (first.cls === PER && second.cls === ORG) second.cls = PER;
    else if (first.cls === ORG && second.cls === PER) first.cls = PER;
  }
}
