import { evidence, type CheckworthyRule } from '../rule';
import { isCapitalized } from '../../words';

/** Verbs a fact-checker gives its rating with ("We rate it False", "I gave the claim Four Pinocchios"). */
const RATING_VERBS = new Set(['rate', 'rated', 'rates', 'rating', 'give', 'gave', 'giving', 'gives', 'find', 'found', 'judge', 'judged', 'label', 'labelled', 'labeled']);
const RATERS = new Set(['we', 'i']);
/** Words that open what is rated: "it", "this claim", "the statement". */
const RATED_OPENERS = new Set(['it', 'this', 'that', 'these', 'those', 'the', 'his', 'her', 'their', 'its', 'each', 'both']);

/**
 * A fact-checker's verdict (SCHEMA.md low: the checker's own judgement, not a
 * fact about the world): "we" or "I", a verb of rating, what is rated, then a
 * capitalised rating that closes the sentence ("We rate it Misleading.",
 * "We rate this claim Mostly False."). The capitals are the rating's, no name.
 */
export const verdict: CheckworthyRule = {
  id: 'verdict',
  description: "Is a fact-checker's rating (We rate it Misleading).",
  cues: { words: RATING_VERBS },
  run(context) {
    const { tokens, lower, quoted } = context.view;
    for (let i = 1; i < tokens.length; i++) {
      if (!RATING_VERBS.has(lower[i]!) || quoted[i] || !RATERS.has(lower[i - 1]!)) continue;
      // What is rated: "it", "this claim", "the mayor's statement" (lower case, at most four words), then the rating to the end.
      if (!RATED_OPENERS.has(lower[i + 1] ?? '')) continue;
      let k = i + 2;
      while (k < tokens.length && k <= i + 5 && !isCapitalized(tokens[k]!.text)) k++;
      if (k >= tokens.length || tokens[k]!.kind !== 'word' || !isCapitalized(tokens[k]!.text)) continue;
      let last = k;
      while (last + 1 < tokens.length && tokens[last + 1]!.kind === 'word') last++;
      const closes = tokens.slice(last + 1).every((t) => t.kind === 'punct');
      if (closes && tokens.slice(k, last + 1).every((t) => isCapitalized(t.text) || t.text === 'on')) return [evidence(context, i - 1, last, 'verdict', 'low', 'hard')];
    }
    return [];
  },
};
