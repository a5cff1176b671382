// "told the Valley Tribune", "a Harmon University/Valley Tribune poll": a
// name that ends in a newspaper's masthead word is the newspaper, an
// organisation (SCHEMA.md), though the model, seeing a place-like first word,
// types it a place. One word alone ("Tribune") and people ("Jim Courier")
// are left to the model.
import type { TokenSpan } from './decoder';

const ORG = 1;
const LOC = 2;

/** Last words of newspapers' names. */
const MASTHEAD_WORDS = new Set(['Tribune', 'Times', 'Post', 'Herald', 'Gazette', 'Chronicle', 'Courier', 'Ledger', 'Observer', 'Examiner', 'Sentinel', 'Inquirer', 'Journal', 'Dispatch', 'Bulletin', 'Telegraph']);

/** Retypes as organisations the places of two or more words that end in a masthead word (people keep theirs: "Jim Courier"). */
export function mastheads(spans: TokenSpan[], forms: readonly (readonly string[])[]): TokenSpan[] {
  for (const span of spans) {
    if (span.cls === LOC && span.end - span.start >= 2 && MASTHEAD_WORDS.has(forms[span.sentence]![span.end - 1]!)) span.cls = ORG;
  }
  return spans;
}
