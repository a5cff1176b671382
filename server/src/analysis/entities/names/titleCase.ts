// Title-case headlines ("South Africa Threatens Duties on Brazilian Chicken as
// Trade Talks Stall") capitalise every word, and the CoNLL-trained model,
// which saw few of them, takes some ordinary words for names. In such a
// sentence a one-word name whose word is usually written in lower case
// ("Duties", "Stall") and that the training text never has inside a name is
// dropped, unless the article uses it as a name in a sentence of ordinary
// case; so is a longer one that begins or ends with a capitalised preposition
// ("Bill After" in "… Safety Bill After Two-Year Fight"). So is a word the
// article writes in lower case elsewhere ("Mackerel Quotas"). A longer name that
// runs on from a name the article writes in ordinary case over ordinary words
// ("Halvard Robotics Reports Record") ends where that name ends.
import type { TokenSpan } from './decoder';
import { isOrdinaryWord, wordInfo, type Lexicon } from './lexicon';
import { documentForms } from './documentForms';
import { isAllCapsSentence, isCapitalised, normalizeToken } from './normalize';

type Forms = readonly (readonly string[])[];

/** Prepositions and conjunctions a title-case headline capitalises ("After", "Amid"): never the first or last word of a name. */
const EDGE_WORDS = new Set('after before with from into over amid about than while since until during against without within between across through under upon onto toward towards behind beyond despite as and but or nor for'.split(' '));

/** Short words a title-case headline leaves in lower case ("… Insult if Black Voters Stay Home"). */
const TITLE_LOWER_WORDS = new Set('a an the of in on at to for and or but if as by from with vs'.split(' '));

/** `/^\p{L}/u`, ASCII by its code: the test runs on most tokens of the document. */
function startsWithLetter(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(t);
}

/** True when most words of four letters or more are capitalised: a title-case headline. */
export function isTitleCaseSentence(tokens: readonly string[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (t.length < 4 || !startsWithLetter(t)) continue;
    words++;
    if (isCapitalised(t)) capitals++;
  }
  return words >= 3 && capitals / words >= 0.75;
}

/** True when every word of `tokens[start, end)` is a word of a name the article writes in an ordinary sentence. */
function knownName(names: ReadonlySet<string>, tokens: readonly string[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!names.has(tokens[i]!)) return false;
  return true;
}

/** The spans without the ordinary words of title-case sentences. */
export function dropTitleCaseWords(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): TokenSpan[] {
  const titled = new Map<number, boolean>();
  const isTitled = (s: number): boolean => {
    let t = titled.get(s);
    // A capitals headline is truecased before tagging (features.ts): not this rule's business.
    if (t === undefined) titled.set(s, (t = isTitleCaseSentence(forms[s]!) && !isAllCapsSentence(forms[s]!)));
    return t;
  };
  // Most articles have no name in a title-case sentence: then nothing to drop, and no word set to build.
  if (!spans.some((span) => isTitled(span.sentence))) return spans;
  const { normal } = documentForms(forms);
  const ordinaryNames = new Set<string>();
  for (const span of spans) {
    if (!isTitled(span.sentence)) for (let i = span.start; i < span.end; i++) ordinaryNames.add(normal[span.sentence]![i]!);
  }
  // Words the article itself writes in lower case in its ordinary sentences ("the mackerel catch", "quotas"): the
  // headline's "Mackerel Quotas" are those words, whatever the training text knew of them.
  const lowerInText = new Set<string>();
  forms.forEach((tokens, s) => {
    if (isTitled(s)) return;
    for (const t of tokens) if (t.length > 2 && /^[a-z]/.test(t)) lowerInText.add(t);
  });
  // An ordinary word: usually lower case, and never inside a name in the training text ("Green", a surname, is not one).
  const ordinary = (form: string): boolean => !ordinaryNames.has(form) && (isOrdinaryWord(lexicon, form) || lowerInText.has(form.toLowerCase()));
  return spans.filter((span) => {
    if (!isTitled(span.sentence)) return true;
    const tokens = forms[span.sentence]!;
    // "Halvard Robotics Reports Record …": ordinary words after a name the article writes in ordinary case are the headline's verb and object.
    // (Only where the headline goes on capitalised after the span: "Harlow Foods is in talks" is a sentence of ordinary case.)
    // (Title case leaves its short words in lower case: "… Personal Insult if Black Voters …" goes on after "if" too.)
    if (span.end - span.start >= 2 && (isCapitalised(tokens[span.end] ?? '') || TITLE_LOWER_WORDS.has(tokens[span.end] ?? ''))) {
      let end = span.end;
      while (end - 1 > span.start && ordinary(normalizeToken(tokens[end - 1]!))) end--;
      if (end < span.end && knownName(ordinaryNames, normal[span.sentence]!, span.start, end)) span.end = end;
    }
    // "Qatar Hosts New Round of Sudan Talks": a name the article uses, then an ordinary word, ends at that name
    // whatever follows ("Sudan" after it is cut off with the verb and its object).
    // (Again only where the headline goes on in title case after the span: "Harlow Foods is in talks …" does not.)
    if (span.end - span.start >= 2 && (isCapitalised(tokens[span.end] ?? '') || TITLE_LOWER_WORDS.has(tokens[span.end] ?? ''))) {
      let known = span.start;
      while (known < span.end && ordinaryNames.has(normal[span.sentence]![known]!)) known++;
      if (known > span.start && known < span.end && ordinary(normalizeToken(tokens[known]!))) span.end = known;
    }
    if (span.end - span.start === 1) return !ordinary(normalizeToken(tokens[span.start]!));
    // "Black Voters Stay Home": a run of ordinary words only, none a name the article uses, is no name either.
    let allOrdinary = true;
    for (let k = span.start; k < span.end && allOrdinary; k++) allOrdinary = ordinary(normalizeToken(tokens[k]!));
    if (allOrdinary) return false;
    // "Bill After" (in "… Safety Bill After Two-Year Fight"): a capitalised preposition does not begin or end a name.
    return !EDGE_WORDS.has(tokens[span.start]!.toLowerCase()) && !EDGE_WORDS.has(tokens[span.end - 1]!.toLowerCase());
  });
}

const OPEN_MARKS = new Set(['"', '“', "'", '‘']);
const CLOSE_MARKS = new Set(['"', '”', "'", '’']);

/**
 * "an “AIRSPEED DISAGREE” alert", "the words “STOP THE STEAL”": ordinary words in capitals that fill a quotation
 * are a message shown or chanted, no name; the model, which saw capitals mostly in names, types them one. A span
 * of two words or more, each in capitals and each usually written in lower case (or unknown to the training text),
 * standing alone between quotation marks, is dropped.
 */
export function dropQuotedCapitals(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): TokenSpan[] {
  return spans.filter((span) => {
    const tokens = forms[span.sentence]!;
    if (span.end - span.start < 2 || !OPEN_MARKS.has(tokens[span.start - 1] ?? '') || !CLOSE_MARKS.has(tokens[span.end] ?? '')) return true;
    for (let i = span.start; i < span.end; i++) {
      const t = tokens[i]!;
      if (!/^[A-Z]{2,}$/.test(t)) return true;
      const form = normalizeToken(t).toLowerCase();
      if (!isOrdinaryWord(lexicon, form) && wordInfo(lexicon, form) !== 0) return true;
    }
    return false;
  });
}
