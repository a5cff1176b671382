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
    // '“Where are another 212 families supposed to go?” she asked.': a quotation that is all question, then its
    // speaker tag, asks as much as a bare question does.
    const { quoteMark } = context.view;
    if (!quoteMark[0]) return [];
    for (let i = Math.max(1, tokens.length - 8); i < tokens.length - 1; i++) {
      if (tokens[i]!.text === '?' && quoteMark[i + 1]) return [evidence(context, 0, i, 'question', 'low', 'hard')];
    }
    return [];
  },
};
