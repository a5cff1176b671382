import { evidence, type CheckworthyRule } from '../rule';

/** Passive verbs of an appeal to readers ("is asked to call", "are urged to contact"). */
const APPEAL_PASSIVES = new Set(['asked', 'urged', 'encouraged', 'requested', 'advised']);
/** What an appeal asks a reader to do. */
const APPEAL_ACTS = new Set(['call', 'contact', 'ring', 'phone', 'email', 'e-mail', 'report', 'come', 'get', 'visit', 'check', 'avoid', 'stay', 'keep', 'follow', 'share', 'submit', 'send', 'use', 'speak', 'text']);

/** Verbs an instruction to the reader opens with. */
const IMPERATIVES = new Set(['put', 'check', 'call', 'visit', 'remember', 'make', 'keep', 'leave', 'bring', 'take', 'contact', 'email', 'book', 'register', 'apply', 'follow', 'avoid', 'use', 'start', 'stop', 'try', 'ask', 'find', 'sign', 'download', 'click', 'go', 'stay', 'plan', 'consider', 'read', 'watch', 'listen', 'share', 'send', 'submit', 'pay', 'renew', 'report', 'tell', 'switch', 'turn', 'unplug', 'drink', 'wear', 'clear', 'store', 'recycle', 'rinse', 'place']);
/** Words after the verb that address the reader's things ("Put your bin out", "Check the website"). */
const READER_OBJECTS = new Set(['your', 'the', 'a', 'any', 'all', 'out', 'up', 'in', 'on', 'off', 'back', 'ahead', 'with', 'for', 'to', 'us', 'them', 'it', 'this', 'that', 'these', 'those', 'at', 'plenty', 'extra', 'more']);

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
    // "Put your bin out by 7am on your collection day.", "Check your new pension date online.": an instruction to the
    // reader, opening on its verb with "your" or "the" after it, asserts nothing to check.
    if (!quoted[i] && IMPERATIVES.has(lower[i]!) && /^\p{Lu}/u.test(tokens[i]!.text) && READER_OBJECTS.has(lower[i + 1] ?? '')) return [evidence(context, i, i, 'appeal', 'low', 'hard')];
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
