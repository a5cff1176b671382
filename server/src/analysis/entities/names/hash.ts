// 32-bit hashing of strings and of hash combinations, so that features are
// integers computed without building a string per feature (the tagger's
// speed depends on allocating nothing per token).

/** FNV-1a over the UTF-16 code units of `text[start, end)`; never 0. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0 || 1;
}

/** FNV-1a of a whole string; never 0. */
export function hashString(text: string): number {
  return hashRange(text, 0, text.length);
}

/** Mixes two 32-bit values into one (murmur3 finaliser over a combination); never 0. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

/** Start value of phrase keys. */
export const PHRASE_SEED = 0x2545f491;

/** Hash of a token sequence from its tokens' hashes (phrase gazetteer keys, same for training and tagging). */
export function phraseKey(hashes: ArrayLike<number>, start: number, end: number): number {
  let h = PHRASE_SEED;
  for (let i = start; i < end; i++) h = mix(h, hashes[i]);
  return h;
}
