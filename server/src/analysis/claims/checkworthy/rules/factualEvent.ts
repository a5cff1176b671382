import { evidence, type CheckworthyRule } from '../rule';
import { DETERMINERS } from '../../words';

/** Common irregular past tenses: an event was reported as having happened. */
const IRREGULAR_PAST = new Set(
  'drew grew rose fell met won lost took made became began came went left led held sent spent paid sold bought built brought caught hit set put ran gave got kept struck broke chose flew fled fought threw wore stood sat shot shut spread swept withdrew overtook undertook forgot froze hid sank slid sought'.split(' '),
);
const NOT_VERBS = new Set(['need', 'seed', 'speed', 'breed', 'feed', 'weed', 'bed', 'red', 'led', 'shed', 'hundred', 'indeed', 'bred']);

/**
 * A factual event with no name in it ("Details of the cuts were set out in a
 * leaked memo"): a verb in the past tense outside quotation. Medium.
 */
export const factualEvent: CheckworthyRule = {
  id: 'factual-event',
  description: 'Reports an event as fact (a verb in the past tense).',
  cues: { words: [...IRREGULAR_PAST, 'did'], ed: true },
  run(context) {
    const { tokens, lower, quoted } = context.view;
    for (let i = 1; i < tokens.length; i++) {
      if (quoted[i]) continue;
      const w = lower[i]!;
      // The cheap test of the "-ed" ending first: most words are not past tenses.
      const past = IRREGULAR_PAST.has(w) || (w.endsWith('ed') && /^[a-z]{3,}ed$/.test(w) && !NOT_VERBS.has(w));
      if (past && !DETERMINERS.has(lower[i - 1]!) && lower[i - 1] !== 'to') return [evidence(context, i, i, 'event', 'medium')];
      // ("Her representatives did not respond to a request for comment.": a past denied is an event too, as the
      // dev gold's "declined to comment" is.)
      if (w === 'did' && (lower[i + 1] === 'not' || lower[i + 1] === "n't") && /^[a-z]+$/.test(lower[i + 2] ?? '')) return [evidence(context, i, i + 2, 'event', 'medium')];
    }
    return [];
  },
};
