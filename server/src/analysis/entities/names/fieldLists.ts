// Public bodies named by a list of fields: "the Ministry of Trade, Industry
// and Energy", "the Rail, Tram and Bus Union". The CoNLL-trained model reads
// the list's commas as ends of names and tags its parts apart ("Ministry of
// Trade" + "Industry" + an untagged "Energy"; "Tram" a place + "Bus Union"),
// or reads across a comma into a place ("Ministry of Defence , Britain").
// A field is a capitalised word the training text usually writes in lower
// case ("industry", "energy", "tram"); a country or a town is none, so a list
// of places after a name stays apart from it.
import type { TokenSpan } from './decoder';
import { CASE_LOWER, FLAG_ORG_SUFFIX, caseOf, shareOf, wordInfo, type Lexicon } from './lexicon';
import { isCapitalised, normalizeToken } from './normalize';

const ORG = 1;
const LOC = 2;

type Forms = readonly (readonly string[])[];

/** Words that open a sentence or a phrase, no field ("The Rail, Tram and Bus Union"). */
const OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'Their', 'His', 'Her', 'Our', 'And', 'But', 'Both', 'All', 'Some']);

/** True when token `k` is a capitalised field word: written in lower case in the training text, no place. */
function fieldWord(tokens: readonly string[], k: number, lexicon: Lexicon): boolean {
  const t = tokens[k];
  if (t === undefined || !isCapitalised(t) || !/^\p{Lu}\p{Ll}+$/u.test(t) || OPENERS.has(t)) return false;
  const info = wordInfo(lexicon, normalizeToken(t));
  // (A word the training text never has, "Tram", may be one too.)
  return (caseOf(info) === CASE_LOWER || info === 0) && !placeWord(t, lexicon);
}

/** True for a word the training text mostly tags as (part of) a place ("Britain", "Paris"). */
function placeWord(token: string, lexicon: Lexicon): boolean {
  return shareOf(wordInfo(lexicon, normalizeToken(token)), LOC) >= 3;
}

/** One past a run of one or two field words from `k` (`k` itself when none). */
function fieldsFrom(tokens: readonly string[], k: number, lexicon: Lexicon): number {
  let end = k;
  while (end < tokens.length && end - k < 2 && fieldWord(tokens, end, lexicon)) end++;
  return end;
}

/**
 * One past the end of a list of fields from `k` (", Industry and Energy", ", Food and Rural Affairs"): comma-led
 * fields, then "and" and the last field. -1 when the words there are no such list.
 */
function listEnd(tokens: readonly string[], k: number, lexicon: Lexicon): number {
  let at = k;
  while (tokens[at] === ',') {
    const end = fieldsFrom(tokens, at + 1, lexicon);
    if (end === at + 1) return -1;
    at = end;
  }
  if (at === k || tokens[at] !== 'and') return -1;
  const end = fieldsFrom(tokens, at + 1, lexicon);
  // ("Food and Rural Affairs": the last field may run on over one capitalised word more.)
  return end === at + 1 ? -1 : end < tokens.length && /^\p{Lu}\p{Ll}+$/u.test(tokens[end] ?? '') && !placeWord(tokens[end]!, lexicon) ? end + 1 : end;
}

/** Repairs spans in place (emptied spans are for the caller to drop); true when one changed. */
export function repairFieldLists(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): boolean {
  let changed = false;
  const added: TokenSpan[] = [];
  for (const span of spans) {
    if (span.cls !== ORG || span.end === span.start) continue;
    const tokens = forms[span.sentence]!;
    // "Ministry of Defence , Britain": a place after a comma is no part of the body's name.
    for (let k = span.start + 1; k < span.end - 1; k++) {
      if (tokens[k] !== ',' || !placeWord(tokens[k + 1]!, lexicon)) continue;
      added.push({ sentence: span.sentence, start: k + 1, end: span.end, cls: LOC });
      span.end = k;
      changed = true;
      break;
    }
    // "Ministry of Trade" + ", Industry and Energy": a body named "… of <field>" goes on over a list of fields.
    const named = tokens.slice(span.start, span.end).some((t) => t === 'of' || t === 'for');
    const end = named && tokens[span.end] === ',' ? listEnd(tokens, span.end, lexicon) : -1;
    if (end > span.end) {
      for (const other of spans) if (other !== span && other.sentence === span.sentence && other.start >= span.end && other.end <= end) other.end = other.start;
      span.end = end;
      changed = true;
      continue;
    }
    // "Rail , Tram and" + "Bus Union": a body whose name ends in an organisation word takes the list of fields before it.
    if (!(wordInfo(lexicon, normalizeToken(tokens[span.end - 1]!)) & FLAG_ORG_SUFFIX) || tokens[span.start - 1] !== 'and') continue;
    let start = span.start - 1;
    let first = start;
    while (first > 0 && start - first < 2 && fieldWord(tokens, first - 1, lexicon)) first--;
    if (first === start) continue;
    let commas = 0;
    while (tokens[first - 1] === ',') {
      let before = first - 1;
      while (before > 0 && first - 1 - before < 2 && fieldWord(tokens, before - 1, lexicon)) before--;
      if (before === first - 1) break;
      first = before;
      commas++;
    }
    if (commas === 0) continue;
    start = first;
    for (const other of spans) if (other !== span && other.sentence === span.sentence && other.start >= start && other.end <= span.start) other.end = other.start;
    span.start = start;
    changed = true;
  }
  spans.push(...added);
  return changed;
}
