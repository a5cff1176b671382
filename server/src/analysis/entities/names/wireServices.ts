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

/** Retypes as organisations the names of wire services. */
export function wireServices(spans: TokenSpan[], forms: readonly (readonly string[])[]): TokenSpan[] {
  for (const span of spans) if (wireName(forms[span.sentence]!, span)) span.cls = ORG;
  return spans;
}
