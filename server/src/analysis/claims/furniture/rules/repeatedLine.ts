import { blockText, blockTextHash, EMPTY_TEXT } from '../blockText';
import { sentencesOf, type FurnitureRule } from '../rule';

/**
 * How many characters of a block's normalised text its hash reads: texts that
 * differ within them (nearly all) are told apart without reading the rest;
 * the few that agree are compared whole.
 */
const HASHED_PREFIX = 32;

/** A line printed twice is a related-article teaser, not the article speaking (the headline excepted). */
export const repeatedLine: FurnitureRule = {
  id: 'repeated-line',
  description: 'A one-line block whose text occurs more than once (repeated related-article headlines).',
  run({ document, headline }) {
    // Blocks are compared by normalised text (blockText.ts); only blocks whose hash of its first characters occurs twice get the text.
    const hashes = document.blocks.map((_block, b) => blockTextHash(document, b, HASHED_PREFIX));
    const hashCount = new Map<number, number>();
    for (const h of hashes) if (h !== EMPTY_TEXT) hashCount.set(h, (hashCount.get(h) ?? 0) + 1);
    const texts = hashes.map((h, b) => ((hashCount.get(h) ?? 0) > 1 ? blockText(document, b) : ''));
    const count = new Map<string, number>();
    for (const t of texts) if (t) count.set(t, (count.get(t) ?? 0) + 1);
    // Only headline-like blocks: one sentence, at most 30 words, no full stop unless very short (repeated prose is still prose).
    const headlineSized = (b: number): boolean => {
      const words = texts[b]!.split(' ').length;
      return document.blocks[b]!.sentenceCount === 1 && words <= 30 && (!/[.!?]["”’]?$/.test(texts[b]!) || words <= 8);
    };
    const out: number[] = [];
    for (let b = 0; b < texts.length; b++) {
      const t = texts[b]!;
      if (t && b !== headline && (count.get(t) ?? 0) > 1 && headlineSized(b)) for (const s of sentencesOf(document, b)) out.push(s);
    }
    return out;
  },
};
