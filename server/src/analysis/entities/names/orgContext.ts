// An unknown one-word name defaults to a person in the model ("Corvane",
// "Canalys"), but the article often says what it is: "the research firm
// Canalys", "Shares of Corvane", "Corvane's shares", "analysts at Google". Such a name is an
// organisation there and wherever it stands alone in the document.
import type { TokenSpan } from './decoder';
import { documentForms } from './documentForms';

const PER = 0;
const ORG = 1;
const LOC = 2;

type Forms = readonly (readonly string[])[];

/** Nouns that name a kind of organisation right before its name ("the research firm Canalys"). */
const ORG_NOUNS = new Set(
  'firm company group bank agency start-up startup maker retailer carrier airline insurer lender broker publisher broadcaster newspaper chain supplier manufacturer operator consultancy conglomerate subsidiary automaker carmaker chipmaker drugmaker'.split(' '),
);

/** True when the words around token `i` say it names an organisation. */
function saysOrganisation(tokens: readonly string[], i: number): boolean {
  const before = (tokens[i - 1] ?? '').toLowerCase();
  const before2 = (tokens[i - 2] ?? '').toLowerCase();
  if (ORG_NOUNS.has(before) && /^[a-z-]+$/.test(before2)) return true; // "the research firm Canalys", "rival carmaker Velo"
  if ((before === 'of' || before === 'in') && before2 === 'shares') return true; // "Shares of Corvane", "shares in Corvane"
  // "analysts at Google", "engineers at Corvane": professionals work at a firm (the model, trained on 1996 news, calls it a place).
  if (before === 'at' && PROFESSIONALS.has(before2)) return true;
  const after = (tokens[i + 1] ?? '').toLowerCase();
  const after2 = (tokens[i + 2] ?? '').toLowerCase();
  return after === "'s" && FIRM_POSSESSIONS.has(after2); // "Corvane's shares", "Google's revenue"
}

/** Plural professions that work at a firm, never at a town ("analysts at Google"). */
const PROFESSIONALS = new Set('analysts economists engineers executives employees researchers strategists scientists programmers developers'.split(' '));

/** What only a firm has ("Corvane's shares", "Google's quarterly revenue" is not matched: the word must follow "'s"). */
const FIRM_POSSESSIONS = new Set('shares stock ceo headquarters profit profits revenue revenues earnings shareholders subsidiary subsidiaries'.split(' '));

/** One-word people and places that the article shows to be organisations become organisations, everywhere alone. */
export function organisationsByContext(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal } = documentForms(forms);
  const found = new Set<string>();
  for (const span of spans) {
    if ((span.cls !== PER && span.cls !== LOC) || span.end - span.start !== 1) continue;
    if (saysOrganisation(normal[span.sentence]!, span.start)) found.add(normal[span.sentence]![span.start]!);
  }
  if (found.size === 0) return spans;
  for (const span of spans) {
    if ((span.cls === PER || span.cls === LOC) && span.end - span.start === 1 && found.has(normal[span.sentence]![span.start]!)) span.cls = ORG;
  }
  return spans;
}
