import { evidence, type CheckworthyRule } from '../rule';

/** "Here is what changed, who opposed it, and what could happen next.", "Here's what we know", "Here's how it works". */
const SIGNPOST = /^here(?:'s|’s| is| are) (?:what|how|why|who|where|when)\b/i;

/**
 * A signpost announces what the article will go on to say; it asserts nothing
 * itself (SCHEMA.md low, rhetorical): "Here is what changed, who opposed it,
 * and what could happen next."
 */
export const signpost: CheckworthyRule = {
  id: 'signpost',
  description: 'Announces what follows (Here is what changed …, Here’s what we know).',
  run(context) {
    const { tokens } = context.view;
    const first = tokens.findIndex((t) => t.kind !== 'punct');
    if (first < 0 || context.view.lower[first] !== 'here' || context.view.quoted[first]) return [];
    const sentence = context.view.sentence;
    const text = sentence.text.slice(tokens[first]!.start - sentence.start);
    return SIGNPOST.test(text) ? [evidence(context, first, Math.min(first + 2, tokens.length - 1), 'signpost', 'low', 'hard')] : [];
  },
};
