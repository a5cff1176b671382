import type { FurnitureRule } from '../rule';

/** Footnote definitions ("[^1]: Institute, Cost Review, 2030.") name sources; they are not claims. */
export const footnoteDefinition: FurnitureRule = {
  id: 'footnote-definition',
  description: 'Footnote definition lines.',
  run({ document }) {
    const defs = document.footnoteDefinitions;
    return document.sentences.flatMap((s, i) =>
      /^\[\^[^\]]+\]:/.test(s.text) || defs.some((d) => s.start >= d.start && s.end <= d.end) ? [i] : [],
    );
  },
};
