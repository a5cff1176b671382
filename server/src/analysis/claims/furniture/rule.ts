import type { ArticleDocument } from '../../types';

/** What a furniture rule sees: the document and its headline block (a block's normalised text: blockText.ts). */
export interface FurnitureContext {
  document: ArticleDocument;
  /** Index of the article's headline block (the first block with prose), or -1. */
  headline: number;
}

/** A page-furniture rule: returns the indices of the sentences that are not claims. One file per rule. */
export interface FurnitureRule {
  id: string;
  description: string;
  run(context: FurnitureContext): number[];
}

/** Every sentence index of block `b`. */
export function sentencesOf(document: ArticleDocument, b: number): number[] {
  const block = document.blocks[b];
  if (!block) return [];
  // A plain loop: Array.from with a map function cost more than the rules that call this.
  const ids = new Array<number>(block.sentenceCount);
  for (let k = 0; k < block.sentenceCount; k++) ids[k] = block.firstSentence + k;
  return ids;
}
