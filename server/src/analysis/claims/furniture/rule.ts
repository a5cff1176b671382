import type { ArticleDocument } from '../../types';

/** What a furniture rule sees: the document and, per block, its normalised text. */
export interface FurnitureContext {
  document: ArticleDocument;
  /** Per block: its sentences' text joined, lower case, spaces collapsed. */
  blockText: string[];
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
  return Array.from({ length: block.sentenceCount }, (_, k) => block.firstSentence + k);
}
