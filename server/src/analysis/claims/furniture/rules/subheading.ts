import { sentencesOf, type FurnitureRule } from '../rule';

/**
 * A heading or a one-line block with no closing punctuation, after the
 * headline, is a section subheading or a teaser headline, not a claim.
 * List items and table rows are exempt: a bullet or a row of figures is
 * prose ("17 schools closed"); a table's header row is furniture.
 */
export const subheading: FurnitureRule = {
  id: 'subheading',
  description: 'Section subheadings and headline-like lines after the headline.',
  run({ document, headline }) {
    const out: number[] = [];
    document.blocks.forEach((block, b) => {
      if (b === headline || block.sentenceCount === 0 || block.kind === 'listItem' || block.kind === 'tableRow') return;
      const ids = sentencesOf(document, b);
      // A table's header row names its columns, like a heading.
      if (block.kind === 'heading' || block.kind === 'tableHeader') {
        out.push(...ids);
        return;
      }
      if (ids.length !== 1) return;
      const s = document.sentences[ids[0]!]!;
      const raw = document.text.slice(block.start, block.end).trimStart();
      if (/^([-*+•]|\d+[.)])\s/.test(raw)) return; // a plain-text list item
      if (!/[.!?…"”’')\]]$/.test(s.text.trim())) out.push(ids[0]!);
    });
    return out;
  },
};
