// A nationality adjective made from a place the article names ("Valmoran"
// beside "Valmora", "Kenyan" beside "Kenya") is a nationality, not a place
// or an organisation: the model, meeting an unknown country and its adjective
// together, often typed both as places. Known demonyms come from the
// gazetteer; this catches the ones it cannot know.
import type { TokenSpan } from './decoder';
import { normalizeToken } from './normalize';

const LOC = 2;
const MISC = 3;

type Forms = readonly (readonly string[])[];

/** A capitalised word with a demonym ending ("Valmoran", "Velmarese", "Norlandish"). */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish)$/u;

/** What a demonym adds to its place's stem. */
const SUFFIX = /^[aeiouy]*(?:n|ese|ish)$/u;

/** "Valmora" → "Valmor", "Kenya" → "Keny", "Velmar" → "Velmar": the place without its final vowels, which the adjective replaces. */
function stem(place: string): string {
  return place.replace(/[aeiouy]+$/u, '');
}

/** One-word names that derive from a one-word place of the same document become MISC (typed nationality later). */
export function markDerivedDemonyms(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const stems = new Set<string>();
  for (const span of spans) {
    if (span.cls !== LOC || span.end - span.start !== 1) continue;
    const s = stem(normalizeToken(forms[span.sentence]![span.start]!));
    if (s.length >= 4) stems.add(s);
  }
  if (stems.size === 0) return spans;
  for (const span of spans) {
    if (span.cls === MISC || span.end - span.start !== 1) continue;
    const form = normalizeToken(forms[span.sentence]![span.start]!);
    if (!DEMONYM.test(form)) continue;
    for (const s of stems) {
      // Only an ending follows the stem: "Valmor" + "an", "Armen" + "ian", "Chin" + "ese" ("Azerbaijan" is not "Azer" + anything).
      if (form.startsWith(s) && SUFFIX.test(form.slice(s.length))) {
        span.cls = MISC;
        break;
      }
    }
  }
  return spans;
}
