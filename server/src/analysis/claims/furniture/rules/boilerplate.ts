import { isBoilerplate } from '../../../text/boilerplate';
import type { FurnitureRule } from '../rule';

/** "Read More", "Leave a Reply", "Related coverage": page furniture in any position. */
export const boilerplate: FurnitureRule = {
  id: 'boilerplate',
  description: 'Navigation and comment prompts of a news page (Read More, Leave a Reply, Related coverage).',
  run({ document }) {
    return document.sentences.flatMap((s, i) => (isBoilerplate(s.text) ? [i] : []));
  },
};
