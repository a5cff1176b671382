import { evidence, type CheckworthyRule } from '../rule';

/** Words of judgement: a sentence built on one is an opinion unless it also states a measurable fact. */
const EVALUATIVE = new Set(
  'hollow unfair disgraceful shameful wonderful terrible awful excellent superb beautiful exciting remarkable outrageous ridiculous absurd disappointing encouraging worrying alarming troubling shocking stunning brilliant impressive dreadful appalling welcome unacceptable unprecedented stubborn convinced pleased delighted proud sad happy glad regrettable unfortunately fortunately sadly hopefully clearly obviously surely arguably perhaps maybe pretend'.split(' '),
);
const DEONTIC = new Set(['should', 'must', 'ought']);
/** Every word the tests below can match: any other is skipped with one lookup. */
const CUES = new Set([...EVALUATIVE, ...DEONTIC, 'hard', 'easy', 'difficult']);

/** An opinion: a judgement word, "hard to take", or a should/must statement (soft cap: a figure still makes it high). */
export const opinion: CheckworthyRule = {
  id: 'opinion',
  description: 'Is an opinion or judgement (hollow, hard to take, should …).',
  cues: { words: CUES },
  run(context) {
    const { tokens, lower } = context.view;
    for (let i = 0; i < tokens.length; i++) {
      const w = lower[i]!;
      if (!CUES.has(w)) continue;
      if (EVALUATIVE.has(w) || DEONTIC.has(w)) return [evidence(context, i, i, 'opinion', 'low', 'soft')];
      if ((w === 'hard' || w === 'easy' || w === 'difficult') && lower[i + 1] === 'to') return [evidence(context, i, i + 1, 'opinion', 'low', 'soft')];
    }
    return [];
  },
};
