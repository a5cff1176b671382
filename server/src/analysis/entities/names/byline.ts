// A byline ("By Sofia Lind, Business Reporter") names the writer and then
// her job; the model took the capitalised job ("Business Reporter") for an
// organisation. After the byline's first comma, a name whose last word is an
// ordinary word (usually lower case, never inside a name in the training
// text: "Reporter", "Correspondent", "Editor") is dropped. A wire story's
// credit line names its journalists, who are people.
import type { TokenSpan } from './decoder';
import { FLAG_GIVEN, isOrdinaryWord, wordInfo, type Lexicon } from './lexicon';
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
  // ("(Reporting by Anil Rao; Editing by Meera Iyer)": the line may stand in parentheses.)
  const o = tokens[0] === '(' ? 1 : 0;
  if (!CREDIT_OPENERS.has(tokens[o] ?? '')) return false;
  return tokens[o + 1] === 'by' || (tokens[o + 1] === 'reporting' && tokens[o + 2] === 'by');
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
    // ("… and Aiko Tanaka in Washington": a journalist's place follows the name; the name is no place.)
    const after = tokens[span.end];
    const closes = after === undefined || after === 'in' || after === ';' || after === ')' || after === 'and' || after === ',' || after === '.';
    if ((before === 'by' || before === 'and') && span.cls !== PER && closes && isCreditLine(tokens)) span.cls = PER;
  }
  pairBylineWriters(spans, forms);
  const withWriters = bylineWriters(spans, forms, lexicon);
  return withWriters.filter((span) => {
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

/**
 * "By Kerry-Ann Walsh" under a headline: the name right after a byline's "By", when it opens with a given name (a
 * hyphenated one counts when either part is one), is one person, whatever the model made of its parts ("Kerry" and
 * "Ann" places, "Walsh" a person). "By Reuters" and "By The Associated Press" open with no given name.
 */
function bylineWriters(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): TokenSpan[] {
  const found: TokenSpan[] = [];
  forms.forEach((tokens, sentence) => {
    if (tokens[0] !== 'By' || !isCapitalised(tokens[1] ?? '') || !givenName(tokens[1]!, lexicon)) return;
    let end = 2;
    while (end < tokens.length && end < 5 && isCapitalised(tokens[end]!) && /^\p{L}[\p{L}'’-]*$/u.test(tokens[end]!)) end++;
    if (end < 3 || (end < tokens.length && tokens[end] !== ',' && tokens[end] !== 'and' && tokens[end] !== '.')) return;
    found.push({ sentence, start: 1, end, cls: PER });
  });
  if (found.length === 0) return spans;
  const inside = (s: TokenSpan) => found.some((f) => f.sentence === s.sentence && s.start < f.end && f.start < s.end);
  return [...spans.filter((s) => !inside(s)), ...found].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/** True for a known given name, or a hyphenated one either part of which is ("Kerry-Ann", "Jean-Luc"). */
function givenName(word: string, lexicon: Lexicon): boolean {
  const parts = word.split('-');
  return parts.some((p) => p.length > 1 && (wordInfo(lexicon, normalizeToken(p)) & FLAG_GIVEN) !== 0);
}
