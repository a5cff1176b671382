import { sentencesOf, type FurnitureRule } from '../rule';

/** A line printed twice is a related-article teaser, not the article speaking (the headline excepted). */
export const repeatedLine: FurnitureRule = {
  id: 'repeated-line',
  description: 'A one-line block whose text occurs more than once (repeated related-article headlines).',
  run({ document, blockText, headline }) {
    const count = new Map<string, number>();
    for (const t of blockText) if (t) count.set(t, (count.get(t) ?? 0) + 1);
    // Only headline-sized blocks: one sentence of at most 30 words (a repeated paragraph of prose is still prose).
    const headlineSized = (b: number): boolean => document.blocks[b]!.sentenceCount === 1 && blockText[b]!.split(' ').length <= 30;
    return blockText.flatMap((t, b) => (t && b !== headline && (count.get(t) ?? 0) > 1 && headlineSized(b) ? sentencesOf(document, b) : []));
  },
};
