import { sentencesOf, type FurnitureRule } from '../rule';

/** A one-sentence block ending with ":" introduces a list ("Key figures as of Monday:"); the list items are the claims. */
export const leadIn: FurnitureRule = {
  id: 'lead-in',
  description: 'A lead-in line ending with a colon.',
  run({ document }) {
    return document.blocks.flatMap((_block, b) => {
      const ids = sentencesOf(document, b);
      const last = ids.length ? document.sentences[ids[ids.length - 1]!] : undefined;
      // ("There are several types of ISA, and you can split your allowance between them:" states something; a lead-in
      // is a short label: "Key figures as of Monday:".)
      return ids.length === 1 && last && /:$/.test(last.text.trim()) && last.text.split(/\s+/).length <= 10 ? ids : [];
    });
  },
};
