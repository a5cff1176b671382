import { evidence, type CheckworthyRule } from '../rule';
import { VAGUE_SUBJECTS } from '../../words';

/** "Not everyone welcomed the move." / "Nobody should pretend …": no one to check (soft cap). */
export const vagueSubject: CheckworthyRule = {
  id: 'vague-subject',
  description: 'Has a vague subject (not everyone, nobody, some).',
  run(context) {
    const { tokens, lower, quoteMark } = context.view;
    let i = 0;
    while (i < tokens.length && (quoteMark[i] || tokens[i]!.kind === 'punct')) i++;
    const w = lower[i] ?? '';
    const next = lower[i + 1] ?? '';
    if ((w === 'not' && VAGUE_SUBJECTS.has(next)) || VAGUE_SUBJECTS.has(w) || (w === 'no' && next === 'one')) {
      return [evidence(context, i, Math.min(i + 1, tokens.length - 1), 'vague', 'low', 'soft')];
    }
    return [];
  },
};
