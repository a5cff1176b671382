import type { FurnitureRule } from '../rule';

const BYLINE = /^(by|(additional )?reporting by|writing by|written by|editing by|edited by|compiled by|photos? by|photographs? by|story by|words by)\s+\p{Lu}/iu;
const CREDIT = /(contributed (to )?(this )?report(ing)?|contributed reporting)\.?$/i;

/** Lower-case words a byline may hold. */
const BYLINE_WORDS = new Set(['by', 'and', 'in', 'for', 'of', 'the', 'staff', 'writer', 'writers', 'correspondent', 'reporter', 'reporters', 'editor', 'editing', 'reporting', 'writing', 'additional', 'from', 'at', 'with']);

/** Bylines and credits ("By Jane Doe", "Reporting by …; Editing by …"). */
export const byline: FurnitureRule = {
  id: 'byline',
  description: 'Bylines and reporting credits.',
  run({ document }) {
    return document.sentences.flatMap((s, i) => {
      const t = s.text.trim();
      if (BYLINE.test(t)) {
        // A byline is a short run of names: "By Trump's own admission, …" or "By the time …" is prose.
        // (Words are split only for the few sentences that open like a byline.)
        const words = t.split(/\s+/);
        const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !BYLINE_WORDS.has(w.replace(/[^\p{L}]/gu, ''))).length;
        if (words.length <= 25 && lower <= 1 && !/['’]s\b/.test(t)) return [i];
      }
      return CREDIT.test(t) ? [i] : [];
    });
  },
};
