import { evidence, type CheckworthyRule } from '../rule';

const GREETING = /^(thank|thanks|welcome|congratulations|congrats|happy|merry|good morning|good evening|good afternoon|good night|dear|hello|hi|greetings|cheers|goodbye|farewell)$/;

/** "Our thoughts are with …", "My condolences go to …", "Our prayers are with …". */
const CONDOLENCE = /^(our|my) (thoughts|prayers|condolences|sympathies|hearts|deepest) (are|go|goes|and)$/;

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
    // ("Our thoughts are with every family who has lost a home today": condolences, a greeting's kin.)
    if ((lower[i] === 'our' || lower[i] === 'my') && CONDOLENCE.test(`${two} ${lower[i + 2] ?? ''}`)) return [evidence(context, i, i + 2, 'greeting', 'low', 'hard')];
    if (GREETING.test(lower[i] ?? '') || GREETING.test(two)) {
      if (lower[i] === 'welcome' && lower[i + 1] !== 'to' && tokens.length > 6) return [];
      return [evidence(context, i, i, 'greeting', 'low', 'hard')];
    }
    return [];
  },
};
