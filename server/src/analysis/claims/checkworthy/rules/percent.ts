import { evidence, entityEvidence, type CheckworthyRule, type Evidence } from '../rule';
import { isDigitToken, startsWithDigit } from '../numbers';

/** A percentage: a percent entity, "%", "per cent", "percent", "percentage point". */
export const percent: CheckworthyRule = {
  id: 'percent',
  description: 'States a percentage (12%, 3.5 per cent, a quarter of a percentage point).',
  cues: { words: ['%', 'per', 'percent', 'percentage'], digit: true, entityTypes: ['percent'] },
  run(context) {
    const out: Evidence[] = context.entities.filter((e) => e.type === 'percent').map((e) => entityEvidence(e, 'percent', 'high'));
    const { tokens, lower } = context.view;
    for (let i = 0; i < tokens.length; i++) {
      const w = lower[i]!;
      if (w === '%' && i > 0) out.push(evidence(context, i - 1, i, 'percent', 'high'));
      else if (startsWithDigit(w) && /^\d[\d,.]*%$/.test(w)) out.push(evidence(context, i, i, 'percent', 'high'));
      else if (w === 'per' && lower[i + 1] === 'cent' && i > 0) out.push(evidence(context, i - 1, i + 1, 'percent', 'high'));
      else if ((w === 'percent' || w === 'percentage') && i > 0 && (isDigitToken(tokens[i - 1]!.text) || w === 'percentage')) out.push(evidence(context, i - 1, i, 'percent', 'high'));
    }
    return out;
  },
};
