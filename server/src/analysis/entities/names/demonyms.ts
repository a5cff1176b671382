// A nationality adjective made from a place the article names ("Valmoran"
// beside "Valmora", "Kenyan" beside "Kenya") is a nationality, and the name it
// is made from is a place: the model, meeting an unknown country and its
// adjective, typed them as it pleased (a place, an organisation, a person).
// Known demonyms come from the gazetteer; this catches the ones it cannot
// know. Given names stay out of it ("Julian" beside "Julia").
import type { TokenSpan } from './decoder';
import { FLAG_GIVEN, wordInfo, type Lexicon } from './lexicon';
import { documentForms } from './documentForms';

const LOC = 2;
const MISC = 3;

type Forms = readonly (readonly string[])[];

/** A capitalised word with a demonym ending ("Valmoran", "Velmarese", "Norlandish", "Korvastani"). */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u;

/** What a demonym adds to its place's stem ("i" only to a consonant: "Korvastan" + "i", "Iraq" + "i"). */
const SUFFIX = /^(?:[aeiouy]*(?:n|ese|ish)|i)$/u;

/** "Valmora" → "Valmor", "Kenya" → "Keny", "Velmar" → "Velmar": the place without its final vowels, which the adjective replaces. */
function stem(place: string): string {
  // Most names end in a consonant: then the name is its own stem, without a regex replace.
  return isStemVowel(place.charCodeAt(place.length - 1)) ? place.replace(/[aeiouy]+$/u, '') : place;
}

/** One of a, e, i, o, u, y (lower case), by code. */
function isStemVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79;
}

/** DEMONYM, tested only on words with one of its endings (most names have none: no regex run). */
function looksLikeDemonym(form: string): boolean {
  return hasDemonymEnding(form) && DEMONYM.test(form);
}

/** Whether `form` ends in "an", "ese", "ish" or "i", read by code (every one-word name is asked, twice). */
function hasDemonymEnding(form: string): boolean {
  const n = form.length;
  const last = form.charCodeAt(n - 1);
  if (last === 0x6e) return form.charCodeAt(n - 2) === 0x61; // -an
  if (last === 0x65) return form.charCodeAt(n - 2) === 0x73 && form.charCodeAt(n - 3) === 0x65; // -ese
  if (last === 0x68) return form.charCodeAt(n - 2) === 0x73 && form.charCodeAt(n - 3) === 0x69; // -ish
  return last === 0x69; // -i ("Korvastani", "Iraqi")
}

/**
 * One-word names that derive from another one-word name of the document
 * become MISC (typed nationality later); the names they derive from become
 * places, alone and in a run of places the model joined ("Velmara Norland's").
 */
export function markDerivedDemonyms(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): TokenSpan[] {
  const { normal } = documentForms(forms);
  const formOf = (span: TokenSpan, i = span.start): string => normal[span.sentence]![i]!;
  const given = (form: string): boolean => (wordInfo(lexicon, form) & FLAG_GIVEN) !== 0;
  // Stem → the one-word names with it ("Valmor" → "Valmora").
  const bases = new Map<string, Set<string>>();
  for (const span of spans) {
    if (span.cls === MISC || span.end - span.start !== 1) continue;
    const form = formOf(span);
    const s = stem(form);
    // "Korvastan", "Sudan" end like a demonym and are places: a form only the "-i" ending can derive from stays a base.
    if (s.length < 4 || (looksLikeDemonym(form) && !form.endsWith('an')) || given(form)) continue;
    let set = bases.get(s);
    if (!set) bases.set(s, (set = new Set()));
    set.add(form);
  }
  if (bases.size === 0) return spans;
  const places = new Set<string>();
  for (const span of spans) {
    if (span.cls === MISC || span.end - span.start !== 1) continue;
    const form = formOf(span);
    if (!looksLikeDemonym(form) || given(form)) continue;
    for (const [s, names] of bases) {
      // Only an ending follows the stem: "Valmor" + "an", "Armen" + "ian", "Chin" + "ese" ("Azerbaijan" is not "Azer" + anything).
      if (form.startsWith(s) && SUFFIX.test(form.slice(s.length))) {
        span.cls = MISC;
        for (const n of names) places.add(n);
        break;
      }
    }
  }
  if (places.size === 0) return spans;
  // A run the model joined into one name is split when every word of it is a place of the document.
  for (const span of spans) if (span.cls === LOC && span.end - span.start === 1) places.add(formOf(span));
  const out: TokenSpan[] = [];
  for (const span of spans) {
    let allPlaces = span.cls !== MISC && span.cls !== LOC;
    for (let i = span.start; i < span.end && allPlaces; i++) allPlaces = places.has(formOf(span, i));
    if (!allPlaces) out.push(span);
    else for (let i = span.start; i < span.end; i++) out.push({ sentence: span.sentence, start: i, end: i + 1, cls: LOC });
  }
  return out;
}
