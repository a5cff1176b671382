// Names of climate patterns and market benchmarks the CoNLL-trained model
// reads as people or firms: "El Niño cut rainfall" made a person actor, "La
// Niña" and "Brent crude" organisations. A climate pattern is an event; a
// crude benchmark before its commodity word is no name of anyone.
import type { EntityType } from '../../types';

/** Climate patterns, accents folded, lower case. */
const CLIMATE_PATTERNS = new Set(['el nino', 'la nina', 'el niño', 'la niña']);

/** Oil benchmarks, named before their commodity word ("Brent crude", "WTI oil"). */
const BENCHMARKS = new Set(['Brent', 'WTI']);
const COMMODITY_WORDS = new Set(['crude', 'oil', 'futures', 'prices']);

/**
 * The type of the name from token `first` to `end`: 'event' for a climate pattern, null for a benchmark before its
 * commodity word (no entity), undefined when neither (the caller's own typing stands).
 */
export function phenomenonType(tokens: readonly { text: string }[], first: number, end: number): EntityType | null | undefined {
  // (Asked of every name: the first word rules nearly all out before any string is built.)
  const opener = tokens[first]!.text;
  if (opener !== 'El' && opener !== 'La' && !BENCHMARKS.has(opener)) return undefined;
  const words = tokens.slice(first, end).map((t) => t.text);
  if (CLIMATE_PATTERNS.has(words.join(' ').toLowerCase())) return 'event';
  if (words.length === 1 && BENCHMARKS.has(words[0]!) && COMMODITY_WORDS.has(tokens[end]?.text.toLowerCase() ?? '')) return null;
  return undefined;
}
