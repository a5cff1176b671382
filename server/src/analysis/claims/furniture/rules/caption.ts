import type { ArticleDocument } from '../../../types';
import { sentencesOf, type FurnitureRule } from '../rule';

/**
 * A photo caption or credit pasted with the text: a block that opens with
 * "(Photo:", "Photo:", "Image:", "Caption:", "Credit:" and the like. It
 * describes a picture, not the story; its names are still entities.
 */
// ("*Photo: The rocket lifts off … (NORMET/Handout)*": an italic caption opens with its emphasis mark.)
const CAPTION = /^[*_]{0,2}\(?\s*(?:photo(?:graph)?|picture|image|caption|credit|video|watch|graphic)s?\s*(?:credit)?\s*[:|—–]/i;

/**
 * A broadcaster's caption labels, pasted with the page: "Image caption,
 * Customers queued …", "Image source, Getty Images", "Media caption: …". The
 * two-word label may end in a comma or a line break, which a bare "Picture,"
 * opening prose may not.
 */
const CAPTION_LABEL = /^(?:image|media|video|photo)\s+(?:caption|source|copyright|credit)s?\s*[,:|—–\n]/i;

/**
 * A credit closing a caption: "… in Harlund. Photograph: Jens Aberg/Norland
 * Daily", "Photo: Simon Hale/Brenmoor Echo". Short and with no sentence of its
 * own after the colon.
 */
const CREDIT_LINE = /^\(?(?:photograph|photo|picture|image|illustration|composite|video)s?\s*:\s*[^.!?\n]{1,80}\)?\.?$/i;

/** The most sentences, and characters, a caption before its credit may have. */
const CAPTION_SENTENCES = 3;
const CAPTION_LENGTH = 320;

/** A Markdown image opening a block: "![Aerial view of the yard](yard.jpg)". */
const IMAGE = /^!\[[^\]\n]*\]\([^)\n]*\)/;

/** A Markdown image closing the text between two blocks. */
const IMAGE_AT_END = /!\[[^\]\n]*\]\([^)\n]*\)\s*$/;

/** A block wholly in emphasis ("*The disused rail yard in 2023. Photo: City of Eastbrook*"). */
const WHOLLY_EMPHASISED = /^([*_])[^*_\n][\s\S]*\1$/;

/**
 * A short block whose last sentence is a photo credit ("Workers on a housing
 * site in Harlund. Photograph: Jens Aberg/Norland Daily"): a caption with its
 * credit, not the story.
 */
function creditedCaption(document: ArticleDocument, b: number, text: string): boolean {
  const block = document.blocks[b]!;
  if (block.sentenceCount > CAPTION_SENTENCES || text.length > CAPTION_LENGTH) return false;
  const last = document.sentences[block.firstSentence + block.sentenceCount - 1];
  return last !== undefined && CREDIT_LINE.test(last.text.trim());
}

export const caption: FurnitureRule = {
  id: 'caption',
  description: 'A photo caption or credit line ((Photo: …), Image: …, Image caption, …, Credit: …; a short caption closed by its credit), a Markdown image with the caption under it.',
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
      const isCaption =
        image || CAPTION.test(text.slice(0, 40)) || CAPTION_LABEL.test(text.slice(0, 40)) || (afterImage && WHOLLY_EMPHASISED.test(text)) || creditedCaption(document, b, text);
      afterImage = image;
      if (isCaption) out.push(...sentencesOf(document, b));
    }
    return out;
  },
};
