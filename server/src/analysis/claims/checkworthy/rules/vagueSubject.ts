import { evidence, type CheckworthyRule } from '../rule';
import { VAGUE_SUBJECTS } from '../../words';

/** "Not everyone welcomed the move." / "Not every sector joined the rally." / "Nobody should pretend …": no one to check (soft cap). */
export const vagueSubject: CheckworthyRule = {
  id: 'vague-subject',
  description: 'Has a vague subject (not everyone, not every sector, nobody, some).',
  run(context) {
    const { tokens, lower, quoteMark } = context.view;
    let i = 0;
    while (i < tokens.length && (quoteMark[i] || tokens[i]!.kind === 'punct')) i++;
    const w = lower[i] ?? '';
    const next = lower[i + 1] ?? '';
    // ("Not every school shared in the good news.", "Not all of the visit went smoothly.": a subject only partly meant.)
    if ((w === 'not' && (VAGUE_SUBJECTS.has(next) || next === 'every' || next === 'all')) || VAGUE_SUBJECTS.has(w) || (w === 'no' && next === 'one')) {
      return [evidence(context, i, Math.min(i + 1, tokens.length - 1), 'vague', 'low', 'soft')];
    }
    return [];
  },
};
