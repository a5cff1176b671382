import type { ArticleDocument } from '../../../types';
import { sentencesOf, type FurnitureRule } from '../rule';

/** A byline naming its writer: "By Rosa Delgado", "*By Rosa Delgado, Staff Writer*". */
const BYLINE_NAME = /^[*_]*By\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/u;
/** What follows the writer's name in a note about them: "… is a nurse", "… teaches law", "…, a nurse, …". */
const BIO_AFTER_NAME = /^(?:,\s|\s(?:is|was|has|had|writes|wrote|teaches|taught|works|worked|chairs|leads|led|lives|served|serves|covers|directs|founded|holds)\b)/;

/** The writers a byline names, and the index of the block that holds it (the first byline of the article). */
function bylineWriters(document: ArticleDocument): { names: string[]; block: number } | undefined {
  for (const s of document.sentences) {
    const m = BYLINE_NAME.exec(s.text.trim());
    if (!m) continue;
    // "By Rosa Delgado and Tom Hill": each writer; a trailing job title after a comma is cut by the pattern.
    const names = m[1]!.split(/\s+and\s+/).map((n) => n.trim()).filter((n) => n.includes(' '));
    return names.length ? { names, block: s.block } : undefined;
  }
  return undefined;
}

/**
 * An opinion piece's note about its writer ("Rosa Delgado is a nurse at St.
 * Brendan's Hospital …"), in the paragraph right after the byline or as the
 * article's last paragraph, is page furniture like the byline: the
 * publication introduces its contributor, it makes no claim of the story.
 * The paragraph must open with a writer's full name and a verb of being,
 * working or writing.
 */
export const authorBio: FurnitureRule = {
  id: 'author-bio',
  description: 'A note about the writer after the byline or at the end ("Rosa Delgado is a nurse at …").',
  run({ document }) {
    const writers = bylineWriters(document);
    if (!writers) return [];
    const blocks = document.blocks;
    let last = blocks.length - 1;
    while (last >= 0 && blocks[last]!.sentenceCount === 0) last--;
    const out: number[] = [];
    for (const b of [writers.block + 1, last]) {
      const block = blocks[b];
      if (!block || b <= writers.block || block.sentenceCount === 0) continue;
      const first = document.sentences[block.firstSentence]!.text.replace(/^[*_]+/, '');
      if (writers.names.some((n) => first.startsWith(n) && BIO_AFTER_NAME.test(first.slice(n.length)))) out.push(...sentencesOf(document, b));
    }
    return out;
  },
};
