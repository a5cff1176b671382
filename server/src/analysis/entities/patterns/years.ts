// Years, ranges of years, decades and seasons of a year: "in 2013" → "2013",
// "2024-2025", "2024–25", "the 1990s" → "1990s", "spring 2024". A bare
// four-digit number is a year unless its neighbours make it a count or a code.
import type { DateValue } from '../../types';
import { YEAR } from './calendar';
import { DIGIT, regionHints, SEASON } from './hints';
import { isRegionStart, precedingWord, scan, scanNearDigits, wordAfter, type PatternMatch, type PatternRule, wholeMatch } from './rule';

const SINGLE = new RegExp(YEAR, 'gu');
/** "2024-2025", "2024–25", "2024/25": a second year after the first. */
const RANGE = new RegExp(
  String.raw`(?<from>${YEAR})\s?[-–—/]\s?(?<to>(?:1[5-9]|20)\d\d|\d\d)(?![\p{L}\p{N}]|[.,/-]\p{N}|\s?%)`,
  'gu',
);
const DECADE = /(?<![\p{L}\p{N}_$€£¥.,])(?:(?<decade>(?:1[5-9]|20)\d0)|['’](?<short>\d0))s(?![\p{L}\p{N}])/gu;
const SEASON_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\s+of)?\s+(?<year>${YEAR})`,
  'gu',
);

/** Words before a number that make it a label, not a year ("page 2013", "Flight 1996"). */
const LABEL_BEFORE = new Set([
  'no', 'no.', 'nos', 'number', 'numbers', 'page', 'pages', 'p.', 'pp.', 'room', 'flight', 'route',
  'highway', 'article', 'section', 'model', 'code', 'pin', 'channel', 'platform', 'gate', 'bus', 'line',
  'version', 'vol', 'vol.', 'volume', 'track', 'exit', 'unit', 'item', 'level', 'row', 'seat', 'box',
  'some', 'nearly', 'almost', 'roughly', 'approximately', 'least', 'than', 'total', 'additional', 'another',
  'extra',
]);

/** Words that make a preceding number a count or a clock time ("1996 people", "1800 GMT"). */
const COUNT_AFTER = new Set([
  'people', 'persons', 'residents', 'households', 'homes', 'houses', 'troops', 'soldiers', 'votes', 'voters',
  'jobs', 'workers', 'employees', 'staff', 'students', 'children', 'cases', 'deaths', 'dead', 'units', 'cars',
  'vehicles', 'tonnes', 'tons', 'metres', 'meters', 'km', 'kilometres', 'kilometers', 'miles', 'feet', 'ft',
  'kg', 'hectares', 'acres', 'barrels', 'shares', 'times', 'hours', 'hrs', 'minutes', 'seconds', 'gmt',
  'utc', 'bst', 'cet', 'est', 'edt', 'pst', 'local', 'mm', 'cm', 'm', 'words', 'members', 'delegates', 'seats',
  'companies', 'firms', 'beds', 'flights', 'passengers', 'patients', 'refugees', 'migrants', 'prisoners',
  'officers', 'police', 'more', 'others', 'of', 'out', 'points', 'calories', 'copies', 'signatures', 'visitors',
  'participants', 'applications', 'animals', 'trees', 'rounds', 'kilograms', 'pounds', 'litres', 'liters',
]);

/** Units and clock words that make a number no year even after "in" ("in 1800 GMT", "in 2000 tonnes"). */
const UNIT_AFTER = new Set(['tonnes', 'tons', 'km', 'kg', 'metres', 'meters', 'miles', 'gmt', 'utc', 'bst', 'hours', 'hrs', 'people']);

/** Determiners before an attributive year ("the 2019 elections", "China’s 2013 proposals"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'whose']);

/** Verbs in -s that follow a year as its subject ("when 2023 marks …"). */
const VERBS_IN_S = new Set(['was', 'has', 'does', 'marks', 'sees', 'brings', 'looks', 'promises', 'remains', 'seems', 'means', 'begins', 'ends', 'comes', 'goes']);

/** Words before a number that make it a year whatever follows ("in 2013", "since 1996"). */
const YEAR_CUES = new Set([
  'in', 'since', 'from', 'until', 'till', 'by', 'during', 'before', 'after', 'between', 'through',
  'throughout', 'circa', 'c.', 'early', 'late', 'mid', 'of', 'year', 'fiscal', 'fy', 'summer', 'spring',
  'autumn', 'winter', 'fall',
]);

/**
 * A bare year is kept unless a label word precedes it, a count or unit word
 * follows it (without a strong cue such as "in" before it), or a capitalised
 * word that is not a sentence start precedes it (a model or event name:
 * "Windows 2000", "Vision 2030").
 */
function single(region: string, m: RegExpExecArray): PatternMatch | undefined {
  // One of a hyphenated run of numbers that is no range of years ("2024-2022", "2024-5555").
  const end = m.index + m[0].length;
  if (/^\s?[-–—/]\s?\p{N}/u.test(region.slice(end, end + 4)) || /\p{N}\s?[-–—/]\s?$/u.test(region.slice(Math.max(0, m.index - 3), m.index)))
    return undefined;
  // "on 1800 666 111": the first group of a telephone number, two more groups of digits after it.
  if (/^\s\d{2,4}\s\d{2,4}(?!\p{N})/u.test(region.slice(end, end + 11))) return undefined;
  const prev = precedingWord(region, m.index);
  const before = prev.word.toLowerCase().replace(/-$/, '');
  const after = wordAfter(region, m.index + m[0].length).toLowerCase();
  if (LABEL_BEFORE.has(before)) return undefined;
  const cued = YEAR_CUES.has(before);
  // "in 1996 troops were …" stays a year; "in 1800 GMT" or "1996 people" does not.
  if (COUNT_AFTER.has(after) && (!cued || UNIT_AFTER.has(after))) return undefined;
  // "has 1996 stores": an uncued number before a plural noun, inside a sentence, is a count;
  // "the 2019 elections" keeps its determiner, "2023 marks …" at a sentence start is a subject.
  if (
    !cued &&
    prev.word !== '' &&
    !isRegionStart(region, prev.start) &&
    !DETERMINERS.has(before) &&
    !/['’]s$/.test(before) &&
    /^\p{Ll}[\p{Ll}-]*[^su]s$/u.test(after) &&
    !VERBS_IN_S.has(after)
  )
    return undefined;
  // A capitalised word before it inside a sentence names a thing ("Windows 2000", "Vision 2030"),
  // unless it is a possessive, a sentence start, or an all-capitals headline word ("LAUNCH 1998 …").
  if (
    !cued &&
    /^\p{Lu}/u.test(prev.word) &&
    !/['’]s$/.test(prev.word) &&
    !/^\p{Lu}{3,}$/u.test(prev.word) &&
    !/\.$/.test(prev.word) &&
    !isRegionStart(region, prev.start) &&
    !/^(?:The|A|An|In|On|By|Since|From|Until|And|But)$/.test(prev.word)
  )
    return undefined;
  return wholeMatch(m, 'date', { kind: 'date', iso: m[0] });
}

function range(m: RegExpExecArray): PatternMatch | undefined {
  const from = Number(m.groups?.from);
  const written = m.groups?.to ?? '';
  let to = Number(written);
  if (written.length === 2) {
    // "2024–25" → 2025, "1999-00" → 2000.
    to += from - (from % 100);
    if (to <= from) to += 100;
  }
  // "2024-2022" or "2024-99" are no ranges of years (a score, a code).
  if (!(to > from && to - from <= 100)) return undefined;
  return wholeMatch(m, 'date', { kind: 'date', iso: `${from}/${to}` });
}

function decade(m: RegExpExecArray): PatternMatch {
  // "'90s" is the 1990s; "'20s" could be either century, so it gets no ISO value.
  const short = m.groups?.short;
  const first = short ? (Number(short) >= 30 ? 1900 + Number(short) : NaN) : Number(m.groups?.decade);
  const value: DateValue = Number.isNaN(first) ? { kind: 'date' } : { kind: 'date', iso: `${first}/${first + 9}` };
  return wholeMatch(m, 'date', value);
}

/** ISO 8601-2 season codes: "2024-21" is spring 2024 (21 spring … 24 winter). */
const SEASON_CODE: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };

function season(m: RegExpExecArray): PatternMatch {
  const code = SEASON_CODE[(m.groups?.season ?? '').toLowerCase()];
  const value: DateValue = { kind: 'date', iso: `${m.groups?.year}-${code}` };
  return wholeMatch(m, 'date', value);
}

/** Years, year ranges, decades and seasons with a year. */
export const years: PatternRule = {
  id: 'date.year',
  description: 'Years, ranges of years, decades and seasons of a year ("2013", "2024-2025", "1990s", "spring 2024")',
  priority: 2,
  find(region, hints = regionHints(region)) {
    if (!(hints & DIGIT)) return [];
    return [
      // Every match of these three starts at a digit or one character before one ("'90s"): only those positions are tried.
      // All three open with a lookbehind that rules out a digit before them.
      ...scanNearDigits(SINGLE, region, 2, (m) => single(region, m), false),
      ...scanNearDigits(RANGE, region, 2, range, false),
      ...scanNearDigits(DECADE, region, 2, decade, false),
      // Every SEASON_YEAR match holds a season word: most regions have none.
      ...(hints & SEASON ? scan(SEASON_YEAR, region, season) : []),
    ];
  },
};
