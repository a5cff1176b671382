import type { SentenceView } from '../view';
import { MONTHS, isCapitalized } from '../words';

/** Spelled-out numbers two and up, and magnitudes. */
export const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred'.split(' '),
);
export const MAGNITUDES = new Set('hundreds thousands millions billions dozens tens scores million billion trillion thousand'.split(' '));
export const FRACTIONS = new Set('half third thirds quarter quarters fifth fifths tenth tenths'.split(' '));

/** Currency words that make a number an amount. */
export const CURRENCY_WORDS = new Set(
  'dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees rand reais real peso pesos franc francs crown crowns krona kronor krone kroner rouble roubles ruble rubles lira won dinar dinars dirham dirhams shekel shekels naira ringgit baht zloty forint cents pence usd eur gbp cny jpy'.split(' '),
);

/** True for a token that is written in digits ("1,800", "6.25", "12-year"), not part of a name ("Lumen-2"). */
export function isDigitToken(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  // ("2.1bn marks", "£4m": a magnitude glued to the figure is still the figure.)
  return /^\d[\d,.]*(?:bn|tn|trn|mn|m|k)?(?:-\p{L}[\p{L}-]*)?$/u.test(text);
}

/** True when the text starts with an ASCII digit: the cheap test that every number rule makes first (most tokens are words). */
export function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** True for a four-digit year 1800–2099 ("1996", "2024"). */
export function isYear(text: string): boolean {
  return text.length === 4 && startsWithDigit(text) && /^(1[89]\d\d|20\d\d)$/.test(text);
}

/** Digits right after a month name or right before one ("June 12", "12 June") are a day of the month. */
export function isDayOfMonth(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!.text;
  if (!startsWithDigit(t) || !/^\d{1,2}(st|nd|rd|th)?$/.test(t)) return false;
  return MONTHS.has(v.lower[i - 1] ?? '') || MONTHS.has(v.lower[i + 1] ?? '') || (v.lower[i + 1] === 'of' && MONTHS.has(v.lower[i + 2] ?? ''));
}

/** A clock time ("11.40 pm", "9 a.m."). */
export function isClockTime(v: SentenceView, i: number): boolean {
  const c = v.tokens[i]!.text.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  // "at 2.47am", "until 2am", "7.15pm": the newspaper style glues the time to its half of the day.
  if (/^\d{1,2}(?:[.:]\d\d)?(?:am|pm)$/i.test(v.tokens[i]!.text)) return true;
  const next = v.lower[i + 1] ?? '';
  if (/^(am|pm|a\.m\.|p\.m\.|a\.m|p\.m|gmt|utc|bst|cet|est|edt|pst)$/.test(next) || (/^\d{1,2}[.:]\d\d$/.test(v.tokens[i]!.text) && /^(am|pm|a|p)/.test(next))) return true;
  // "until 18:00", "since 06:00": hours and minutes split at the colon, each half touching it.
  const t = v.tokens;
  const hour = (k: number): boolean => /^\d{1,2}$/.test(t[k]?.text ?? '') && Number(t[k]!.text) <= 24;
  const minutes = (k: number): boolean => /^\d\d$/.test(t[k]?.text ?? '') && Number(t[k]!.text) < 60;
  const glued = (a: number, b: number): boolean => t[a] !== undefined && t[b] !== undefined && t[a]!.end === t[b]!.start;
  if (t[i + 1]?.text === ':' && hour(i) && minutes(i + 2) && glued(i, i + 1) && glued(i + 1, i + 2)) return true;
  return t[i - 1]?.text === ':' && minutes(i) && hour(i - 2) && glued(i - 2, i - 1) && glued(i - 1, i);
}

/** "the 7.42 to London", "the 18.05 from Leeds", "the 7.42 train": a train named by its departure time, no figure and no date. */
export function isNamedDeparture(v: SentenceView, i: number): boolean {
  return /^([01]?\d|2[0-3])[.:][0-5]\d$/.test(v.tokens[i]!.text) && v.lower[i - 1] === 'the' && /^(to|from|train|service|departure|express)$/.test(v.lower[i + 1] ?? '');
}

/** Events reported with the age at which they happened ("dies at 88", "retired at 60"). */
const AGE_EVENTS = new Set(['die', 'dies', 'died', 'dead', 'retire', 'retires', 'retired']);

