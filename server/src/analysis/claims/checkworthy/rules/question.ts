import { evidence, type CheckworthyRule } from '../rule';

/** A question ("Who, after all, knows …?") asserts nothing: low, whatever it mentions. */
export const question: CheckworthyRule = {
  id: 'question',
  description: 'Is a (rhetorical) question.',
  run(context) {
    const { tokens } = context.view;
    for (let i = tokens.length - 1; i >= 0 && i >= tokens.length - 3; i--) {
      if (tokens[i]!.text === '?') return [evidence(context, 0, i, 'question', 'low', 'hard')];
    }
    return [];
  },
};
