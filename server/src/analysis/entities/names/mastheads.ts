// "told the Valley Tribune", "a Harmon University/Valley Tribune poll": a
// name that ends in a newspaper's masthead word is the newspaper, an
// organisation (SCHEMA.md), though the model, seeing a place-like first word,
// types it a place. One word alone ("Tribune") and people ("Jim Courier")
// are left to the model.
import { WEEKDAYS } from '../patterns/calendar';
import type { TokenSpan } from './decoder';

const ORG = 1;
const LOC = 2;

/** Last words of newspapers' names. */
const MASTHEAD_WORDS = new Set(['Tribune', 'Times', 'Post', 'Herald', 'Gazette', 'Chronicle', 'Courier', 'Ledger', 'Observer', 'Examiner', 'Sentinel', 'Inquirer', 'Journal', 'Dispatch', 'Bulletin', 'Telegraph', 'Mirror', 'Express', 'Mail', 'Argus', 'Globe']);

/** Retypes as organisations the places of two or more words that end in a masthead word (people keep theirs: "Jim Courier"). */
export function mastheads(spans: TokenSpan[], forms: readonly (readonly string[])[]): TokenSpan[] {
  for (const span of spans) {
    const tokens = forms[span.sentence]!;
    if (span.cls === LOC && span.end - span.start >= 2 && MASTHEAD_WORDS.has(tokens[span.end - 1]!)) span.cls = ORG;
    // "the Sunday Courier", "the Sunday Times": a weekday before a masthead word (the model took "Courier" for a surname) opens the paper's name.
    if (span.start > 0 && MASTHEAD_WORDS.has(tokens[span.end - 1]!) && WEEKDAY_NAMES.has(tokens[span.start - 1]!) && !spans.some((x) => x !== span && x.sentence === span.sentence && x.end === span.start)) {
      span.start--;
      span.cls = ORG;
    }
  }
  return spans;
}

/** Weekday names, as the date patterns spell them. */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);
