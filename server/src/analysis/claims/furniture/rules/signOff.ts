import type { FurnitureRule } from '../rule';

/** The first characters a sign-off (or its time stamp) can open with. */
const SIGN_OFF_OPENERS = /^[TtWwOo\d*_]/;

/** A live report's time stamp opening its entry ("**14:15** —", "14.15:"). */
const STAMP = /^[*_]*\d{1,2}[:.]\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?[*_]*\s*[—–|:-]\s*/i;

/**
 * "That is all from us for now.", "We will resume coverage at 06:00 tomorrow.", "This live blog has now ended.",
 * "Thanks for following our coverage.": a live report signing off says when it stops or resumes, no news.
 */
const SIGN_OFF = /^(?:that(?:'s|’s| is| was) (?:all|it) (?:from (?:us|me)|for (?:now|today|tonight|this (?:morning|evening|afternoon)))|we(?:'ll|’ll| will) (?:resume|be back|return|restart|pick (?:this|it) up)\b|(?:this|our) live (?:blog|page|coverage|report|updates?) (?:has|have|is|are) (?:now )?(?:ended|closed|paused|finished)|we(?:'re|’re| are) (?:pausing|ending|closing|wrapping up) (?:our|this|the) (?:live )?(?:coverage|blog|updates)|thanks?(?: you)? (?:very much )?for (?:following|reading|joining us|staying with us))/i;

export const signOff: FurnitureRule = {
  id: 'sign-off',
  description: 'A live report signing off (That is all from us for now; We will resume coverage at 06:00).',
  run({ document }) {
    const out: number[] = [];
    document.sentences.forEach((s, i) => {
      if (s.text.length > 120) return;
      // Most sentences open with none of a sign-off's first characters: t, w, o, a digit or an emphasis mark.
      if (!SIGN_OFF_OPENERS.test(s.text)) return;
      if (SIGN_OFF.test(s.text.trim().replace(STAMP, ''))) out.push(i);
    });
    return out;
  },
};
