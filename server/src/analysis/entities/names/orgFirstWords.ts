// "the Aurelian Institute for Space Science" … "every Aurelian mission": the
// first word of an organisation's name, alone before a noun, reads like a
// nationality to the model and to the demonym ending (-an, -ese, -ish). When
// the article names an organisation that opens with the word, and neither a
// list nor the training text knows it as a nationality, it is that
// organisation's short name.
import type { TokenSpan } from './decoder';
import { documentForms } from './documentForms';
import { FLAG_DEMONYM, shareOf, wordInfo, type Lexicon } from './lexicon';

const ORG = 1;
const LOC = 2;
const MISC = 3;

type Forms = readonly (readonly string[])[];

/** One-word miscellany names that open a longer organisation name of the document become that organisation. */
export function organisationFirstWords(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): TokenSpan[] {
  const { normal } = documentForms(forms);
  const firsts = new Set<string>();
  const places: string[] = [];
  for (const span of spans) {
    if (span.cls === ORG && span.end - span.start >= 2) firsts.add(normal[span.sentence]![span.start]!);
    if (span.cls === LOC && span.end - span.start === 1) places.push(normal[span.sentence]![span.start]!);
  }
  if (firsts.size === 0) return spans;
  // "Valmoran" beside the place "Valmora" is its nationality (demonyms.ts), whatever body opens with it.
  const fromPlace = (form: string): boolean => places.some((p) => p.length >= 4 && form.startsWith(p.slice(0, -1)));
  for (const span of spans) {
    if (span.cls !== MISC || span.end - span.start !== 1) continue;
    const form = normal[span.sentence]![span.start]!;
    // A word the training text has as miscellany ("Scottish", "Islamic") or a listed nationality keeps its reading.
    const info = wordInfo(lexicon, form);
    if (firsts.has(form) && !(info & FLAG_DEMONYM) && shareOf(info, MISC) === 0 && !fromPlace(form)) span.cls = ORG;
  }
  return spans;
}
