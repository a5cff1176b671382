// The spans an attribution shows (the JSON's cue and source), cut to what
// SCHEMA.md's gold marks: the reporting verb without its object or setting
// ("told" of "told reporters", "said" of "said in a statement"), and the
// source's name without a leading article, a description in apposition or a
// possessive in front ("the National Statistics Office" → "National
// Statistics Office", "Its chair, Dana Kowal" → "Dana Kowal", "China's Xi" →
// "Xi"). The analysis itself keeps reading the whole phrase.
import type { SentenceView } from '../view';
import { DETERMINERS, MONTHS, PREPOSITIONS, WEEKDAYS, isAdverbAt } from '../words';
import type { TokenRange } from './source';

/** Words after a reporting verb that are its object or setting, not part of the cue ("told reporters", "said in an interview"). */
const CUE_TAIL = new Set(['reporters', 'journalists', 'in', 'at', 'during', 'via', 'about', 'with', 'a', 'an', 'the', 'his', 'her', 'their', 'its']);

/** The cue's reporting verb alone when the rest of the matched phrase is its object or setting. */
export function cueShown(v: SentenceView, cue: TokenRange): TokenRange {
  return cue.last > cue.first && CUE_TAIL.has(v.lower[cue.first + 1]!) ? { first: cue.first, last: cue.first } : cue;
}

/**
 * The phrase without a day that closes it ("the company on Tuesday"), and without the participle the day
 * belonged to ("a study published on Wednesday" → "a study": the participle only said when).
 */
export function withoutDay(v: SentenceView, r: TokenRange): TokenRange {
  const { first } = r;
  let { last } = r;
  if (last - first < 2 || (v.lower[last - 1] !== 'on' && v.lower[last - 1] !== 'in') || !(WEEKDAYS.has(v.lower[last]!) || MONTHS.has(v.lower[last]!))) return r;
  last -= 2;
  // ("a report published on Tuesday" → "a report"; "figures the board published in January" keeps the verb of its
  // relative clause: "figures the board" would be no phrase.)
  if (last > first + 1 && /^[a-z]+ed$/.test(v.lower[last]!) && !relativeSubjectBefore(v, first, last)) last--;
  return { first, last };
}

/** True when a determiner after a noun opens a subject between `first` and the verb at `verb` ("figures the board published"). */
function relativeSubjectBefore(v: SentenceView, first: number, verb: number): boolean {
  for (let k = first + 1; k < verb; k++) {
    const before = v.lower[k - 1]!;
    if (DETERMINERS.has(v.lower[k]!) && v.tokens[k - 1]!.kind === 'word' && !DETERMINERS.has(before) && !PREPOSITIONS.has(before) && before !== 'of' && before !== 'and') return true;
  }
  return false;
}

/**
 * The source as shown: a name mention (`nameAt(k)` gives the last token of
 * an actor's name, title or alias mention starting at token k) that ends the
 * phrase stands for it without what precedes it; a trailing adverb or day
 * ("… office shortly", "a filing on Tuesday") is setting, not source.
 */
export function sourceShown(v: SentenceView, source: TokenRange, nameAt: (k: number) => number | undefined): TokenRange {
  const first = source.first;
  let last = source.last;
  if (last > first && isAdverbAt(v.lower, v.tokens[last]!.text, last)) last--;
  last = withoutDay(v, { first, last }).last;
  for (let k = first; k < last; k++) {
    const w = v.lower[k]!;
    // "the National Statistics Office", "Its chair, Dana Kowal", "China's Xi" (a one-word possessor only:
    // "data from the state's Directorate …" names a document, not the body).
    const opensName = (k === first && w === 'the') || w === ',' || ((w === "'s" || w === '’s') && k === first + 1);
    if (opensName && nameAt(k + 1) === last) return { first: k + 1, last };
  }
  return { first, last };
}
