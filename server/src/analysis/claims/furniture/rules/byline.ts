import type { FurnitureRule } from '../rule';

const BYLINE = /^(by|(additional )?reporting by|writing by|written by|editing by|edited by|compiled by|photos? by|photographs? by|story by|words by)\s+\p{Lu}/iu;
const CREDIT = /(contributed (to )?(this )?report(ing)?|contributed reporting)\.?$/i;

/** Bylines and credits ("By Jane Doe", "Reporting by …; Editing by …"). */
export const byline: FurnitureRule = {
  id: 'byline',
  description: 'Bylines and reporting credits.',
  run({ document }) {
    return document.sentences.flatMap((s, i) => {
      const t = s.text.trim();
      return (BYLINE.test(t) && t.split(/\s+/).length <= 25) || CREDIT.test(t) ? [i] : [];
    });
  },
};
