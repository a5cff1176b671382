// Title-case headlines ("South Africa Threatens Duties on Brazilian Chicken as
// Trade Talks Stall") capitalise every word, and the CoNLL-trained model,
// which saw few of them, takes some ordinary words for names. In such a
// sentence a one-word name whose word is usually written in lower case
// ("Duties", "Stall") and that the training text never has inside a name is
// dropped, unless the article uses it as a name in a sentence of ordinary case.
import type { TokenSpan } from './decoder';
import { caseOf, shareOf, wordInfo, type Lexicon } from './lexicon';
import { isAllCapsSentence, isCapitalised, normalizeToken } from './normalize';

type Forms = readonly (readonly string[])[];

const PER = 0;
const ORG = 1;
const LOC = 2;

/** caseOf() of a word usually written in lower case. */
const LOWER_CASE = 1;

/** True when most words of four letters or more are capitalised: a title-case headline. */
export function isTitleCaseSentence(tokens: readonly string[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (t.length < 4 || !/^\p{L}/u.test(t)) continue;
    words++;
    if (isCapitalised(t)) capitals++;
  }
  return words >= 3 && capitals / words >= 0.75;
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
  let suspects = false;
  const ordinaryNames = new Set<string>();
  for (const span of spans) {
    if (!isTitled(span.sentence)) {
      for (let i = span.start; i < span.end; i++) ordinaryNames.add(normalizeToken(forms[span.sentence]![i]!));
    } else if (span.end - span.start === 1) suspects = true;
  }
  if (!suspects) return spans;
  return spans.filter((span) => {
    if (span.end - span.start !== 1 || !isTitled(span.sentence)) return true;
    const form = normalizeToken(forms[span.sentence]![span.start]!);
    const info = wordInfo(lexicon, form);
    // A word the training text also knows as a name ("Green", a surname) keeps its tag.
    const seenAsName = shareOf(info, PER) > 0 || shareOf(info, ORG) > 0 || shareOf(info, LOC) > 0;
    return ordinaryNames.has(form) || seenAsName || caseOf(info) !== LOWER_CASE;
  });
}
