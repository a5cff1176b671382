import { evidence, type CheckworthyRule, type Evidence } from '../rule';

/** Superlatives of size, amount, time or temperature: measurable, so check-worthy. */
const MEASURABLE = new Set(
  'largest biggest highest lowest smallest fastest slowest oldest youngest richest poorest deadliest longest shortest heaviest lightest coldest hottest warmest wettest driest cheapest costliest busiest tallest deepest widest steepest sharpest fewest earliest lowest-ever highest-ever strongest weakest most-visited'.split(' '),
);
/** Superlatives of judgement ("best finisher", "most exciting"): opinions, low (SCHEMA.md). */
const EVALUATIVE = new Set('best worst greatest finest hardest toughest nicest proudest happiest saddest bravest'.split(' '));
/** Every unhyphenated word the tests below can match: any other is skipped with one lookup. */
const CUES = new Set([...MEASURABLE, ...EVALUATIVE, 'most', 'least']);

/**
 * A superlative. Measurable ones ("the biggest trading partner") are high;
 * judgements ("the most exciting mission", "the best finisher") and any
 * superlative inside a quotation are opinions: a soft cap.
 */
export const superlative: CheckworthyRule = {
  id: 'superlative',
  description: 'States a superlative (biggest, highest, the lowest rate in a decade).',
  // A hyphenated word not listed counts only when its last part is a measurable superlative ("lowest-ever" is listed; "all-time-highest").
  cues: { words: CUES, word: (w) => w.includes('-') && MEASURABLE.has(w.slice(w.lastIndexOf('-') + 1)) },
  run(context) {
    const out: Evidence[] = [];
    const { tokens, lower, quoted } = context.view;
    for (let i = 0; i < tokens.length; i++) {
      const w = lower[i]!;
      if (!CUES.has(w) && !w.includes('-')) continue;
      const tail = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : w;
      if (MEASURABLE.has(w) || MEASURABLE.has(tail)) {
        out.push(quoted[i] ? evidence(context, i, i, 'opinion', 'low', 'soft') : evidence(context, i, i, 'superlative', 'high'));
      } else if (EVALUATIVE.has(w) || ((w === 'most' || w === 'least') && (lower[i - 1] === 'the' || lower[i - 1] === 'its') && /^[a-z]{4,}$/.test(lower[i + 1] ?? ''))) {
        out.push(evidence(context, i, Math.min(i + 1, tokens.length - 1), 'opinion', 'low', 'soft'));
      }
    }
    return out;
  },
};
