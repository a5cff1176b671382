// A sentence may open with a participle or an adjective before a preposition
// ("Born in Lwów in 1937, …", "Speaking at the summit, …"): capitalised only
// because it opens the sentence, it is no name. A one-word name there whose
// word is usually lower case (and at most rarely part of a name in the
// training text) and that a preposition follows is dropped. So is an opening
// word the lexicon has never seen that is two ordinary words run together
// ("Heatwaves killed …"), unless the article writes it capitalised elsewhere,
// and an ordinary word that is a heading on its own ("09:15 — Aftershocks").
import type { TokenSpan } from './decoder';
import { CASE_LOWER, FLAG_GIVEN, caseOf, shareOf, wordInfo, type Lexicon } from './lexicon';
import { normalizeToken } from './normalize';

type Forms = readonly (readonly string[])[];

/** Lower-case prepositions that follow such an opening word. */
const PREPOSITIONS = new Set(['in', 'at', 'on', 'to', 'for', 'from', 'with', 'by', 'about', 'after', 'before', 'during', 'into', 'near', 'under', 'over']);

/** True for a word of ordinary lower-case use that is rarely inside a name of the training text. */
function ordinary(lexicon: Lexicon, word: string): boolean {
  const info = wordInfo(lexicon, word);
  return caseOf(info) === CASE_LOWER && shareOf(info, 0) < 2 && shareOf(info, 1) < 2 && shareOf(info, 2) < 2;
}

/**
 * A word the lexicon has never seen that is two ordinary words run together
 * ("Heatwaves", "Wildfires", "Floodwaters"): a compound common noun, not a
 * name, when it opens a sentence.
 */
function ordinaryCompound(lexicon: Lexicon, word: string): boolean {
  if (word.length < 7 || wordInfo(lexicon, word) !== 0 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  for (let cut = 3; cut <= lower.length - 3; cut++) {
    if (ordinary(lexicon, lower.slice(0, cut)) && ordinary(lexicon, lower.slice(cut))) return true;
  }
  return false;
}

/** True when `word` stands capitalised somewhere other than at a sentence's start: then it is a name. */
function capitalisedInside(forms: Forms, word: string): boolean {
  for (const tokens of forms) for (let i = 1; i < tokens.length; i++) if (tokens[i] === word) return true;
  return false;
}

/** Words after an opening compound that show it names someone ("Greenpeace said", "Vaultline's"). */
const NAME_AFTER = new Set(['said', 'says', 'told', 'announced', 'reported', 'warned', 'confirmed', 'denied', 'added', 'argued', "'s", '’s']);

/** Ordinary words that name political parties ("Green party leader …", "Labour leader …"): names even before a lower-case word. */
const PARTY_WORDS = new Set(['green', 'greens', 'labour', 'labor', 'conservative', 'conservatives', 'liberal', 'liberals', 'reform', 'democrat', 'democrats', 'republican', 'republicans', 'socialist', 'socialists', 'unionist', 'unionists', 'progressive', 'progressives']);

/**
 * The words that stand capitalised inside a sentence with no capitalised word beside them (one-word names
 * there), worked out in one pass over the document: asking per opening word made long documents quadratic.
 */
function capitalisedAloneWords(forms: Forms): Set<string> {
  const capital = (t: string | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t);
  const out = new Set<string>();
  for (const tokens of forms) for (let i = 1; i < tokens.length; i++) if (capital(tokens[i]) && !capital(tokens[i - 1]) && !capital(tokens[i + 1])) out.add(tokens[i]!);
  return out;
}

/**
 * True when token `i` is the only word of its sentence, beside marks and at
 * most a time: a one-word heading ("Aftershocks", "09:15 — Reaction"). A
 * table row keeps its name ("Lotte 46 6 54 .462"): it has figures.
 */
function onlyWord(tokens: readonly string[], i: number): boolean {
  // A time is read as "09" ":" "15": a number of two digits beside a colon.
  const inTime = (k: number): boolean => /^\d{1,2}$/.test(tokens[k]!) && (tokens[k - 1] === ':' || tokens[k + 1] === ':');
  for (let k = 0; k < tokens.length; k++) if (k !== i && (/\p{L}/u.test(tokens[k]!) || (/\d/.test(tokens[k]!) && !inTime(k)))) return false;
  return true;
}

/** True for a word that is no given name and that the training text does not mostly write capitalised or inside names. */
function writtenLower(lexicon: Lexicon, word: string): boolean {
  const info = wordInfo(lexicon, word);
  if (info & FLAG_GIVEN) return false;
  const usual = caseOf(info);
  return (usual === 0 || usual === CASE_LOWER) && shareOf(info, 0) < 2 && shareOf(info, 1) < 2 && shareOf(info, 2) < 2;
}

/** Every word the document writes capitalised other than at a sentence's start, once (asking per word made long documents quadratic). */
function capitalisedInsideWords(forms: Forms): Set<string> {
  const out = new Set<string>();
  for (const tokens of forms) for (let i = 1; i < tokens.length; i++) if (startsUpper(tokens[i]!)) out.add(tokens[i]!);
  return out;
}

/** A first letter in upper case, read by code for ASCII (most tokens), by the Unicode class otherwise. */
function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
}

