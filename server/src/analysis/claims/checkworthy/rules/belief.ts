import type { CheckworthyRule } from '../rule';

/** A belief, hope or wish reported of someone ("X wants …", "Y thinks …"): low, never a diagnostic (SCHEMA.md). */
export const belief: CheckworthyRule = {
  id: 'belief',
  description: 'Reports a belief, hope or wish (wants, believes, hopes, looks forward to).',
  run(context) {
    const a = context.attribution;
    if (!a.belief || !a.attribution) return [];
    return [{ start: a.attribution.cue.start, end: a.attribution.cue.end, kind: 'belief', level: 'low', cap: 'hard' }];
  },
};
