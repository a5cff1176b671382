import { evidence, type CheckworthyRule, type Evidence } from '../rule';
import { NUMBER_WORDS, isDigitToken } from '../numbers';

const NOT_COMPARATIVE = new Set(['rather', 'other', 'sooner', 'whether', 'either', 'neither', 'never', 'under', 'over', 'after', 'later']);

/** Verbs of change that a comparative after them makes a comparison over time ("have become more frequent"). */
const CHANGE_VERBS = ['become', 'became', 'becomes', 'becoming', 'grown', 'grew', 'grows', 'growing'];
const CHANGE_SET = new Set(CHANGE_VERBS);
/** -er words after a change verb that are no comparatives ("became leader", "grew closer" is one, "became member" no -er). */
const NOT_COMPARATIVE_AFTER_CHANGE = new Set(['leader', 'member', 'partner', 'owner', 'manager', 'player', 'speaker', 'minister', 'officer', 'teacher', 'writer', 'together', 'number', 'another', 'computer', 'character', 'chapter', 'power', 'water', 'matter', 'order']);

/** A comparison: a comparative before "than", "up from", "down from", "compared with", "twice", "N times". */
export const comparison: CheckworthyRule = {
  id: 'comparison',
  description: 'States a comparison (more than, up from 5.1%, twice as much, three times the target).',
  cues: { words: ['than', 'up', 'down', 'compared', 'twice', 'doubled', 'tripled', 'halved', 'times', ...CHANGE_VERBS] },
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
      // "have become more frequent", "has grown larger": a change over time compares the present with the past.
      else if (CHANGE_SET.has(w)) {
        const next = lower[i + 1] ?? '';
        const degree = next === 'more' || next === 'less' || next === 'fewer';
        if (degree && /^[a-z]{3,}$/.test(lower[i + 2] ?? '')) out.push(evidence(context, i, i + 2, 'comparison', 'high'));
        else if (/^[a-z]{3,}er$/.test(next) && !NOT_COMPARATIVE.has(next) && !NOT_COMPARATIVE_AFTER_CHANGE.has(next)) out.push(evidence(context, i, i + 1, 'comparison', 'high'));
      }
    }
    return out;
  },
};
