// "NEW YORK, May 5, 2026 /PRNewswire/ -- …": a press-release wire named in a
// dateline. The model, seeing a capitalised word beside a city, types it a
// place; a name ending in "wire" ("PRNewswire", "GlobeNewswire", "Business
// Wire") is the wire service, an organisation.
import type { TokenSpan } from './decoder';

const ORG = 1;

/** True for a wire service's name: a word ending in "Newswire", or several ending in the word "Wire" ("McGwire" is a person). */
function wireName(tokens: readonly string[], span: TokenSpan): boolean {
  const last = tokens[span.end - 1]!;
  return /newswire$/i.test(last) || (last === 'Wire' && span.end - span.start >= 2);
}

/** Dashes that close a dateline. */
const DATELINE_DASHES = new Set(['-', '—', '–', '--']);

/**
 * "NEW DELHI, Feb 1 (Meridian) - …": a name alone in parentheses right before the dash of a dateline (a sentence
 * opening with a city in capitals) is the news agency that filed the story, whatever its word looks like.
 */
function datelineAgency(tokens: readonly string[], span: TokenSpan): boolean {
  if (tokens[span.start - 1] !== '(' || tokens[span.end] !== ')' || !DATELINE_DASHES.has(tokens[span.end + 1] ?? '') || span.start > 14) return false;
  return /^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[0] ?? '');
}

/** Retypes as organisations the names of wire services, and a dateline's agency. */
export function wireServices(spans: TokenSpan[], forms: readonly (readonly string[])[]): TokenSpan[] {
  const nameOf = (span: TokenSpan): string => forms[span.sentence]!.slice(span.start, span.end).join(' ');
  const agencies = new Set<string>();
  for (const span of spans) {
    if (wireName(forms[span.sentence]!, span)) span.cls = ORG;
    if (datelineAgency(forms[span.sentence]!, span)) agencies.add(nameOf(span));
  }
  // ("documents seen by Meridian": the agency keeps its type wherever the story names it.)
  if (agencies.size > 0) for (const span of spans) if (agencies.has(nameOf(span))) span.cls = ORG;
  return spans;
}
