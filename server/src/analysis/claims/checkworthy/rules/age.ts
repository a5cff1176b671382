import { evidence, type CheckworthyRule, type Evidence } from '../rule';
import { isAge } from '../numbers';

/** An age ("Marsh, 58,", "the 52-year-old"): checkable, but only medium (SCHEMA.md). */
export const age: CheckworthyRule = {
  id: 'age',
  description: 'States a person’s age.',
  cues: { digit: true },
  run(context) {
    const out: Evidence[] = [];
    for (let i = 0; i < context.view.tokens.length; i++) if (isAge(context.view, i)) out.push(evidence(context, i, i, 'age', 'medium'));
    return out;
  },
};
