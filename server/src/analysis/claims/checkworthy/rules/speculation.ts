import { evidence, type CheckworthyRule } from '../rule';
import { RELATIVE_PRONOUNS, SUBORDINATORS } from '../../words';

/** Epistemic modals: what follows is a possibility, not a statement of fact. */
const MODALS = new Set(['may', 'might', 'could']);
/** Verbs of seeming: "seems to have vanished", "it appeared that …" hedge what follows instead of stating it. */
const SEEMING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** Adverbs that hedge the whole clause. */
const HEDGES = new Set(['apparently', 'presumably', 'seemingly', 'supposedly']);
/** Every word this rule starts from. */
const CUES = new Set([...MODALS, ...SEEMING, ...HEDGES]);
/** Words allowed between the modal and its verb ("may also prove", "might well be"). */
const BETWEEN = new Set(['also', 'well', 'still', 'yet', 'even', 'soon', 'eventually', 'ultimately', 'easily', 'just', 'only', 'already', 'never']);

/**
 * Speculation in the main clause ("The endorsements may highlight …", "the
 * deal could collapse", "she seems to have left", "apparently"): nothing has happened that a fact-checker can check,
 * so the claim is low unless a figure makes it high (soft cap, like an
 * opinion). "could not" is a past inability ("officials could not confirm"),
 * a fact; a modal inside an if/when/which clause does not speak for the
 * sentence; one inside a quotation is the speaker's, judged with it.
 */
export const speculation: CheckworthyRule = {
  id: 'speculation',
  description: 'Speculates (may, might, could, seems to, apparently …) instead of stating a fact.',
  cues: { words: CUES },
  run(context) {
    const { tokens, lower, quoted } = context.view;
    let clauseOpen = false;
    for (let i = 0; i < tokens.length; i++) {
      const w = lower[i]!;
      if (tokens[i]!.text === ';') clauseOpen = false;
      if (SUBORDINATORS.has(w) || RELATIVE_PRONOUNS.has(w)) clauseOpen = true;
      // "in May" is a month, not the modal.
      if (!CUES.has(w) || quoted[i] || clauseOpen || tokens[i]!.text === 'May') continue;
      if (HEDGES.has(w)) return [evidence(context, i, i, 'speculation', 'low', 'soft')];
      if (SEEMING.has(w)) {
        // "appeared in court" is an act; "appeared to suggest", "seems that", "it seemed …" hedge.
        const next = lower[i + 1];
        if (next === 'to' || next === 'that' || lower[i - 1] === 'it') return [evidence(context, i, i, 'speculation', 'low', 'soft')];
        continue;
      }
      let k = i + 1;
      while (k < tokens.length && BETWEEN.has(lower[k]!)) k++;
      const verb = lower[k];
      if (verb === undefined || tokens[k]!.kind !== 'word' || verb === 'not' || verb === "n't" || /^[A-Z]/.test(tokens[k]!.text)) continue;
      return [evidence(context, i, k, 'speculation', 'low', 'soft')];
    }
    return [];
  },
};
