import { sentencesOf, type FurnitureRule } from '../rule';

/** A line printed twice is a related-article teaser, not the article speaking (the headline excepted). */
export const repeatedLine: FurnitureRule = {
  id: 'repeated-line',
  description: 'A one-line block whose text occurs more than once (repeated related-article headlines).',
  run({ document, blockText, headline }) {
    const count = new Map<string, number>();
    for (const t of blockText) if (t) count.set(t, (count.get(t) ?? 0) + 1);
    // Only headline-like blocks: one sentence, at most 30 words, no full stop unless very short (repeated prose is still prose).
    const headlineSized = (b: number): boolean => {
      const words = blockText[b]!.split(' ').length;
      return document.blocks[b]!.sentenceCount === 1 && words <= 30 && (!/[.!?]["”’]?$/.test(blockText[b]!) || words <= 8);
    };
    return blockText.flatMap((t, b) => (t && b !== headline && (count.get(t) ?? 0) > 1 && headlineSized(b) ? sentencesOf(document, b) : []));
  },
};
