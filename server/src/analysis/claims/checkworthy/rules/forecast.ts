import { evidence, type CheckworthyRule } from '../rule';

const FORECAST = new Set(['expected', 'projected', 'forecast', 'predicted', 'likely', 'unlikely', 'poised', 'tipped']);

/** A forecast ("is projected to ease to 3.5%", "likely to peak") is low even with numbers in it (SCHEMA.md). */
export const forecast: CheckworthyRule = {
  id: 'forecast',
  description: 'Is a forecast (expected, projected, likely to …).',
  cues: { words: FORECAST },
  run(context) {
    const { tokens, lower } = context.view;
    for (let i = 1; i < tokens.length; i++) {
      const w = lower[i]!;
      if (!FORECAST.has(w)) continue;
      const prev = lower[i - 1]!;
      const be = /^(is|are|was|were|be|been|being|seems|appears|looks|remains|'s)$/.test(prev) || prev === 'more' || prev === 'most';
      const next = lower[i + 1] ?? '';
      if (be && (next === 'to' || next === 'on' || next === 'that' || next === 'in' || next === 'at' || next === 'by')) return [evidence(context, i, i, 'forecast', 'low', 'hard')];
    }
    return [];
  },
};
