import { evidence, type CheckworthyRule } from '../rule';

const GREETING = /^(thank|thanks|welcome|congratulations|congrats|happy|merry|good morning|good evening|good afternoon|good night|dear|hello|hi|greetings|cheers|goodbye|farewell)$/;

/** A greeting or thanks ("Thank you all for coming.") asserts nothing to check. */
export const greeting: CheckworthyRule = {
  id: 'greeting',
  description: 'Is a greeting, thanks or farewell.',
  run(context) {
    const { tokens, lower, quoteMark } = context.view;
    let i = 0;
    while (i < tokens.length && (quoteMark[i] || tokens[i]!.kind === 'punct')) i++;
    // ("OKAFOR: Good morning.": a transcript's speaker label before the greeting, at most three words in capitals.)
    const colon = tokens.findIndex((t, k) => k > i && k <= i + 3 && t.text === ':');
    if (colon > 0 && tokens.slice(i, colon).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text))) i = colon + 1;
    const two = `${lower[i] ?? ''} ${lower[i + 1] ?? ''}`;
    if (GREETING.test(lower[i] ?? '') || GREETING.test(two)) {
      if (lower[i] === 'welcome' && lower[i + 1] !== 'to' && tokens.length > 6) return [];
      return [evidence(context, i, i, 'greeting', 'low', 'hard')];
    }
    return [];
  },
};
