// Calendar dates: "July 2, 2024", "2 July 2024", "September 2022", "Sept.",
// "2024-05-17", weekdays. Spans are the date itself, without the preposition
// or the part of day around it ("on Monday evening" → "Monday"), as the gold
// corpus marks them.
import type { DateValue } from '../../types';
import { DAY, MONTH, MONTH_BEFORE_DAY, WEEKDAY, YEAR, monthNumber, pad2, weekdayName } from './calendar';
import { DIGIT, MONTH as MONTH_WORD, regionHints, WEEKDAY as WEEKDAY_WORD } from './hints';
import { isRegionStart, precedingWord, scan, wordAfter, type PatternMatch, type PatternRule, wholeMatch } from './rule';

const OPT_WEEKDAY = String.raw`(?:(?<wd>${WEEKDAY}),?\s+)?`;

/** "July 2", "Jan 5th", "July 2, 2024", "Tuesday, July 2", "July 24-28". */
const MONTH_DAY = new RegExp(
  String.raw`${OPT_WEEKDAY}(?<![\p{L}])(?<month>${MONTH_BEFORE_DAY})\s*(?<day>${DAY})(?:[-–](?<last>${DAY}))?(?:,?\s+(?<year>${YEAR}))?`,
  'gu',
);
/** "2 July", "14 January 2030", "2nd of July", "Tuesday 2 July 2024", "24-28 July". */
const DAY_MONTH = new RegExp(
  String.raw`${OPT_WEEKDAY}(?<day>${DAY})(?:[-–](?<last>${DAY}))?\s+(?:of\s+)?(?<month>${MONTH_BEFORE_DAY})(?:,?\s+(?<year>${YEAR}))?`,
  'gu',
);
/** "September 2022", "Sept. 2022", "March, 2023". */
const MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}])(?<month>${MONTH}),?\s+(?<year>${YEAR})`, 'gu');
/** "2024-05-17" ("2011-12" alone is a range of years, see years.ts). */
const ISO = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,/-])(?<year>1[5-9]\d\d|20\d\d)-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])(?![\p{N}]|[-/.,]\p{N})`,
  'gu',
);
const BARE_MONTH = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<month>${MONTH})`, 'gu');
/** A weekday that heads a newspaper's name ("the Sunday Times") is no date. */
const BARE_WEEKDAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<wd>${WEEKDAY})(?!\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Star|Independent|Tribune|Sport|People|World|Record|Sun|Courier|Observer|Chronicle|Gazette|Journal|Ledger|Examiner|Sentinel|Inquirer|Dispatch|Bulletin|Argus|Globe)(?![\p{L}]))`,
  'gu',
);

/** Words after which a capitalised month name is a month even before a name ("in June Tokayev …"). */
const STRONG_CUES = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'through', 'before', 'after', 'early', 'late', 'mid',
  'during', 'last', 'next', 'this', 'between', 'throughout', 'every', 'each',
]);
/** Words after which "May" is the month, not the verb or a surname ("the year to May"). */
const MONTH_CUES = new Set([...STRONG_CUES, 'of', 'to', 'and', 'or', 'on', 'into', 'end', 'start', 'as', 'for']);

function calendarValue(groups: Record<string, string | undefined>): DateValue {
  const value: DateValue = { kind: 'date' };
  const month = groups.month ? (/^\d/.test(groups.month) ? Number(groups.month) : monthNumber(groups.month)) : 0;
  const day = groups.day ? parseInt(groups.day, 10) : 0;
  const year = groups.year;
  const last = groups.last ? parseInt(groups.last, 10) : 0;
  if (month) {
    // ISO 8601 (2000) forms for a month or a day without a year: --MM, --MM-DD.
    const prefix = year ? `${year}-${pad2(month)}` : `--${pad2(month)}`;
    value.iso = day ? `${prefix}-${pad2(day)}` : prefix;
    if (day && last > day) value.iso += `/${prefix}-${pad2(last)}`;
  }
  const wd = groups.wd && weekdayName(groups.wd);
  if (wd) value.weekday = wd;
  return value;
}

function match(m: RegExpExecArray): PatternMatch {
  return wholeMatch(m, 'date', calendarValue(m.groups ?? {}));
}

/**
 * A bare month name is a date unless it reads as a name: "May" needs a cue
 * word before it (else it is the modal verb at a sentence start or Theresa
 * May), and "June Carter" (month, then a capitalised word, no cue) is a person.
 */
function bareMonth(region: string, m: RegExpExecArray): PatternMatch | undefined {
  const month = m.groups?.month ?? '';
  const prev = precedingWord(region, m.index);
  const before = prev.word.replace(/-$/, '');
  const cued = MONTH_CUES.has(before.toLowerCase());
  if (month === 'May' && !cued) return undefined;
  const after = wordAfter(region, m.index + m[0].length);
  if (!STRONG_CUES.has(before.toLowerCase()) && /^\p{Lu}/u.test(after) && monthNumber(after) === 0) return undefined;
  // Preceded by a capitalised word that is not a sentence start: part of a name ("Hotel August").
  if (!cued && /^\p{Lu}/u.test(before) && !/\.$/.test(before) && !isRegionStart(region, prev.start)) return undefined;
  return match(m);
}

/** Calendar dates, months and weekdays. */
export const calendarDates: PatternRule = {
  id: 'date.calendar',
  description: 'Calendar dates, month names and weekdays ("July 2, 2024", "September 2022", "Tuesday")',
  priority: 2,
  find(region, hints = regionHints(region)) {
    // Every form but ISO holds a month or weekday name as a whole word (hints.ts): most sentences have none.
    const found = [
      ...(hints & MONTH_WORD ? scan(BARE_MONTH, region, (m) => bareMonth(region, m)) : []),
      ...(hints & WEEKDAY_WORD ? scan(BARE_WEEKDAY, region, match) : []),
    ];
    // Most sentences hold no digit: skip the forms that need one.
    if (!(hints & DIGIT)) return found;
    // Most of the rest hold no month name, which MONTH_DAY, DAY_MONTH and MONTH_YEAR need.
    if (!(hints & MONTH_WORD)) return [...found, ...scan(ISO, region, match)];
    return [
      ...found,
      ...scan(MONTH_DAY, region, match),
      ...scan(DAY_MONTH, region, match),
      ...scan(MONTH_YEAR, region, match),
      ...scan(ISO, region, match),
    ];
  },
};
