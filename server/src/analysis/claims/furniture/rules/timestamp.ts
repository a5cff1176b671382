import type { FurnitureRule } from '../rule';

/**
 * "Updated 4:15 p.m. CET, Tuesday, October 7", "Published: 12 March 2025":
 * the page's own time stamp, a line that says when the page changed, not what
 * happened. At most a short line, and it must hold a digit.
 */
const STAMP = /^(?:last\s+)?(?:updated|published|posted|modified|first published)\b[\s:,–—-]*(?:on\s+|at\s+)?[\w.,:/ –—-]*\d[\w.,:/ –—-]*$/i;

/** A live page's entry time alone on its line ("03:52", "14:05 GMT", "9.41am", "**12:20**"). */
const ENTRY_TIME = /^[*_]*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|gmt|bst|utc|cet|et|pt|local))?[*_]*$/i;

export const timestamp: FurnitureRule = {
  id: 'timestamp',
  description: 'The page’s own time stamps (Updated 4:15 p.m. CET, Tuesday; Published: 12 March 2025; a live entry’s "03:52").',
  run({ document }) {
    const out: number[] = [];
    document.sentences.forEach((s, i) => {
      const c = s.text.charCodeAt(0) | 32; // u, p, m, l, f
      if ((c === 117 || c === 112 || c === 109 || c === 108 || c === 102) && s.text.length <= 80 && STAMP.test(s.text.trim())) out.push(i);
      else if (s.text.length <= 16 && ENTRY_TIME.test(s.text.trim())) out.push(i);
    });
    return out;
  },
};
