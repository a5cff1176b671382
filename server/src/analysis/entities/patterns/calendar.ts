// Month and weekday names, shared by the date rules. Case-sensitive on
// purpose: "august" and "may" in lower case are not months.

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A full month name or a dotted abbreviation ("Sept.", "Jan."); "May" has no abbreviation. */
export const MONTH = String.raw`(?:${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)(?![\p{L}])`;

/** A month name, also undotted abbreviations ("Jan 5"): only safe right before a day number. */
export const MONTH_BEFORE_DAY = String.raw`(?:${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![\p{L}])`;

export const WEEKDAY = String.raw`(?:${WEEKDAYS.join('|')})(?![\p{L}\p{N}])`;

/** A four-digit year from 1500 to 2099, not part of a longer number. */
export const YEAR = String.raw`(?<![\p{L}\p{N}_$€£¥]|\p{N}[.,])(?:1[5-9]\d\d|20\d\d)(?![\p{N}]|[.,]\p{N}|\s?%|[\p{L}])`;

/** A day of the month, 1–31, with an optional ordinal suffix. */
export const DAY = String.raw`(?<![\p{L}\p{N}_.,])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}\p{N}]|[.,:]\p{N}|\s?%)`;

/** 1–12 for a month name or abbreviation, 0 when not a month. */
export function monthNumber(word: string): number {
  const w = word.replace(/\.$/, '').toLowerCase();
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.toLowerCase().startsWith(w));
  return i + 1;
}

/** Two digits. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** "Tuesday" for any casing of a weekday name, undefined otherwise. */
export function weekdayName(word: string): string | undefined {
  return WEEKDAYS.find((d) => d.toLowerCase() === word.toLowerCase());
}
