import { evidence, type CheckworthyRule } from '../rule';

/** Passive verbs of an appeal to readers ("is asked to call", "are urged to contact"). */
const APPEAL_PASSIVES = new Set(['asked', 'urged', 'encouraged', 'requested', 'advised']);
/** What an appeal asks a reader to do. */
const APPEAL_ACTS = new Set(['call', 'contact', 'ring', 'phone', 'email', 'e-mail', 'report', 'come', 'get', 'visit', 'check', 'avoid', 'stay', 'keep', 'follow', 'share', 'submit', 'send', 'use', 'speak', 'text']);

/**
 * An appeal to readers asserts nothing to check (SCHEMA.md low, as a
 * request): "Anyone with information is asked to call police on 101, quoting
 * log 1874", "Residents are urged to avoid the area", "Please do not travel".
 * Its telephone number and reference are no figures, its date no event.
 */
export const appeal: CheckworthyRule = {
  id: 'appeal',
  description: 'Is an appeal to readers (Anyone with information is asked to call …, Please …).',
  run(context) {
    const { tokens, lower, quoted } = context.view;
    let i = 0;
    while (i < tokens.length && tokens[i]!.kind === 'punct') i++;
    // "Please do not travel today." / "Anyone with information should call …".
    // ("“Please do not travel today,” said Helen Trask": a quoted plea is the speaker's appeal, low all the same.)
    if (lower[i] === 'please' || (quoted[i] && lower[i + 1] === 'please')) return [evidence(context, i, i, 'appeal', 'low', 'hard')];
    if (lower[i] === 'anyone' && (lower[i + 1] === 'with' || lower[i + 1] === 'who')) return [evidence(context, i, i, 'appeal', 'low', 'hard')];
    for (let k = i + 1; k + 2 < tokens.length; k++) {
      if (quoted[k] || !APPEAL_PASSIVES.has(lower[k]!) || !/^(is|are|were|was|being)$/.test(lower[k - 1]!)) continue;
      // ("Residents are urged to clear gutters …": whatever the act asked of them.)
      if (lower[k + 1] === 'to' && (APPEAL_ACTS.has(lower[k + 2]!) || lower[k] === 'urged' || lower[k] === 'advised') && /^(anyone|people|residents|members|drivers|motorists|passengers|witnesses|customers|the public|those|parents|visitors|travellers|travelers|readers|homeowners|households|shoppers|patients|pupils|students|tenants|owners)$/.test(lower[i]!)) {
        return [evidence(context, k, k + 2, 'appeal', 'low', 'hard')];
      }
    }
    return [];
  },
};
