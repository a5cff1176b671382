// Holidays as dates: "by Christmas", "over Easter", "on Thanksgiving Day",
// "before New Year's Eve". The name model, trained on 1996 news, reads
// "Christmas" as a place; a reader means a day.
import { scan, wholeMatch, type PatternRule } from './rule';

/** Holidays of the calendar, each with its optional "Day"/"Eve"/"weekend" (case-sensitive: names are capitalised). */
const NAMES = String.raw`(?:Christmas|Easter|Thanksgiving|Hanukkah|Hanukah|Passover|Diwali|Ramadan|Halloween|Pentecost|Whitsun)(?:\s+(?:Day|Eve|Sunday|Monday|weekend))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Boxing\s+Day|Good\s+Friday|Labou?r\s+Day|Memorial\s+Day|Independence\s+Day|Veterans\s+Day|Bastille\s+Day|Lunar\s+New\s+Year|Eid(?:\s+al-(?:Fitr|Adha))?`;

/** A holiday's name standing as a word of its own. */
const HOLIDAY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${NAMES})(?![\p{L}\p{N}])`, 'gu');

/** Words after a holiday's name that make it part of another name ("Christmas Island", "Easter Rising"), or a thing ("Christmas tree"). */
const NOT_A_DAY_AFTER = /^\s+(?:Island|Islands|Rising|Carol|Carols|tree|trees|card|cards|market|markets|party|parties|present|presents|shopping|sales|lights|dinner|pudding|song|songs|special|episode|Parade|Bowl|Act|Accord|Agreement|Offensive|Uprising|Rebellion)\b/u;

/** The same names without the look-arounds or the Unicode flag: a cheap test that most regions fail. */
const ANY_HOLIDAY = new RegExp(NAMES);

/** Holidays named as days ("by Christmas", "on Thanksgiving"). */
export const holidays: PatternRule = {
  id: 'date.holiday',
  description: 'Holidays named as days ("Christmas", "Easter Monday", "New Year\'s Eve", "Labor Day")',
  priority: 3,
  find(region) {
    // A plain search for the names first: the full pattern, with its look-behind, runs only where one stands.
    if (!ANY_HOLIDAY.test(region)) return [];
    return scan(HOLIDAY, region, (m) => (NOT_A_DAY_AFTER.test(region.slice(m.index + m[0].length, m.index + m[0].length + 14)) ? undefined : wholeMatch(m, 'date', { kind: 'date' })));
  },
};