/** An age: "Marsh, 58," or "Nadia, 49," (between commas right after a name), "the 52-year-old", "88 years old", "dies at 88", "She was 88.". */
export function isAge(v: SentenceView, i: number): boolean {
  const t = v.tokens[i]!.text;
  if (!startsWithDigit(t)) return false;
  if (/^\d{1,3}-year-old/.test(t)) return true;
  if (!/^\d{1,3}$/.test(t)) return false;
  const n = Number(t);
  if (n < 5 || n > 115) return false;
  if (v.lower[i - 1] === 'aged') return true;
  // "88 years old"; "dies at 88"; "She was 88."
  if (v.lower[i + 1] === 'years' && v.lower[i + 2] === 'old') return true;
  if (v.lower[i - 1] === 'at' && AGE_EVENTS.has(v.lower[i - 2] ?? '')) return true;
  if ((v.lower[i - 1] === 'was' || v.lower[i - 1] === 'is') && (v.lower[i - 2] === 'he' || v.lower[i - 2] === 'she') && (v.tokens[i + 1] === undefined || v.tokens[i + 1]!.text === '.')) return true;
  // ("Marsh, 58, said"; "a man, 34, seriously injured": a person's noun before the commas counts too.)
  // ('…," said Josh Whitlow, 24.': the age may close the sentence.)
  const closes = v.tokens[i + 1]?.text === ',' || (v.tokens[i + 1]?.text === '.' && i + 2 >= v.tokens.length);
  return v.tokens[i - 1]?.text === ',' && closes && (isCapitalized(v.tokens[i - 2]?.text ?? '') || PERSON_NOUNS.has(v.lower[i - 2] ?? ''));
}

/** Nouns for a person that an age in commas follows ("a man, 34,", "the driver, 61,"). */
const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'teenager', 'teen', 'child', 'mother', 'father', 'son', 'daughter', 'driver', 'pedestrian', 'cyclist', 'motorcyclist', 'victim', 'suspect', 'resident', 'worker', 'student', 'pensioner', 'grandmother', 'grandfather', 'husband', 'wife', 'patient', 'officer', 'passenger', 'farmer', 'nurse', 'doctor', 'teacher']);

/**
 * "on (021) 494 3330", "1800 666 111": a group of digits in a telephone number, one of two or more groups
 * (brackets around the first allowed) that hold seven digits or more together: no figure.
 */
export function isPhoneGroup(v: SentenceView, i: number): boolean {
  if (!/^\d{2,4}$/.test(v.tokens[i]!.text)) return false;
  const adjacent = (a: number, b: number): boolean => v.tokens[a] !== undefined && v.tokens[b] !== undefined && v.tokens[b]!.start - v.tokens[a]!.end <= 1;
  let first = i;
  let last = i;
  const groupOrBracket = (k: number): boolean => /^\d{2,4}$/.test(v.tokens[k]?.text ?? '') || v.tokens[k]?.text === '(' || v.tokens[k]?.text === ')';
  while (first > 0 && groupOrBracket(first - 1) && adjacent(first - 1, first)) first--;
  while (last + 1 < v.tokens.length && groupOrBracket(last + 1) && adjacent(last, last + 1)) last++;
  let digits = 0;
  let groups = 0;
  for (let k = first; k <= last; k++) {
    if (!/^\d+$/.test(v.tokens[k]!.text)) continue;
    digits += v.tokens[k]!.text.length;
    groups++;
  }
  return groups >= 2 && digits >= 7;
}

/** Digits glued to a capitalised word are part of a name ("Ward 6", "Flight 370"), not a figure. */
export function isNamePart(v: SentenceView, i: number): boolean {
  const prev = v.tokens[i - 1];
  if (!prev || i - 1 === 0) return false;
  return startsWithDigit(v.tokens[i]!.text) && isCapitalized(prev.text) && !MONTHS.has(v.lower[i - 1]!) && /^\d{1,3}$/.test(v.tokens[i]!.text) && !v.tokens[i + 1]?.text.match(/^(%|per)/);
}

/** People "a second" or "a third" counts one more of ("A third man was arrested", "a second suspect"): no rank, no fraction. */
export const COUNTED_PEOPLE: ReadonlySet<string> = new Set(['man', 'woman', 'person', 'suspect', 'victim', 'boy', 'girl', 'child', 'officer', 'teenager', 'driver', 'passenger', 'patient', 'worker', 'soldier', 'body']);
