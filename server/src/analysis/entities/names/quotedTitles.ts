// A film, book, song or report title in quotation marks ("The Salt Road",
// “Northern Lights, Southern Sky”) is written in capitals like a name, and
// the model tags its words as a place or an organisation. SCHEMA.md types
// works as `work`, which is not scored and is no actor: a name inside a
// short title-case quotation with a noun for a work near it ("the film",
// "a documentary", "his novel") becomes the model's miscellany there and
// wherever the same words stand as a name. A quoted name with no such noun
// near ("the so-called “Islamic State”") keeps its type.
import type { TokenSpan } from './decoder';
import { documentForms } from './documentForms';
import { isCapitalised } from './normalize';

const MISC = 3;
/** Longest title (in tokens, marks excluded) read as one. */
const MAX_TOKENS = 10;
/** Small words a title leaves in lower case ("Gone with the Wind", "The Lord of the Rings"). */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'vs', 'vs.', 'v']);
const OPENING = new Set(['"', '“', "'", '‘']);
const CLOSING = new Set(['"', '”', "'", '’']);

type Forms = readonly (readonly string[])[];

/** Nouns for a work, one of which must stand near the quotation. */
const WORK_NOUNS = new Set(
  'film films movie movies sequel sequels prequel remake franchise blockbuster feature documentary documentaries drama comedy thriller series show sitcom programme program episode play musical opera ballet album albums song songs single track book books novel novels memoir biography collection poem poems story essay article column report paper exhibition painting sculpture photograph podcast game co-production title'.split(' '),
);
/** How many tokens after the comma that follows the closing mark are searched for a work noun. */
const NEAR_AFTER = 6;

/**
 * True when a work noun names the quotation `first..last` (its marks excluded): right before it ("the film
 * “…”", "his 2019 novel “…”"), or in an apposition after its comma ("“…”, the second feature by …"). A maker
 * before it ("a report by “Global Witness”") is no title.
 */
function workNounNear(lower: readonly string[], first: number, last: number): boolean {
  const before = lower[first - 2];
  if (before !== undefined && (WORK_NOUNS.has(before) || WORK_NOUNS.has(lower[first - 3] ?? '')) && !MAKERS.has(before)) return true;
  // The comma may stand inside the closing mark or after it.
  const comma = lower[last + 2] === ',' ? last + 2 : lower[last] === ',' ? last + 1 : -1;
  if (comma < 0) return false;
  for (let k = comma + 1; k < lower.length && k <= comma + NEAR_AFTER; k++) if (WORK_NOUNS.has(lower[k]!)) return true;
  return false;
}

/** Words between a work noun and a quotation that make the quotation its maker, not its title. */
const MAKERS = new Set(['by', 'from', 'of', 'at', 'for', 'with']);

/**
 * The token range (first, last) of each title-case quotation of a sentence: an opening mark, at most ten tokens of
 * capitalised words (small words and commas between them allowed, at least two capitalised words), a closing mark.
 * A quotation that ends in a full stop, "!" or "?" inside its marks is speech, not a title.
 */
function titleQuotations(tokens: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!OPENING.has(tokens[i]!)) continue;
    // A mark opens a title only before a capital (an apostrophe of "the doctors' union" never does).
    if (!isCapitalised(tokens[i + 1] ?? '')) continue;
    let capitals = 0;
    let k = i + 1;
    for (; k < tokens.length && k <= i + MAX_TOKENS + 1; k++) {
      const t = tokens[k]!;
      if (CLOSING.has(t)) break;
      if (isCapitalised(t) && /^\p{L}/u.test(t)) capitals++;
      else if (!SMALL_WORDS.has(t) && t !== ',' && t !== ':' && !/^\d+$/.test(t)) {
        k = -1;
        break;
      }
    }
    if (k < 0 || k >= tokens.length || !CLOSING.has(tokens[k]!) || capitals < 2) continue;
    out.push([i + 1, k - 1]);
    i = k;
  }
  return out;
}

/** Names that fill a title-case quotation, and the same words elsewhere, become miscellany. */
export function quotedTitles(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal, lower } = documentForms(forms);
  const ranges = forms.map((tokens, s) => (tokens.some((t) => OPENING.has(t)) ? titleQuotations(tokens).filter(([first, last]) => workNounNear(lower[s]!, first, last)) : []));
  if (ranges.every((r) => r.length === 0)) return spans;
  const nameOf = (span: TokenSpan): string => normal[span.sentence]!.slice(span.start, span.end).join(' ');
  const titles = new Set<string>();
  for (const span of spans) {
    if (ranges[span.sentence]!.some(([first, last]) => span.start >= first && span.end - 1 <= last)) titles.add(nameOf(span));
  }
  if (titles.size === 0) return spans;
  for (const span of spans) if (titles.has(nameOf(span))) span.cls = MISC;
  return spans;
}
