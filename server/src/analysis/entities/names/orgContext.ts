// An unknown one-word name defaults to a person in the model ("Corvane",
// "Canalys"), but the article often says what it is: "the research firm
// Canalys", "Shares of Corvane", "Corvane's shares". Such a name is an
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
  const after = (tokens[i + 1] ?? '').toLowerCase();
  const after2 = (tokens[i + 2] ?? '').toLowerCase();
  return after === "'s" && (after2 === 'shares' || after2 === 'stock'); // "Corvane's shares"
}

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
