import type { FurnitureRule } from '../rule';

/**
 * "Updated 4:15 p.m. CET, Tuesday, October 7", "Published: 12 March 2025":
 * the page's own time stamp, a line that says when the page changed, not what
 * happened. At most a short line, and it must hold a digit.
 */
const STAMP = /^(?:last\s+)?(?:updated|published|posted|modified|first published)\b[\s:,–—-]*(?:on\s+|at\s+)?[\w.,:/ –—-]*\d[\w.,:/ –—-]*$/i;

/** A live page's entry time alone on its line ("03:52", "14:05 GMT", "9.41am", "**12:20**"). */
const ENTRY_TIME = /^[*_]*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|gmt|bst|utc|cet|et|pt|local))?[*_]*$/i;

const DATE_WORD = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const DATE_PART = String.raw`(?:${DATE_WORD})\.?|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}|[ap]\.?m\.?|gmt|bst|utc|cet|cest|est|edt|et|pt|pdt|pst|ist|aest|at`;
/**
 * A line that is a date and nothing else, under a byline: "Thursday 9 October
 * 2025", "Tue 11 Mar 2025 06.00 GMT", "October 9, 2025 | 6:00 AM ET". It says
 * when the page went up; it asserts nothing.
 */
const DATE_LINE = new RegExp(String.raw`^(?:(?:${DATE_PART})[\s,|/–—-]*)+$`, 'i');
const NAMES_DATE = new RegExp(String.raw`\b(?:${DATE_WORD})\b`, 'i');

/** Whether a sentence is a date line: only date words, numbers and times, with a month or weekday and a digit. */
function dateLine(text: string): boolean {
  const line = text.trim();
  return line.length <= 48 && /\d/.test(line) && NAMES_DATE.test(line) && DATE_LINE.test(line);
}

export const timestamp: FurnitureRule = {
  id: 'timestamp',
  description: 'The page’s own time stamps (Updated 4:15 p.m. CET, Tuesday; Published: 12 March 2025; Thursday 9 October 2025 alone on its line; a live entry’s "03:52").',
  run({ document }) {
    const out: number[] = [];
    document.sentences.forEach((s, i) => {
      const c = s.text.charCodeAt(0) | 32; // u, p, m, l, f
      if ((c === 117 || c === 112 || c === 109 || c === 108 || c === 102) && s.text.length <= 80 && STAMP.test(s.text.trim())) out.push(i);
      else if (s.text.length <= 16 && ENTRY_TIME.test(s.text.trim())) out.push(i);
      else if (s.text.length <= 48 && dateLine(s.text)) out.push(i);
    });
    return out;
  },
};
