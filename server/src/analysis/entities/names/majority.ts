// A one-word place or organisation name the article uses several times keeps
// one type: the model, reading each mention in its own context, sometimes
// typed a country as an organisation after a verb ("has governed Norvia")
// where the other mentions made it a place. The type most of its lone
// mentions got wins; a tie changes nothing. People are left alone (a surname
// and a town may share a form).
import type { TokenSpan } from './decoder';
import { documentForms } from './documentForms';

const ORG = 1;
const LOC = 2;

type Forms = readonly (readonly string[])[];

/** One-word organisation and place names, retyped to the type most of their lone mentions have. */
export function majorityTypes(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal } = documentForms(forms);
  const votes = new Map<string, [number, number]>();
  for (const span of spans) {
    if (span.end - span.start !== 1 || (span.cls !== ORG && span.cls !== LOC)) continue;
    const form = normal[span.sentence]![span.start]!;
    const v = votes.get(form) ?? [0, 0];
    v[span.cls === ORG ? 0 : 1]++;
    votes.set(form, v);
  }
  for (const span of spans) {
    if (span.end - span.start !== 1 || (span.cls !== ORG && span.cls !== LOC)) continue;
    const v = votes.get(normal[span.sentence]![span.start]!)!;
    if (v[0] > v[1]) span.cls = ORG;
    else if (v[1] > v[0]) span.cls = LOC;
  }
  return spans;
}