/** A first letter in lower case, read by code for ASCII (most tokens), by the Unicode class otherwise. */
function startsLower(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(t);
}

/** Every word the document writes in lower case, once. */
function lowerCaseWords(forms: Forms): Set<string> {
  const out = new Set<string>();
  for (const tokens of forms) for (const t of tokens) if (startsLower(t)) out.add(t);
  return out;
}

/**
 * The spans without ordinary opening words followed by a preposition, without
 * opening compounds of ordinary words, and without an ordinary word that is a
 * one-word heading on its own ("## 09:15 — Aftershocks").
 */
export function dropOpeningWords(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): TokenSpan[] {
  let alone: Set<string> | undefined;
  let lowerWords: Set<string> | undefined;
  let inside: Set<string> | undefined;
  return spans.filter((span) => {
    if (span.end - span.start === 1 && onlyWord(forms[span.sentence]!, span.start)) {
      const word = normalizeToken(forms[span.sentence]![span.start]!);
      if (ordinary(lexicon, word) || ordinaryCompound(lexicon, word)) return false;
    }
    if (span.start !== 0 || span.end !== 1) return true;
    const tokens = forms[span.sentence]!;
    const word = normalizeToken(tokens[0]!);
    // ("Greenpeace said …", "Vaultline's collapse": a compound that speaks or owns is a name; "Heatwaves killed" is not.)
    if (ordinaryCompound(lexicon, word) && !capitalisedInside(forms, tokens[0]!) && !NAME_AFTER.has((tokens[1] ?? '').toLowerCase())) return false;
    // "Best actor went to …", "Central bank holds rates …", "Power cuts": an ordinary word before a lower-case one,
    // which the article never writes capitalised alone inside a sentence, is capitalised for its place only.
    if (/^\p{Ll}/u.test(tokens[1] ?? '') && ordinary(lexicon, word) && !PARTY_WORDS.has(word.toLowerCase()) && !(alone ??= capitalisedAloneWords(forms)).has(tokens[0]!)) return false;
    // "Larvae from parents that …" beside "the larvae settled": a word the article writes in lower case elsewhere, and
    // never capitalised inside a sentence, is a common noun the training text did not know (not a given name).
    if (writtenLower(lexicon, word) && (lowerWords ??= lowerCaseWords(forms)).has(word.toLowerCase()) && !(inside ??= capitalisedInsideWords(forms)).has(tokens[0]!)) return false;
    if (!PREPOSITIONS.has(tokens[1] ?? '')) return true;
    // Usually lower case, and at most rarely inside a name of the training text ("Born" once starts a place there).
    const info = wordInfo(lexicon, normalizeToken(tokens[0]!));
    const rareInNames = shareOf(info, 0) < 2 && shareOf(info, 1) < 2 && shareOf(info, 2) < 2;
    return !(caseOf(info) === CASE_LOWER && rareInNames);
  });
}
