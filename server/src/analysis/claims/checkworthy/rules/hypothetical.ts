import { evidence, type CheckworthyRule } from '../rule';

/** Modals of a consequence foretold ("…, residents will be 20 minutes from the station"). */
// ("If you were born in 1970 or later, you can check …": what one can do on a condition is advice, not a fact.)
const MODALS = new Set(['will', 'would', "'ll", 'could', 'might', 'can']);
/** Subjects that point back at what was just said ("That would be the biggest change …"). */
const POINTING = new Set(['that', 'this', 'it']);

/**
 * A consequence foretold, in the writer's own voice: a conditional ("If the
 * tram does what its champions say it will, residents will be 20 minutes from
 * the station") or a "that would be …" weighing what was just said. Nothing
 * has happened that a fact-checker can check: a forecast, low even with
 * numbers in it (SCHEMA.md). Quoted words are the speaker's, judged with them.
 */
export const hypothetical: CheckworthyRule = {
  id: 'hypothetical',
  description: 'Foretells a consequence (If …, … will …; That would be …).',
  cues: { words: ['if', 'unless', 'would'] },
  run(context) {
    const { tokens, lower, quoted } = context.view;
    let first = 0;
    while (first < tokens.length && tokens[first]!.kind === 'punct') first++;
    if (first >= tokens.length || quoted[first]) return [];
    const w = lower[first]!;
    if (POINTING.has(w) && lower[first + 1] === 'would') return [evidence(context, first, first + 1, 'forecast', 'low', 'hard')];
    if (w !== 'if' && w !== 'unless') return [];
    // The main clause opens after the condition's comma; its modal foretells.
    const comma = tokens.findIndex((t, k) => k > first && t.text === ',');
    if (comma < 0) return [];
    for (let k = comma + 1; k < tokens.length && k <= comma + 8; k++) {
      if (quoted[k]) return [];
      if (MODALS.has(lower[k]!)) return [evidence(context, k, k, 'forecast', 'low', 'hard')];
    }
    return [];
  },
};
