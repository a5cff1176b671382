import { sentencesOf, type FurnitureRule } from '../rule';

/**
 * A photo caption or credit pasted with the text: a block that opens with
 * "(Photo:", "Photo:", "Image:", "Caption:", "Credit:" and the like. It
 * describes a picture, not the story; its names are still entities.
 */
const CAPTION = /^\(?\s*(?:photo(?:graph)?|picture|image|caption|credit|video|watch|graphic)s?\s*(?:credit)?\s*[:|—–]/i;

/** A Markdown image opening a block: "![Aerial view of the yard](yard.jpg)". */
const IMAGE = /^!\[[^\]\n]*\]\([^)\n]*\)/;

/** A Markdown image closing the text between two blocks. */
const IMAGE_AT_END = /!\[[^\]\n]*\]\([^)\n]*\)\s*$/;

/** A block wholly in emphasis ("*The disused rail yard in 2023. Photo: City of Eastbrook*"). */
const WHOLLY_EMPHASISED = /^([*_])[^*_\n][\s\S]*\1$/;

export const caption: FurnitureRule = {
  id: 'caption',
  description: 'A photo caption or credit line ((Photo: …), Image: …, Credit: …), a Markdown image with the caption under it.',
  run({ document }) {
    const out: number[] = [];
    let afterImage = false;
    let previousEnd = 0;
    for (const [b, block] of document.blocks.entries()) {
      const text = document.text.slice(block.start, block.end).trim();
      // An image alone in its paragraph is no block at all: it shows in the gap before this one.
      if (IMAGE_AT_END.test(document.text.slice(previousEnd, block.start))) afterImage = true;
      previousEnd = block.end;
      if (block.sentenceCount === 0 || block.kind === 'heading') {
        afterImage = block.kind !== 'heading' && IMAGE.test(text);
        continue;
      }
      const image = IMAGE.test(text);
      // An image, with its caption in the same paragraph or in an italic paragraph right after it, shows; it does not tell.
      const isCaption = image || CAPTION.test(text.slice(0, 40)) || (afterImage && WHOLLY_EMPHASISED.test(text));
      afterImage = image;
      if (isCaption) out.push(...sentencesOf(document, b));
    }
    return out;
  },
};
