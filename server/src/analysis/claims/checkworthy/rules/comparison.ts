import { evidence, type CheckworthyRule, type Evidence } from '../rule';
import { NUMBER_WORDS, isDigitToken } from '../numbers';

const NOT_COMPARATIVE = new Set(['rather', 'other', 'sooner', 'whether', 'either', 'neither', 'never', 'under', 'over', 'after', 'later']);

/** A comparison: a comparative before "than", "up from", "down from", "compared with", "twice", "N times". */
export const comparison: CheckworthyRule = {
  id: 'comparison',
  description: 'States a comparison (more than, up from 5.1%, twice as much, three times the target).',
  cues: { words: ['than', 'up', 'down', 'compared', 'twice', 'doubled', 'tripled', 'halved', 'times'] },
  run(context) {
    const out: Evidence[] = [];
    const { tokens, lower, quoted } = context.view;
    for (let i = 0; i < tokens.length; i++) {
      if (quoted[i]) continue;
      const w = lower[i]!;
      if (w === 'than' && i > 0) {
        for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
          const c = lower[k]!;
          if (NOT_COMPARATIVE.has(c)) break;
          if (c === 'more' || c === 'less' || c === 'fewer' || /^[a-z]{3,}er$/.test(c)) {
            out.push(evidence(context, k, i, 'comparison', 'high'));
            break;
          }
        }
      } else if ((w === 'up' || w === 'down') && lower[i + 1] === 'from') out.push(evidence(context, i, i + 1, 'comparison', 'high'));
      else if (w === 'compared' && (lower[i + 1] === 'with' || lower[i + 1] === 'to')) out.push(evidence(context, i, i + 1, 'comparison', 'high'));
      else if (w === 'twice' || w === 'doubled' || w === 'tripled' || w === 'halved') out.push(evidence(context, i, i, 'comparison', 'high'));
      else if (w === 'times' && i > 0 && (NUMBER_WORDS.has(lower[i - 1]!) || isDigitToken(tokens[i - 1]!.text))) out.push(evidence(context, i - 1, i, 'comparison', 'high'));
    }
    return out;
  },
};
