// "Highway 63", "Route 9", "Interstate 95": a numbered road is a place
// (SCHEMA.md: routes are places). The model sees a capitalised word before a
// number and leaves it, or calls it a miscellany.
import type { TokenSpan } from './decoder';
import { documentForms } from './documentForms';

const LOC = 2;

type Forms = readonly (readonly string[])[];

/** Words a numbered road is named by. */
const ROAD_WORDS = new Set(['Highway', 'Route', 'Interstate', 'Motorway', 'Autobahn', 'Expressway', 'Freeway', 'Turnpike']);

/** Every "Highway 63" of the document, a place, unless a longer name already holds it. */
export function numberedRoads(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal } = documentForms(forms);
  const added: TokenSpan[] = [];
  normal.forEach((tokens, sentence) => {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!ROAD_WORDS.has(tokens[i]!) || !/^\d{1,4}[A-Za-z]?$/.test(tokens[i + 1]!)) continue;
      const covering = spans.filter((x) => x.sentence === sentence && x.start <= i + 1 && i < x.end);
      // ("Highway 63" the model tagged in part, or as a miscellany: the road is the whole of it.)
      if (covering.some((x) => x.end - x.start > 2 || (x.cls !== LOC && x.start < i))) continue;
      for (const x of covering) x.end = x.start; // emptied, dropped below
      added.push({ sentence, start: i, end: i + 2, cls: LOC });
    }
  });
  if (added.length === 0) return spans;
  return [...spans.filter((x) => x.end > x.start), ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}
