import { evidence, entityEvidence, type CheckworthyRule, type Evidence } from '../rule';
import { CURRENCY_WORDS, MAGNITUDES, isDigitToken } from '../numbers';

/** An amount of money: a money entity, a currency sign before a number, or a number before a currency word. */
export const amount: CheckworthyRule = {
  id: 'amount',
  description: 'States an amount of money (US$41 billion, 9.8 billion rand).',
  cues: { words: MAGNITUDES, digit: true, entityTypes: ['money'] },
  run(context) {
    const out: Evidence[] = context.entities.filter((e) => e.type === 'money').map((e) => entityEvidence(e, 'amount', 'high'));
    const { tokens, lower } = context.view;
    for (let i = 0; i < tokens.length; i++) {
      if (!isDigitToken(tokens[i]!.text) && !MAGNITUDES.has(lower[i]!)) continue;
      const prev = tokens[i - 1]?.text ?? '';
      let last = i;
      while (MAGNITUDES.has(lower[last + 1] ?? '')) last++;
      if (/[$€£¥₹]$/.test(prev) || /^[A-Z]{3}$/.test(prev)) out.push(evidence(context, i - 1, last, 'amount', 'high'));
      else if (CURRENCY_WORDS.has(lower[last + 1] ?? '')) out.push(evidence(context, i, last + 1, 'amount', 'high'));
      i = last;
    }
    return out;
  },
};
