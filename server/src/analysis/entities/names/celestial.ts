// "where the Sun, Earth and Moon stay behind its sunshield": the model reads
// "Sun" and "Moon" as newspapers or firms (CoNLL has The Sun), but beside
// another body of the solar system they are places, as Earth is.
import type { TokenSpan } from './decoder';

const LOC = 2;
const MISC = 3;

/** Bodies of the solar system, as capitalised single words. */
const BODIES = new Set(['Sun', 'Moon', 'Earth', 'Mercury', 'Venus', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto']);

type Forms = readonly (readonly string[])[];

/** One-word names of solar-system bodies become places in a sentence that names two of them. */
export function celestialBodies(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const counted = new Map<number, number>();
  forms.forEach((tokens, s) => {
    let n = 0;
    for (const t of tokens) if (BODIES.has(t)) n++;
    if (n >= 2) counted.set(s, n);
  });
  if (counted.size === 0) return spans;
  for (const span of spans) {
    if (span.end - span.start !== 1 || span.cls === LOC || span.cls === MISC || !counted.has(span.sentence)) continue;
    if (BODIES.has(forms[span.sentence]![span.start]!)) span.cls = LOC;
  }
  return spans;
}
