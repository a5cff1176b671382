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

/** True when token `i` stands in a dateline: after a town in capitals opening the sentence, before a dash. */
function inDateline(tokens: readonly string[], i: number): boolean {
  if (i > 5 || !/^\p{Lu}{3,}$/u.test(tokens[0] ?? '')) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) if (/^[—–-]$/.test(tokens[k]!)) return true;
  return false;
}

/** One-word organisation and place names, retyped to the type most of their lone mentions have. */
export function majorityTypes(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal } = documentForms(forms);
  // A dateline's place ("PORT CLEMENT, Barlovento — …") is where the story was filed: a place wherever the name
  // stands alone, whatever the model made of it there ("Barlovento braces for a direct hit" read as a person,
  // "make landfall on Barlovento" as an organisation). Its mentions vote as places from here on.
  const datelinePlaces = new Set<string>();
  for (const span of spans) if (span.end - span.start === 1 && span.cls === LOC && inDateline(forms[span.sentence]!, span.start)) datelinePlaces.add(normal[span.sentence]![span.start]!);
  if (datelinePlaces.size) for (const span of spans) if (span.end - span.start === 1 && datelinePlaces.has(normal[span.sentence]![span.start]!)) span.cls = LOC;
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
