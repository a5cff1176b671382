import type { FurnitureRule } from '../rule';

/**
 * A photo caption or credit pasted with the text: a block that opens with
 * "(Photo:", "Photo:", "Image:", "Caption:", "Credit:" and the like. It
 * describes a picture, not the story; its names are still entities.
 */
const CAPTION = /^\(?\s*(?:photo(?:graph)?|picture|image|caption|credit|video|watch|graphic)s?\s*(?:credit)?\s*[:|—–]/i;

export const caption: FurnitureRule = {
  id: 'caption',
  description: 'A photo caption or credit line ((Photo: …), Image: …, Credit: …).',
  run({ document }) {
    const out: number[] = [];
    for (const block of document.blocks) {
      if (block.sentenceCount === 0 || block.kind === 'heading') continue;
      if (!CAPTION.test(document.text.slice(block.start, Math.min(block.end, block.start + 40)))) continue;
      for (let k = 0; k < block.sentenceCount; k++) out.push(block.firstSentence + k);
    }
    return out;
  },
};
